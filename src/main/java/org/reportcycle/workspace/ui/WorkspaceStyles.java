package org.reportcycle.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;

/**
 * The workspace's few layout rules that need CSS (a sticky bar, a media query), as a style element in the
 * view itself: no theme or frontend bundle needed (TECH-NOTES: nothing that forces a custom bundle).
 */
final class WorkspaceStyles {

    private static final String CSS = """
            .rc-action-bar { position: sticky; bottom: 0; z-index: 3; flex-wrap: wrap;
              background: #fff; padding: 0.5em 0;
              border-top: 1px solid #ddd; box-shadow: 0 -2px 6px rgba(0,0,0,.06); }
            #decision-timeline .decision-who { white-space: normal; }
            @media (max-width: 600px) {
              .rc-action-bar { gap: 0.25em; }
              .rc-action-bar vaadin-button { margin: 0; }
              #report-title { font-size: 1.3em; }
            }
            """;

    private WorkspaceStyles() {}

    static void addTo(Component view) {
        Element style = new Element("style");
        style.setText(CSS);
        view.getElement().appendChild(style);
    }
}
