package org.reportcycle.ui;

import java.util.List;

/** The signed-in person's standard opinions, offered in opinion and reason fields. One Spring bean. */
public interface OpinionSuggestions {

    List<String> mine();
}
