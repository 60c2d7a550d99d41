package org.childcare.compliance.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.childcare.compliance.load.SelfAssessmentLoader.Loaded;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.SelfAssessment;
import org.junit.jupiter.api.Test;

/** Lenient mode: invalid records are quarantined and counted; everything else is still an error. */
class LoaderLenientTest extends LoaderTestSupport {

    private static final String MIXED = """
            schemaVersion: 1
            authority: { name: Northfield }
            period: { start: 2010-04-01, end: 2011-03-31 }
            asAt: 2011-09-12
            workforce:
              workers:
                - { id: SW1 }
                - { id: SW2, caseload: -1 }
                - { id: SW3, appraisal: 2011-12-01 }
            lado:
              allegations:
                - { id: L1, received: 2010-10-01 }
                - { id: L2, received: 2010-10-01, concluded: 2010-09-01 }
            complaints:
              - { id: CO1, received: 2010-06-01, stage1Response: 2010-06-10 }
              - { id: CO2, recieved: 2010-06-01 }
            children:
              - { id: C1, allocatedWorker: SW1 }
              - { id: C2, allocatedWorker: SW2 }
              - { id: C3, allocatedWorker: SW9 }
              - id: C4
                referrals: [{ id: R1, date: 2011-02-30 }, { id: R2 }]
              - { id: C1 }
              - { referrals: [] }
            """;

    @Test
    void invalidRecordsAreQuarantinedWithLocationAndReason() {
        Loaded loaded = load(write("sa.yaml", MIXED), LoadOptions.lenientMode());
        LoadResult result = loaded.result();
        assertEquals(List.of(), errors(loaded));
        assertTrue(result.ok(), "quarantined records do not stop the run");
        assertEquals(List.of(
                new QuarantinedRecord("worker", "SW2", "sa.yaml", 8, "8:28: workforce.workers[1].caseload: caseload must not be negative, found -1"),
                new QuarantinedRecord("worker", "SW3", "sa.yaml", 9, "9:29: workforce.workers[2].appraisal: 2011-12-01 is after asAt (2011-09-12), the date the self-assessment describes"),
                new QuarantinedRecord("allegation", "L2", "sa.yaml", 13, "13:50: lado.allegations[1].concluded: concluded 2010-09-01 is before received 2010-10-01"),
                new QuarantinedRecord("complaint", "CO2", "sa.yaml", 16, "16:16: complaints[1].recieved: unknown key 'recieved', did you mean 'received'?; 16:5: complaints[1]: missing required field 'received'"),
                new QuarantinedRecord("child", "C3", "sa.yaml", 20, "20:32: children[2].allocatedWorker: unknown worker 'SW9': no worker with this id in workforce.workers"),
                new QuarantinedRecord("child", "C4", "sa.yaml", 21, "22:33: children[3].referrals[0].date: '2011-02-30' is not a date: February 2011 has 28 days; 22:47: children[3].referrals[1]: missing required field 'date'"),
                new QuarantinedRecord("child", "C1", "sa.yaml", 23, "23:11: children[4].id: duplicate child id 'C1', first given at sa.yaml:18:11"),
                new QuarantinedRecord("child", "children[5]", "sa.yaml", 24, "24:5: children[5]: missing required field 'id'")),
                result.quarantined());

        // read = evaluated + quarantined: 3 workers + 2 allegations + 2 complaints + 6 children
        assertEquals(new RecordCounts(13, 5, 8), result.counts());
        assertEquals(result.counts().read(), result.counts().evaluated() + result.counts().quarantined());

        // a child allocated to a quarantined worker stays: the id was declared
        assertEquals(List.of("C1", "C2"), loaded.children().stream().map(Child::getId).toList());
        SelfAssessment sa = result.assessment();
        assertEquals(List.of("SW1"), sa.getWorkforce().getWorkers().stream().map(w -> w.getId()).toList());
        assertEquals(List.of("L1"), sa.getLado().getAllegations().stream().map(a -> a.getId()).toList());
        assertEquals(List.of("CO1"), sa.getComplaints().stream().map(c -> c.getId()).toList());
    }

    @Test
    void strictModeReportsTheSameRecordsAsErrorsAndLeavesThemOut() {
        Loaded loaded = load(write("sa.yaml", MIXED));
        assertFalse(loaded.result().ok());
        assertEquals(10, loaded.result().errors().size());
        assertEquals(List.of(), loaded.result().quarantined());
        assertEquals(new RecordCounts(13, 5, 8), loaded.result().counts());
        assertEquals(List.of("C1", "C2"), loaded.children().stream().map(Child::getId).toList());
    }

    @Test
    void problemsOutsideRecordsStayErrorsInLenientMode() {
        Path file = write("sa.yaml", """
                schemaVersion: 1
                authority: { name: Northfield, colour: red }
                period: { start: 2010-04-01, end: 2011-03-31 }
                partnership:
                  lscb: { meetings: [{ date: 2012-01-01 }] }
                children:
                  - { id: C1, gender: f }
                """);
        Loaded loaded = load(file, LoadOptions.lenientMode());
        assertEquals(List.of(
                "sa.yaml:2:32: authority.colour: unknown key 'colour'; free-form additions go under 'extensions:'",
                "sa.yaml:5:30: partnership.lscb.meetings[0].date: 2012-01-01 is after asAt (2011-03-31), the date the self-assessment describes"),
                errors(loaded));
        assertFalse(loaded.result().ok());
        assertEquals(1, loaded.result().quarantined().size());
        assertEquals(new RecordCounts(1, 0, 1), loaded.result().counts());
    }

    @Test
    void duplicateChildAcrossFilesIsQuarantinedInTheLaterFile() {
        write("sa/a.yaml", HEADER + "  - { id: C1 }\n");
        write("sa/b.yaml", "children:\n  - { id: C1, gender: male }\n");
        Loaded loaded = load(dir.resolve("sa"), LoadOptions.lenientMode());
        assertTrue(loaded.result().ok());
        assertEquals(List.of(new QuarantinedRecord("child", "C1", "b.yaml", 2, "2:11: children[0].id: duplicate child id"
                + " 'C1', first given at a.yaml:10:11")), loaded.result().quarantined());
        assertEquals("a.yaml", loaded.children().get(0).sourceFile());
    }

    @Test
    void errorsStopAtMaxErrorsWithOneFinalProblem() {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 1; i <= 5; i++) {
            text.append("  - { id: C").append(i).append(", x: 1 }\n");
        }
        Loaded loaded = load(write("sa.yaml", text.toString()), LoadOptions.strict().withMaxErrors(3));
        assertEquals(List.of(
                "sa.yaml:10:15: children[0].x: unknown key 'x'; free-form additions go under 'extensions:'",
                "sa.yaml:11:15: children[1].x: unknown key 'x'; free-form additions go under 'extensions:'",
                "sa.yaml:12:15: children[2].x: unknown key 'x'; free-form additions go under 'extensions:'",
                "sa.yaml:13:15: too many errors, stopping"),
                errors(loaded));
        assertFalse(loaded.result().ok());
    }

    @Test
    void quarantinesDoNotCountAsErrors() {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 1; i <= 5; i++) {
            text.append("  - { id: C").append(i).append(", x: 1 }\n");
        }
        Loaded loaded = load(write("sa.yaml", text.toString()), LoadOptions.lenientMode().withMaxErrors(1));
        assertEquals(List.of(), errors(loaded));
        assertEquals(5, loaded.result().quarantined().size());
        assertEquals(new RecordCounts(7, 2, 5), loaded.result().counts());
    }

    @Test
    void aQuarantinedRecordListsTenProblemsThenCountsTheRest() {
        String visits = "[" + "{ date: 2011-02-30 }, ".repeat(11) + "{ date: 2011-02-30 }]";
        Loaded loaded = load(write("sa.yaml", HEADER + "  - { id: C1, careEpisodes: [{ start: 2011-02-01, visits: "
                + visits + " }] }\n"), LoadOptions.lenientMode());
        String reason = loaded.result().quarantined().get(0).reason();
        assertTrue(reason.startsWith("10:68: children[0].careEpisodes[0].visits[0].date: '2011-02-30' is not a date:"
                + " February 2011 has 28 days; "), reason);
        assertTrue(reason.endsWith("; and 2 more"), reason);
    }
}
