package org.childcare.compliance.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Block-style YAML with short all-scalar mappings and lists in flow style, as people write it:
 * {@code - { date: 2010-12-08, seen: true, seenAlone: true }}. Lines end with {@code \n} on every
 * platform, so the bytes depend on the data only.
 */
final class YamlDocumentWriter implements DocumentWriter {
    /** Longest flow-style line before a mapping or list goes to block style. */
    private static final int FLOW_WIDTH = 120;

    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);
    private String openList;
    private boolean listHasItems;

    YamlDocumentWriter(Writer out) {
        this.out = out instanceof BufferedWriter ? out : new BufferedWriter(out, 1 << 16);
    }

    @Override
    public void comment(String text) throws IOException {
        for (String l : text.split("\n", -1)) {
            out.write(l.isEmpty() ? "#\n" : "# " + l + "\n");
        }
    }

    @Override
    public void field(String key, Object value) throws IOException {
        writeEntry(0, null, key, value);
    }

    @Override
    public void beginList(String key) throws IOException {
        openList = key;
        listHasItems = false;
    }

    @Override
    public void item(Object value) throws IOException {
        if (!listHasItems) {
            out.write(Scalars.yamlString(openList) + ":\n");
            listHasItems = true;
        }
        writeItem(2, value);
    }

    @Override
    public void endList() throws IOException {
        if (!listHasItems) {
            out.write(Scalars.yamlString(openList) + ": []\n");
        }
        openList = null;
    }

    @Override
    public void close() throws IOException {
        out.flush();
        out.close();
    }

    /** Writes {@code key: value} at indent; prefix, when given, replaces the indentation. */
    private void writeEntry(int indent, String prefix, String key, Object value) throws IOException {
        String head = (prefix != null ? prefix : " ".repeat(indent)) + Scalars.yamlString(key) + ":";
        if (Scalars.isScalar(value)) {
            out.write(head + " " + Scalars.yaml(value) + "\n");
            return;
        }
        String flow = flow(value, FLOW_WIDTH - head.length());
        if (flow != null) {
            out.write(head + " " + flow + "\n");
            return;
        }
        if (value instanceof List<?> list && allScalars(list)) {
            wrapped(head, indent + 2, list);
            return;
        }
        out.write(head + "\n");
        if (value instanceof Map<?, ?> map) {
            writeMap(indent + 2, null, map);
        } else {
            for (Object item : (List<?>) value) {
                writeItem(indent + 2, item);
            }
        }
    }

    private void writeMap(int indent, String firstPrefix, Map<?, ?> map) throws IOException {
        String prefix = firstPrefix;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            writeEntry(indent, prefix, e.getKey().toString(), e.getValue());
            prefix = null;
        }
    }

    private void writeItem(int indent, Object value) throws IOException {
        String dash = " ".repeat(indent) + "- ";
        if (Scalars.isScalar(value)) {
            out.write(dash + Scalars.yaml(value) + "\n");
            return;
        }
        String flow = flow(value, FLOW_WIDTH - dash.length());
        if (flow != null) {
            out.write(dash + flow + "\n");
        } else if (value instanceof Map<?, ?> map) {
            writeMap(indent + 2, dash, map);
        } else {
            throw new IllegalArgumentException("a list directly inside a list is not part of the format");
        }
    }

    private static boolean allScalars(List<?> list) {
        for (Object v : list) {
            if (!Scalars.isScalar(v)) {
                return false;
            }
        }
        return true;
    }

    /** A long list of scalars as a flow sequence over several lines: {@code [a, b,\n  c]}. */
    private void wrapped(String head, int indent, List<?> list) throws IOException {
        StringBuilder l = new StringBuilder(head).append(" [");
        String pad = " ".repeat(indent);
        for (int i = 0; i < list.size(); i++) {
            String text = Scalars.yaml(list.get(i)) + (i + 1 < list.size() ? "," : "]");
            if (l.length() + 1 + text.length() > FLOW_WIDTH && l.length() > pad.length() + 1) {
                out.write(l.append('\n').toString());
                l.setLength(0);
                l.append(pad).append(text);
            } else {
                if (l.charAt(l.length() - 1) != '[') {
                    l.append(' ');
                }
                l.append(text);
            }
        }
        out.write(l.append('\n').toString());
    }

    /** @return the flow text of an all-scalar mapping or list that fits in width, else null */
    private String flow(Object value, int width) {
        line.setLength(0);
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                return "{}";
            }
            line.append("{ ");
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!Scalars.isScalar(e.getValue())) {
                    return null;
                }
                if (!first) {
                    line.append(", ");
                }
                first = false;
                line.append(Scalars.yamlString(e.getKey().toString())).append(": ").append(Scalars.yaml(e.getValue()));
                if (line.length() > width) {
                    return null;
                }
            }
            line.append(" }");
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return "[]";
            }
            line.append('[');
            boolean first = true;
            for (Object v : list) {
                if (!Scalars.isScalar(v)) {
                    return null;
                }
                if (!first) {
                    line.append(", ");
                }
                first = false;
                line.append(Scalars.yaml(v));
                if (line.length() > width) {
                    return null;
                }
            }
            line.append(']');
        } else {
            throw new IllegalArgumentException("not a YAML value: " + value.getClass());
        }
        return line.length() <= width ? line.toString() : null;
    }
}
