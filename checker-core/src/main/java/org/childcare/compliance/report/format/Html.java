package org.childcare.compliance.report.format;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * A small HTML writer that escapes everything it is given as text or as an attribute value, so
 * that data from a self-assessment can never become markup. Element and attribute names are the
 * caller's constants. Open elements are tracked and closing the wrong one is a programming error.
 */
final class Html {
    private static final Set<String> VOID = Set.of("meta", "link", "br", "hr", "img", "col", "wbr");
    private static final Set<String> BLOCK = Set.of("html", "head", "body", "header", "footer", "main", "nav",
            "section", "article", "aside", "div", "p", "h1", "h2", "h3", "h4", "ul", "ol", "li", "dl", "dt", "dd",
            "table", "caption", "thead", "tbody", "tr", "details", "summary", "svg", "defs", "pattern", "g", "style",
            "title", "meta", "link", "figure", "figcaption", "colgroup", "col");

    private static final Set<String> CONTAINER = Set.of("html", "head", "body", "header", "footer", "main", "nav",
            "section", "article", "aside", "div", "ul", "ol", "dl", "table", "thead", "tbody", "tr", "details", "defs",
            "colgroup", "figure");

    private final StringBuilder out = new StringBuilder(1 << 17);
    private final Deque<String> open = new ArrayDeque<>();

    /** Escapes text for element content and quoted attribute values alike. */
    static String escape(String s) {
        String clean = ReportText.clean(s);
        StringBuilder b = null;
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            String rep;
            switch (c) {
                case '&':
                    rep = "&amp;";
                    break;
                case '<':
                    rep = "&lt;";
                    break;
                case '>':
                    rep = "&gt;";
                    break;
                case '"':
                    rep = "&quot;";
                    break;
                case '\'':
                    rep = "&#39;";
                    break;
                default:
                    rep = null;
            }
            if (rep != null) {
                if (b == null) {
                    b = new StringBuilder(clean.length() + 16).append(clean, 0, i);
                }
                b.append(rep);
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? clean : b.toString();
    }

    /**
     * A fragment identifier made from data: letters, digits, {@code -} and {@code _} are kept, every
     * other character becomes {@code _} followed by its code point in hex, so that distinct inputs
     * give distinct ids.
     */
    static String id(String prefix, String data) {
        StringBuilder b = new StringBuilder(prefix);
        String s = data == null ? "" : data;
        s.codePoints().forEach(cp -> {
            if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '-') {
                b.appendCodePoint(cp);
            } else {
                b.append('_').append(Integer.toHexString(cp));
            }
        });
        return b.toString();
    }

    /** Opens {@code tag} with attributes given as name, value pairs; a null value leaves the attribute out. */
    Html open(String tag, String... attributes) {
        if (VOID.contains(tag)) {
            throw new IllegalArgumentException("<" + tag + "> is void: use empty()");
        }
        startTag(tag, attributes);
        open.push(tag);
        return this;
    }

    /** A void element such as {@code meta} or {@code br}, self-closed so the page is also well-formed XML. */
    Html empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>\n");
        return this;
    }

    /** An SVG element with no content, written as {@code <rect .../>}. */
    Html shape(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    Html close(String tag) {
        String top = open.poll();
        if (!tag.equals(top)) {
            throw new IllegalStateException("closing <" + tag + "> but <" + top + "> is open");
        }
        out.append("</").append(tag).append('>');
        if (BLOCK.contains(tag)) {
            out.append('\n');
        }
        return this;
    }

    /** {@code <tag attrs>text</tag>} */
    Html el(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Trusted markup written by this package (CSS, fixed strings); never data. */
    Html raw(String trusted) {
        out.append(trusted);
        return this;
    }

    Html newline() {
        out.append('\n');
        return this;
    }

    private void startTag(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        if (CONTAINER.contains(tag)) {
            out.append('\n');
        }
    }

    private void attributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] == null) {
                continue;
            }
            out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
    }

    @Override
    public String toString() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return out.toString();
    }
}
