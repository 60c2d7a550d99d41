package org.childcare.compliance.benchmark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the benchmark working (a benchmark nobody runs rots): a tiny authority through every
 * measurement it makes. Asserts that each figure is reported, never what it is: timings belong to
 * bench/run, not to the tests.
 */
class CheckBenchmarkTest {
    @Test
    void reportsEveryFigureForASmallAuthority(@TempDir Path dir) throws Exception {
        String out = run("check", "200", dir.toString());
        for (String figure : new String[] {"generate:", "input:", "load only:", "check:", "heap:", "result:"}) {
            assertTrue(out.contains(figure), () -> "no '" + figure + "' line in:\n" + out);
        }
        assertTrue(out.contains("200 children"), out);
        assertTrue(out.contains("rules ready"), out);
        assertTrue(out.contains("live peak"), out);
        // generated data is reused by the next run instead of generated again
        assertTrue(!run("check", "200", dir.toString()).contains("generate:"));
    }

    @Test
    void reportsWarmCompileTimes() throws Exception {
        assertTrue(run("compile-warm").contains("median"));
    }

    private static String run(String... args) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            CheckBenchmark.main(args);
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
