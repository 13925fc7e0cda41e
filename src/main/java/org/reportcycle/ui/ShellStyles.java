package org.reportcycle.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;

/**
 * The few style rules the shell needs that inline styles cannot express: what shows on a phone and what on a
 * desktop ({@link #WIDE_ONLY}, {@link #NARROW_ONLY}), and a top bar that stays one line. A {@code <style>}
 * element in the shell rather than a stylesheet file, so no static path has to be opened in security and no
 * frontend bundle is needed (TECH-NOTES: no custom bundle).
 */
public final class ShellStyles {

    /** Shown only on screens wider than a phone. */
    public static final String WIDE_ONLY = "rc-wide-only";

    /** Shown only on a phone's width. */
    public static final String NARROW_ONLY = "rc-narrow-only";

    /** A tappable card of a list shown on phones instead of a grid. */
    public static final String CARD = "rc-card";

    /** The width below which the shell and lists switch to their phone form. */
    public static final String PHONE_MAX = "640px";

    private static final String CSS = """
            @media (max-width: %1$s) {
              .%2$s { display: none !important; }
              vaadin-app-layout::part(navbar) { padding-left: 0; }
            }
            @media (min-width: calc(%1$s + 1px)) {
              .%3$s { display: none !important; }
            }
            .rc-navbar { flex-wrap: nowrap; min-width: 0; overflow: hidden; }
            .rc-title { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; min-width: 0; }
            .%4$s { border: 1px solid rgba(0, 0, 0, 0.15); border-radius: 8px; padding: 0.6em 0.8em;
              cursor: pointer; display: flex; flex-direction: column; gap: 0.2em; width: 100%%;
              box-sizing: border-box; overflow-wrap: anywhere; }
            .%4$s:active { background: rgba(0, 0, 0, 0.05); }
            """.formatted(PHONE_MAX, WIDE_ONLY, NARROW_ONLY, CARD);

    private ShellStyles() {}

    /** Adds the style rules to a component of the shell (they apply to the whole page). */
    static void addTo(Component shell) {
        Element style = new Element("style");
        style.setText(CSS);
        shell.getElement().appendChild(style);
    }
}
