package org.childcare.compliance.source.annexa;

import static org.childcare.compliance.source.annexa.RawXlsx.bool;
import static org.childcare.compliance.source.annexa.RawXlsx.date;
import static org.childcare.compliance.source.annexa.RawXlsx.error;
import static org.childcare.compliance.source.annexa.RawXlsx.formulaDate;
import static org.childcare.compliance.source.annexa.RawXlsx.number;
import static org.childcare.compliance.source.annexa.RawXlsx.row;
import static org.childcare.compliance.source.annexa.RawXlsx.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.childcare.compliance.model.CareEpisode;
import org.childcare.compliance.model.PlanCategory;
import org.childcare.compliance.model.ProtectionPlan;
import org.childcare.compliance.source.ReturnRead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mess real exports hold, each read as what it means. */
class AnnexAMessyCellsTest {
    @TempDir Path dir;

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private ReturnRead read(Path workbook) {
        ReturnRead read = AnnexAReader.read(List.of(workbook), dir,
                AnnexAOptions.defaults().withPseudonymKey(dir.resolve("pseudonym.key")), w -> {});
        assertEquals(List.of(), read.problems(), "problems");
        return read;
    }

    /** Headers in every case and spacing, with stray punctuation, curly quotes and non-breaking spaces. */
    private static final String[] LOOSE_LIST_7 = {"child unique id", "GENDER", "Age of Child (Years)",
        "Child Protection Plan Start Date ", "Latest category of abuse:", "Date of the last statutory visit",
        "Was the child seen alone", "Date\u00a0of Latest Review Conference", "Child protection plan end date",
        "Number of previous child protection plans", "Allocated\u00a0Team"};

    @Test
    void looseHeadersTextDatesNumericIdsLabelsAndUnknowns() throws IOException {
        Path wb = Workbooks.workbook().sheet("List 7 - Child Protection")
                .row(LOOSE_LIST_7)
                .row("\u00a0C1\u00a0", "a) Male", 9, "01/02/2024", "b) Physical Abuse", "2024-10-28", "Y", null, null, "2", " Team A\u00a0")
                .row(1234.0, "Female", 3, d("2024-03-04"), "NEG", "28/10/2024", "c) Unknown", "#N/A", "", 0, "Unknown")
                .row(5678, "b) Female", 3, "2024-05-06", "e) Multiple/not recommended", null, "false", null, null, "0", null)
                .write(dir, "annex_a.xlsx");

        ReturnRead read = read(wb);

        assertEquals(List.of("1234", "5678", "C1"), List.copyOf(read.children().keySet()));
        ProtectionPlan c1 = read.children().get("C1").getProtectionPlans().get(0);
        assertEquals(d("2024-02-01"), c1.getStart(), "dd/mm/yyyy text");
        assertEquals(PlanCategory.PHYSICAL, c1.getCategory());
        assertEquals(d("2024-10-28"), c1.getVisits().get(0).getDate(), "yyyy-mm-dd text");
        assertEquals(Boolean.TRUE, c1.getVisits().get(0).getSeenAlone());
        assertEquals(2, c1.getPreviousPlans(), "a count written as text");
        assertEquals("Team A", read.children().get("C1").getAllocatedTeam());

        ProtectionPlan numeric = read.children().get("1234").getProtectionPlans().get(0);
        assertEquals("1234/plan/2024-03-04", numeric.getId());
        assertEquals(PlanCategory.NEGLECT, numeric.getCategory());
        assertNull(numeric.getVisits().get(0).getSeenAlone(), "c) Unknown is absent");
        assertEquals(List.of(), numeric.getReviewConferences(), "#N/A is absent");
        assertNull(numeric.getEnd(), "an empty string is absent");
        assertNull(read.children().get("1234").getAllocatedTeam(), "Unknown is absent");

        ProtectionPlan multiple = read.children().get("5678").getProtectionPlans().get(0);
        assertEquals(PlanCategory.MULTIPLE, multiple.getCategory());
        assertEquals(0, multiple.getPreviousPlans());
    }

    @Test
    void curlyQuotesInHeadersAndBareCodes() throws IOException {
        String[] header = {"Child Unique ID", "Date Started to be Looked After", "Child’s Legal Status",
            "Date of Latest Statutory Review", "Date of Last Social Work Visit", "Date of Last Health Assessment",
            "Date of Last Dental Check", "Number of Placements in the Last 12 Months", "Date Ceased to be Looked After",
            "Start Date of Most Recent Placement", "Placement Type", "Placement Provider", "URN of Placement",
            "Number of Episodes the Child has been ‘Missing’ from their Placement in the last 12 months"};
        Path wb = Workbooks.workbook().sheet("List 8").row(header)
                .row("C1", d("2024-01-01"), "V2", null, null, null, null, 1.0, null, d("2024-01-01"), "K2", "PR0", 123456.0, 4)
                .write(dir, "annex_a.xlsx");

        CareEpisode e = read(wb).children().get("C1").getCareEpisodes().get(0);

        assertEquals("V2", e.getLegalStatus());
        assertEquals("K2", e.getPlacements().get(0).getCode());
        assertNull(e.getPlacements().get(0).getProvider(), "PR0, parents, is neither in-house nor independent");
        assertEquals("123456", e.getPlacements().get(0).getProviderUrn(), "a URN typed as a number");
        assertEquals(1, e.getPlacementsInLast12Months());
    }

    @Test
    void errorCellsFormulasCustomDateFormatsAndBooleanCells(@TempDir Path files) throws IOException {
        Path wb = RawXlsx.write(files.resolve("annex_a.xlsx"), "List 7", false,
                row(1, text("A1", "Child Unique ID"), text("B1", "Child Protection Plan Start Date"),
                        text("C1", "Latest Category of Abuse"), text("D1", "Date of the Last Statutory Visit"),
                        text("E1", "Was the Child Seen Alone?"), text("F1", "Date of latest review conference"),
                        text("G1", "Child Protection Plan End Date"), text("H1", "Number of Previous Child Protection Plans"),
                        text("I1", "Allocated Worker")),
                row(2, number("A2", "42.0"), date("B2", "45323"), text("C2", "Neglect"),
                        formulaDate("D2", "B2+270", "45593"), bool("E2", true), error("F2", "#N/A"),
                        error("G2", "#N/A"), number("H2", "1"), error("I2", "#N/A")));

        ReturnRead read = AnnexAReader.read(List.of(wb), files, AnnexAOptions.defaults()
                .withPseudonymKey(files.resolve("k")), w -> {});

        assertEquals(List.of(), read.problems());
        ProtectionPlan plan = read.children().get("42").getProtectionPlans().get(0);
        assertEquals(d("2024-02-01"), plan.getStart(), "serial 45323 under [$-809]dd mmm yyyy");
        assertEquals(d("2024-10-28"), plan.getVisits().get(0).getDate(), "a formula's cached date");
        assertEquals(Boolean.TRUE, plan.getVisits().get(0).getSeenAlone(), "a TRUE cell");
        assertEquals(List.of(), plan.getReviewConferences(), "#N/A is absent");
        assertNull(plan.getEnd());
        assertNull(read.children().get("42").getAllocatedWorker(), "#N/A in a name column is absent, not an error");
    }

    @Test
    void workbooksCountingFrom1904(@TempDir Path files) throws IOException {
        Path wb = RawXlsx.write(files.resolve("mac.xlsx"), "List 5", true,
                row(1, text("A1", "Child Unique ID"), text("B1", "Strategy discussion initiating Section 47 Enquiry Start Date"),
                        text("C1", "Date of Initial Child Protection Conference")),
                row(2, text("A2", "C1"), date("B2", "43861"), text("C3", "")));

        ReturnRead read = AnnexAReader.read(List.of(wb), files, AnnexAOptions.defaults().withPseudonymKey(files.resolve("k")), w -> {});

        assertEquals(d("2024-02-01"), read.children().get("C1").getS47Enquiries().get(0).getStrategyDiscussion());
    }

    @Test
    void dateFormatsAreToldFromNumberFormats() {
        assertTrue(CellValue.isDateFormat(14, "mm-dd-yy"));
        assertTrue(CellValue.isDateFormat(164, "dd/mm/yyyy;@"));
        assertTrue(CellValue.isDateFormat(165, "[$-809]d mmmm yyyy"));
        assertTrue(CellValue.isDateFormat(166, "yyyy-mm-dd hh:mm"));
        assertEquals(false, CellValue.isDateFormat(1, "0"));
        assertEquals(false, CellValue.isDateFormat(0, "General"));
        assertEquals(false, CellValue.isDateFormat(167, "\"Day\" 0"));
        assertEquals(false, CellValue.isDateFormat(168, "[Red]#,##0.00"));
        assertEquals(false, CellValue.isDateFormat(169, "mm:ss"));
    }

    @Test
    void labelsGiveTheirCodes() {
        assertEquals(List.of("U6", "U6: Foster placement", "U6: Foster placement - not FFA", "U6:"),
                Codes.candidates("f) U6: Foster placement - not FFA"));
        assertEquals("C2", Codes.LEGAL_STATUS.read("C2: FCO").value());
        assertEquals("WBRI", Codes.ETHNICITY.read("a) WBRI").value());
        assertEquals(Boolean.FALSE, Codes.YES_NO.read("b) No").value());
        assertEquals(Boolean.TRUE, Codes.YES_NO.read("TRUE").value());
        assertEquals(Boolean.TRUE, Codes.ACTIVITY.read("P3: Part time in training or employment").value());
        assertEquals("'Physical abuse'", "'" + Codes.ABUSE.read("Physcial abuse").suggestion() + "'");
    }
}
