package org.childcare.compliance.source.ssda903;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.childcare.compliance.model.CareEpisode;
import org.childcare.compliance.model.CareLeaver;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.EpisodeKnownFrom;
import org.childcare.compliance.model.Gender;
import org.childcare.compliance.model.MissingEpisode;
import org.childcare.compliance.model.Review;
import org.childcare.compliance.source.ReturnRead;
import org.childcare.compliance.source.SourceFile;

/**
 * Reads an authority's SSDA903 return, its CSV tables recognised by their header rows whatever the
 * files are called, into the same model records the YAML loader binds (sources.md §3), each located
 * at the row and cell it came from. docs/sources-ssda903.md says what is read and how.
 */
public final class Ssda903Reader {
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Path root;
    private final Ssda903Options options;
    private final Problems problems;
    private final List<TableFile> tables = new ArrayList<>();
    private final Set<Ssda903Table> tablesRead = EnumSet.noneOf(Ssda903Table.class);
    private final Map<String, ChildRows> children = new TreeMap<>();
    /** Rows already read, across files, by their table and values. */
    private final Map<String, RowCells> seen = new HashMap<>();

    /** Everything the files say about one child, row by row. */
    private static final class ChildRows {
        RowCells firstRow;
        RowCells header;
        LocalDate dateOfBirth;
        Gender gender;
        String ethnicity;
        RowCells uasc;
        LocalDate ceasedUasc;
        final List<EpisodeRow> episodes = new ArrayList<>();
        boolean episodesBad;
        final List<RowCells> reviews = new ArrayList<>();
        final List<Review> reviewRecords = new ArrayList<>();
        final List<MissingEpisode> missing = new ArrayList<>();
        final List<RowCells> missingRows = new ArrayList<>();
        RowCells oc2;
        Boolean immunisations;
        Boolean teeth;
        Boolean healthAssessment;
        RowCells oc3;
        CareLeaver careLeaver;
    }

    private Ssda903Reader(Path root, Ssda903Options options) {
        this.root = root;
        this.options = options;
        this.problems = new Problems(options.lenient(), options.maxErrors());
    }

    /**
     * Reads the SSDA903 tables among {@code files}.
     *
     * @param files CSV files, each one table of the return, in any order and named anything
     * @param root the self-assessment root: files are named relative to it in locations and the report
     * @return the children the files describe, the files read, and the problems found
     */
    public static ReturnRead read(List<Path> files, Path root, Ssda903Options options) {
        Ssda903Reader reader = new Ssda903Reader(root, options);
        List<Path> ordered = new ArrayList<>(files);
        ordered.sort(Comparator.comparing(reader::name));
        for (Path file : ordered) {
            reader.readFile(file);
        }
        return reader.build();
    }

    /**
     * @return the title of the SSDA903 table whose columns the file's header row holds ({@code Episodes},
     *     {@code PlacedAdoption} ...), or empty when it is not one (or cannot be read)
     */
    public static Optional<String> recognise(Path csv) {
        try {
            CsvText text = CsvText.read(csv, true);
            if (text.header() == null) {
                return Optional.empty();
            }
            Ssda903Table.Recognition recognition = Ssda903Table.recognise(text.header().cells());
            return recognition.matched() ? Optional.of(recognition.table().title()) : Optional.empty();
        } catch (IOException | CsvText.Unreadable e) {
            return Optional.empty();
        }
    }

    static String format(LocalDate date) {
        return date.format(UK);
    }

    private String name(Path file) {
        Path relative = root == null ? file.getFileName() : root.toAbsolutePath().normalize()
                .relativize(file.toAbsolutePath().normalize());
        return relative.toString().replace('\\', '/');
    }

    // ---- reading files ------------------------------------------------------------------------

    private void readFile(Path path) {
        String name = name(path);
        CsvText text;
        try {
            text = CsvText.read(path, false);
        } catch (IOException e) {
            problems.file(name, 0, 0, "cannot be read: " + e.getMessage());
            return;
        } catch (CsvText.Unreadable e) {
            problems.file(name, e.line(), 0, e.getMessage());
            return;
        }
        if (text.header() == null) {
            problems.file(name, 1, 0, "file is empty; an SSDA903 table starts with its header row");
            return;
        }
        List<String> header = text.header().cells();
        Ssda903Table.Recognition recognition = Ssda903Table.recognise(header);
        if (!recognition.matched()) {
            problems.file(name, text.header().line(), 0, recognition.explanation());
            return;
        }
        TableFile table = new TableFile(name, recognition.table(), header);
        if (!checkHeader(table, text.header())) {
            return;
        }
        tables.add(table);
        tablesRead.add(table.table);
        for (CsvText.Row row : text.rows()) {
            table.rows++;
            if (row.blank()) {
                table.ignore("blank row");
                continue;
            }
            readRow(table, row);
        }
    }

    /** Duplicate columns are an error; columns the table does not define are ignored with a warning. */
    private boolean checkHeader(TableFile table, CsvText.Row header) {
        Map<String, Integer> first = new HashMap<>();
        boolean ok = true;
        for (int i = 0; i < header.cells().size(); i++) {
            String column = header.cells().get(i);
            if (column.isEmpty()) {
                continue; // a trailing empty column, as spreadsheets save them
            }
            Integer earlier = first.putIfAbsent(column, i + 1);
            if (earlier != null) {
                problems.file(table.name, header.line(), i + 1, "column " + column + " appears twice (columns "
                        + earlier + " and " + (i + 1) + "); which one to read is unclear");
                ok = false;
            } else if (!table.table.columns().contains(column)) {
                table.warnings.add("column " + column + " (column " + (i + 1) + ") is not part of the SSDA903 "
                        + table.table.title() + " table; ignored");
            }
        }
        return ok;
    }

    private void readRow(TableFile table, CsvText.Row row) {
        int childIndex = table.index("CHILD");
        String child = childIndex < row.cells().size() ? row.cells().get(childIndex) : "";
        int childColumn = table.columnNumber("CHILD");
        if (child.isEmpty()) {
            if (problems.lenient()) {
                table.ignore("row without a CHILD id");
            } else {
                problems.file(table.name, row.line(), childColumn, "CHILD is empty; every row needs the child's id");
            }
            return;
        }
        RowCells cells = new RowCells(table, row, child, problems);
        // the same row twice (a file given twice, or two years' files that overlap) is read once; for a
        // table this reader uses, rows that differ only in columns it does not read are the same
        StringBuilder key = new StringBuilder(table.table.name());
        for (String column : table.table.used() ? table.table.readColumns() : table.table.columns()) {
            key.append('\u0000').append(cells.text(column).toUpperCase(java.util.Locale.ROOT));
        }
        RowCells earlier = seen.putIfAbsent(key.toString(), cells);
        if (earlier != null) {
            table.ignore("duplicate of " + earlier.where());
            return;
        }
        table.rowsByChild.merge(child, 1L, Long::sum);
        for (int i = 0; i < row.cells().size(); i++) {
            if (!table.named(i) && !row.cells().get(i).isEmpty()) {
                cells.rowProblem("row has a value in column " + (i + 1) + ", which the header row does not name");
                return;
            }
        }
        if (!table.table.used()) {
            return;
        }
        ChildRows rows = children.computeIfAbsent(child, c -> new ChildRows());
        if (rows.firstRow == null) {
            rows.firstRow = cells;
        }
        switch (table.table) {
            case HEADER -> readHeader(cells, rows);
            case EPISODES -> {
                EpisodeRow episode = EpisodeRow.read(cells);
                if (cells.bad()) {
                    rows.episodesBad = true;
                } else {
                    rows.episodes.add(episode);
                }
            }
            case REVIEWS -> readReview(cells, rows);
            case UASC -> readUasc(cells, rows);
            case OC2 -> readOc2(cells, rows);
            case OC3 -> readOc3(cells, rows);
            case MISSING -> readMissing(cells, rows);
            default -> throw new IllegalStateException("unused table " + table.table);
        }
    }


    /** A table with one row per child: a second, different row is an error. */
    private static boolean secondRow(RowCells earlier, RowCells cells) {
        if (earlier == null) {
            return false;
        }
        cells.rowProblem("a second " + cells.file.table.title() + " row for child " + cells.child + " (the first is at "
                + earlier.where() + "); the return has one per child");
        return true;
    }

    private void readHeader(RowCells cells, ChildRows rows) {
        if (secondRow(rows.header, cells)) {
            return;
        }
        LocalDate dob = cells.date("DOB", false);
        String sex = cells.code(Ssda903Codes.SEX, false);
        String ethnic = cells.code(Ssda903Codes.ETHNIC, false);
        if (cells.bad()) {
            return;
        }
        rows.header = cells;
        rows.dateOfBirth = dob;
        rows.gender = sex == null ? null : switch (sex) {
            case "1", "M" -> Gender.MALE;
            case "2", "F" -> Gender.FEMALE;
            default -> Gender.UNKNOWN;
        };
        rows.ethnicity = ethnic;
    }

    private void readUasc(RowCells cells, ChildRows rows) {
        if (secondRow(rows.uasc, cells)) {
            return;
        }
        LocalDate ceased = cells.date("DUC", false);
        if (!cells.bad()) {
            rows.uasc = cells;
            rows.ceasedUasc = ceased;
        }
    }

    private void readReview(RowCells cells, ChildRows rows) {
        LocalDate date = cells.date("REVIEW", true);
        String participation = cells.code(Ssda903Codes.REVIEW_CODE, false);
        if (cells.bad()) {
            return;
        }
        Review review = new Review();
        review.locate(cells.file.name, cells.line(), 1, cells.path());
        review.setDate(date);
        review.locateKey("date", cells.file.name, cells.line(), cells.file.columnNumber("REVIEW"));
        if (participation != null && !participation.equals("PN0")) {
            review.setChildParticipated(!participation.equals("PN7"));
        }
        rows.reviews.add(cells);
        rows.reviewRecords.add(review);
    }

    private void readMissing(RowCells cells, ChildRows rows) {
        String kind = cells.code(Ssda903Codes.MISSING, true);
        LocalDate start = cells.date("MIS_START", true);
        LocalDate end = cells.date("MIS_END", false);
        if (start != null && end != null && end.isBefore(start)) {
            cells.problem("MIS_END", "MIS_END " + format(end) + " is before MIS_START " + format(start));
        }
        if (cells.bad()) {
            return;
        }
        if (kind.equals("A")) {
            cells.file.ignore("MISSING A: away from placement without authorisation, not missing");
            return;
        }
        MissingEpisode missing = new MissingEpisode();
        missing.locate(cells.file.name, cells.line(), 1, cells.path());
        missing.setStart(start);
        missing.locateKey("start", cells.file.name, cells.line(), cells.file.columnNumber("MIS_START"));
        if (end != null) {
            missing.setReturned(end);
            missing.locateKey("returned", cells.file.name, cells.line(), cells.file.columnNumber("MIS_END"));
        }
        rows.missing.add(missing);
        rows.missingRows.add(cells);
    }

    private void readOc2(RowCells cells, ChildRows rows) {
        if (secondRow(rows.oc2, cells)) {
            return;
        }
        Boolean immunisations = cells.flag("IMMUNISATIONS");
        Boolean teeth = cells.flag("TEETH_CHECK");
        Boolean health = cells.flag("HEALTH_ASSESSMENT");
        if (!cells.bad()) {
            rows.oc2 = cells;
            rows.immunisations = immunisations;
            rows.teeth = teeth;
            rows.healthAssessment = health;
        }
    }

    private void readOc3(RowCells cells, ChildRows rows) {
        if (secondRow(rows.oc3, cells)) {
            return;
        }
        String inTouch = cells.code(Ssda903Codes.IN_TOUCH, false);
        String activity = cells.code(Ssda903Codes.ACTIV, false);
        String accommodation = cells.code(Ssda903Codes.ACCOM, false);
        if (cells.bad()) {
            return;
        }
        CareLeaver leaver = new CareLeaver();
        leaver.locate(cells.file.name, cells.line(), 1, cells.path());
        if (inTouch != null) {
            leaver.setInTouch(switch (inTouch) {
                case "YES" -> Boolean.TRUE;
                case "NO", "REFU" -> Boolean.FALSE;
                default -> null; // DIED, NREQ (no longer required), RHOM (returned home): not a measure of contact
            });
        }
        if (activity != null && !activity.equals("0")) {
            leaver.setInEducationEmploymentOrTraining(activity.charAt(0) != 'G');
        }
        if (accommodation != null && !accommodation.equals("0")) {
            leaver.setAccommodationSuitable(accommodation.charAt(1) == '1');
            leaver.setStayingPut(accommodation.charAt(0) == 'Z');
        }
        rows.oc3 = cells;
        rows.careLeaver = leaver;
    }

    // ---- building children --------------------------------------------------------------------

    private ReturnRead build() {
        String year = options.collectionYear() != null ? options.collectionYear() : inferYear();
        LocalDate yearEnd = year == null ? null : LocalDate.of(Ssda903Options.yearEnding(year), 3, 31);
        LocalDate asAt = options.asAt() != null ? options.asAt() : yearEnd;
        if (!tablesRead.contains(Ssda903Table.EPISODES)) {
            for (TableFile table : tables) {
                if (EnumSet.of(Ssda903Table.REVIEWS, Ssda903Table.MISSING, Ssda903Table.OC2).contains(table.table)) {
                    problems.file(table.name, 0, 0, "the " + table.table.title() + " table is given without an Episodes"
                            + " table; its rows belong to periods of care, which only the Episodes table gives");
                }
            }
        }
        SortedMap<String, Child> built = new TreeMap<>();
        for (Map.Entry<String, ChildRows> entry : children.entrySet()) {
            Child child = child(entry.getKey(), entry.getValue(), yearEnd, asAt);
            built.put(entry.getKey(), child);
        }
        Set<String> quarantined = new TreeSet<>();
        for (ReturnRead.Quarantined q : problems.quarantined()) {
            quarantined.add(q.child());
            built.remove(q.child());
        }
        List<SourceFile> files = new ArrayList<>();
        for (TableFile table : tables) {
            files.add(table.summary(year, quarantined));
        }
        return new ReturnRead("ssda903", files, built, problems.errors(), problems.quarantined());
    }

    /** The collection year of the latest episode, review or missing date in the files. */
    private String inferYear() {
        LocalDate latest = null;
        for (ChildRows rows : children.values()) {
            for (EpisodeRow episode : rows.episodes) {
                latest = EpisodeChain.later(latest, EpisodeChain.later(episode.decom(), episode.dec()));
            }
            for (Review review : rows.reviewRecords) {
                latest = EpisodeChain.later(latest, review.getDate());
            }
            for (MissingEpisode missing : rows.missing) {
                latest = EpisodeChain.later(latest, EpisodeChain.later(missing.getStart(), missing.getReturned()));
            }
        }
        return latest == null ? null : Ssda903Options.yearOf(latest);
    }

    private Child child(String id, ChildRows rows, LocalDate yearEnd, LocalDate asAt) {
        Child child = new Child();
        RowCells at = rows.header != null ? rows.header : rows.firstRow;
        child.locate(at.file.name, at.line(), 1, at.path());
        child.setId(id);
        if (rows.header != null) {
            if (rows.dateOfBirth != null) {
                child.setDateOfBirth(rows.dateOfBirth);
                child.locateKey("dateOfBirth", at.file.name, at.line(), at.file.columnNumber("DOB"));
            }
            child.setGender(rows.gender);
            child.setEthnicity(rows.ethnicity);
        }
        if (rows.uasc != null) {
            child.setUnaccompaniedAsylumSeeking(rows.ceasedUasc == null || asAt == null || rows.ceasedUasc.isAfter(asAt));
        } else if (tablesRead.contains(Ssda903Table.UASC)) {
            child.setUnaccompaniedAsylumSeeking(false); // the table lists every child who was UASC in the year
        }
        child.setCareLeaver(rows.careLeaver);
        List<EpisodeChain.Period> periods = periods(id, rows);
        if (periods != null && !periods.isEmpty()) {
            child.setCareEpisodes(periods.stream().map(EpisodeChain.Period::episode).toList());
        }
        if (tablesRead.contains(Ssda903Table.EPISODES)) {
            attachReviews(rows, periods);
            attachMissing(rows, periods);
            attachOc2(rows, periods, yearEnd);
        }
        return child;
    }

    /** The child's periods of care, or null when its episodes were malformed (already reported). */
    private List<EpisodeChain.Period> periods(String id, ChildRows rows) {
        if (rows.episodesBad) {
            return null;
        }
        List<EpisodeRow> episodes = new ArrayList<>(rows.episodes);
        episodes.sort(Comparator.comparing(EpisodeRow::decom));
        for (int i = 1; i < episodes.size(); i++) {
            EpisodeRow before = episodes.get(i - 1);
            EpisodeRow row = episodes.get(i);
            if (!row.decom().equals(before.decom())) {
                continue;
            }
            // one year's return has an episode open that the next year's closes: keep the closed one
            EpisodeRow open = row.dec() == null ? row : before.dec() == null ? before : null;
            EpisodeRow closed = open == row ? before : row;
            if (open != null && open.rec() == null && closed.dec() != null && sameEpisode(open, closed)) {
                open.cells().file.ignore("episode ended by " + closed.cells().where());
                episodes.remove(open);
                i--;
                continue;
            }
            row.cells().problem("DECOM", "child " + id + " has another episode starting " + format(row.decom())
                    + " (" + before.cells().where() + "); each episode starts on its own day");
            return null;
        }
        if (episodes.isEmpty()) {
            return List.of();
        }
        List<EpisodeChain.Period> periods = EpisodeChain.chain(id, episodes);
        if (periods == null) {
            return null;
        }
        LocalDate history = options.historyFrom() != null ? options.historyFrom() : episodes.get(0).decom();
        for (EpisodeChain.Period period : periods) {
            CareEpisode episode = period.episode();
            LocalDate from = period.beganBeforeFiles() ? EpisodeChain.later(history, episode.getStart()) : history;
            EpisodeKnownFrom known = new EpisodeKnownFrom();
            known.locate(episode.sourceFile(), episode.sourceLine(), episode.sourceColumn(), episode.sourcePath());
            known.setPlacements(from);
            if (tablesRead.contains(Ssda903Table.REVIEWS)) {
                known.setReviews(from);
                episode.setReviews(new ArrayList<>());
            }
            if (tablesRead.contains(Ssda903Table.MISSING)) {
                known.setMissingEpisodes(from);
                episode.setMissingEpisodes(new ArrayList<>());
            }
            // a date that came from a cell (the child's first DECOM) points there; the setting is no cell
            EpisodeRow origin = from.equals(episodes.get(0).decom()) ? episodes.get(0)
                    : from.equals(episode.getStart()) ? period.rows().get(0) : null;
            if (origin != null) {
                for (String list : List.of("placements", "reviews", "missingEpisodes")) {
                    if (known.of(list) != null) {
                        EpisodeChain.locateDate(known, list, origin, "DECOM");
                    }
                }
            }
            episode.setKnownFrom(known);
        }
        return periods;
    }

    /** @return true when two rows starting the same day describe the same episode, apart from its end */
    private static boolean sameEpisode(EpisodeRow a, EpisodeRow b) {
        return a.rne().equals(b.rne()) && a.ls().equals(b.ls()) && a.place().equals(b.place())
                && java.util.Objects.equals(a.provider(), b.provider()) && java.util.Objects.equals(a.urn(), b.urn());
    }

    /** @return the latest-starting period that contains {@code date} */
    private static CareEpisode containing(List<EpisodeChain.Period> periods, LocalDate date) {
        CareEpisode found = null;
        for (EpisodeChain.Period period : periods) {
            CareEpisode episode = period.episode();
            if (!date.isBefore(episode.getStart()) && (episode.getEnd() == null || !date.isAfter(episode.getEnd()))) {
                found = episode;
            }
        }
        return found;
    }

    private void attachReviews(ChildRows rows, List<EpisodeChain.Period> periods) {
        if (periods == null) {
            return; // the episodes were malformed: where a review belongs cannot be told
        }
        for (int i = 0; i < rows.reviewRecords.size(); i++) {
            Review review = rows.reviewRecords.get(i);
            CareEpisode episode = containing(periods, review.getDate());
            if (episode == null) {
                rows.reviews.get(i).problem("REVIEW", "review on " + format(review.getDate())
                        + " falls in no period of care of child " + rows.reviews.get(i).child + " in the Episodes table");
                continue;
            }
            List<Review> reviews = new ArrayList<>(episode.getReviews());
            reviews.add(review);
            reviews.sort(Comparator.comparing(Review::getDate));
            episode.setReviews(reviews);
        }
    }

    private void attachMissing(ChildRows rows, List<EpisodeChain.Period> periods) {
        if (periods == null) {
            return;
        }
        for (int i = 0; i < rows.missing.size(); i++) {
            MissingEpisode missing = rows.missing.get(i);
            CareEpisode episode = containing(periods, missing.getStart());
            if (episode == null) {
                rows.missingRows.get(i).problem("MIS_START", "missing episode starting " + format(missing.getStart())
                        + " falls in no period of care of child " + rows.missingRows.get(i).child
                        + " in the Episodes table");
                continue;
            }
            List<MissingEpisode> list = new ArrayList<>(episode.getMissingEpisodes());
            list.add(missing);
            list.sort(Comparator.comparing(MissingEpisode::getStart));
            episode.setMissingEpisodes(list);
        }
    }

    private void attachOc2(ChildRows rows, List<EpisodeChain.Period> periods, LocalDate yearEnd) {
        if (rows.oc2 == null || periods == null) {
            return;
        }
        CareEpisode open = null;
        if (yearEnd != null) {
            for (EpisodeChain.Period period : periods) {
                CareEpisode episode = period.episode();
                if (!episode.getStart().isAfter(yearEnd)
                        && (episode.getEnd() == null || episode.getEnd().isAfter(yearEnd))) {
                    open = episode;
                }
            }
        }
        if (open == null) {
            rows.oc2.rowProblem("child " + rows.oc2.child + " has no period of care open at the end of the collection"
                    + " year" + (yearEnd == null ? "" : " (" + format(yearEnd) + ")")
                    + ", the period OC2 describes");
            return;
        }
        open.setImmunisationsUpToDate(rows.immunisations);
        open.setHealthAssessmentUpToDate(rows.healthAssessment);
        open.setDentalCheckInYear(rows.teeth);
        RowCells cells = rows.oc2;
        open.locateKey("immunisationsUpToDate", cells.file.name, cells.line(), cells.file.columnNumber("IMMUNISATIONS"));
        open.locateKey("healthAssessmentUpToDate", cells.file.name, cells.line(),
                cells.file.columnNumber("HEALTH_ASSESSMENT"));
        open.locateKey("dentalCheckInYear", cells.file.name, cells.line(), cells.file.columnNumber("TEETH_CHECK"));
    }
}
