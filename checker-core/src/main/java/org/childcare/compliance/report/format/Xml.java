package org.childcare.compliance.report.format;

/** Escaping for XML 1.0 text and attribute values, after {@link ReportText#clean} removed what XML forbids. */
final class Xml {
    private Xml() {}

    static String text(String s) {
        return escape(s, false);
    }

    /** For a double-quoted attribute: also quotes, and newlines and tabs as character references. */
    static String attr(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        String clean = ReportText.clean(s);
        StringBuilder b = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                case '\n' -> b.append(attribute ? "&#10;" : "\n");
                case '\t' -> b.append(attribute ? "&#9;" : "\t");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
