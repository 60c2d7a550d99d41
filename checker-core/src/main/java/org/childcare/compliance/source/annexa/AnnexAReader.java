package org.childcare.compliance.source.annexa;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.childcare.compliance.load.InputProblem;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.source.ReturnRead;
import org.childcare.compliance.source.SourceFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads Ofsted's Annex A workbooks (sources.md §3): lists 3, 4, 5, 7, 8 and 9 become referrals,
 * assessments, s47 enquiries, protection plans, care episodes and care leavers, each located at the
 * cell it came from; lists 1, 2, 6, 10 and 11 are recognised, counted and reported as not used.
 *
 * <p>A list is recognised by its worksheet's name ({@code List 7}, {@code list7}, {@code List 7 - Child
 * Protection}) or, failing that, by its header row, which may sit below title rows. Names in
 * {@code Allocated Worker} and {@code Allocated Personal Advisor} become worker ids at once
 * ({@link Pseudonyms}); no name reaches the result, a message or a log.
 */
public final class AnnexAReader {
    private static final Logger LOG = LoggerFactory.getLogger(AnnexAReader.class);

    /** The header row is looked for among this many rows at the top of a sheet (below any title rows). */
    static final int HEADER_SEARCH_ROWS = 30;

    private static final ReadingOptions READING = new ReadingOptions(true, true);

    private AnnexAReader() {}

    /**
     * @return true when {@code xlsx} is a workbook with at least one Annex A list, by a worksheet's name
     *     or a header row; false for any other file, including one that cannot be read
     */
    public static boolean recognise(Path xlsx) {
        if (!Files.isRegularFile(xlsx)) {
            return false;
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile(), READING)) {
            List<Sheet> sheets = workbook.getSheets().toList();
            for (Sheet sheet : sheets) {
                if (AnnexAList.byName(sheet.getName()) != null) {
                    return true;
                }
            }
            for (Sheet sheet : sheets) {
                try (Stream<Row> rows = sheet.openStream()) {
                    Iterator<Row> it = rows.iterator();
                    for (int n = 0; n < HEADER_SEARCH_ROWS && it.hasNext(); n++) {
                        if (HeaderRow.identify(it.next(), workbook.isDate1904()) != null) {
                            return true;
                        }
                    }
                }
            }
            return false;
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    /** Reads the workbooks, logging (without any name) the warning when a new pseudonym key is created. */
    public static ReturnRead read(List<Path> workbooks, Path root, AnnexAOptions options) {
        return read(workbooks, root, options, warning -> LOG.warn(warning));
    }

    /**
     * Reads the workbooks in path order: where two give the same record (the same child's plan starting
     * on the same day, in this month's and last month's workbook), the later one's values win and their
     * dated lists are united, so name monthly workbooks by date.
     *
     * @param root the self-assessment directory, to name files relative to it
     * @param warnings receives warnings for the console: a pseudonym key created by this run
     */
    public static ReturnRead read(List<Path> workbooks, Path root, AnnexAOptions options, Consumer<String> warnings) {
        List<Path> ordered = new ArrayList<>(workbooks);
        ordered.sort(Comparator.comparing(p -> relative(root, p)));
        WorkbookRun run = new WorkbookRun(options, warnings);
        for (Path workbook : ordered) {
            run.read(workbook, relative(root, workbook));
        }
        return run.finish();
    }

    private static final java.util.regex.Pattern DATE_1904 = java.util.regex.Pattern.compile(
            "<(?:\\w+:)?workbookPr\\b[^>]*\\bdate1904\\s*=\\s*[\"'](?:1|true)[\"']");

    /**
     * Whether the workbook counts days from 1904. Excel writes {@code date1904="1"}, which fastexcel
     * 0.19 reads as false (it only knows "true"), so the workbook part is checked here as well.
     */
    static boolean declaresDate1904(Path xlsx) {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            java.util.zip.ZipEntry part = zip.getEntry("xl/workbook.xml");
            if (part == null) {
                return false;
            }
            try (InputStream in = zip.getInputStream(part)) {
                // the flag sits near the top, before the sheet list; 64 KiB is ample
                String head = new String(in.readNBytes(64 * 1024), java.nio.charset.StandardCharsets.UTF_8);
                return DATE_1904.matcher(head).find();
            }
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    static String relative(Path root, Path file) {
        Path f = file.toAbsolutePath().normalize();
        Path r = root == null ? null : root.toAbsolutePath().normalize();
        String name = r != null && f.startsWith(r) ? r.relativize(f).toString() : f.getFileName().toString();
        return name.replace('\\', '/');
    }

    /** The header row of a sheet: which list it is and where each known column sits. */
    record HeaderRow(AnnexAList list, int rowNumber, Map<Column, Integer> columns, List<String> headers) {

        /** @return the columns each known header names, 0-based; a column named twice keeps its first place */
        static Map<Column, Integer> columnsOf(Row row, boolean date1904) {
            Map<Column, Integer> found = new EnumMap<>(Column.class);
            for (int i = 0; i < row.getCellCount(); i++) {
                CellValue v = CellValue.of(row.getCell(i), date1904);
                if (v.kind() != CellValue.Kind.TEXT) {
                    continue;
                }
                String squashed = Column.squash(v.text());
                for (Column c : Column.values()) {
                    if (c.matches(squashed)) {
                        found.putIfAbsent(c, i);
                        break;
                    }
                }
            }
            return found;
        }

        /** The list whose distinguishing columns are all in this row, the one with most columns known; or null. */
        static HeaderRow identify(Row row, boolean date1904) {
            Map<Column, Integer> columns = columnsOf(row, date1904);
            AnnexAList best = null;
            int bestScore = 0;
            for (AnnexAList list : AnnexAList.values()) {
                if (!columns.keySet().containsAll(list.required())) {
                    continue;
                }
                int score = (int) columns.keySet().stream().filter(list::knows).count();
                if (score > bestScore) {
                    best = list;
                    bestScore = score;
                }
            }
            return best == null ? null : of(best, row, columns, date1904);
        }

        static HeaderRow of(AnnexAList list, Row row, Map<Column, Integer> columns, boolean date1904) {
            List<String> headers = new ArrayList<>();
            for (int i = 0; i < row.getCellCount(); i++) {
                CellValue v = CellValue.of(row.getCell(i), date1904);
                if (v.kind() == CellValue.Kind.TEXT) {
                    headers.add(v.text());
                }
            }
            Map<Column, Integer> known = new EnumMap<>(Column.class);
            columns.forEach((c, i) -> {
                if (list.knows(c)) {
                    known.put(c, i);
                }
            });
            return new HeaderRow(list, row.getRowNum(), known, headers);
        }
    }

    /** One call of {@link #read}: the state shared by every workbook read. */
    private static final class WorkbookRun {
        private final AnnexAOptions options;
        private final Consumer<String> warnings;
        private final Problems problems;
        private final Map<String, ChildDraft> drafts = new TreeMap<>();
        private final List<SourceFile> files = new ArrayList<>();
        private Pseudonyms pseudonyms;
        private boolean keyFailed;
        private String currentFile;

        WorkbookRun(AnnexAOptions options, Consumer<String> warnings) {
            this.options = options;
            this.warnings = warnings;
            this.problems = new Problems(options.lenient(), options.maxErrors());
        }

        /** A name to its worker id; the key is opened on the first name, so a workbook without names needs none. */
        String workerId(String name) {
            if (pseudonyms == null && !keyFailed) {
                try {
                    pseudonyms = Pseudonyms.open(options.keyFile());
                    pseudonyms.creationWarning().ifPresent(warnings);
                } catch (IOException e) {
                    keyFailed = true;
                    problems.file(new InputProblem(currentFile, 0, 0, null, "workers' names cannot be turned into"
                            + " pseudonymous ids, so they are not read: " + e.getMessage()));
                }
            }
            return pseudonyms == null ? null : pseudonyms.workerId(name);
        }

        void read(Path path, String file) {
            currentFile = file;
            try (ReadableWorkbook workbook = new ReadableWorkbook(path.toFile(), READING)) {
                boolean date1904 = workbook.isDate1904() || declaresDate1904(path);
                Map<AnnexAList, String> seen = new EnumMap<>(AnnexAList.class);
                Nearest nearest = new Nearest();
                for (Sheet sheet : workbook.getSheets().toList()) {
                    readSheet(file, sheet, date1904, seen, nearest);
                }
                if (seen.isEmpty()) {
                    problems.file(new InputProblem(file, 0, 0, null, "no worksheet is an Annex A list: none is named"
                            + " 'List 1' to 'List 11' and no header row matches a list" + nearest.describe()));
                }
            } catch (IOException | RuntimeException unreadable) {
                // the exception's own message may quote a cell, so only its kind is shown
                problems.file(new InputProblem(file, 0, 0, null, "cannot be read as an .xlsx workbook ("
                        + unreadable.getClass().getSimpleName() + "); save it from Excel as an Excel Workbook (.xlsx)"));
            }
        }

        private void readSheet(String file, Sheet sheet, boolean date1904, Map<AnnexAList, String> seen, Nearest nearest)
                throws IOException {
            String sheetName = CellValue.clean(sheet.getName());
            AnnexAList named = AnnexAList.byName(sheetName);
            try (Stream<Row> stream = sheet.openStream()) {
                Iterator<Row> rows = stream.iterator();
                HeaderRow header = null;
                for (int n = 0; n < HEADER_SEARCH_ROWS && rows.hasNext() && header == null; n++) {
                    Row row = rows.next();
                    if (named != null) {
                        Map<Column, Integer> columns = HeaderRow.columnsOf(row, date1904);
                        Column id = named == AnnexAList.LIST_11 ? Column.ADOPTER_ID : Column.CHILD_ID;
                        if (columns.containsKey(id)) {
                            header = HeaderRow.of(named, row, columns, date1904);
                        }
                    } else {
                        header = HeaderRow.identify(row, date1904);
                        if (header == null) {
                            nearest.consider(sheetName, row, date1904);
                        }
                    }
                }
                if (header == null) {
                    if (named != null) {
                        Column id = named == AnnexAList.LIST_11 ? Column.ADOPTER_ID : Column.CHILD_ID;
                        problems.file(new InputProblem(file, 0, 0, sheetName, "is " + named.label()
                                + " by its name, but none of its first " + HEADER_SEARCH_ROWS
                                + " rows is a header row with '" + id.header() + "'"));
                        seen.put(named, sheetName);
                    }
                    return; // a sheet that is no list (a cover page, guidance, look-ups) is left alone
                }
                AnnexAList list = header.list();
                String earlier = seen.putIfAbsent(list, sheetName);
                if (earlier != null) {
                    problems.file(new InputProblem(file, header.rowNumber(), 0, sheetName, "is " + list.label()
                            + " again: sheet '" + earlier + "' already is; keep one sheet per list"));
                    return;
                }
                List<Column> missing = new ArrayList<>();
                for (Column c : list.required()) {
                    if (!header.columns().containsKey(c)) {
                        missing.add(c);
                    }
                }
                if (!missing.isEmpty()) {
                    missing.sort(Comparator.naturalOrder());
                    for (Column c : missing) {
                        problems.file(new InputProblem(file, header.rowNumber(), 0, sheetName, list.label()
                                + " has no column '" + c.header() + "' (header row " + header.rowNumber()
                                + "), which the checker needs"));
                    }
                    return;
                }
                SheetTally tally = new SheetTally();
                ListMapper mapper = list.used() ? new ListMapper(list, drafts) : null;
                while (rows.hasNext()) {
                    Row row = rows.next();
                    RowCells cells = new RowCells(file, sheetName, row, header.columns(), date1904, this::workerId);
                    if (cells.blank()) {
                        tally.ignore("blank row");
                        continue;
                    }
                    tally.rows++;
                    if (mapper == null) {
                        countUnused(cells, tally);
                        continue;
                    }
                    String child = cells.id();
                    if (child == null) {
                        if (cells.problems().isEmpty()) {
                            cells.problem(Column.CHILD_ID, "no '" + Column.CHILD_ID.header() + "' in a row that holds data");
                        }
                        cells.problems().forEach(problems::file);
                        tally.ignore("no child id");
                        continue;
                    }
                    tally.children.add(child);
                    mapper.map(child, cells);
                    // a row's problems in the order of its cells, left to right, whatever order the mapping read them
                    cells.problems().sort(Comparator.comparingInt(InputProblem::column));
                    for (InputProblem p : cells.problems()) {
                        problems.child(child, p);
                    }
                }
                files.add(new SourceFile(file, list.kind(), null, list.used(), tally.rows, tally.children.size(),
                        tally.ignored, header.headers()));
            }
        }

        /** Lists used by no criterion: rows and children counted, no other cell read (it may hold a name). */
        private static void countUnused(RowCells cells, SheetTally tally) {
            if (cells.has(Column.CHILD_ID)) {
                String id = cells.id();
                if (id != null) {
                    tally.children.add(id);
                }
            }
        }

        ReturnRead finish() {
            SortedMap<String, Child> children = new TreeMap<>();
            drafts.forEach((id, draft) -> {
                if (!problems.isQuarantined(id)) {
                    children.put(id, draft.build(options.historyFrom()));
                }
            });
            files.sort(Comparator.comparing(SourceFile::file).thenComparing(f -> listNumber(f.kind())));
            return new ReturnRead("annexA", files, children, problems.errors(), problems.quarantined());
        }

        private static int listNumber(String kind) {
            return Integer.parseInt(kind.substring(kind.lastIndexOf('-') + 1));
        }
    }

    /** What became of a sheet's rows. */
    private static final class SheetTally {
        long rows;
        final Set<String> children = new HashSet<>();
        final Map<String, Long> ignored = new LinkedHashMap<>();

        void ignore(String reason) {
            ignored.merge(reason, 1L, Long::sum);
        }
    }

    /** The header row that came nearest to a list, for the message when a workbook has none. */
    private static final class Nearest {
        private String sheet;
        private int row;
        private AnnexAList list;
        private List<Column> missing;
        private int found;

        void consider(String sheetName, Row header, boolean date1904) {
            Map<Column, Integer> columns = HeaderRow.columnsOf(header, date1904);
            for (AnnexAList candidate : AnnexAList.values()) {
                int present = 0;
                List<Column> absent = new ArrayList<>();
                for (Column c : candidate.required()) {
                    if (columns.containsKey(c)) {
                        present++;
                    } else {
                        absent.add(c);
                    }
                }
                if (present > found && present >= 2) {
                    found = present;
                    sheet = sheetName;
                    row = header.getRowNum();
                    list = candidate;
                    missing = absent;
                }
            }
        }

        String describe() {
            if (list == null) {
                return "";
            }
            StringBuilder b = new StringBuilder("; nearest is sheet '").append(sheet).append("' row ").append(row)
                    .append(", like ").append(list.label()).append(" but without ");
            for (int i = 0; i < missing.size(); i++) {
                b.append(i == 0 ? "" : ", ").append('\'').append(missing.get(i).header()).append('\'');
            }
            return b.toString();
        }
    }
}
