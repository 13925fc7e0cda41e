package org.reportcycle.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.parser.Parser;

/**
 * Checks a portal page as HTML: the HTML5 parser reports no error, and the page has the structure the
 * portal promises (a language, a title, one h1 in a main landmark, headings without skipped levels,
 * every form field labelled, every image-like element named).
 */
public final class PortalHtml {

    private PortalHtml() {}

    public static Document valid(String html, String lang) {
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document doc = Jsoup.parse(html, "", parser);
        ParseErrorList errors = parser.getErrors();
        assertThat(errors).as("HTML parse errors").isEmpty();
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo(lang);
        assertThat(doc.title()).isNotBlank();
        assertThat(doc.select("meta[name=viewport]")).hasSize(1);
        assertThat(doc.select("main")).hasSize(1);
        assertThat(doc.select("main h1")).hasSize(1);
        int previous = 1;
        for (Element h : doc.select("main h1, main h2, main h3, main h4, main h5, main h6")) {
            int level = h.tagName().charAt(1) - '0';
            assertThat(level).as("heading %s after h%s", h.text(), previous).isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
        for (Element field : doc.select("input:not([type=hidden]), select, textarea")) {
            assertThat(doc.select("label[for=" + field.id() + "]"))
                    .as("label for %s", field.id())
                    .isNotEmpty();
        }
        for (Element svg : doc.select("svg")) {
            assertThat(svg.attr("aria-label")).isNotBlank();
        }
        assertThat(doc.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
        return doc;
    }
}
