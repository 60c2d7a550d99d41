package org.childcare.compliance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.childcare.compliance.engine.Finding;
import org.childcare.compliance.grading.Framework;
import org.childcare.compliance.load.RecordCounts;
import org.junit.jupiter.api.Test;

/**
 * The console record of main findings: the first thing a user reads after a check. Reports are
 * built by hand here, not graded, so that these tests pin what the console prints for a given
 * report and nothing else: the rows and their words in each framework, the notes on a row,
 * critical findings, areas for improvement by timescale and the gate's reasons.
 */
class ConsoleSummaryTest {
    private static final Framework SLAC = Framework.of("slac-2009");
    private static final Framework ILACS = Framework.of("ilacs-2023");

    // ------------------------------------------------------------------ builders

    /** A row of the framework, titled and sectioned as the framework prints it. */
    private static AreaJudgement row(Framework framework, String key, Integer grade, boolean limitedEvidence, long critical) {
        return row(framework, key, grade, limitedEvidence, critical, List.of());
    }

    private static AreaJudgement row(Framework framework, String key, Integer grade, boolean limitedEvidence, long critical,
            List<String> criteria) {
        Framework.Row row = framework.row(key);
        return new AreaJudgement(key, row.title(), grade, framework.word(grade),
                grade == null ? "insufficient-evidence" : "graded", criteria, limitedEvidence, critical, row.section(),
                row.derived(), List.of(), null);
    }

    /** A criterion not graded: every record lacked the data it needs. */
    private static CriterionResult notGraded(String id, long recordsWithoutData) {
        return new CriterionResult(id, id + " title", List.of(), "insufficient-evidence", 0, 0, null, null, null, null, null,
                false, null, null, List.of(), new MissingData(List.of("children[].referrals[].decisionDate"), recordsWithoutData,
                        Map.of("no screening decision date", recordsWithoutData)), 0, 0, 0, 0, null, null, "95 / 85 / 70", null, 1,
                false, "3m", Map.of(), null, true);
    }

    private static CriterionResult criterion(String id, List<Finding> findings) {
        long critical = findings.stream().filter(Finding::critical).count();
        return new CriterionResult(id, id + " title", List.of(), "graded", 10, 8, 80.0, "cases", null, 3, "Adequate",
                false, null, null, findings, new MissingData(List.of(), 0, Map.of()), 0, 0, findings.size(), critical, null, null, "95 / 85 / 70", null, 1,
                false, "3m", Map.of(), null, true);
    }

    private static Finding critical(String child, String record, String file, int line, String message) {
        return new Finding(child, record, file, line, message, true);
    }

    private static AreaForImprovement improvement(String timescale, String criterion, String action) {
        return new AreaForImprovement(timescale, criterion, action, List.of(), false);
    }

    private static Report report(String framework, String profile, List<AreaJudgement> judgements,
            List<CriterionResult> criteria, List<AreaForImprovement> improvements, GateVerdict gate) {
        return new Report(Report.FORMAT_VERSION, new Report.Authority("Northfield City Council", "999"),
                new Report.Period(LocalDate.of(2010, 4, 1), LocalDate.of(2011, 3, 31)), LocalDate.of(2011, 9, 12),
                framework, profile, new Report.RulesInfo("8c91f5f63da4", Map.of(), null), gate,
                new RecordCounts(120, 118, 2), judgements, criteria, improvements, List.of(), null);
    }

    private static String text(Report report, Path... written) {
        return String.join("\n", ConsoleSummary.lines(report, List.of(written))) + "\n";
    }

    // ------------------------------------------------------------------ the whole text

    /**
     * A failing slac-2009 run: every part of the summary, word for word. Six critical findings and
     * six areas due within six months show the first five of each and a count of the rest.
     */
    @Test
    void slacRecordOfMainFindingsWordForWord() {
        List<AreaJudgement> judgements = List.of(
                row(SLAC, "OVERALL", 3, false, 0),
                row(SLAC, "CAP", 2, false, 0),
                row(SLAC, "SAFE", 4, false, 6),
                row(SLAC, "QOP", null, false, 0, List.of("REF-01")),
                row(SLAC, "LAC-OVERALL", 2, false, 0),
                row(SLAC, "LAC-HEALTHY", 1, true, 0, List.of("LAC-12", "HLT-01", "HLT-02")),
                row(SLAC, "LAC-SAFE", 2, false, 0));
        List<Finding> cp03 = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            cp03.add(critical("C010" + i, "PP1", "children/safeguarding-north.yaml", 10 * i,
                    "visit gap of 2" + i + " working days (limit 20)"));
        }
        List<Finding> lac12 = List.of(critical("C0207", null, null, 0, "flagged at risk of sexual exploitation, not screened"),
                new Finding("C0208", "E1", "children/looked-after-north.yaml", 44, "not critical: never listed", false));
        List<AreaForImprovement> improvements = new ArrayList<>();
        improvements.add(new AreaForImprovement("immediately", "CP-03", "Visit every child on a plan within 20 working days",
                List.of("SAFE"), true));
        improvements.add(improvement("3m", "ASM-01", "Complete assessments within their timescales"));
        for (String id : List.of("AMB-01", "EDU-01", "EDU-02", "HLT-01", "HLT-02", "REC-01")) {
            improvements.add(improvement("6m", id, "Improve " + id));
        }
        GateVerdict gate = new GateVerdict(false, List.of("area SAFE graded Inadequate", "6 critical findings (CP-03, LAC-12)",
                "area for improvement due immediately: CP-03"));
        Report report = report("slac-2009", "full", judgements, List.of(criterion("CP-03", cp03), criterion("LAC-12", lac12),
                notGraded("REF-01", 310), notGraded("HLT-01", 1), notGraded("HLT-02", 0)), improvements, gate);

        assertEquals("""
                Record of main findings: Northfield City Council, 2010-04-01 to 2011-03-31 (as at 2011-09-12; slac-2009, profile full)

                  CRITICAL FINDINGS (6): children whose records show a possible risk now
                    ! CP-03 C0101/PP1: visit gap of 21 working days (limit 20) (children/safeguarding-north.yaml:10)
                    ! CP-03 C0102/PP1: visit gap of 22 working days (limit 20) (children/safeguarding-north.yaml:20)
                    ! CP-03 C0103/PP1: visit gap of 23 working days (limit 20) (children/safeguarding-north.yaml:30)
                    ! CP-03 C0104/PP1: visit gap of 24 working days (limit 20) (children/safeguarding-north.yaml:40)
                    ! CP-03 C0105/PP1: visit gap of 25 working days (limit 20) (children/safeguarding-north.yaml:50)
                    … and 1 more in the report

                  Safeguarding services
                    Overall effectiveness                             Adequate
                    Capacity for improvement                          Good
                    Children and young people are safe and feel safe  Inadequate [6 critical]
                    Quality of provision                              not graded (insufficient evidence)

                  Services for looked after children
                    Overall effectiveness                             Good
                    Being healthy                                     Outstanding [limited evidence]
                    Staying safe                                      Good

                  Limited evidence (2 areas): what the data could not show; the report lists what would complete it
                    Quality of provision (QOP): 0 of 1 criteria graded; not graded REF-01; 310 records without the data needed
                    Being healthy (LAC-HEALTHY): 1 of 3 criteria graded; not graded HLT-01, HLT-02; 1 record without the data needed

                  Areas for improvement (8)
                    Immediately (1)
                      - CP-03: Visit every child on a plan within 20 working days
                    Within three months (1)
                      - ASM-01: Complete assessments within their timescales
                    Within six months (6)
                      - AMB-01: Improve AMB-01
                      - EDU-01: Improve EDU-01
                      - EDU-02: Improve EDU-02
                      - HLT-01: Improve HLT-01
                      - HLT-02: Improve HLT-02
                      … and 1 more in the report

                120 records read, 118 evaluated, 2 quarantined
                Gate: FAILED
                  - area SAFE graded Inadequate
                  - 6 critical findings (CP-03, LAC-12)
                  - area for improvement due immediately: CP-03
                Report written: target/compliance/report.json
                Report written: target/compliance/report.html
                """, text(report, Path.of("target/compliance/report.json"), Path.of("target/compliance/report.html")));
    }

    @Test
    void aCriticalFindingWithoutARecordOrPlaceShowsTheChildAndMessageOnly() {
        Report report = report("slac-2009", "full", List.of(row(SLAC, "LAC-SAFE", 4, false, 1)),
                List.of(criterion("LAC-12", List.of(critical("C0207", null, null, 0, "flagged at risk, not screened")))),
                List.of(), new GateVerdict(false, List.of("1 critical finding (LAC-12)")));
        assertTrue(text(report).contains("\n    ! LAC-12 C0207: flagged at risk, not screened\n"), text(report));
    }

    // ------------------------------------------------------------------ edge cases

    @Test
    void ilacsRowsUseItsOwnWordsUnderOneHeading() {
        Report report = report("ilacs-2023", "focused-visit-children-in-care", List.of(
                row(ILACS, "OVERALL", 3, false, 0),
                row(ILACS, "CARE", 3, true, 0, List.of("LAC-01", "LAC-03")),
                row(ILACS, "LEADERS", 2, false, 0)), List.of(), List.of(), new GateVerdict(true, List.of()));

        assertEquals("""
                Record of main findings: Northfield City Council, 2010-04-01 to 2011-03-31 (as at 2011-09-12; ilacs-2023, profile focused-visit-children-in-care)

                  Judgements
                    Overall effectiveness                                                     Requires improvement to be good
                    The experiences and progress of children in care                          Requires improvement to be good [limited evidence]
                    The impact of leaders on social work practice with children and families  Good

                  Limited evidence (1 area): what the data could not show; the report lists what would complete it
                    The experiences and progress of children in care (CARE): 0 of 2 criteria graded

                120 records read, 118 evaluated, 2 quarantined
                Gate: passed
                """, text(report));
        assertFalse(text(report).contains("Adequate"), "slac-2009's word in an ilacs-2023 summary");
    }

    @Test
    void noAreaGradedSaysSoOnEveryRowAndListsNoFindingsOrAreas() {
        Report report = report("slac-2009", "unannounced-cra", List.of(
                row(SLAC, "OVERALL", null, false, 0),
                row(SLAC, "SAFE", null, false, 0)), List.of(criterion("CP-03", List.of())), List.of(),
                new GateVerdict(false, List.of("area OVERALL not graded: insufficient evidence",
                        "area SAFE not graded: insufficient evidence")));

        assertEquals("""
                Record of main findings: Northfield City Council, 2010-04-01 to 2011-03-31 (as at 2011-09-12; slac-2009, profile unannounced-cra)

                  Safeguarding services
                    Overall effectiveness                             not graded (insufficient evidence)
                    Children and young people are safe and feel safe  not graded (insufficient evidence)

                  Limited evidence (1 area): what the data could not show; the report lists what would complete it
                    Children and young people are safe and feel safe (SAFE): 0 of 0 criteria graded

                120 records read, 118 evaluated, 2 quarantined
                Gate: FAILED
                  - area OVERALL not graded: insufficient evidence
                  - area SAFE not graded: insufficient evidence
                """, text(report));
    }

    @Test
    void withoutAGateVerdictNoGateLineIsPrinted() {
        // the report goal writes reports without gating the build
        Report report = report("slac-2009", "full", List.of(row(SLAC, "SAFE", 2, false, 0)), List.of(), List.of(), null);
        assertFalse(text(report).contains("Gate:"), text(report));
        assertTrue(text(report).endsWith("120 records read, 118 evaluated, 2 quarantined\n"), text(report));
    }

    @Test
    void aTitleLongerThanTheLineIsCutWithAnEllipsis() {
        String title = "A".repeat(100);
        AreaJudgement longTitle = new AreaJudgement("SAFE", title, 2, "Good", "graded", List.of(), false, 0,
                "Safeguarding services", false, List.of(), null);
        Report report = report("slac-2009", "full", List.of(longTitle), List.of(), List.of(), null);
        assertTrue(text(report).contains("\n    " + "A".repeat(77) + "…  Good\n"), text(report));
    }
}
