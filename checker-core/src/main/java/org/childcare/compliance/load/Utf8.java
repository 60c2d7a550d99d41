package org.childcare.compliance.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks that a file is UTF-8 before it is parsed, so the error can say where it is not. */
final class Utf8 {
    private Utf8() {}

    /** Where a file stops being UTF-8: 1-based line and column (in characters) and the byte. */
    record Bad(int line, int column, int value) {}

    /** @return null when the whole file is valid UTF-8, else the first offending byte */
    static Bad check(Path file) throws IOException {
        long offset = firstBadByte(file);
        return offset < 0 ? null : locate(file, offset);
    }

    /** A tight validating loop; positions are worked out only if something is wrong. */
    private static long firstBadByte(Path file) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long position = 0;
        int need = 0; // continuation bytes still expected
        int lo = 0x80;
        int hi = 0xBF; // range of the next continuation byte (narrower after E0, ED, F0, F4)
        long start = 0; // where the current multi-byte character started
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    int b = buffer[i];
                    if (b >= 0 && need == 0) {
                        continue; // ASCII
                    }
                    b &= 0xFF;
                    if (need > 0) {
                        if (b < lo || b > hi) {
                            return start;
                        }
                        lo = 0x80;
                        hi = 0xBF;
                        need--;
                        continue;
                    }
                    start = position + i;
                    if (b >= 0xC2 && b <= 0xDF) {
                        need = 1;
                    } else if (b >= 0xE0 && b <= 0xEF) {
                        need = 2;
                        lo = b == 0xE0 ? 0xA0 : 0x80;
                        hi = b == 0xED ? 0x9F : 0xBF;
                    } else if (b >= 0xF0 && b <= 0xF4) {
                        need = 3;
                        lo = b == 0xF0 ? 0x90 : 0x80;
                        hi = b == 0xF4 ? 0x8F : 0xBF;
                    } else {
                        return start;
                    }
                }
                position += n;
            }
        }
        return need > 0 ? start : -1;
    }

    /** Line and column of the byte at {@code offset}, counting characters (everything before it is valid). */
    private static Bad locate(Path file, long offset) throws IOException {
        int line = 1;
        int column = 1;
        byte[] buffer = new byte[1 << 16];
        long position = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++, position++) {
                    int b = buffer[i] & 0xFF;
                    if (position == offset) {
                        return new Bad(line, column, b);
                    }
                    if (b == '\n') {
                        line++;
                        column = 1;
                    } else if ((b & 0xC0) != 0x80) {
                        column++; // a character starts here; continuation bytes do not count
                    }
                }
            }
        }
        return new Bad(line, column, 0);
    }
}
