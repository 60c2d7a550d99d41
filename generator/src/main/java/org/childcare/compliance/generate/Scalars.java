package org.childcare.compliance.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text of scalar values, the same in YAML and JSON where the grammars agree. */
final class Scalars {
    private static final Pattern NUMBER =
            Pattern.compile("[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
    private static final Pattern DATE_LIKE = Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*");
    private static final java.util.Set<String> RESERVED = java.util.Set.of(
            "", "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n");

    private Scalars() {}

    static boolean isScalar(Object v) {
        return v == null || v == Node.NULL || v instanceof String || v instanceof Number
                || v instanceof Boolean || v instanceof LocalDate || v instanceof Enum<?>;
    }

    /** Numbers without exponent or trailing zeros: 66.0 is written 66, 83.70 as 83.7. */
    static String number(Number n) {
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("not a finite number: " + d);
            }
            BigDecimal b = BigDecimal.valueOf(d).stripTrailingZeros();
            return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
        }
        return n.toString();
    }

    /** @return the YAML text of a scalar: plain where that reads back as the same string */
    static String yaml(Object v) {
        if (v == null || v == Node.NULL) {
            return "null";
        }
        if (v instanceof Number n) {
            return number(n);
        }
        if (v instanceof Boolean || v instanceof LocalDate) {
            return v.toString();
        }
        if (v instanceof org.childcare.compliance.model.Coded c) {
            return yamlString(c.code());
        }
        return yamlString(v.toString());
    }

    static String yamlString(String s) {
        return needsQuotes(s) ? json(s) : s;
    }

    private static boolean needsQuotes(String s) {
        if (!s.isEmpty() && isAsciiLetter(s.charAt(0)) && s.charAt(s.length() - 1) != ' ') {
            boolean simple = true;
            for (int i = 1; i < s.length() && simple; i++) {
                char c = s.charAt(i);
                simple = isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'
                        || c == ' ' || c == '/' || c == '(' || c == ')' || c == '\'';
            }
            if (simple) {
                return s.length() <= 5 && RESERVED.contains(s.toLowerCase(Locale.ROOT));
            }
        }
        if (RESERVED.contains(s.toLowerCase(Locale.ROOT)) || NUMBER.matcher(s).matches()
                || DATE_LIKE.matcher(s).matches()) {
            return true;
        }
        char first = s.charAt(0);
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0 || Character.isWhitespace(first)
                || Character.isWhitespace(s.charAt(s.length() - 1))) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == ',' || c == '[' || c == ']' || c == '{' || c == '}' || c == '#'
                    || c == '"' || c == '\\' || (c == ':' && (i + 1 == s.length() || s.charAt(i + 1) == ' '))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** @return a JSON string literal (also a valid YAML double-quoted scalar) */
    static String json(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** @return the JSON text of a scalar */
    static String jsonScalar(Object v) {
        if (v == null || v == Node.NULL) {
            return "null";
        }
        if (v instanceof Number n) {
            return number(n);
        }
        if (v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof org.childcare.compliance.model.Coded c) {
            return json(c.code());
        }
        return json(v.toString());
    }
}
