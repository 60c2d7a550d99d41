package org.childcare.compliance.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.childcare.compliance.model.Child;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large authority in one document, generated on the fly: every child reaches the sink, in the
 * order written, with the workforce written after the children still counted. Whether the loader
 * lets go of the children it has handed on, and how fast it reads, are measured by the benchmark
 * ({@code bench/run}, {@code CalendarAndLoaderBenchmark loader-streaming}), not asserted here: a
 * test that depends on {@code System.gc()} collecting, or on the machine's speed, fails for reasons
 * that are not regressions. Run with {@code -Dloader.children=400000} for a full-size document.
 */
class LoaderStreamingTest {
    private static final int CHILDREN = Integer.getInteger("loader.children", 10_000);
    private static final int WORKERS = 300;

    @TempDir
    Path dir;

    @Test
    void yamlHandsEveryChildToTheSinkInOrder() throws IOException {
        Path file = dir.resolve("big.yaml");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("schemaVersion: 1\nauthority: { name: Bigtown }\nperiod: { start: 2010-04-01, end: 2011-03-31 }\n");
            out.write("asAt: 2011-09-12\nchildren:\n");
            for (int i = 0; i < CHILDREN; i++) {
                String id = "C" + i;
                out.write("  - id: " + id + "\n    dateOfBirth: 2004-0" + (1 + i % 9) + "-1" + (i % 10) + "\n");
                out.write("    gender: " + (i % 2 == 0 ? "female" : "male") + "\n    allocatedWorker: SW" + (i % WORKERS) + "\n");
                out.write("    referrals: [{ id: R" + i + ", date: 2010-11-02, source: police, outcome: assessment }]\n");
                out.write("    assessments: [{ id: A" + i + ", start: 2010-11-03, undertakenBy: SW" + (i % WORKERS) + " }]\n");
                out.write("    careEpisodes:\n      - id: E" + i + "\n        start: 2011-02-01\n"
                        + "        placements: [{ start: 2011-02-01, type: foster }]\n"
                        + "        visits: [{ date: 2011-02-07, seen: true }]\n");
            }
            // the workforce after the children: pass 1 has it before any child is checked
            out.write("workforce:\n  workers:\n");
            for (int w = 0; w < WORKERS; w++) {
                out.write("    - { id: SW" + w + ", role: social-worker, caseload: 20 }\n");
            }
        }
        check(file);
    }

    @Test
    void jsonHandsEveryChildToTheSinkInOrder() throws IOException {
        Path file = dir.resolve("big.json");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("{\"schemaVersion\": 1, \"authority\": {\"name\": \"Bigtown\"},"
                    + " \"period\": {\"start\": \"2010-04-01\", \"end\": \"2011-03-31\"}, \"children\": [\n");
            for (int i = 0; i < CHILDREN; i++) {
                out.write((i == 0 ? "" : ",\n") + "{\"id\": \"C" + i + "\", \"dateOfBirth\": \"2004-05-06\","
                        + " \"allocatedWorker\": \"SW" + (i % WORKERS) + "\","
                        + " \"referrals\": [{\"id\": \"R" + i + "\", \"date\": \"2010-11-02\", \"outcome\": \"s47\"}],"
                        + " \"careEpisodes\": [{\"id\": \"E" + i + "\", \"start\": \"2011-02-01\","
                        + " \"placements\": [{\"start\": \"2011-02-01\", \"type\": \"kinship\"}],"
                        + " \"visits\": [{\"date\": \"2011-02-07\", \"seen\": true}]}]}");
            }
            out.write("],\n\"workforce\": {\"workers\": [");
            for (int w = 0; w < WORKERS; w++) {
                out.write((w == 0 ? "" : ", ") + "{\"id\": \"SW" + w + "\"}");
            }
            out.write("]}}\n");
        }
        check(file);
    }

    private static void check(Path file) throws IOException {
        AtomicInteger seen = new AtomicInteger();
        List<String> outOfOrder = new ArrayList<>();
        // larger than the 64 MiB default when the full-size run is asked for
        LoadOptions options = LoadOptions.strict().withMaxDocumentBytes(Math.max(Files.size(file), 1) + 1);
        LoadResult result = new SelfAssessmentLoader(options).load(file, child -> {
            String expected = "C" + seen.getAndIncrement();
            if (!expected.equals(child.getId()) && outOfOrder.size() < 10) {
                outOfOrder.add(child.getId() + " where " + expected + " was written");
            }
        });

        assertEquals(List.of(), result.errors());
        assertEquals(CHILDREN, seen.get());
        assertEquals(List.of(), outOfOrder, "children must reach the sink in the order of the document");
        assertEquals(new RecordCounts(CHILDREN + WORKERS, CHILDREN + WORKERS, 0), result.counts());
    }
}
