package org.childcare.compliance.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.childcare.compliance.generate.DocumentWriter.Format;
import org.childcare.compliance.load.SelfAssessmentLoader.Loaded;
import org.childcare.compliance.model.Child;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook {@link AnnexAWriter} writes is as messy as authorities' exports, the same for the same
 * seed, and holds nothing after its day. (That the reader makes of it what the children say is
 * {@link AnnexARoundTripTest}.)
 */
class AnnexAWriterTest {
    private static final LocalDate AS_AT = LocalDate.of(2024, 11, 29);

    @TempDir
    Path tmp;

    private List<Child> children;

    @BeforeEach
    void generate() throws IOException {
        Path dir = tmp.resolve("generated");
        new Generator(GeneratorSettings.builder().seed(3).children(250)
                .period(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31)).asAt(AS_AT).build())
                .writeDirectory(dir, Format.YAML, 0);
        Loaded loaded = TestLoading.load(dir);
        assertTrue(loaded.result().ok(), () -> loaded.result().errors().toString());
        children = loaded.children();
    }

    /** Every cell of the workbook as "sheet!row:column kind value format", in order. */
    static List<String> cells(Path xlsx) throws IOException {
        List<String> out = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile(), new ReadingOptions(true, true))) {
            for (Sheet sheet : wb.getSheets().toList()) {
                try (Stream<Row> rows = sheet.openStream()) {
                    for (Row row : rows.toList()) {
                        for (int i = 0; i < row.getCellCount(); i++) {
                            Cell c = row.getCell(i);
                            if (c != null && c.getType() != CellType.EMPTY) {
                                out.add(sheet.getName() + "!" + row.getRowNum() + ":" + i + " " + c.getType() + " "
                                        + c.getRawValue() + " " + c.getDataFormatString());
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    @Test
    void theSameSeedWritesTheSameCells() throws IOException {
        Path a = new AnnexAWriter("Synthetic Borough Council", AS_AT, 4).write(children, tmp.resolve("a.xlsx")).file();
        Path b = new AnnexAWriter("Synthetic Borough Council", AS_AT, 4).write(children, tmp.resolve("b.xlsx")).file();
        Path c = new AnnexAWriter("Synthetic Borough Council", AS_AT, 5).write(children, tmp.resolve("c.xlsx")).file();
        assertEquals(cells(a), cells(b));
        assertTrue(!cells(a).equals(cells(c)), "another seed, another presentation");
    }

    @Test
    void theWorkbookIsAsMessyAsExports() throws IOException {
        AnnexAWriter.Written written = new AnnexAWriter("Synthetic Borough Council", AS_AT, 4)
                .write(children, tmp.resolve("annex_a.xlsx"));
        List<String> cells = cells(written.file());
        String all = String.join("\n", cells);

        assertTrue(all.contains("List 7 - Child Protection!"), "sheet names carry descriptions");
        assertTrue(all.contains("List\u00a08 - Children in Care!"), "a non-breaking space in a sheet name");
        assertTrue(cells.stream().anyMatch(c -> c.startsWith("Cover!")), "a cover sheet, which is no list");
        assertTrue(cells.stream().anyMatch(c -> c.matches("List .*!1:0 STRING (Synthetic Borough Council|List \\d+: .*) null")),
                "title rows above a header");
        assertTrue(all.contains("STRING Age of Child (Years)"), "the header variant");
        assertTrue(cells.stream().anyMatch(c -> c.matches(".* NUMBER \\d+\\.0 (dd/mm/yyyy|d mmm yyyy|yyyy-mm-dd)")), "date cells");
        assertTrue(cells.stream().anyMatch(c -> c.matches(".* STRING \\d\\d/\\d\\d/\\d{4} null")), "dd/mm/yyyy text dates");
        assertTrue(cells.stream().anyMatch(c -> c.matches(".* STRING \\d{4}-\\d\\d-\\d\\d null")), "yyyy-mm-dd text dates");
        assertTrue(cells.stream().anyMatch(c -> c.contains(" STRING #N/A ")), "#N/A for unknowns");
        assertTrue(cells.stream().anyMatch(c -> c.matches(".* STRING [a-t]\\) [A-Z]{4} null")), "lettered ethnicity labels");
        assertTrue(cells.stream().anyMatch(c -> c.matches(".* STRING [a-z]\\) U\\d: .*")), "lettered placement labels");
        assertTrue(cells.stream().anyMatch(c -> c.contains("\u00a0") && c.contains(" STRING ")), "non-breaking spaces in values");
    }

    @Test
    void workersGetDistinctInventedNamesAndNothingAfterAsAtIsWritten() throws IOException {
        AnnexAWriter.Written written = new AnnexAWriter("Synthetic Borough Council", AS_AT, 4)
                .write(children, tmp.resolve("annex_a.xlsx"));
        Set<String> allocated = new HashSet<>();
        children.stream().map(Child::getAllocatedWorker).filter(w -> w != null).forEach(allocated::add);
        assertEquals(allocated, written.workerNames().keySet());
        Set<String> names = new HashSet<>();
        written.workerNames().values().forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
        assertEquals(allocated.size(), names.size(), "two workers never share a name");

        for (String cell : cells(written.file())) {
            String[] parts = cell.split(" ", 4);
            LocalDate date = null;
            if (parts[1].equals("NUMBER") && !parts[3].equals("null")) {
                date = LocalDate.of(1899, 12, 30).plusDays((long) Double.parseDouble(parts[2]));
            } else if (parts[1].equals("STRING") && parts[2].matches("\\d\\d/\\d\\d/\\d{4}")) {
                String[] dmy = parts[2].split("/");
                date = LocalDate.of(Integer.parseInt(dmy[2]), Integer.parseInt(dmy[1]), Integer.parseInt(dmy[0]));
            } else if (parts[1].equals("STRING") && parts[2].matches("\\d{4}-\\d\\d-\\d\\d")) {
                date = LocalDate.parse(parts[2]);
            }
            if (date != null) {
                assertTrue(!date.isAfter(AS_AT), cell + " is after the day the lists were run");
            }
        }
    }
}
