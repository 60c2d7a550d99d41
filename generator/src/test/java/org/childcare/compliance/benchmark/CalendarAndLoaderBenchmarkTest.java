package org.childcare.compliance.benchmark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the calendar and loader benchmark working with tiny sizes. Asserts that each figure is
 * reported, never what it is: timings and heap figures belong to bench/run, not to the tests.
 */
class CalendarAndLoaderBenchmarkTest {
    @Test
    void reportsCallsPerSecondOfTheCalendar() throws Exception {
        String out = run("calendar", "10000");
        assertTrue(out.startsWith("calendar:") && out.contains("million calls/s"), out);
    }

    @Test
    void reportsLoadTimeCollectedChildrenAndHeapForOneDocument(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("stream.yaml");
        String out = run("loader-streaming", "300", file.toString());
        for (String figure : new String[] {"generate:", "input:", "load:", "handed on:", "heap:"}) {
            assertTrue(out.contains(figure), () -> "no '" + figure + "' line in:\n" + out);
        }
        assertTrue(out.contains("300 children"), out);
        assertTrue(out.contains("sampled children were collected"), out);
        assertTrue(Files.size(file) > 0, "the generated document is kept for the next run");
        // the kept document is read again instead of generated again
        assertTrue(!run("loader-streaming", "300", file.toString()).contains("generate:"));
    }

    private static String run(String... args) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            CalendarAndLoaderBenchmark.main(args);
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
