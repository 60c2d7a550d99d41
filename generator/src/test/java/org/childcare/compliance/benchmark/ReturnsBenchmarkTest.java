package org.childcare.compliance.benchmark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the returns benchmark working on a few hundred children: every figure it makes is
 * reported. What the figures are belongs to bench/run, not to the tests.
 */
class ReturnsBenchmarkTest {
    @Test
    void reportsEveryFigureForASmallAuthority(@TempDir Path dir) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            ReturnsBenchmark.main(new String[] {"300", dir.toString()});
        } finally {
            System.setOut(original);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        for (String figure : new String[] {"write:", "input:", "ssda903 reader:", "census reader:", "load returns:",
                "check returns:", "result:"}) {
            assertTrue(out.contains(figure), () -> "no '" + figure + "' line in:\n" + out);
        }
        assertTrue(out.contains("300 children"), out);
    }
}
