package org.reportcycle.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;

/**
 * The workspace's few layout rules that need CSS (a sticky bar, a media query) and the state badges (Lumo's badge
 * styles are not loaded without a theme: the progress list's and the comments' states showed as plain text;
 * the current step in the diagram's orange, done in its green), as a style element in the view itself: no theme
 * or frontend bundle needed (TECH-NOTES: nothing that forces a custom bundle).
 */
final class WorkspaceStyles {

    private static final String CSS = """
            .rc-action-bar { position: sticky; bottom: 0; z-index: 3; flex-wrap: wrap;
              background: #fff; padding: 0.5em 0;
              border-top: 1px solid #ddd; box-shadow: 0 -2px 6px rgba(0,0,0,.06); }
            #decision-timeline .decision-who { white-space: normal; }
            [theme~="badge"] { display: inline-flex; align-items: center; box-sizing: border-box;
              padding: 0.3em 0.6em; border-radius: 4px; font-size: 0.8125rem; font-weight: 500; line-height: 1.1;
              white-space: nowrap; color: var(--lumo-primary-text-color, #1a5fb4);
              background: var(--lumo-primary-color-10pct, rgba(26,119,242,.1)); }
            [theme~="badge"][theme~="success"] { color: var(--lumo-success-text-color, #0b7a3e);
              background: var(--lumo-success-color-10pct, rgba(24,160,80,.12)); }
            [theme~="badge"][theme~="error"] { color: var(--lumo-error-text-color, #c62828);
              background: var(--lumo-error-color-10pct, rgba(220,40,40,.1)); }
            [theme~="badge"][theme~="contrast"] { color: #333; background: rgba(0,0,0,.07); }
            [theme~="badge"][theme~="primary"] { color: #8a4500; background: #fff4e0; box-shadow: inset 0 0 0 1px #e37400; }
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
