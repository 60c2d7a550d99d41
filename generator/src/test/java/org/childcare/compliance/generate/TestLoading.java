package org.childcare.compliance.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.childcare.compliance.load.LoadOptions;
import org.childcare.compliance.load.SelfAssessmentLoader;
import org.childcare.compliance.load.SelfAssessmentLoader.Loaded;

/**
 * Loads a generated self-assessment with the project's own loader, strict, as
 * {@code compliance:check} reads it: a single file, or a directory of files read as one
 * self-assessment. There is deliberately no other way in: if the loader cannot read what the
 * generator writes, the test that loads it fails with the loader's own errors.
 */
final class TestLoading {
    private TestLoading() {}

    static Loaded load(Path path) throws IOException {
        return SelfAssessmentLoader.loadAll(path, LoadOptions.strict());
    }

    /**
     * Whether the loader reads a directory as one self-assessment. It must: the example authority
     * is a directory. Answers {@code true} or fails the calling test, never {@code false}, so that a
     * caller's assumption on it cannot turn a loader regression into a skipped test.
     */
    static boolean loaderReadsDirectories() throws IOException {
        Path dir = Files.createTempDirectory("loader-reads-directories");
        Files.writeString(dir.resolve("authority.yaml"), "schemaVersion: 1\nauthority: { name: Probe, code: \"000\" }\n"
                + "period: { start: 2010-04-01, end: 2011-03-31 }\n");
        Files.createDirectories(dir.resolve("children"));
        Files.writeString(dir.resolve("children/a.yaml"), "children:\n  - id: P1\n    dateOfBirth: 2005-01-01\n");
        Loaded loaded = load(dir);
        if (!loaded.result().ok() || loaded.children().size() != 1) {
            throw new AssertionError("the loader did not read " + dir + " (authority.yaml and children/a.yaml) as one"
                    + " self-assessment: " + loaded.children().size() + " children, errors " + loaded.result().errors());
        }
        return true;
    }
}
