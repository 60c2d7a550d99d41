package org.childcare.compliance.source.cin;

import java.io.IOException;
import java.io.Reader;

/**
 * The characters of an XML file on their way to the StAX parser, remembering where each {@code <}
 * was, so that an element can be reported at the line and column where its start tag begins.
 *
 * <p>Why: the JDK's {@code XMLStreamReader.getLocation()} at a start element points just past the
 * tag's {@code >}, and after whitespace one character past the next {@code <}; neither is where a
 * user looks. Its character offset, though, is exact, and the last {@code <} before the offset just
 * past a start tag is that tag's own (no {@code <} can appear inside a tag). The positions of the
 * most recent {@code <}s are kept in a ring, far more than the parser reads ahead, so the file is
 * still streamed.
 *
 * <p>Line ends are normalised here ({@code \r\n} and a lone {@code \r} become {@code \n}), exactly as
 * the XML specification has every parser do first, so that the parser's offsets and these agree.
 */
final class TagPositions extends Reader {
    /** Start tags remembered; the JDK parser reads ahead 8 Ki characters at most. */
    private static final int RING = 1 << 16;

    private final Reader in;
    private final long[] offsets = new long[RING];
    private final int[] lines = new int[RING];
    private final int[] columns = new int[RING];
    private long tags;
    private long offset;
    private int line = 1;
    private int column = 1;
    private boolean afterCarriageReturn;
    /**
     * Where the first byte that is not of the file's character set was. The decoder replaces such
     * bytes with U+FFFD, so that the position is exact (a failing decoder loses the characters it
     * decoded before the bad byte, and the parser then reports only its own read-ahead position).
     */
    private int[] wrongBytesAt;

    TagPositions(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int from, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (true) {
            if (wrongBytesAt != null) {
                throw new java.nio.charset.MalformedInputException(1);
            }
            int n = in.read(buffer, from, length);
            if (n < 0) {
                return -1;
            }
            int written = from;
            for (int i = from; i < from + n; i++) {
                char c = buffer[i];
                if (c == '\uFFFD') {
                    // the decoder's stand-in for bytes not of the character set: the text ends here, the
                    // characters before it are handed on, and the next read fails
                    wrongBytesAt = new int[] {line, column};
                    break;
                }
                if (c == '\n' && afterCarriageReturn) {
                    afterCarriageReturn = false;
                    continue; // the \n of a \r\n, already given as \n
                }
                afterCarriageReturn = c == '\r';
                if (c == '\r') {
                    c = '\n';
                }
                if (c == '<') {
                    int slot = (int) (tags++ & (RING - 1));
                    offsets[slot] = offset;
                    lines[slot] = line;
                    columns[slot] = column;
                }
                if (c == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
                offset++;
                buffer[written++] = c;
            }
            if (written > from) {
                return written - from;
            }
            if (wrongBytesAt != null) {
                throw new java.nio.charset.MalformedInputException(1);
            }
        }
    }

    /**
     * @param end the parser's character offset just past a start tag
     * @return {line, column} of that tag's {@code <}, or null when it is no longer remembered
     */
    int[] tagBefore(long end) {
        long oldest = Math.max(0, tags - RING);
        long low = oldest;
        long high = tags - 1;
        long found = -1;
        while (low <= high) {
            long mid = (low + high) >>> 1;
            if (offsets[(int) (mid & (RING - 1))] < end) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        if (found < 0) {
            return null;
        }
        int slot = (int) (found & (RING - 1));
        return new int[] {lines[slot], columns[slot]};
    }

    /** @return {line, column} of the first byte the character set could not decode, or null */
    int[] wrongBytesAt() {
        return wrongBytesAt;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
