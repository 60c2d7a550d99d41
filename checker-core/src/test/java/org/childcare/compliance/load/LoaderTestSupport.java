package org.childcare.compliance.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.childcare.compliance.load.SelfAssessmentLoader.Loaded;
import org.junit.jupiter.api.io.TempDir;

/** Writes small self-assessments into a temporary directory and loads them. */
abstract class LoaderTestSupport {

    /**
     * A valid header, nine lines long, so that a test's children start at line 10:
     * <pre>
     *  1 schemaVersion: 1
     *  ...
     *  9 children:
     * 10   - id: C1
     * </pre>
     */
    static final String HEADER = """
            schemaVersion: 1
            authority: { name: Northfield City Council, code: "999" }
            period: { start: 2010-04-01, end: 2011-03-31 }
            asAt: 2011-09-12
            workforce:
              workers:
                - { id: SW1, role: social-worker, started: 2009-01-05, caseload: 18 }
                - { id: TM1, role: team-manager }
            children:
            """;

    @TempDir
    Path dir;

    Path write(String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path writeBytes(String name, byte[] bytes) {
        try {
            Path file = dir.resolve(name);
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Loaded load(Path path) {
        return SelfAssessmentLoader.loadAll(path, LoadOptions.strict());
    }

    static Loaded load(Path path, LoadOptions options) {
        return SelfAssessmentLoader.loadAll(path, options);
    }

    static List<String> errors(Loaded loaded) {
        return loaded.result().errors().stream().map(InputProblem::toString).toList();
    }
}
