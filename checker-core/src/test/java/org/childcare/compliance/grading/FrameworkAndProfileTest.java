package org.childcare.compliance.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.childcare.compliance.catalogue.Catalogue;
import org.childcare.compliance.catalogue.Criterion;
import org.childcare.compliance.engine.Measurement;
import org.childcare.compliance.engine.RuleProblem;
import org.childcare.compliance.report.AreaJudgement;
import org.junit.jupiter.api.Test;

/** The two frameworks' rows and words, and what each profile judges. */
class FrameworkAndProfileTest {

    @Test
    void slacHasTheTwentyTwoRowsOfTheRecordOfMainFindingsInPrintOrder() {
        Framework f = Framework.of("slac-2009");
        assertEquals(List.of("OVERALL", "CAP", "SAFE", "QOP", "HEALTH", "AMB", "LEAD", "PMQA", "PART", "EQD",
                "LAC-OVERALL", "LAC-CAP", "LAC-HEALTHY", "LAC-SAFE", "LAC-ENJOY", "LAC-CONTRIB", "LAC-ECON", "LAC-QOP",
                "LAC-AMB", "LAC-LEAD", "LAC-PMQA", "LAC-EQD"), f.rows().stream().map(Framework.Row::key).toList());
        assertEquals("Children and young people are safe and feel safe", f.row("SAFE").title());
        assertEquals("Staying safe", f.row("LAC-SAFE").title());
        assertEquals("Ambition and prioritisation", f.row("LAC-AMB").title());
        assertEquals("Services for looked after children", f.row("LAC-HEALTHY").section());
        assertEquals(List.of("Outstanding", "Good", "Adequate", "Inadequate"), f.words());
    }

    @Test
    void ilacsHasFiveJudgementsAndItsOwnWords() {
        Framework f = Framework.of("ilacs-2023");
        assertEquals(List.of("OVERALL", "HELP", "CARE", "LEAVERS", "LEADERS"), f.rows().stream().map(Framework.Row::key).toList());
        assertEquals("The impact of leaders on social work practice with children and families", f.row("LEADERS").title());
        assertEquals("Requires improvement to be good", f.word(3));
        assertNull(f.word(null));
    }

    @Test
    void unknownFrameworksAndProfilesAreNamedInTheError() {
        assertEquals("unknown framework 'slac-2010' (slac-2009 or ilacs-2023)",
                assertThrows(IllegalArgumentException.class, () -> Framework.of("slac-2010")).getMessage());
        assertEquals("unknown profile 'cra' (full, unannounced-cra or focused-visit-children-in-care)",
                assertThrows(IllegalArgumentException.class, () -> Profile.of("cra")).getMessage());
        assertEquals(List.of("full", "unannounced-cra", "focused-visit-children-in-care"), Profile.names());
    }

    @Test
    void profilesSelectCriteriaByTheTable() {
        Profile cra = Profile.of("unannounced-cra");
        for (String id : List.of("REF-01", "ASM-04", "S47-03", "CP-13", "WF-06", "SUP-03")) {
            assertTrue(cra.selects(id), id);
        }
        for (String id : List.of("LAC-01", "REC-01", "LADO-01", "SA-01", "EQD-01")) {
            assertFalse(cra.selects(id), id);
        }
        Profile visit = Profile.of("focused-visit-children-in-care");
        for (String id : List.of("LAC-01", "LAC-14", "HLT-01", "HLT-04", "EDU-04", "WF-01", "SUP-01", "REC-02", "SA-01")) {
            assertTrue(visit.selects(id), id);
        }
        for (String id : List.of("HLT-05", "CL-01", "CP-03", "ASM-02", "LSCB-01")) {
            assertFalse(visit.selects(id), id);
        }
        assertTrue(Profile.of("full").selects("ANY-99"));
    }

    /** A small catalogue with the real areas of a few criteria of each kind. */
    private static TestCatalogue sample() {
        return new TestCatalogue()
                .criterion("REF-01", "QOP", "HELP").criterion("ASM-02", "SAFE", "HELP", "limiting: true")
                .criterion("CP-01", "QOP", "HELP")
                .criterion("WF-01", "LEAD, LAC-LEAD", "LEADERS, HELP, CARE, LEAVERS")
                .criterion("SUP-01", "PMQA, LAC-PMQA", "LEADERS")
                .criterion("LAC-01", "LAC-SAFE", "CARE").criterion("LAC-11", "LAC-SAFE, SAFE", "CARE")
                .criterion("HLT-01", "LAC-HEALTHY", "CARE").criterion("HLT-05", "HEALTH", "LEADERS")
                .criterion("CL-01", "LAC-ECON", "LEAVERS").criterion("REC-01", "QOP, LAC-QOP", "HELP, CARE")
                .criterion("SA-01", "PMQA", "LEADERS")
                .graded("REF-01", 2).graded("ASM-02", 2).graded("CP-01", 2).graded("WF-01", 2).graded("SUP-01", 2)
                .graded("LAC-01", 3).graded("LAC-11", 3).graded("HLT-01", 3).graded("HLT-05", 4).graded("CL-01", 4)
                .graded("REC-01", 4).graded("SA-01", 4);
    }

    private static List<String> rows(Grading g) {
        return g.judgements().stream().map(AreaJudgement::area).toList();
    }

    @Test
    void fullShowsEveryRowThatHasACriterion() {
        Grading g = sample().slac();
        assertEquals(List.of("OVERALL", "CAP", "SAFE", "QOP", "HEALTH", "LEAD", "PMQA", "LAC-OVERALL", "LAC-CAP",
                "LAC-HEALTHY", "LAC-SAFE", "LAC-ECON", "LAC-QOP", "LAC-LEAD", "LAC-PMQA"), rows(g));
        assertEquals(List.of("OVERALL", "HELP", "CARE", "LEAVERS", "LEADERS"), rows(sample().ilacs()));
    }

    @Test
    void unannouncedCraJudgesSafeguardingFromReferralAssessmentProtectionAndWorkforce() {
        Grading g = sample().grade("slac-2009", "unannounced-cra");
        assertEquals(List.of("OVERALL", "CAP", "SAFE", "QOP", "LEAD", "PMQA"), rows(g));
        // derived over the selected criteria only: REC-01 (QOP, Inadequate) and LAC-11 (SAFE, Adequate) do not count
        assertEquals(List.of("CP-01", "REF-01"), g.judgement("QOP").criteria());
        assertEquals(2, g.grade("QOP"));
        assertEquals(List.of("ASM-02"), g.judgement("SAFE").criteria());
        assertEquals(List.of("ASM-02", "CP-01", "REF-01", "SUP-01", "WF-01"), g.judgement("OVERALL").criteria());
        assertEquals(2, g.grade("OVERALL"));
        assertFalse(g.criterion("REC-01").inProfile());
        assertTrue(g.criterion("REF-01").inProfile());
        assertEquals(List.of("OVERALL", "HELP", "LEADERS"), rows(sample().grade("ilacs-2023", "unannounced-cra")));
    }

    @Test
    void focusedVisitJudgesServicesForLookedAfterChildren() {
        Grading g = sample().grade("slac-2009", "focused-visit-children-in-care");
        assertEquals(List.of("LAC-OVERALL", "LAC-CAP", "LAC-HEALTHY", "LAC-SAFE", "LAC-QOP", "LAC-LEAD", "LAC-PMQA"), rows(g));
        assertEquals(List.of("HLT-01", "LAC-01", "LAC-11", "REC-01", "SUP-01", "WF-01"), g.judgement("LAC-OVERALL").criteria());
        assertFalse(g.criterion("CL-01").inProfile());
        assertFalse(g.criterion("HLT-05").inProfile());
        assertTrue(g.criterion("SA-01").inProfile());
        Grading ilacs = sample().grade("ilacs-2023", "focused-visit-children-in-care");
        assertEquals(List.of("OVERALL", "CARE", "LEADERS"), rows(ilacs));
        assertEquals(List.of("SA-01", "SUP-01", "WF-01"), ilacs.judgement("LEADERS").criteria());
    }

    @Test
    void criteriaOutsideTheProfileRaiseNoAreaForImprovement() {
        Grading g = sample().grade("slac-2009", "unannounced-cra");
        assertTrue(g.areasForImprovement().isEmpty(), g.areasForImprovement()::toString);
        Grading full = sample().slac();
        assertEquals(List.of("CL-01", "HLT-01", "HLT-05", "LAC-01", "LAC-11", "REC-01", "SA-01"),
                full.areasForImprovement().stream().map(a -> a.criterion()).sorted().toList());
    }

    /**
     * The bundled catalogue (read from the rules module's sources) under each profile: every row a
     * profile covers has criteria, except those the profile's criteria leave empty by design.
     */
    @Test
    void theBundledCatalogueUnderEachProfile() throws Exception {
        Path folder = Path.of("../rules/src/main/resources/org/childcare/compliance/rules");
        // the rules module is part of this repository: its catalogue missing is a broken build, not a reason to skip
        assertTrue(Files.isDirectory(folder), "the rules module's catalogue is not at " + folder.toAbsolutePath().normalize());
        Catalogue catalogue = Catalogue.empty();
        List<RuleProblem> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String name = f.getFileName().toString();
                catalogue.read(name, name.replace(".yaml", ""), Files.readString(f), problems);
            }
        }
        assertEquals(List.of(), problems);
        // every bundled criterion read: a criterion lost from the catalogue fails here, and the rows below depend on all of them
        assertEquals(75, catalogue.all().size(), () -> "bundled criteria read: " + catalogue.all().stream().map(Criterion::id).toList());
        Map<String, Measurement> none = Map.of();
        assertEquals(Framework.of("slac-2009").rows().stream().map(Framework.Row::key).toList(),
                rows(Grader.of("slac-2009", "full").grade(catalogue, none)));
        assertEquals(List.of("OVERALL", "CAP", "SAFE", "QOP", "HEALTH", "LEAD", "PMQA", "PART"),
                rows(Grader.of("slac-2009", "unannounced-cra").grade(catalogue, none)));
        assertEquals(List.of("LAC-OVERALL", "LAC-CAP", "LAC-HEALTHY", "LAC-SAFE", "LAC-ENJOY", "LAC-CONTRIB", "LAC-QOP",
                "LAC-LEAD", "LAC-PMQA"), rows(Grader.of("slac-2009", "focused-visit-children-in-care").grade(catalogue, none)));
        assertEquals(List.of("OVERALL", "HELP", "CARE", "LEAVERS", "LEADERS"),
                rows(Grader.of("ilacs-2023", "full").grade(catalogue, none)));
        for (Criterion c : catalogue.all()) {
            assertFalse(c.areasIn("slac-2009").isEmpty(), c.id() + " has no slac-2009 area");
            assertFalse(c.areasIn("ilacs-2023").isEmpty(), c.id() + " has no ilacs-2023 area");
            for (String area : c.areasIn("slac-2009")) {
                assertTrue(Framework.of("slac-2009").row(area) != null && !Framework.of("slac-2009").row(area).derived(),
                        c.id() + ": no slac-2009 area " + area);
            }
            for (String area : c.areasIn("ilacs-2023")) {
                assertTrue(Framework.of("ilacs-2023").row(area) != null, c.id() + ": no ilacs-2023 judgement " + area);
            }
        }
    }
}
