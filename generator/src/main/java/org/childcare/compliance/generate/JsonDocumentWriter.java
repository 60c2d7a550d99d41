package org.childcare.compliance.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/** Compact JSON, one top-level field or list item per line, for very large exports. */
final class JsonDocumentWriter implements DocumentWriter {
    private final Writer out;
    private final StringBuilder buf = new StringBuilder(4096);
    private boolean anyField;
    private boolean anyItem;

    JsonDocumentWriter(Writer out) {
        this.out = out instanceof BufferedWriter ? out : new BufferedWriter(out, 1 << 16);
    }

    @Override
    public void comment(String text) {
        // JSON has no comments
    }

    private void startField(String key) throws IOException {
        out.write(anyField ? ",\n" : "{\n");
        anyField = true;
        out.write(Scalars.json(key));
        out.write(": ");
    }

    @Override
    public void field(String key, Object value) throws IOException {
        startField(key);
        buf.setLength(0);
        append(value);
        out.write(buf.toString());
    }

    @Override
    public void beginList(String key) throws IOException {
        startField(key);
        out.write('[');
        anyItem = false;
    }

    @Override
    public void item(Object value) throws IOException {
        out.write(anyItem ? ",\n" : "\n");
        anyItem = true;
        buf.setLength(0);
        append(value);
        out.write(buf.toString());
    }

    @Override
    public void endList() throws IOException {
        out.write(anyItem ? "\n]" : "]");
    }

    @Override
    public void close() throws IOException {
        out.write(anyField ? "\n}\n" : "{}\n");
        out.flush();
        out.close();
    }

    private void append(Object value) {
        if (value instanceof Map<?, ?> map) {
            buf.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    buf.append(',');
                }
                first = false;
                buf.append(Scalars.json(e.getKey().toString())).append(':');
                append(e.getValue());
            }
            buf.append('}');
        } else if (value instanceof List<?> list) {
            buf.append('[');
            boolean first = true;
            for (Object v : list) {
                if (!first) {
                    buf.append(',');
                }
                first = false;
                append(v);
            }
            buf.append(']');
        } else {
            buf.append(Scalars.jsonScalar(value));
        }
    }
}
