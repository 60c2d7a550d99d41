package org.childcare.compliance.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker id in YAML that the workforce list does not hold is an input error, except a pseudonym
 * made from a name in an Annex A workbook ({@code W-} and 12 hex digits), as compliance:import writes
 * them: the authority's workforce list cannot hold what it only knows by name.
 */
class PseudonymousWorkerTest {
    @TempDir
    Path tmp;

    private SelfAssessmentLoader.Loaded load(String worker) throws Exception {
        Path file = tmp.resolve("sa.yaml");
        Files.writeString(file, """
                schemaVersion: 1
                authority: { name: Testshire }
                period: { start: 2024-04-01, end: 2025-03-31 }
                children:
                  - { id: C1, allocatedWorker: %s }
                """.formatted(worker));
        return SelfAssessmentLoader.loadAll(file, LoadOptions.strict());
    }

    @Test
    void aPseudonymFromAWorkbookNeedNotBeInTheWorkforceList() throws Exception {
        SelfAssessmentLoader.Loaded loaded = load("W-2ccb9e9a5775");
        assertTrue(loaded.result().ok(), () -> loaded.result().errors().toString());
        assertEquals("W-2ccb9e9a5775", loaded.children().get(0).getAllocatedWorker());
    }

    @Test
    void anyOtherUnknownWorkerIsStillAnInputError() throws Exception {
        SelfAssessmentLoader.Loaded loaded = load("SW99");
        assertEquals(1, loaded.result().errors().size());
        assertTrue(loaded.result().errors().get(0).message().contains("unknown worker 'SW99'"));
        SelfAssessmentLoader.Loaded almost = load("W-2CCB9E9A5775");
        assertEquals(1, almost.result().errors().size(), "a pseudonym is lower-case hex");
    }
}
