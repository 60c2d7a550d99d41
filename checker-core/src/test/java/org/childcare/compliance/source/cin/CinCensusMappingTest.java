package org.childcare.compliance.source.cin;

import static org.childcare.compliance.source.cin.CinFixtures.fixture;
import static org.childcare.compliance.source.cin.CinFixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.childcare.compliance.model.Assessment;
import org.childcare.compliance.model.AssessmentType;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Gender;
import org.childcare.compliance.model.Icpc;
import org.childcare.compliance.model.Located;
import org.childcare.compliance.model.PlanCategory;
import org.childcare.compliance.model.ProtectionPlan;
import org.childcare.compliance.model.Referral;
import org.childcare.compliance.model.ReferralOutcome;
import org.childcare.compliance.model.ReferralSource;
import org.childcare.compliance.model.S47Enquiry;
import org.childcare.compliance.model.S47Outcome;
import org.childcare.compliance.source.ReturnRead;
import org.childcare.compliance.source.SourceFile;
import org.junit.jupiter.api.Test;

/** The census mapped to format v1, element by element (sources.md §3), one census year and two. */
class CinCensusMappingTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static void assertPlace(Located record, String key, String file, int line, int column) {
        assertEquals(new Located.Place(file, line, column), record.keyPlace(key), key);
    }

    @Test
    void recognisesTheCensusOfEveryYearByItsHeader() {
        assertTrue(CinCensusReader.recognise(fixture("cin_census_2024.xml")));
        assertTrue(CinCensusReader.recognise(fixture("cin_census_2023.xml")));
        assertTrue(CinCensusReader.recognise(fixture("cin_namespaced_messy.xml")));
    }

    @Test
    void readsTheFileItsYearAndTheElementsItUsed() {
        ReturnRead read = read("cin_census_2024.xml");
        assertEquals(List.of(), read.problems());
        assertEquals("cin", read.source());
        SourceFile file = read.files().get(0);
        assertEquals("cin_census_2024.xml", file.file());
        assertEquals("cin-census", file.kind());
        assertEquals("2023-24", file.year());
        assertTrue(file.used());
        assertEquals(3, file.rows());
        assertEquals(3, file.children());
        assertEquals(Map.of(), file.ignoredRows());
        assertEquals("ChildIdentifiers", file.columns().get(0));
        assertTrue(file.columns().containsAll(List.of("LAchildID", "PersonBirthDate", "ExpectedPersonBirthDate",
                "Sex", "Ethnicity", "Disability", "CINreferralDate", "ReferralSource", "DateOfInitialCPC",
                "AssessmentActualStartDate", "AssessmentAuthorisationDate", "S47ActualStartDate", "ReferralNFA",
                "CPPstartDate", "CPPendDate", "LatestCategoryOfAbuse", "NumberOfPreviousCPP", "CPPreviewDate")));
        assertFalse(file.columns().contains("UPN"), "unused elements are not read");
        assertEquals(List.of("C100", "C200", "C300"), List.copyOf(read.children().keySet()));
    }

    @Test
    void childCharacteristicsFromSexEthnicityAndDisabilities() {
        Map<String, Child> children = read("cin_census_2024.xml").children();
        Child c100 = children.get("C100");
        assertEquals(d("2015-03-04"), c100.getDateOfBirth());
        assertEquals(Gender.MALE, c100.getGender());
        assertEquals("WBRI", c100.getEthnicity());
        assertEquals(false, c100.getDisability(), "only NONE: no disability");
        assertEquals("cin_census_2024.xml", c100.sourceFile());
        assertEquals(19, c100.sourceLine());
        assertEquals(5, c100.sourceColumn());
        assertEquals("Child[1]", c100.sourcePath());
        assertPlace(c100, "dateOfBirth", "cin_census_2024.xml", 23, 9);

        Child c300 = children.get("C300");
        assertEquals(Gender.FEMALE, c300.getGender());
        assertEquals(true, c300.getDisability(), "NONE beside AUT: a disability");
    }

    @Test
    void anUnbornChildHasAnExpectedDateOfBirthOnly() {
        Child unborn = read("cin_census_2024.xml").children().get("C200");
        assertNull(unborn.getDateOfBirth());
        assertEquals(d("2024-06-01"), unborn.getExpectedDateOfBirth());
        assertEquals(Gender.UNKNOWN, unborn.getGender());
        assertNull(unborn.getDisability(), "no Disabilities element: not known");
        assertPlace(unborn, "expectedDateOfBirth", "cin_census_2024.xml", 75, 9);
    }

    @Test
    void genderCurrentOfOlderYearsMeansWhatSexDoesLater() {
        Map<String, Child> children = read("cin_census_2023.xml").children();
        assertEquals(Gender.FEMALE, children.get("C300").getGender());
        assertEquals(Gender.OTHER, children.get("C400").getGender());
        assertEquals("2022-23", read("cin_census_2023.xml").files().get(0).year());
    }

    @Test
    void referralsWithSourceAndOutcome() {
        Map<String, Child> children = read("cin_census_2024.xml").children();
        List<Referral> c100 = children.get("C100").getReferrals();
        assertEquals(2, c100.size());
        Referral first = c100.get(0);
        assertEquals("C100/referral/2023-05-02", first.getId());
        assertEquals(d("2023-05-02"), first.getDate());
        assertEquals(ReferralSource.POLICE, first.getSource());
        assertEquals(ReferralOutcome.S47, first.getOutcome(), "a Section47 beside an assessment: s47");
        assertEquals("Child[1]/CINdetails[1]", first.sourcePath());
        assertEquals(32, first.sourceLine());
        assertPlace(first, "date", "cin_census_2024.xml", 33, 9);
        Referral second = c100.get(1);
        assertEquals(ReferralSource.SCHOOL, second.getSource());
        assertEquals(ReferralOutcome.NFA, second.getOutcome(), "ReferralNFA 1");

        Referral unborn = children.get("C200").getReferrals().get(0);
        assertEquals(ReferralSource.HEALTH, unborn.getSource());
        assertEquals(ReferralOutcome.ASSESSMENT, unborn.getOutcome(), "an Assessments block only");

        Referral c300 = children.get("C300").getReferrals().get(0);
        assertEquals(ReferralSource.LA, c300.getSource());
        assertEquals(ReferralOutcome.S47, c300.getOutcome(), "ReferralNFA false, a Section47");
    }

    @Test
    void aReferralWithinTwelveMonthsOfAnotherIsAReReferral() {
        List<Referral> c100 = read("cin_census_2024.xml").children().get("C100").getReferrals();
        assertEquals(true, c100.get(1).getRereferralWithin12Months(), "2024-01-10, eight months after 2023-05-02");
        assertNull(c100.get(0).getRereferralWithin12Months(),
                "the 12 months before 2023-05-02 reach before the census year: unknown, not false");
    }

    @Test
    void withTheEarlierCensusTheTwelveMonthsBeforeAreKnown() {
        Map<String, Child> children = read("cin_census_2023.xml", "cin_census_2024.xml").children();
        assertEquals(false, children.get("C100").getReferrals().get(0).getRereferralWithin12Months(),
                "2022-05-02 to 2023-05-02 lies within the two census years, and holds no referral of C100");
        List<Referral> c300 = children.get("C300").getReferrals();
        assertEquals(List.of(d("2022-04-20"), d("2022-10-01")), c300.stream().map(Referral::getDate).toList());
        assertNull(c300.get(0).getRereferralWithin12Months(), "before 2022-04-01 nothing is known");
        assertEquals(true, c300.get(1).getRereferralWithin12Months());
        assertEquals(ReferralSource.SELF, c300.get(0).getSource());
    }

    @Test
    void historyFromSaysHowFarBackTheFilesAreComplete() {
        Map<String, Child> children = read(CinOptions.strict().withHistoryFrom(d("2022-05-01")), "cin_census_2024.xml")
                .children();
        assertEquals(false, children.get("C100").getReferrals().get(0).getRereferralWithin12Months());
        ProtectionPlan c300 = children.get("C300").getProtectionPlans().get(0);
        assertEquals(d("2022-11-01"), c300.knownFrom("reviewConferences"), "the plan's start, after historyFrom");
        ProtectionPlan c100 = children.get("C100").getProtectionPlans().get(0);
        assertEquals(d("2023-05-20"), c100.knownFrom("reviewConferences"));
    }

    @Test
    void assessmentsAreSingleAssessmentsCompletedWhenAuthorised() {
        Map<String, Child> children = read("cin_census_2024.xml").children();
        Assessment done = children.get("C100").getAssessments().get(0);
        assertEquals("C100/assessment/2023-05-03", done.getId());
        assertEquals(AssessmentType.SINGLE, done.getType());
        assertEquals(d("2023-05-03"), done.getStart());
        assertEquals(d("2023-06-10"), done.getCompleted());
        assertEquals("Child[1]/CINdetails[1]/Assessments[1]", done.sourcePath());
        assertPlace(done, "start", "cin_census_2024.xml", 38, 11);
        assertPlace(done, "completed", "cin_census_2024.xml", 40, 11);
        Assessment open = children.get("C200").getAssessments().get(0);
        assertNull(open.getCompleted());
    }

    @Test
    void section47EnquiriesWithTheirConference() {
        Map<String, Child> children = read("cin_census_2024.xml").children();
        S47Enquiry toConference = children.get("C100").getS47Enquiries().get(0);
        assertEquals("C100/s47/2023-05-04", toConference.getId());
        assertEquals(d("2023-05-04"), toConference.getStrategyDiscussion());
        assertEquals(S47Outcome.ICPC, toConference.getOutcome());
        assertEquals("Child[1]/CINdetails[1]/Section47[1]", toConference.sourcePath());
        assertPlace(toConference, "strategyDiscussion", "cin_census_2024.xml", 46, 11);
        S47Enquiry noConference = children.get("C300").getS47Enquiries().get(0);
        assertNull(noConference.getOutcome(), "no DateOfInitialCPC: the census does not say what followed");
    }

    @Test
    void aPlanWithItsInitialConferenceReviewsAndPreviousPlans() {
        ProtectionPlan plan = read("cin_census_2024.xml").children().get("C100").getProtectionPlans().get(0);
        assertEquals("C100/plan/2023-05-20", plan.getId());
        assertEquals(d("2023-05-20"), plan.getStart());
        assertNull(plan.getEnd());
        assertEquals(PlanCategory.NEGLECT, plan.getCategory(), "the latest category, not the initial one");
        assertEquals(1, plan.getPreviousPlans());
        assertEquals(List.of(d("2023-08-15"), d("2024-02-10")), plan.getReviewConferences(), "in date order");
        assertPlace(plan, "reviewConferences[0]", "cin_census_2024.xml", 59, 13);
        assertPlace(plan, "reviewConferences[1]", "cin_census_2024.xml", 58, 13);
        assertEquals("Child[1]/CINdetails[1]/ChildProtectionPlans[1]", plan.sourcePath());
        assertEquals(52, plan.sourceLine());
        assertPlace(plan, "start", "cin_census_2024.xml", 53, 11);

        Icpc icpc = plan.getIcpc();
        assertEquals(d("2023-05-20"), icpc.getDate(), "the DateOfInitialCPC of the CINdetails, on the plan's start");
        assertEquals(d("2023-05-04"), icpc.getStrategyDiscussion(), "the start of the s47 that led to it");
        assertPlace(icpc, "date", "cin_census_2024.xml", 36, 9);
        assertPlace(icpc, "strategyDiscussion", "cin_census_2024.xml", 46, 11);
        assertEquals("Child[1]/CINdetails[1]/DateOfInitialCPC", icpc.sourcePath());
    }

    @Test
    void reviewConferencesAreKnownFromTheCensusYearOrThePlanStart() {
        Map<String, Child> children = read("cin_census_2024.xml").children();
        ProtectionPlan started = children.get("C100").getProtectionPlans().get(0);
        assertEquals(d("2023-05-20"), started.knownFrom("reviewConferences"), "started in the year: from its start");
        ProtectionPlan carried = children.get("C300").getProtectionPlans().get(0);
        assertEquals(d("2023-04-01"), carried.knownFrom("reviewConferences"),
                "started before the year: from the day after the previous reference date");
        assertNull(carried.getIcpc(), "its conference is in an earlier census");
        assertEquals(d("2023-09-30"), carried.getEnd());
        assertEquals(PlanCategory.MULTIPLE, carried.getCategory());
        assertEquals(0, carried.getPreviousPlans());
        assertNull(started.knownFrom("visits"), "the census says nothing of visits");
    }

    @Test
    void twoCensusYearsMergeByChildAndRecordsByDate() {
        ReturnRead read = read("cin_census_2024.xml", "cin_census_2023.xml");
        assertEquals(List.of(), read.problems());
        assertEquals(List.of("cin_census_2023.xml", "cin_census_2024.xml"),
                read.files().stream().map(SourceFile::file).toList(), "files in path order");
        assertEquals(List.of("C100", "C200", "C300", "C400"), List.copyOf(read.children().keySet()));
        Child c300 = read.children().get("C300");
        assertEquals(2, c300.getReferrals().size(), "2022-10-01 is in both years: one referral");
        assertEquals(1, c300.getS47Enquiries().size());
        assertEquals(S47Outcome.ICPC, c300.getS47Enquiries().get(0).getOutcome(), "the 2023 census gives its conference");
        assertEquals(1, c300.getProtectionPlans().size());
        ProtectionPlan plan = c300.getProtectionPlans().get(0);
        assertEquals(d("2023-09-30"), plan.getEnd(), "the later census knows the end");
        assertEquals(PlanCategory.MULTIPLE, plan.getCategory(), "the later census's latest category wins");
        assertEquals(List.of(d("2023-01-20"), d("2023-05-01")), plan.getReviewConferences(), "reviews of both years");
        assertPlace(plan, "reviewConferences[0]", "cin_census_2023.xml", 41, 13);
        assertPlace(plan, "reviewConferences[1]", "cin_census_2024.xml", 118, 13);
        assertEquals(d("2022-11-01"), plan.knownFrom("reviewConferences"),
                "the earliest the years know: the plan's start, inside the 2022-23 census");
        Icpc icpc = plan.getIcpc();
        assertEquals(d("2022-11-01"), icpc.getDate());
        assertEquals(d("2022-10-05"), icpc.getStrategyDiscussion());
        assertEquals("cin_census_2023.xml", icpc.sourceFile());
        assertEquals(Gender.FEMALE, c300.getGender());
        assertEquals("cin_census_2024.xml", c300.sourceFile(), "the child as the latest census has it");
    }

    @Test
    void theSameResultWhicheverOrderTheFilesAreGiven() {
        ReturnRead one = read("cin_census_2023.xml", "cin_census_2024.xml");
        ReturnRead other = read("cin_census_2024.xml", "cin_census_2023.xml");
        assertEquals(one.children().keySet(), other.children().keySet());
        for (String id : one.children().keySet()) {
            Child a = one.children().get(id);
            Child b = other.children().get(id);
            assertEquals(a.getReferrals().stream().map(r -> r.getId() + r.getOutcome() + r.getRereferralWithin12Months()).toList(),
                    b.getReferrals().stream().map(r -> r.getId() + r.getOutcome() + r.getRereferralWithin12Months()).toList());
            assertEquals(a.getProtectionPlans().stream().map(p -> p.getId() + p.getEnd() + p.getReviewConferences()).toList(),
                    b.getProtectionPlans().stream().map(p -> p.getId() + p.getEnd() + p.getReviewConferences()).toList());
        }
    }
}
