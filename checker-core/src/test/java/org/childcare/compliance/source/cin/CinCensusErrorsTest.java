package org.childcare.compliance.source.cin;

import static org.childcare.compliance.source.cin.CinFixtures.problems;
import static org.childcare.compliance.source.cin.CinFixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Gender;
import org.childcare.compliance.model.PlanCategory;
import org.childcare.compliance.model.ProtectionPlan;
import org.childcare.compliance.model.ReferralSource;
import org.childcare.compliance.source.ReturnRead;
import org.junit.jupiter.api.Test;

/** Every input error names its element, at the line and column where the element's start tag begins. */
class CinCensusErrorsTest {
    private static final String F = "cin_errors.xml:";

    private static final List<String> EXPECTED = List.of(
            F + "14:9: PersonBirthDate '04/03/2015' is not a date; expected YYYY-MM-DD",
            F + "15:9: GenderCurrent '7' is not a gender code; expected one of 0, 1, 2, 9",
            F + "18:9: Ethnicity 'XXXX' is not an ethnicity code; expected one of WBRI, WIRI, WIRT, WOTH, WROM,"
                    + " MWBC, MWBA, MWAS, MOTH, AIND, APKN, ABAN, AOTH, BCRB, BAFR, BOTH, CHNE, OOTH, REFU, NOBT",
            F + "19:23: Disability 'FOO' is not a disability code; expected one of NONE, MOB, HAND, PC, INC, COMM,"
                    + " LD, HEAR, VIS, BEH, CON, AUT, DDA",
            F + "22:9: CINreferralDate '2023-02-30' is not a date; expected YYYY-MM-DD",
            F + "23:9: ReferralSource 'ZZ' is not a referral source code; expected one of 1A, 1B, 1C, 1D, 2A, 2B,"
                    + " 3A, 3B, 3C, 3D, 3E, 3F, 4, 5A, 5B, 5C, 5D, 6, 7, 8, 9, 10",
            F + "24:9: ReferralNFA 'maybe' is not a yes/no value; expected one of 0, 1, true, false",
            F + "30:9: Sex 'X' is not a sex code; expected one of M, F, U",
            F + "34:9: Assessments has no AssessmentActualStartDate",
            F + "38:11: S47ActualStartDate '2023-7-1' is not a date; expected YYYY-MM-DD",
            F + "42:11: LatestCategoryOfAbuse 'ABC' is not a category of abuse; expected one of NEG, PHY, EMO, SAB, MUL",
            F + "43:11: NumberOfPreviousCPP '-1' is not a count; expected a whole number, 0 or more",
            F + "44:20: CPPreviewDate '2023-13-01' is not a date; expected YYYY-MM-DD",
            F + "41:9: ChildProtectionPlans has no CPPstartDate",
            F + "32:7: CINdetails has no CINreferralDate",
            F + "50:9: Sex should hold a value, not other elements",
            F + "48:5: Child has no ChildIdentifiers/LAchildID, so its records cannot be joined to anyone");

    @Test
    void strictModeReportsEveryErrorAtItsElement() {
        ReturnRead read = read("cin_errors.xml");
        assertEquals(EXPECTED, problems(read));
        assertEquals(List.of(), read.quarantined());
        assertEquals(List.of("OK1"), List.copyOf(read.children().keySet()), "a child with errors is not handed on");
        assertEquals(Map.of("child with input errors", 3L), read.files().get(0).ignoredRows());
        assertEquals(4, read.files().get(0).rows());
    }

    @Test
    void lenientModeQuarantinesEachMalformedChildAndReadsTheRest() {
        ReturnRead read = read(CinOptions.strict().withLenient(true), "cin_errors.xml");
        assertEquals(List.of(), read.problems());
        assertEquals(List.of("OK1"), List.copyOf(read.children().keySet()));
        assertEquals(List.of("E1", "E2", "Child[3]"), read.quarantined().stream().map(ReturnRead.Quarantined::child).toList());
        assertEquals(List.of(11, 27, 48), read.quarantined().stream().map(ReturnRead.Quarantined::line).toList());
        ReturnRead.Quarantined e1 = read.quarantined().get(0);
        assertEquals("cin_errors.xml", e1.file());
        assertTrue(e1.reason().startsWith("14:9: PersonBirthDate '04/03/2015' is not a date; expected YYYY-MM-DD; "
                + "15:9: GenderCurrent '7' is not a gender code"), e1.reason());
        assertEquals(Map.of("child quarantined", 3L), read.files().get(0).ignoredRows());
    }

    @Test
    void maxErrorsStopsTheReadingWithASayingSo() {
        ReturnRead read = read(CinOptions.strict().withMaxErrors(3), "cin_errors.xml");
        assertEquals(List.of(EXPECTED.get(0), EXPECTED.get(1), EXPECTED.get(2),
                F + "19:23: too many errors, stopping"), problems(read));
    }

    @Test
    void namespacesCdataCommentsCarriageReturnsAndPaddingAreReadAsInRealFiles() {
        ReturnRead strict = read("cin_namespaced_messy.xml");
        assertEquals(List.of("cin_namespaced_messy.xml:16:14: CINreferralDate '2024-03-01x' is not a date;"
                + " expected YYYY-MM-DD"), problems(strict));

        ReturnRead read = read(CinOptions.strict().withLenient(true), "cin_namespaced_messy.xml");
        assertEquals(List.of(), read.problems());
        assertEquals("2023-24", read.files().get(0).year(), "ReferenceDate read through its padding");
        Child n1 = read.children().get("N1");
        assertEquals(8, n1.sourceLine());
        assertEquals(15, n1.sourceColumn());
        assertEquals(LocalDate.parse("2016-02-29"), n1.getDateOfBirth());
        assertEquals(Gender.MALE, n1.getGender());
        assertEquals("WBRI", n1.getEthnicity(), "codes are case-insensitive");
        assertEquals(LocalDate.parse("2023-11-05"), n1.getReferrals().get(0).getDate(), "a date in CDATA");
        assertEquals(ReferralSource.HEALTH, n1.getReferrals().get(0).getSource());
        ProtectionPlan plan = n1.getProtectionPlans().get(0);
        assertEquals(PlanCategory.EMOTIONAL, plan.getCategory());
        assertEquals(2, plan.getPreviousPlans());
        assertEquals(List.of(), plan.getReviewConferences(), "no Reviews: none held in the census year");
        assertTrue(plan.isReviewConferencesRecorded());
        assertEquals(LocalDate.parse("2023-12-01"), plan.knownFrom("reviewConferences"));
        assertEquals(List.of("N2"), read.quarantined().stream().map(ReturnRead.Quarantined::child).toList());
        assertEquals(Map.of(
                "child quarantined", 1L,
                "element Forename not read: names are never read", 1L,
                "element Surname not read: names are never read", 1L,
                "unknown element LocalFlag (not read)", 2L), read.files().get(0).ignoredRows());
    }

    @Test
    void noNameEverReachesAProblemOrTheFileReport() {
        for (boolean lenient : new boolean[] {false, true}) {
            ReturnRead read = read(CinOptions.strict().withLenient(lenient), "cin_namespaced_messy.xml");
            String everything = read.problems() + " " + read.quarantined() + " " + read.files();
            assertFalse(everything.contains("Never"), everything);
            assertFalse(everything.contains("Read<"), everything);
        }
    }
}
