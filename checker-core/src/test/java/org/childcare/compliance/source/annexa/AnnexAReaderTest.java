package org.childcare.compliance.source.annexa;

import static org.childcare.compliance.source.annexa.Workbooks.LIST_1;
import static org.childcare.compliance.source.annexa.Workbooks.LIST_11;
import static org.childcare.compliance.source.annexa.Workbooks.LIST_3;
import static org.childcare.compliance.source.annexa.Workbooks.LIST_4;
import static org.childcare.compliance.source.annexa.Workbooks.LIST_5;
import static org.childcare.compliance.source.annexa.Workbooks.LIST_6;
import static org.childcare.compliance.source.annexa.Workbooks.LIST_7;
import static org.childcare.compliance.source.annexa.Workbooks.LIST_8;
import static org.childcare.compliance.source.annexa.Workbooks.LIST_9;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.childcare.compliance.model.AssessmentType;
import org.childcare.compliance.model.CareEpisode;
import org.childcare.compliance.model.CareLeaver;
import org.childcare.compliance.model.CareLeaverStatus;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Gender;
import org.childcare.compliance.model.Placement;
import org.childcare.compliance.model.PlacementType;
import org.childcare.compliance.model.PlanCategory;
import org.childcare.compliance.model.ProtectionPlan;
import org.childcare.compliance.model.ProviderKind;
import org.childcare.compliance.model.Referral;
import org.childcare.compliance.model.ReferralOutcome;
import org.childcare.compliance.model.ReferralSource;
import org.childcare.compliance.model.S47Outcome;
import org.childcare.compliance.model.Visit;
import org.childcare.compliance.source.ReturnRead;
import org.childcare.compliance.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each list mapped as sources.md §3 says, latest-only columns known from their dates, lists recognised. */
class AnnexAReaderTest {
    @TempDir Path dir;

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private AnnexAOptions options() {
        return AnnexAOptions.defaults().withPseudonymKey(dir.resolve("keys/pseudonym.key"));
    }

    private ReturnRead read(Path... workbooks) {
        List<String> warnings = new ArrayList<>();
        ReturnRead read = AnnexAReader.read(List.of(workbooks), dir, options(), warnings::add);
        assertEquals(List.of(), read.problems(), "problems");
        return read;
    }

    @Test
    void list7PlanWithLatestOnlyListsKnownFromTheirDates() throws IOException {
        Path wb = Workbooks.workbook().sheet("List 7")
                .row(LIST_7)
                .row(LIST_7, "Child Unique ID", "C123", "Gender", "b) Female", "Ethnicity", "a) WBRI",
                        "Date of Birth", d("2015-03-02"), "Child Protection Plan Start Date", d("2024-02-01"),
                        "Initial Category of Abuse", "Neglect", "Latest Category of Abuse", "Physical abuse",
                        "Date of the Last Statutory Visit", d("2024-10-28"), "Was the Child Seen Alone?", "a) Yes",
                        "Date of latest review conference", d("2024-09-12"),
                        "Number of Previous Child Protection Plans", 2, "Allocated Team", "Locality 4 Unit 1")
                .write(dir, "annex_a.xlsx");

        ReturnRead read = read(wb);

        assertEquals("annexA", read.source());
        Child child = read.children().get("C123");
        assertEquals(d("2015-03-02"), child.getDateOfBirth());
        assertEquals(Gender.FEMALE, child.getGender());
        assertEquals("WBRI", child.getEthnicity());
        assertEquals("Locality 4 Unit 1", child.getAllocatedTeam());
        ProtectionPlan plan = child.getProtectionPlans().get(0);
        assertEquals("C123/plan/2024-02-01", plan.getId());
        assertEquals(d("2024-02-01"), plan.getStart());
        assertNull(plan.getEnd());
        assertEquals(PlanCategory.PHYSICAL, plan.getCategory(), "the latest category, not the initial");
        assertEquals(2, plan.getPreviousPlans());
        Visit visit = plan.getVisits().get(0);
        assertEquals(1, plan.getVisits().size());
        assertEquals(d("2024-10-28"), visit.getDate());
        assertEquals(Boolean.TRUE, visit.getSeen());
        assertEquals(Boolean.TRUE, visit.getSeenAlone());
        assertEquals(List.of(d("2024-09-12")), plan.getReviewConferences());
        assertEquals(d("2024-10-28"), plan.knownFrom("visits"));
        assertEquals(d("2024-09-12"), plan.knownFrom("reviewConferences"));
        assertNull(plan.knownFrom("coreGroups"), "core groups are not in Annex A: not given, so not partial");
        assertFalse(plan.isCoreGroupsRecorded());
        // every record points at the cell it came from
        assertEquals("annex_a.xlsx", plan.sourceFile());
        assertEquals(2, plan.sourceLine());
        assertEquals(7, plan.sourceColumn());
        assertEquals("List 7!G2", plan.sourcePath());
        assertEquals("List 7!J2", visit.sourcePath());
        assertEquals("List 7!A2", child.sourcePath());
    }

    @Test
    void blankLatestOnlyColumnsMeanNoneHeldAndTheInitialCategoryStandsIn() throws IOException {
        Path wb = Workbooks.workbook().sheet("List 7").row(LIST_7)
                .row(LIST_7, "Child Unique ID", "C1", "Child Protection Plan Start Date", d("2024-06-03"),
                        "Initial Category of Abuse", "d) Emotional abuse", "Child Protection Plan End Date", d("2024-11-01"),
                        "Number of Previous Child Protection Plans", 0)
                .write(dir, "annex_a.xlsx");

        ProtectionPlan plan = read(wb).children().get("C1").getProtectionPlans().get(0);

        assertEquals(PlanCategory.EMOTIONAL, plan.getCategory());
        assertEquals(d("2024-11-01"), plan.getEnd());
        assertTrue(plan.isVisitsRecorded());
        assertEquals(List.of(), plan.getVisits());
        assertEquals(List.of(), plan.getReviewConferences());
        assertNull(plan.getKnownFrom(), "an empty list is complete: no visit was held");
    }

    @Test
    void list5ConferenceJoinsTheList7PlanStartingThatDay() throws IOException {
        Path wb = Workbooks.workbook()
                .sheet("List 5").row(LIST_5)
                .row(LIST_5, "Child Unique ID", "C9", "Strategy discussion initiating Section 47 Enquiry Start Date",
                        d("2024-01-10"), "Date of Initial Child Protection Conference", d("2024-02-01"))
                .row(LIST_5, "Child Unique ID", "C9", "Strategy discussion initiating Section 47 Enquiry Start Date",
                        d("2024-05-20"))
                .sheet("List 7").row(LIST_7)
                .row(LIST_7, "Child Unique ID", "C9", "Child Protection Plan Start Date", d("2024-02-01"),
                        "Latest Category of Abuse", "Neglect", "Number of Previous Child Protection Plans", 0)
                .write(dir, "annex_a.xlsx");

        Child child = read(wb).children().get("C9");

        assertEquals(2, child.getS47Enquiries().size());
        assertEquals("C9/s47/2024-01-10", child.getS47Enquiries().get(0).getId());
        assertEquals(S47Outcome.ICPC, child.getS47Enquiries().get(0).getOutcome());
        assertNull(child.getS47Enquiries().get(1).getOutcome(), "no conference: cin or nfa cannot be told apart");
        ProtectionPlan plan = child.getProtectionPlans().get(0);
        assertNotNull(plan.getIcpc());
        assertEquals(d("2024-02-01"), plan.getIcpc().getDate());
        assertEquals(d("2024-01-10"), plan.getIcpc().getStrategyDiscussion());
        assertEquals("List 5!I2", plan.getIcpc().sourcePath());
    }

    @Test
    void list8EpisodeWithItsMostRecentPlacementAndLatestDates() throws IOException {
        Path wb = Workbooks.workbook().sheet("List 8").row(LIST_8)
                .row(LIST_8, "Child Unique ID", 1761444.0, "Date Started to be Looked After", d("2023-04-01"),
                        "Child's Legal Status", "C2: FCO", "Date of Latest Statutory Review", d("2024-10-01"),
                        "Date of Last Social Work Visit", d("2024-10-20"), "Date of Last Health Assessment", d("2024-05-05"),
                        "Date of Last Dental Check", d("2024-04-04"), "Number of Placements in the Last 12 months", 3,
                        "Start Date of Most Recent Placement", d("2024-07-15"),
                        "Placement Type", "f) U6: Foster placement - not FFA", "Placement Provider", "e) PR4 - Private provision",
                        "URN of Placement", "SC123456", "Allocated Team", "Children in Care Team 1")
                .row(LIST_8, "Child Unique ID", "C2", "Date Started to be Looked After", d("2022-01-01"),
                        "Child's Legal Status", "E1", "Number of Placements in the Last 12 months", 1,
                        "Date Ceased to be Looked After", d("2024-09-30"),
                        "Start Date of Most Recent Placement", d("2022-01-01"), "Placement Type", "a) U1: Foster placement - relatives - long term",
                        "Placement Provider", "b) PR1: Own provision")
                .write(dir, "annex_a.xlsx");

        ReturnRead read = read(wb);

        CareEpisode e = read.children().get("1761444").getCareEpisodes().get(0);
        assertEquals("1761444/episode/2023-04-01", e.getId());
        assertEquals("C2", e.getLegalStatus());
        assertNull(e.getEnd());
        assertEquals(3, e.getPlacementsInLast12Months());
        assertEquals(d("2024-04-04"), e.getDentalCheck());
        Placement p = e.getPlacements().get(0);
        assertEquals(d("2024-07-15"), p.getStart());
        assertEquals("U6", p.getCode());
        assertEquals(PlacementType.FOSTER, p.getType());
        assertEquals(Boolean.FALSE, p.getLongTerm());
        assertEquals(ProviderKind.INDEPENDENT, p.getProvider());
        assertEquals("SC123456", p.getProviderUrn());
        assertEquals(d("2024-10-20"), e.getVisits().get(0).getDate());
        assertNull(e.getVisits().get(0).getSeen(), "Annex A does not say whether the child was seen");
        assertEquals(d("2024-10-01"), e.getReviews().get(0).getDate());
        assertEquals(d("2024-05-05"), e.getHealthAssessments().get(0).getDate());
        assertEquals(d("2024-07-15"), e.knownFrom("placements"));
        assertEquals(d("2024-10-20"), e.knownFrom("visits"));
        assertEquals(d("2024-10-01"), e.knownFrom("reviews"));
        assertEquals(d("2024-05-05"), e.knownFrom("healthAssessments"));
        assertNull(e.knownFrom("missingEpisodes"));

        CareEpisode ended = read.children().get("C2").getCareEpisodes().get(0);
        assertEquals("E1", ended.getLegalStatus());
        Placement kinship = ended.getPlacements().get(0);
        assertEquals(PlacementType.KINSHIP, kinship.getType());
        assertEquals(Boolean.TRUE, kinship.getLongTerm());
        assertEquals(ProviderKind.IN_HOUSE, kinship.getProvider());
        assertEquals(d("2024-09-30"), kinship.getEnd(), "the most recent placement ends with the period of care");
    }

    @Test
    void list9CareLeaverAndItsPathwayPlanReview() throws IOException {
        Path wb = Workbooks.workbook().sheet("List 9").row(LIST_9)
                .row(LIST_9, "Child Unique ID", "C7", "Eligibility Category", "b) Former relevant child",
                        "Latest Pathway Plan Review Date", d("2024-08-08"), "LA in Touch", "a) Yes",
                        "Suitability of Accommodation", "a) Suitable", "Activity Status", "G5: Not in education, employment or training - other",
                        "Allocated Personal Advisor", "Someone Advising")
                .row(LIST_9, "Child Unique ID", "C8", "Eligibility Category", "c) Qualifying", "LA in Touch", "b) No",
                        "Suitability of Accommodation", "c) Not in touch or not recorded", "Activity Status", "F1: Full time in higher education")
                .write(dir, "annex_a.xlsx");

        ReturnRead read = read(wb);

        Child c7 = read.children().get("C7");
        CareLeaver leaver = c7.getCareLeaver();
        assertEquals(CareLeaverStatus.FORMER_RELEVANT, leaver.getStatus());
        assertEquals(Boolean.TRUE, leaver.getInTouch());
        assertEquals(Boolean.TRUE, leaver.getAccommodationSuitable());
        assertEquals(Boolean.FALSE, leaver.getInEducationEmploymentOrTraining());
        assertEquals(List.of(d("2024-08-08")), leaver.getPathwayPlan().getReviews());
        assertEquals(d("2024-08-08"), leaver.getPathwayPlan().knownFrom("reviews"));
        assertTrue(c7.getAllocatedWorker().matches("W-[0-9a-f]{12}"), "the advisor stands in for a worker");

        CareLeaver c8 = read.children().get("C8").getCareLeaver();
        assertEquals(CareLeaverStatus.QUALIFYING, c8.getStatus());
        assertEquals(Boolean.FALSE, c8.getInTouch());
        assertNull(c8.getAccommodationSuitable());
        assertEquals(Boolean.TRUE, c8.getInEducationEmploymentOrTraining());
        assertEquals(List.of(), c8.getPathwayPlan().getReviews());
    }

    @Test
    void list3ReferralsAndList4Assessments() throws IOException {
        Path wb = Workbooks.workbook()
                .sheet("List 3").row(LIST_3)
                .row(LIST_3, "Child Unique ID", "C5", "Date of Referral", d("2024-09-01"), "Referral Source", "q) 6: Police",
                        "Referral NFA?", "No", "Number of Referrals in Last 12 Months", 0)
                .row(LIST_3, "Child Unique ID", "C5", "Date of Referral", d("2024-10-01"), "Referral Source", "j) 3D: Health services",
                        "Referral NFA?", "a) Yes", "Number of Referrals in Last 12 Months", 1)
                .sheet("List 4").row(LIST_4)
                .row(LIST_4, "Child Unique ID", "C5", "Continuous Assessment Start Date", d("2024-09-02"),
                        "Child Seen During Continuous Assessment", "Yes", "Continuous Assessment Date of Authorisation",
                        d("2024-10-20"), "Allocated Worker", "Quentin Assessor")
                .write(dir, "annex_a.xlsx");

        Child child = read(wb).children().get("C5");

        Referral first = child.getReferrals().get(0);
        assertEquals("C5/referral/2024-09-01", first.getId());
        assertEquals(ReferralSource.POLICE, first.getSource());
        assertNull(first.getOutcome());
        assertEquals(Boolean.FALSE, first.getRereferralWithin12Months());
        Referral second = child.getReferrals().get(1);
        assertEquals(ReferralSource.HEALTH, second.getSource());
        assertEquals(ReferralOutcome.NFA, second.getOutcome());
        assertEquals(Boolean.TRUE, second.getRereferralWithin12Months());
        var assessment = child.getAssessments().get(0);
        assertEquals(AssessmentType.SINGLE, assessment.getType());
        assertEquals(d("2024-10-20"), assessment.getCompleted());
        assertEquals(Boolean.TRUE, assessment.getChildSeen());
        assertTrue(assessment.getUndertakenBy().matches("W-[0-9a-f]{12}"));
        assertEquals(assessment.getUndertakenBy(), child.getAllocatedWorker());
    }

    @Test
    void historyFromOverridesTheLatestEntryAsWhereListsAreKnownFrom() throws IOException {
        Path wb = Workbooks.workbook().sheet("List 7").row(LIST_7)
                .row(LIST_7, "Child Unique ID", "C1", "Child Protection Plan Start Date", d("2024-02-01"),
                        "Latest Category of Abuse", "Neglect", "Date of the Last Statutory Visit", d("2024-10-28"),
                        "Number of Previous Child Protection Plans", 0)
                .write(dir, "annex_a.xlsx");

        ReturnRead read = AnnexAReader.read(List.of(wb), dir, options().withHistoryFrom(d("2024-05-01")), w -> {});

        ProtectionPlan plan = read.children().get("C1").getProtectionPlans().get(0);
        assertEquals(d("2024-05-01"), plan.knownFrom("visits"));
        assertEquals(d("2024-05-01"), plan.knownFrom("reviewConferences"));
    }

    @Test
    void monthlyWorkbooksUniteTheirLatestEntriesAndTheLaterWins() throws IOException {
        Path october = Workbooks.workbook().sheet("List 7").row(LIST_7)
                .row(LIST_7, "Child Unique ID", "C1", "Child Protection Plan Start Date", d("2024-02-01"),
                        "Latest Category of Abuse", "Neglect", "Date of the Last Statutory Visit", d("2024-10-02"),
                        "Was the Child Seen Alone?", "No", "Number of Previous Child Protection Plans", 0)
                .write(dir, "annex_a_2024-10.xlsx");
        Path november = Workbooks.workbook().sheet("List 7").row(LIST_7)
                .row(LIST_7, "Child Unique ID", "C1", "Child Protection Plan Start Date", d("2024-02-01"),
                        "Latest Category of Abuse", "Multiple", "Date of the Last Statutory Visit", d("2024-11-04"),
                        "Was the Child Seen Alone?", "Yes", "Child Protection Plan End Date", d("2024-11-20"),
                        "Number of Previous Child Protection Plans", 0)
                .write(dir, "annex_a_2024-11.xlsx");

        ReturnRead read = read(november, october);

        ProtectionPlan plan = read.children().get("C1").getProtectionPlans().get(0);
        assertEquals(1, read.children().get("C1").getProtectionPlans().size());
        assertEquals(PlanCategory.MULTIPLE, plan.getCategory());
        assertEquals(d("2024-11-20"), plan.getEnd());
        assertEquals(List.of(d("2024-10-02"), d("2024-11-04")), plan.getVisits().stream().map(Visit::getDate).toList());
        assertEquals(d("2024-11-04"), plan.knownFrom("visits"), "only the latest is sure to follow every visit");
        assertEquals(List.of("annex_a_2024-10.xlsx", "annex_a_2024-11.xlsx"),
                read.files().stream().map(SourceFile::file).toList());
    }

    @Test
    void unusedListsAreRecognisedCountedAndReportedAsUnused() throws IOException {
        Path wb = Workbooks.workbook()
                .sheet("Cover").row("Annex A return", "Northfield").row("Prepared for inspection")
                .sheet("List 1").row(LIST_1).row(LIST_1, "Child Unique ID", "C1", "Date of Contact", d("2024-10-01"))
                .row(LIST_1, "Child Unique ID", "C1", "Date of Contact", d("2024-10-05"))
                .row(LIST_1, "Child Unique ID", "C2", "Date of Contact", d("2024-10-06"))
                .sheet("List 6").row(LIST_6).row(LIST_6, "Child Unique ID", "C3", "CIN Start Date", d("2024-01-01"))
                .sheet("List 11").row(LIST_11).row(LIST_11, "Individual adopter identifier", "AD1")
                .sheet("List 7").row(LIST_7)
                .row(LIST_7, "Child Unique ID", "C4", "Child Protection Plan Start Date", d("2024-02-01"),
                        "Latest Category of Abuse", "Neglect", "Number of Previous Child Protection Plans", 0)
                .row()
                .write(dir, "annex_a.xlsx");

        ReturnRead read = read(wb);

        assertEquals(List.of("annex-a-list-1", "annex-a-list-6", "annex-a-list-7", "annex-a-list-11"),
                read.files().stream().map(SourceFile::kind).toList());
        SourceFile list1 = read.files().get(0);
        assertFalse(list1.used());
        assertEquals(3, list1.rows());
        assertEquals(2, list1.children());
        assertEquals(List.of(LIST_1), List.of(list1.columns().toArray(String[]::new)));
        SourceFile list11 = read.files().get(3);
        assertFalse(list11.used());
        assertEquals(1, list11.rows());
        assertEquals(0, list11.children(), "adopters are not children");
        SourceFile list7 = read.files().get(2);
        assertTrue(list7.used());
        assertEquals(1, list7.rows());
        assertEquals(Map.of(), list7.ignoredRows(), "an empty row that writes no cell is no row at all");
        assertEquals(List.of("C4"), List.copyOf(read.children().keySet()), "unused lists contribute no child");
    }

    @Test
    void recogniseTellsAnnexAWorkbooksFromOthers() throws IOException {
        Path named = Workbooks.workbook().sheet("list7").row(LIST_7).write(dir, "a.xlsx");
        Path described = Workbooks.workbook().sheet("LIST 8 - Children in Care").row(LIST_8).write(dir, "b.xlsx");
        Path byHeader = Workbooks.workbook().sheet("Sheet1").row("CP cases at 30/11/2024").row().row(LIST_7).write(dir, "c.xlsx");
        Path other = Workbooks.workbook().sheet("Budget").row("Cost centre", "Spend").row("A1", 3).write(dir, "d.xlsx");
        Path listings = Workbooks.workbook().sheet("Listings").row("x").write(dir, "e.xlsx");
        Path notZip = Files.writeString(dir.resolve("f.xlsx"), "Child Unique ID,Gender\n");

        assertTrue(AnnexAReader.recognise(named));
        assertTrue(AnnexAReader.recognise(described));
        assertTrue(AnnexAReader.recognise(byHeader));
        assertFalse(AnnexAReader.recognise(other));
        assertFalse(AnnexAReader.recognise(listings));
        assertFalse(AnnexAReader.recognise(notZip));
        assertFalse(AnnexAReader.recognise(dir.resolve("absent.xlsx")));
    }

    @Test
    void sheetNamesAreReadWhateverTheirCaseSpacingAndDescription() {
        assertEquals(AnnexAList.LIST_7, AnnexAList.byName("List 7"));
        assertEquals(AnnexAList.LIST_7, AnnexAList.byName("list7"));
        assertEquals(AnnexAList.LIST_7, AnnexAList.byName("LIST 7 - Child Protection"));
        assertEquals(AnnexAList.LIST_7, AnnexAList.byName(" List\u00a07: CP "));
        assertEquals(AnnexAList.LIST_11, AnnexAList.byName("List 11 (adopters)"));
        assertNull(AnnexAList.byName("List 12"));
        assertNull(AnnexAList.byName("List 70"));
        assertNull(AnnexAList.byName("Listings"));
        assertNull(AnnexAList.byName("Checklist 7"));
    }

    @Test
    void aListIsFoundByItsHeaderBelowTitleRowsUnderAnyName() throws IOException {
        Path wb = Workbooks.workbook().sheet("CP export")
                .row("Northfield City Council").row("Children on a plan, as at 30/11/2024").row()
                .row(LIST_7)
                .row(LIST_7, "Child Unique ID", "C1", "Child Protection Plan Start Date", d("2024-02-01"),
                        "Latest Category of Abuse", "Neglect", "Number of Previous Child Protection Plans", 0)
                .write(dir, "export.xlsx");

        ReturnRead read = read(wb);

        assertEquals("annex-a-list-7", read.files().get(0).kind());
        assertEquals("CP export!G5", read.children().get("C1").getProtectionPlans().get(0).sourcePath());
    }

    @Test
    void idsAreDeterministic() throws IOException {
        Path wb = Workbooks.workbook().sheet("List 5").row(LIST_5)
                .row(LIST_5, "Child Unique ID", "C1", "Strategy discussion initiating Section 47 Enquiry Start Date", d("2024-03-04"))
                .write(dir, "annex_a.xlsx");

        Child first = read(wb).children().get("C1");
        Child second = read(wb).children().get("C1");

        assertEquals("C1/s47/2024-03-04", first.getS47Enquiries().get(0).getId());
        assertEquals(first.getS47Enquiries().get(0).getId(), second.getS47Enquiries().get(0).getId());
    }

    @Test
    void optionsRefuseAHistoryStartingAfterTheSnapshotAndANoErrorCap() {
        IllegalArgumentException late = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> AnnexAOptions.defaults().withAsAt(d("2024-11-30")).withHistoryFrom(d("2024-12-01")));
        assertEquals("sources.annexA.historyFrom 2024-12-01 is after asAt 2024-11-30: a history cannot be complete"
                + " from a day after the snapshot", late.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> AnnexAOptions.defaults().withMaxErrors(0));
        assertEquals(d("2024-11-30"), AnnexAOptions.defaults().withHistoryFrom(d("2024-11-30")).withAsAt(d("2024-11-30")).asAt());
    }
}
