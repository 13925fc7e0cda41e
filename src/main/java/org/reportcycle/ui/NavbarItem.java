package org.reportcycle.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature puts in the navigation bar of every signed-in screen (the notification bell). A
 * Spring bean that builds a new component for each screen, so the shell names no feature.
 */
public interface NavbarItem {

    /** A new component for the bar; shown before the language switch. */
    Component create();
}
