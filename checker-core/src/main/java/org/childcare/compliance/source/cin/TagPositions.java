package org.childcare.compliance.source.cin;

import java.io.IOException;
import java.io.Reader;

/**
 * The characters of an XML file on their way to the StAX parser, remembering where each {@code <}
 * was, so that an element can be reported at the line and column where its start tag begins.
 *
 * <p>Why: the JDK's {@code XMLStreamReader.getLocation()} at a start element gives the line and
 * column just past the tag's {@code >}, not where a user looks. The last {@code <} before that point
 * is the tag's own (no {@code <} can appear inside a tag). The positions of the most recent
 * {@code <}s are kept in a ring, far more than the parser reads ahead, so the file is still
 * streamed. (The parser's character offset would be simpler, but it drifts after the parser's
 * first buffer refill; its line and column do not.)
 *
 * <p>Line ends are normalised here ({@code \r\n} and a lone {@code \r} become {@code \n}), exactly as
 * the XML specification has every parser do first, so that the parser's lines and these agree.
 */
final class TagPositions extends Reader {
    /** Start tags remembered; the JDK parser reads ahead 8 Ki characters at most. */
    private static final int RING = 1 << 16;

    private final Reader in;
    /** Each remembered {@code <} as line and column in one number, so that positions compare as numbers. */
    private final long[] places = new long[RING];
    private long tags;
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
                    places[(int) (tags++ & (RING - 1))] = place(line, column);
                }
                if (c == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
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

    private static long place(int line, int column) {
        return ((long) line << 32) | column;
    }

    /**
     * @param line the parser's line just past a start tag
     * @param column the parser's column just past it
     * @return {line, column} of that tag's {@code <}, or null when it is no longer remembered
     */
    int[] tagBefore(int line, int column) {
        long end = place(line, column);
        long oldest = Math.max(0, tags - RING);
        long low = oldest;
        long high = tags - 1;
        long found = -1;
        while (low <= high) {
            long mid = (low + high) >>> 1;
            if (places[(int) (mid & (RING - 1))] < end) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        if (found < 0) {
            return null; // older than the ring reaches
        }
        long place = places[(int) (found & (RING - 1))];
        return new int[] {(int) (place >>> 32), (int) place};
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
