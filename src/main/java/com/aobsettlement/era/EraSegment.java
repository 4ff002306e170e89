package com.aobsettlement.era;

import java.util.List;

/**
 * One X12 segment as read: its tag, its elements (each a list of components; a simple element has
 * one), its position in the file (1 = the first segment) and its byte range in the file, from the
 * end of the previous segment (so leading line breaks and indentation belong to it) to just after
 * its terminator.
 */
public record EraSegment(String tag, List<List<String>> elements, int position, long start, long end) {

    /** Element {@code i} (1-based) as text, components joined by ':'; "" when absent. */
    public String element(int i) {
        if (i < 1 || i > elements.size()) {
            return "";
        }
        List<String> components = elements.get(i - 1);
        return components.size() == 1 ? components.get(0) : String.join(":", components);
    }

    /** Component {@code c} (1-based) of element {@code i}; "" when absent. */
    public String component(int i, int c) {
        if (i < 1 || i > elements.size()) {
            return "";
        }
        List<String> components = elements.get(i - 1);
        return c < 1 || c > components.size() ? "" : components.get(c - 1);
    }

    public boolean has(int i) {
        return !element(i).isEmpty();
    }

    public String where() {
        return "segment " + position + " (" + tag + ")";
    }
}
