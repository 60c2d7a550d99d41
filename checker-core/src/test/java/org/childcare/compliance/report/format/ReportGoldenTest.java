package org.childcare.compliance.report.format;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each format's output for {@link ReportFixtures#northfield()} against the golden file in
 * {@code src/test/resources/report/golden/}, byte for byte. After an intended change of output,
 * regenerate them with {@code -Dgolden.update=true} and review the diff before committing.
 */
class ReportGoldenTest {
    static final Path GOLDEN = Path.of("src", "test", "resources", "report", "golden");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"html", "json", "markdown", "junit", "sarif"})
    void matchesTheGoldenFile(String name) throws IOException {
        ReportFormat format = ReportFormats.get(name);
        byte[] actual = Outputs.bytes(format, ReportFixtures.northfield());
        Path golden = GOLDEN.resolve(format.fileName());
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.write(golden, actual);
            return;
        }
        assertTrue(Files.exists(golden), "no golden file " + golden + ": run the test with -Dgolden.update=true");
        byte[] expected = Files.readAllBytes(golden);
        if (!Arrays.equals(expected, actual)) {
            Path written = Outputs.reviewDir("golden-actual").resolve(format.fileName());
            Files.write(written, actual);
            fail(format.fileName() + " differs from " + golden + " at " + firstDifference(expected, actual) + "; the actual "
                    + "output is in " + written + ". If the change is intended, rerun with -Dgolden.update=true and review "
                    + "the diff.");
        }
    }

    private static String firstDifference(byte[] expected, byte[] actual) {
        String[] e = new String(expected, StandardCharsets.UTF_8).split("\n", -1);
        String[] a = new String(actual, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < Math.min(e.length, a.length); i++) {
            if (!e[i].equals(a[i])) {
                return "line " + (i + 1) + ":\n  expected: " + e[i] + "\n  actual:   " + a[i];
            }
        }
        return "line " + (Math.min(e.length, a.length) + 1) + " (one output is longer)";
    }
}
