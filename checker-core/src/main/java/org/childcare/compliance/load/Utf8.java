package org.childcare.compliance.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks that a file is UTF-8 before it is parsed, so the error can say where it is not. */
final class Utf8 {
    private Utf8() {}

    /** Where a file stops being UTF-8. */
    record Bad(int line, int column, int value) {}

    /** @return null when the whole file is valid UTF-8, else the first offending byte */
    static Bad check(Path file) throws IOException {
        byte[] buffer = new byte[1 << 16];
        int line = 1;
        int column = 1;
        int need = 0; // continuation bytes still expected
        int lo = 0x80;
        int hi = 0xBF; // range of the next continuation byte (narrower after E0, ED, F0, F4)
        int startColumn = 1;
        int startByte = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    int b = buffer[i] & 0xFF;
                    if (need > 0) {
                        if (b < lo || b > hi) {
                            return new Bad(line, startColumn, startByte);
                        }
                        lo = 0x80;
                        hi = 0xBF;
                        if (--need == 0) {
                            column++;
                        }
                        continue;
                    }
                    if (b < 0x80) {
                        if (b == '\n') {
                            line++;
                            column = 1;
                        } else {
                            column++;
                        }
                        continue;
                    }
                    startColumn = column;
                    startByte = b;
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
                        return new Bad(line, column, b);
                    }
                }
            }
        }
        return need > 0 ? new Bad(line, startColumn, startByte) : null;
    }
}
