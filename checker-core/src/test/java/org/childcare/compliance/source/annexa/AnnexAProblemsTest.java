package org.childcare.compliance.source.annexa;

import static org.childcare.compliance.source.annexa.Workbooks.LIST_7;
import static org.childcare.compliance.source.annexa.Workbooks.LIST_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.childcare.compliance.load.InputProblem;
import org.childcare.compliance.source.ReturnRead;
import org.childcare.compliance.source.ReturnRead.Quarantined;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every problem located at its cell (or its sheet), worded so a user can fix it. */
class AnnexAProblemsTest {
    @TempDir Path dir;

    /** Ofsted's list 7 with the latest category in column G, as the example in sources.md has it. */
    static final String[] CATEGORY_IN_G = {"Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age",
        "Child Protection Plan Start Date", "Latest Category of Abuse", "Date of the Last Statutory Visit",
        "Was the Child Seen Alone?", "Date of latest review conference", "Child Protection Plan End Date",
        "Number of Previous Child Protection Plans"};

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private AnnexAOptions strict() {
        return AnnexAOptions.defaults().withPseudonymKey(dir.resolve("pseudonym.key"));
    }

    private List<String> problems(Path workbook) {
        return AnnexAReader.read(List.of(workbook), dir, strict(), w -> {}).problems().stream()
                .map(InputProblem::toString).toList();
    }

    private static Workbooks.Builder plans(int goodRows) {
        Workbooks.Builder b = Workbooks.workbook().sheet("List 7").row(CATEGORY_IN_G);
        for (int i = 0; i < goodRows; i++) {
            b.row(CATEGORY_IN_G, "Child Unique ID", "C" + i, "Child Protection Plan Start Date", d("2024-01-01").plusDays(i),
                    "Latest Category of Abuse", "Neglect", "Number of Previous Child Protection Plans", 0);
        }
        return b;
    }

    @Test
    void aMisspeltCategoryIsNamedAtItsCellWithTheLikelyMeaning() throws IOException {
        Path wb = plans(12).row(CATEGORY_IN_G, "Child Unique ID", "C99", "Child Protection Plan Start Date", d("2024-02-01"),
                "Latest Category of Abuse", "Physcial abuse", "Number of Previous Child Protection Plans", 0)
                .write(dir, "annex_a.xlsx");

        ReturnRead read = AnnexAReader.read(List.of(wb), dir, strict(), w -> {});

        assertEquals(List.of("annex_a.xlsx:List 7!G14: 'Physcial abuse' is not a category of abuse; did you mean 'Physical abuse'?"),
                read.problems().stream().map(InputProblem::toString).toList());
        InputProblem p = read.problems().get(0);
        assertEquals("annex_a.xlsx", p.file());
        assertEquals(14, p.line());
        assertEquals(7, p.column());
        assertEquals("List 7!G14", p.path());
    }

    @Test
    void anUnknownCodeWithoutALikelyMeaningListsTheCodesAllowed() throws IOException {
        Path wb = plans(0).row(CATEGORY_IN_G, "Child Unique ID", "C1", "Child Protection Plan Start Date", d("2024-02-01"),
                "Latest Category of Abuse", "Zebra", "Number of Previous Child Protection Plans", 0)
                .write(dir, "annex_a.xlsx");

        assertEquals(List.of("annex_a.xlsx:List 7!G2: 'Zebra' in 'Latest Category of Abuse' is not a category of abuse;"
                + " it may be Neglect, Physical abuse, Emotional abuse, Sexual abuse, Multiple"), problems(wb));
    }

    @Test
    void badDatesCountsAndYesNoCellsAreEachNamedAtTheirCell() throws IOException {
        Path wb = plans(0).row(CATEGORY_IN_G, "Child Unique ID", "C1", "Child Protection Plan Start Date", "31/02/2024",
                "Latest Category of Abuse", "Neglect", "Date of the Last Statutory Visit", new Workbooks.Serial(45593),
                "Was the Child Seen Alone?", "Maybe", "Date of latest review conference", "12.09.2024",
                "Child Protection Plan End Date", true, "Number of Previous Child Protection Plans", "two")
                .write(dir, "annex_a.xlsx");

        assertEquals(List.of(
                "annex_a.xlsx:List 7!F2: '31/02/2024' is not a date; 'Child Protection Plan Start Date' takes a date cell,"
                        + " or text dd/mm/yyyy or yyyy-mm-dd",
                "annex_a.xlsx:List 7!H2: the number 45593 is not formatted as a date;"
                        + " give a date cell, or text dd/mm/yyyy or yyyy-mm-dd, in 'Date of the Last Statutory Visit'",
                "annex_a.xlsx:List 7!I2: 'Maybe' in 'Was the Child Seen Alone?' is not yes or no; it may be Yes, No",
                "annex_a.xlsx:List 7!J2: '12.09.2024' is not a date; 'Date of latest review conference' takes a date cell,"
                        + " or text dd/mm/yyyy or yyyy-mm-dd",
                "annex_a.xlsx:List 7!K2: the value TRUE where a date was expected in 'Child Protection Plan End Date'",
                "annex_a.xlsx:List 7!L2: 'two' is not a count; 'Number of Previous Child Protection Plans' takes a whole"
                        + " number, 0 or more"), problems(wb));
    }

    @Test
    void aRowWithoutItsDateOrItsChildIsNamedAtTheEmptyCell() throws IOException {
        Path wb = plans(0)
                .row(CATEGORY_IN_G, "Child Unique ID", "C1", "Latest Category of Abuse", "Neglect",
                        "Number of Previous Child Protection Plans", 0)
                .row(CATEGORY_IN_G, "Child Protection Plan Start Date", d("2024-02-01"), "Latest Category of Abuse", "Neglect")
                .write(dir, "annex_a.xlsx");

        assertEquals(List.of(
                "annex_a.xlsx:List 7!F2: no 'Child Protection Plan Start Date': each row of this list needs one",
                "annex_a.xlsx:List 7!A3: no 'Child Unique ID' in a row that holds data"), problems(wb));
    }

    @Test
    void aListWithoutAColumnTheMappingNeedsNamesTheSheetAndTheColumn() throws IOException {
        String[] withoutCount = java.util.Arrays.copyOf(CATEGORY_IN_G, CATEGORY_IN_G.length - 1);
        Path wb = Workbooks.workbook().sheet("List 7 - CP").row("Title row").row(withoutCount)
                .row("C1", null, null, null, null, d("2024-02-01"), "Neglect")
                .write(dir, "annex_a.xlsx");

        ReturnRead read = AnnexAReader.read(List.of(wb), dir, strict(), w -> {});

        assertEquals(List.of("annex_a.xlsx:List 7 - CP: List 7 (Child protection) has no column"
                + " 'Number of Previous Child Protection Plans' (header row 2), which the checker needs"),
                read.problems().stream().map(InputProblem::toString).toList());
        assertEquals(2, read.problems().get(0).line());
        assertEquals(0, read.children().size(), "a list that cannot be mapped is not read at all");
    }

    @Test
    void aWorkbookWithNoListNamesTheNearestMatch() throws IOException {
        Path wb = Workbooks.workbook().sheet("Sheet1")
                .row("Child Unique ID", "Date Started to be Looked After", "Child's Legal Status", "Placement Type")
                .write(dir, "cla.xlsx");

        assertEquals(List.of("cla.xlsx: no worksheet is an Annex A list: none is named 'List 1' to 'List 11' and no header"
                + " row matches a list; nearest is sheet 'Sheet1' row 1, like List 8 (Children in care) but without"
                + " 'Date Ceased to be Looked After', 'Date of Latest Statutory Review', 'Date of Last Social Work Visit',"
                + " 'Date of Last Health Assessment', 'Date of Last Dental Check', 'Number of Placements in the Last 12 months',"
                + " 'Start Date of Most Recent Placement', 'Placement Provider', 'URN of Placement'"), problems(wb));
    }

    @Test
    void aSheetNamedAsAListWithoutAHeaderRowAndAListGivenTwice() throws IOException {
        Path wb = Workbooks.workbook()
                .sheet("List 8").row("nothing here")
                .sheet("List 7").row(LIST_7)
                .sheet("List 7 (copy)").row(LIST_7)
                .write(dir, "annex_a.xlsx");

        assertEquals(List.of(
                "annex_a.xlsx:List 8: is List 8 (Children in care) by its name, but none of its first 30 rows is a header"
                        + " row with 'Child Unique ID'",
                "annex_a.xlsx:List 7 (copy): is List 7 (Child protection) again: sheet 'List 7' already is; keep one sheet"
                        + " per list"), problems(wb));
    }

    @Test
    void aFileThatIsNoWorkbookIsOneProblemWithoutItsContent() throws IOException {
        Path wb = Files.writeString(dir.resolve("annex_a.xlsx"), "Child Unique ID,Allocated Worker\nC1,Zebedee Quorn\n");

        List<String> problems = problems(wb);

        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("annex_a.xlsx: cannot be read as an .xlsx workbook ("), problems.get(0));
        assertTrue(!problems.get(0).contains("Zebedee"));
    }

    @Test
    void lenientModeQuarantinesTheChildWithItsCellsAndKeepsTheOthers() throws IOException {
        Path wb = plans(2)
                .row(CATEGORY_IN_G, "Child Unique ID", "C9", "Child Protection Plan Start Date", d("2024-02-01"),
                        "Latest Category of Abuse", "Physcial abuse", "Number of Previous Child Protection Plans", -1)
                .sheet("List 8").row(LIST_8)
                .row(LIST_8, "Child Unique ID", "C9", "Date Started to be Looked After", d("2024-03-01"),
                        "Child's Legal Status", "X9")
                .write(dir, "annex_a.xlsx");

        ReturnRead read = AnnexAReader.read(List.of(wb), dir, strict().withLenient(true), w -> {});

        assertEquals(List.of(), read.problems());
        assertEquals(List.of("C0", "C1"), List.copyOf(read.children().keySet()));
        assertEquals(List.of(new Quarantined("C9", "annex_a.xlsx", 4,
                "List 7!G4: 'Physcial abuse' is not a category of abuse; did you mean 'Physical abuse'?;"
                        + " List 7!L4: '-1' is not a count; 'Number of Previous Child Protection Plans' takes a whole number,"
                        + " 0 or more; List 8!K2: 'X9' in 'Child's Legal Status' is not a legal status; it may be C1, C2, D1,"
                        + " E1, J1, J2, J3, L1, L2, L3, V2, V3, V4")), read.quarantined());
    }

    @Test
    void strictModeListsUpToMaxErrorsAndCountsTheRest() throws IOException {
        Workbooks.Builder b = plans(0);
        for (int i = 0; i < 5; i++) {
            b.row(CATEGORY_IN_G, "Child Unique ID", "C" + i, "Child Protection Plan Start Date", "soon",
                    "Latest Category of Abuse", "Neglect", "Number of Previous Child Protection Plans", 0);
        }
        Path wb = b.write(dir, "annex_a.xlsx");

        ReturnRead read = AnnexAReader.read(List.of(wb), dir, strict().withMaxErrors(2), w -> {});

        assertEquals(3, read.problems().size());
        assertEquals("annex_a.xlsx:List 7!F3: 'soon' is not a date; 'Child Protection Plan Start Date' takes a date cell,"
                + " or text dd/mm/yyyy or yyyy-mm-dd", read.problems().get(1).toString());
        assertEquals("annex_a.xlsx: 3 more problems not listed (at most 2 are)", read.problems().get(2).toString());
    }

    @Test
    void workbookProblemsPrintAsCellsAndOtherFilesKeepLineAndColumn() {
        assertEquals("annex_a.xlsx:List 7!G14: bad", new InputProblem("annex_a.xlsx", 14, 7, "List 7!G14", "bad").toString());
        assertEquals("returns/Annex A.XLSX:List 7: no column", new InputProblem("returns/Annex A.XLSX", 1, 0, "List 7", "no column").toString());
        assertEquals("annex_a.xlsx: unreadable", new InputProblem("annex_a.xlsx", 0, 0, null, "unreadable").toString());
        assertEquals("children.yaml:12:5: children[0].gender: bad", new InputProblem("children.yaml", 12, 5, "children[0].gender", "bad").toString());
        assertEquals("episodes.csv:3:2: bad", new InputProblem("episodes.csv", 3, 2, null, "bad").toString());
        assertEquals("<input>:0:0: bad", new InputProblem(null, 0, 0, "", "bad").toString());
    }
}
