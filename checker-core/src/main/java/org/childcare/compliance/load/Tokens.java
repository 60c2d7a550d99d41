package org.childcare.compliance.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.Arrays;

/**
 * The token stream the loader walks: a YAML or JSON parser, or the replay of a YAML anchor's
 * recorded value where an alias refers to it (Jackson's YAML parser reports an alias as a plain
 * string holding the anchor's name; the loader expands it itself, within limits).
 */
abstract class Tokens {

    abstract JsonToken next() throws IOException;

    abstract JsonToken current();

    abstract String text() throws IOException;

    abstract Number number() throws IOException;

    abstract int line();

    abstract int column();

    /** @return true when the current token is a YAML alias ({@code *name}); {@link #text} is the name */
    abstract boolean isAlias();

    /** @return the anchor ({@code &name}) on the current value, or null */
    abstract String anchor();

    static boolean isScalar(JsonToken t) {
        return t != null && t.isScalarValue();
    }

    /** A live parser. */
    static final class Live extends Tokens {
        private final JsonParser parser;
        private final YAMLParser yaml;
        private JsonLocation location;

        Live(JsonParser parser) {
            this.parser = parser;
            this.yaml = parser instanceof YAMLParser y ? y : null;
        }

        private JsonToken current;

        /** An empty scalar ({@code end:} with nothing after it, or {@code ""}) is null, as in YAML. */
        @Override
        JsonToken next() throws IOException {
            location = null;
            current = parser.nextToken();
            if (current == JsonToken.VALUE_STRING && parser.getTextLength() == 0) {
                current = JsonToken.VALUE_NULL;
            }
            return current;
        }

        @Override
        JsonToken current() {
            return current;
        }

        @Override
        String text() throws IOException {
            return parser.getText();
        }

        @Override
        Number number() throws IOException {
            return parser.getNumberValue();
        }

        private JsonLocation location() {
            if (location == null) {
                location = parser.currentTokenLocation();
            }
            return location;
        }

        // Positions are asked for every key and value: for YAML, read them from SnakeYAML's mark
        // (as currentTokenLocation() does) without building a JsonLocation each time.
        @Override
        int line() {
            if (yaml != null) {
                int line = AnchoredYaml.tokenLine(yaml);
                if (line >= 0) {
                    return line;
                }
            }
            return location().getLineNr();
        }

        @Override
        int column() {
            if (yaml != null) {
                int column = AnchoredYaml.tokenColumn(yaml);
                if (column >= 0) {
                    return column;
                }
            }
            return location().getColumnNr();
        }

        @Override
        boolean isAlias() {
            return yaml != null && yaml.isCurrentAlias();
        }

        @Override
        String anchor() {
            if (yaml == null) {
                return null;
            }
            JsonToken t = current;
            if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                return null; // the YAML parser repeats a mapping's anchor on its first key
            }
            if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
                return AnchoredYaml.scalarAnchor(yaml);
            }
            try {
                Object id = yaml.getObjectId();
                return id == null ? null : id.toString();
            } catch (IOException e) {
                return null;
            }
        }
    }

    /** A recorded value: the tokens of one anchored node, with their own locations. */
    static final class Recording {
        JsonToken[] tokens = new JsonToken[16];
        String[] texts = new String[16];
        Number[] numbers = new Number[16];
        int[] lines = new int[16];
        int[] columns = new int[16];
        int size;

        void add(JsonToken token, String text, Number number, int line, int column) {
            if (size == tokens.length) {
                int n = size * 2;
                tokens = Arrays.copyOf(tokens, n);
                texts = Arrays.copyOf(texts, n);
                numbers = Arrays.copyOf(numbers, n);
                lines = Arrays.copyOf(lines, n);
                columns = Arrays.copyOf(columns, n);
            }
            tokens[size] = token;
            texts[size] = text;
            numbers[size] = number;
            lines[size] = line;
            columns[size] = column;
            size++;
        }

        void addAll(Recording other, int from, int to) {
            for (int i = from; i < to; i++) {
                add(other.tokens[i], other.texts[i], other.numbers[i], other.lines[i], other.columns[i]);
            }
        }

        Recording slice(int from, int to) {
            Recording r = new Recording();
            r.addAll(this, from, to);
            return r;
        }
    }

    /** Replays a recording; positioned before its first token until {@link #next} is called. */
    static final class Replay extends Tokens {
        private final Recording recording;
        private int position = -1;

        Replay(Recording recording) {
            this.recording = recording;
        }

        @Override
        JsonToken next() {
            position++;
            return current();
        }

        @Override
        JsonToken current() {
            return position >= 0 && position < recording.size ? recording.tokens[position] : null;
        }

        @Override
        String text() {
            return recording.texts[position];
        }

        @Override
        Number number() {
            return recording.numbers[position];
        }

        @Override
        int line() {
            return recording.lines[position];
        }

        @Override
        int column() {
            return recording.columns[position];
        }

        @Override
        boolean isAlias() {
            return false;
        }

        @Override
        String anchor() {
            return null;
        }
    }
}
