package org.childcare.compliance.generate;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;

/**
 * Streams one self-assessment document: top-level fields are written as they come, and a
 * top-level list (the children) item by item, so a document of any size needs memory only for
 * one item.
 */
public interface DocumentWriter extends Closeable {

    /** A comment line at this point (YAML only; JSON has none). */
    void comment(String text) throws IOException;

    /** A top-level {@code key: value}; value is a scalar, a list or a {@link Node}. */
    void field(String key, Object value) throws IOException;

    /** Starts a top-level list. */
    void beginList(String key) throws IOException;

    /** One item of the open top-level list. */
    void item(Object value) throws IOException;

    /** Ends the open top-level list. */
    void endList() throws IOException;

    /** Ends the document and flushes; closes the underlying writer. */
    @Override
    void close() throws IOException;

    /** Output formats. */
    enum Format {
        YAML("yaml"), JSON("json");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        /** @return JSON for a name ending {@code .json}, else YAML */
        public static Format forFileName(String name) {
            return name.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? JSON : YAML;
        }
    }

    static DocumentWriter create(Format format, Writer out) {
        return format == Format.JSON ? new JsonDocumentWriter(out) : new YamlDocumentWriter(out);
    }
}
