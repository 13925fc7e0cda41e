package org.reportcycle.publication.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Character n-grams for Chinese full-text search. Text is normalized char by char (same length, so
 * positions carry over to the original): letters and digits lower-cased, everything else a space. The
 * grams of a text are its single letters/digits and its pairs of adjacent letters/digits, as numbers.
 */
public final class Grams {

    private Grams() {}

    /** The text with letters/digits lower-cased and every other char replaced by a space; same length. */
    public static String normalize(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            out[i] = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ';
        }
        return new String(out);
    }

    /** The query's terms: its runs of letters/digits, normalized, without repeats, in order. */
    public static List<String> terms(String query) {
        Set<String> terms = new LinkedHashSet<>();
        for (String t : normalize(query == null ? "" : query).split(" +")) {
            if (!t.isEmpty()) {
                terms.add(t);
            }
        }
        return new ArrayList<>(terms);
    }

    /** Every gram of a text (unigrams and bigrams), without repeats. */
    public static Set<Long> ofText(String text) {
        String n = normalize(text);
        Set<Long> grams = new HashSet<>();
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c == ' ') {
                continue;
            }
            grams.add(unigram(c));
            if (i + 1 < n.length() && n.charAt(i + 1) != ' ') {
                grams.add(bigram(c, n.charAt(i + 1)));
            }
        }
        return grams;
    }

    /** The grams a document must hold to contain the term: its bigrams, or its single char. */
    public static Set<Long> ofTerm(String term) {
        Set<Long> grams = new LinkedHashSet<>();
        if (term.length() == 1) {
            grams.add(unigram(term.charAt(0)));
        }
        for (int i = 0; i + 1 < term.length(); i++) {
            grams.add(bigram(term.charAt(i), term.charAt(i + 1)));
        }
        return grams;
    }

    static long unigram(char c) {
        return c;
    }

    static long bigram(char a, char b) {
        return ((long) a << 16) | b;
    }
}
