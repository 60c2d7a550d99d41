package org.childcare.compliance.generate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.childcare.compliance.load.ChildSink;
import org.childcare.compliance.model.Assessment;
import org.childcare.compliance.model.CareEpisode;
import org.childcare.compliance.model.CareLeaver;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Gender;
import org.childcare.compliance.model.HealthAssessment;
import org.childcare.compliance.model.MissingEpisode;
import org.childcare.compliance.model.Placement;
import org.childcare.compliance.model.PlacementType;
import org.childcare.compliance.model.ProtectionPlan;
import org.childcare.compliance.model.ProviderKind;
import org.childcare.compliance.model.Referral;
import org.childcare.compliance.model.ReferralOutcome;
import org.childcare.compliance.model.Review;
import org.childcare.compliance.model.S47Enquiry;

/**
 * Writes an authority's children as the statutory returns of one collection year: the SSDA903 CSV
 * tables (Header, Episodes, Reviews, UASC, OC2, OC3, Missing) and the Children in Need census XML.
 * It is the inverse of the checker's readers (sources.md §3, docs/sources-ssda903.md,
 * docs/sources-cin.md): what the returns can carry is written so that the readers give it back, and
 * what they cannot carry (visits, core groups, audits, decision dates ...) is not written at all.
 *
 * <p>The files look like real exports, deterministically from the seed: names such as {@code LA999
 * 903 hdr.csv} and {@code export (3).csv}, a byte order mark on one file, CRLF line ends on others,
 * quoted cells, lower-case headers, a column a report writer added, trailing empty columns, blank
 * lines, blank optional cells, dates as {@code dd/mm/yyyy} with now and then {@code d/m/yyyy} or
 * {@code yyyy-mm-dd}, codes in lower case, both sex code schemes (1/2 in the Header table, M/F/U in
 * the UASC table), rows of a child out of date order, and every row of a period of care from its
 * start, whichever year that was.
 *
 * <h2>What one year's return holds</h2>
 * <ul>
 *   <li>SSDA903: the children with a period of care open at some time in the year (all its rows,
 *       from the period's start) or with a care leaver record; the Reviews and Missing rows of those
 *       periods, likewise from their start, as exports that list a period's whole history do (a
 *       Reviews table of the year's rows only would need {@code sources.ssda903.historyFrom}, which
 *       then applies to the placements too);
 *       OC2 for children looked after for the 12 months up to the year end, its flags taken from the
 *       child's {@code immunisationsUpToDate}, {@code healthAssessmentUpToDate} and {@code
 *       dentalCheckInYear}, or where those are not given computed from the dated health assessments
 *       and dental check as an export computes them (one in the 12 months to the year end).</li>
 *   <li>CIN census: each referral with the assessments, section 47 enquiries and plans that
 *       followed it (up to the next referral) is one {@code CINdetails}, written when something of it
 *       happened in the year or a plan or assessment of it was open; review conferences of the year;
 *       {@code NumberOfPreviousCPP} as given, else the number of the child's earlier plans.</li>
 * </ul>
 *
 * <p>Some records cannot be written without inventing data, and are left out and counted in {@link
 * Written#leftOut()} with the reason: a period of care without a placement or a legal status, one
 * that overlaps the one before, an assessment, enquiry or plan with no referral on or before it.
 */
public final class ReturnsWriter implements ChildSink, Closeable {
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter UK_SHORT = DateTimeFormatter.ofPattern("d/M/yyyy");

    static final List<String> HEADER = List.of("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB");
    static final List<String> EPISODES = List.of("CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER",
            "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN", "Team");
    static final List<String> REVIEWS = List.of("CHILD", "DOB", "REVIEW", "REVIEW_CODE");
    static final List<String> UASC = List.of("CHILD", "SEX", "DOB", "DUC");
    static final List<String> OC2 = List.of("CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK",
            "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED",
            "INTERVENTION_OFFERED");
    static final List<String> OC3 = List.of("CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM");
    static final List<String> MISSING = List.of("CHILD", "DOB", "MISSING", "MIS_START", "MIS_END");

    /** The ethnicity codes both returns know; any other value is left blank. */
    private static final Set<String> ETHNICITIES = Set.of("WBRI", "WIRI", "WOTH", "WIRT", "WROM", "MWBC", "MWBA",
            "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");

    /** What was written. */
    public record Written(List<Path> files, long ssda903Children, long censusChildren, Map<String, Long> leftOut) {}

    private final Path dir;
    private final int yearEnding;
    private final LocalDate yearStart;
    private final LocalDate yearEnd;
    private final long seed;
    private final CsvOut header;
    private final CsvOut episodes;
    private final CsvOut reviews;
    private final CsvOut uasc;
    private final CsvOut oc2;
    private final CsvOut oc3;
    private final CsvOut missing;
    private final BufferedWriter census;
    private final Path censusPath;
    private final Map<String, Long> leftOut = new TreeMap<>();
    private long ssda903Children;
    private long censusChildren;
    private boolean closed;

    /**
     * Opens the returns of the collection year ending 31 March {@code yearEnding} (2011 for 2010-11)
     * in {@code dir}, which is created.
     *
     * @param authorityCode the DfE code, used in file names and the census header
     */
    public ReturnsWriter(Path dir, int yearEnding, String authorityCode, long seed) throws IOException {
        this.dir = dir;
        this.yearEnding = yearEnding;
        this.yearStart = LocalDate.of(yearEnding - 1, 4, 1);
        this.yearEnd = LocalDate.of(yearEnding, 3, 31);
        this.seed = seed;
        Files.createDirectories(dir);
        String yyyy = String.valueOf(yearEnding);
        header = new CsvOut(dir.resolve("LA" + authorityCode + " 903 hdr.csv"),
                new CsvOut.Style(true, false, false, true, 2), HEADER);
        episodes = new CsvOut(dir.resolve("export (3).csv"), new CsvOut.Style(false, true, true, false, 0), EPISODES);
        reviews = new CsvOut(dir.resolve("903_reviews_" + yyyy + ".csv"), new CsvOut.Style(false, true, false, false, 0),
                REVIEWS);
        uasc = new CsvOut(dir.resolve("uasc.csv"), CsvOut.Style.plain(), UASC);
        oc2 = new CsvOut(dir.resolve("oc2.csv"), new CsvOut.Style(false, true, false, false, 0), OC2);
        oc3 = new CsvOut(dir.resolve("care leavers.csv"), CsvOut.Style.plain(), OC3);
        missing = new CsvOut(dir.resolve("missing.csv"), new CsvOut.Style(false, false, false, true, 0), MISSING);
        censusPath = dir.resolve("cin_census_" + yyyy + ".xml");
        census = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(censusPath), StandardCharsets.UTF_8),
                1 << 16);
        census.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Message>\n  <Header>\n    <CollectionDetails>\n"
                + "      <Collection>CIN</Collection>\n      <Year>" + yyyy + "</Year>\n      <ReferenceDate>" + yearEnd
                + "</ReferenceDate>\n    </CollectionDetails>\n    <Source>\n      <SourceLevel>L</SourceLevel>\n"
                + "      <LEA>" + xml(authorityCode) + "</LEA>\n      <SoftwareCode>Case management system</SoftwareCode>\n"
                + "      <Release>1.0</Release>\n      <SerialNo>001</SerialNo>\n      <DateTime>" + yearEnding
                + "-04-15T09:00:00</DateTime>\n    </Source>\n  </Header>\n  <Children>\n");
    }

    /** Which records the year's returns hold, without writing any: for tests and the example's audit. */
    private ReturnsWriter(int yearEnding) {
        this.dir = null;
        this.yearEnding = yearEnding;
        this.yearStart = LocalDate.of(yearEnding - 1, 4, 1);
        this.yearEnd = LocalDate.of(yearEnding, 3, 31);
        this.seed = 0;
        header = episodes = reviews = uasc = oc2 = oc3 = missing = null;
        census = null;
        censusPath = null;
        closed = true;
    }

    /**
     * A writer that writes nothing, only answers which periods of care and census episodes the returns
     * of the year ending 31 March {@code yearEnding} hold ({@link #censusEpisodes}).
     */
    public static ReturnsWriter scopeOf(int yearEnding) {
        return new ReturnsWriter(yearEnding);
    }

    /** Writes {@code children} as the returns of the year ending 31 March {@code yearEnding} in {@code dir}. */
    public static Written write(Path dir, int yearEnding, String authorityCode, long seed, Iterable<Child> children)
            throws IOException {
        try (ReturnsWriter writer = new ReturnsWriter(dir, yearEnding, authorityCode, seed)) {
            for (Child child : children) {
                writer.accept(child);
            }
            return writer.finish();
        }
    }

    /** @return the collection year's first day, 1 April */
    public LocalDate yearStart() {
        return yearStart;
    }

    /** Writes one child's rows and census entry; a {@link ChildSink}, so the loader can stream into it. */
    @Override
    public void accept(Child child) {
        if (census == null) {
            throw new IllegalStateException("this writer only answers which records the returns hold; it writes nothing");
        }
        SplittableRandom rng = new SplittableRandom(seed ^ (child.getId().hashCode() * 0x9E3779B97F4A7C15L));
        try {
            if (writeSsda903(child, rng)) {
                ssda903Children++;
            }
            if (writeCensus(child, rng)) {
                censusChildren++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the files and says what was written. */
    public Written finish() throws IOException {
        close();
        List<Path> files = List.of(header.path(), episodes.path(), reviews.path(), uasc.path(), oc2.path(), oc3.path(),
                missing.path(), censusPath);
        return new Written(files, ssda903Children, censusChildren, java.util.Collections.unmodifiableMap(leftOut));
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        census.write("  </Children>\n</Message>\n");
        census.close();
        for (CsvOut out : List.of(header, episodes, reviews, uasc, oc2, oc3, missing)) {
            out.close();
        }
    }

    private void leave(String reason) {
        leftOut.merge(reason, 1L, Long::sum);
    }

    // ---------------------------------------------------------------- SSDA903

    /** A period of care as it can be written: its rows' starts and the end. */
    private record Period(CareEpisode episode, List<Placement> placements, List<LocalDate> starts, LocalDate end) {}

    /**
     * The periods of care the year's Episodes table holds: those open at some time in the year, with
     * what happened after the year end cut off, and placements that do not follow one another in
     * time left out.
     */
    List<Period> periods(Child child) {
        List<Period> periods = new ArrayList<>();
        if (child.getCareEpisodes() == null) {
            return periods;
        }
        List<CareEpisode> sorted = new ArrayList<>(child.getCareEpisodes());
        sorted.sort(Comparator.comparing(CareEpisode::getStart, Comparator.nullsFirst(Comparator.naturalOrder())));
        LocalDate previousEnd = null;
        boolean previousOpen = false;
        for (CareEpisode e : sorted) {
            if (e.getStart() == null || e.getStart().isAfter(yearEnd)) {
                continue; // after the year: next year's return
            }
            if (e.getEnd() != null && e.getEnd().isBefore(yearStart)) {
                continue; // ended before the year: an earlier year's return
            }
            if (e.getLegalStatus() == null) {
                leave("period of care without a legal status (LS is required)");
                continue;
            }
            if (e.getPlacements() == null || e.getPlacements().isEmpty()) {
                leave("period of care without a placement (PLACE is required)");
                continue;
            }
            if (previousOpen || (previousEnd != null && e.getStart().isBefore(previousEnd))) {
                leave("period of care overlapping the one before it");
                continue;
            }
            LocalDate end = e.getEnd() == null || e.getEnd().isAfter(yearEnd) ? null : e.getEnd();
            List<Placement> placements = new ArrayList<>(e.getPlacements());
            placements.sort(Comparator.comparing(Placement::getStart, Comparator.nullsFirst(Comparator.naturalOrder())));
            List<Placement> kept = new ArrayList<>();
            List<LocalDate> starts = new ArrayList<>();
            for (Placement p : placements) {
                LocalDate start = kept.isEmpty() ? e.getStart() : p.getStart();
                if (p.getType() == null && p.getCode() == null) {
                    leave("placement without a type (PLACE is required)");
                    continue;
                }
                if (!kept.isEmpty() && (start == null || !start.isAfter(starts.get(starts.size() - 1))
                        || start.isAfter(end != null ? end.minusDays(1) : yearEnd))) {
                    leave("placement not starting after the one before it, within the period and the year");
                    continue;
                }
                kept.add(p);
                starts.add(start);
            }
            if (kept.isEmpty()) {
                leave("period of care without a placement (PLACE is required)");
                continue;
            }
            periods.add(new Period(e, kept, starts, end));
            previousEnd = end;
            previousOpen = end == null;
        }
        return periods;
    }

    private boolean writeSsda903(Child child, SplittableRandom rng) throws IOException {
        List<Period> periods = periods(child);
        CareLeaver leaver = child.getCareLeaver();
        if (periods.isEmpty() && leaver == null) {
            return false;
        }
        String id = child.getId();
        String dob = child.getDateOfBirth() == null ? null : date(child.getDateOfBirth(), rng);
        header.row(id, sex(child.getGender(), true, rng), dob, ethnicity(child.getEthnicity(), rng), null,
                child.getGender() == Gender.FEMALE && rng.nextInt(10) == 0 ? "0" : null, null);
        if (rng.nextInt(200) == 0) {
            header.blankLine(rng.nextBoolean());
        }
        if (Boolean.TRUE.equals(child.getUnaccompaniedAsylumSeeking()) && !periods.isEmpty()) {
            uasc.row(id, sex(child.getGender(), false, rng), dob, null);
        }
        List<String[]> rows = new ArrayList<>();
        for (Period period : periods) {
            episodeRows(child, period, rng, rows);
        }
        if (rows.size() > 1 && rng.nextInt(10) == 0) {
            java.util.Collections.reverse(rows); // some exports list a child's latest episode first
        }
        for (String[] row : rows) {
            episodes.row(row);
        }
        for (Period period : periods) {
            CareEpisode e = period.episode();
            LocalDate last = period.end() != null ? period.end() : yearEnd;
            if (e.getReviews() != null) {
                for (Review r : e.getReviews()) {
                    LocalDate d = r.getDate();
                    if (d != null && !d.isBefore(e.getStart()) && !d.isAfter(last)) {
                        reviews.row(id, dob, date(d, rng), participation(r.getChildParticipated(), child, d, rng));
                    }
                }
            }
            if (e.getMissingEpisodes() != null) {
                for (MissingEpisode m : e.getMissingEpisodes()) {
                    LocalDate s = m.getStart();
                    if (s == null || s.isBefore(e.getStart()) || s.isAfter(last)) {
                        continue;
                    }
                    LocalDate back = m.getReturned() != null && !m.getReturned().isBefore(s)
                            && !m.getReturned().isAfter(yearEnd) ? m.getReturned() : null;
                    missing.row(id, dob, rng.nextInt(8) == 0 ? "m" : "M", date(s, rng), back == null ? null : date(back, rng));
                    if (rng.nextInt(6) == 0 && back != null && !back.plusDays(3).isAfter(last)) {
                        // away from placement without authorisation: in the table, not a missing episode
                        missing.row(id, dob, "A", date(back.plusDays(2), rng), date(back.plusDays(3), rng));
                    }
                }
            }
            if (period.end() == null && !e.getStart().isAfter(yearEnd.minusYears(1))) {
                oc2.row(id, dob, rng.nextInt(3) == 0 ? null : String.valueOf(rng.nextInt(5, 25)), null, "0",
                        rng.nextBoolean() ? "1" : null, flag(e.getImmunisationsUpToDate()),
                        flag(dentalInYear(e)), flag(healthAssessmentUpToDate(e)), "0", null, null);
            }
        }
        if (leaver != null) {
            oc3.row(id, dob, inTouch(leaver.getInTouch(), rng), activity(leaver.getInEducationEmploymentOrTraining(), rng),
                    accommodation(leaver, rng));
        }
        return true;
    }

    private void episodeRows(Child child, Period period, SplittableRandom rng, List<String[]> rows) {
        CareEpisode e = period.episode();
        String finalStatus = e.getLegalStatus().toUpperCase(java.util.Locale.ROOT);
        String need = "N" + rng.nextInt(1, 9);
        String team = child.getAllocatedTeam();
        List<Placement> placements = period.placements();
        for (int i = 0; i < placements.size(); i++) {
            Placement p = placements.get(i);
            LocalDate start = period.starts().get(i);
            LocalDate end = i + 1 < placements.size() ? period.starts().get(i + 1) : period.end();
            String place = placeCode(p, rng);
            String provider = p.getProvider() == null ? (rng.nextBoolean() ? "PR0" : null)
                    : p.getProvider() == ProviderKind.IN_HOUSE ? "PR1" : "PR" + rng.nextInt(2, 6);
            String rne = i == 0 ? "S" : rng.nextInt(8) == 0 ? "U" : "P";
            String reason = i == 0 ? null : rng.nextInt(3) == 0 ? "CARPL" : null;
            boolean last = i + 1 == placements.size();
            String rec = last ? (end == null ? null : endReason(rng)) : "X1";
            // a child first accommodated under section 20 or an interim order, before the final order: an
            // L row (legal status only) splits the first placement, which goes on
            LocalDate split = i == 0 && finalStatus.equals("C2") && rng.nextInt(4) == 0
                    ? start.plusDays(28 + rng.nextInt(28)) : null;
            if (split != null && (end == null ? !split.isAfter(yearEnd) : split.isBefore(end))) {
                rows.add(episodeRow(child.getId(), start, rne, rng.nextBoolean() ? "V2" : "C1", need, place, provider,
                        split, "X1", reason, p.getProviderUrn(), team, rng));
                rows.add(episodeRow(child.getId(), split, "L", finalStatus, need, place, provider, end, rec, null,
                        p.getProviderUrn(), team, rng));
            } else {
                rows.add(episodeRow(child.getId(), start, rne, finalStatus, need, place, provider, end, rec, reason,
                        p.getProviderUrn(), team, rng));
            }
        }
    }

    private String[] episodeRow(String id, LocalDate decom, String rne, String ls, String need, String place,
            String provider, LocalDate dec, String rec, String reason, String urn, String team, SplittableRandom rng) {
        return new String[] {id, date(decom, rng), rne, ls, need, rng.nextInt(25) == 0 ? place.toLowerCase(java.util.Locale.ROOT)
                : place, provider, dec == null ? null : date(dec, rng), rec, reason, null, null, urn, team};
    }

    /** The placement's own 903 code when it came from a return, else one of the codes its type maps back to. */
    private String placeCode(Placement p, SplittableRandom rng) {
        if (p.getCode() != null) {
            return p.getCode();
        }
        boolean longTerm = Boolean.TRUE.equals(p.getLongTerm());
        PlacementType type = p.getType();
        return switch (type) {
            case FOSTER -> longTerm ? "U4" : pick(rng, "U5", "U6");
            case KINSHIP -> longTerm ? "U1" : pick(rng, "U2", "U3");
            case ADOPTION -> pick(rng, "A3", "A4", "A5", "A6");
            case SECURE -> "K1";
            case RESIDENTIAL -> yearEnding <= 2024 ? pick(rng, "K2", "R1", "S1", "H5") : pick(rng, "K2", "R1", "S1");
            case INDEPENDENT -> yearEnding <= 2024 ? "P2" : "K3";
            case PARENTS -> "P1";
            case OTHER -> pick(rng, "P3", "R2", "R3", "R5", "T0", "T1", "Z1");
        };
    }

    private static String endReason(SplittableRandom rng) {
        return pick(rng, "E11", "E12", "E13", "E2", "E4A", "E41", "E8", "E3");
    }

    /** SSDA903 SEX: 1/2 in the Header table (the older scheme), M/F in the UASC table; U either way. */
    private static String sex(Gender gender, boolean numeric, SplittableRandom rng) {
        if (gender == null || gender == Gender.OTHER) {
            return null; // the 903 has no code for another gender
        }
        return switch (gender) {
            case MALE -> numeric ? "1" : "M";
            case FEMALE -> numeric ? "2" : (rng.nextInt(20) == 0 ? "f" : "F");
            default -> "U";
        };
    }

    private static String ethnicity(String code, SplittableRandom rng) {
        if (code == null || !ETHNICITIES.contains(code.toUpperCase(java.util.Locale.ROOT))) {
            return null;
        }
        return rng.nextInt(30) == 0 ? code.toLowerCase(java.util.Locale.ROOT) : code;
    }

    private static String participation(Boolean participated, Child child, LocalDate on, SplittableRandom rng) {
        if (participated == null) {
            boolean underFour = child.getDateOfBirth() != null && on.isBefore(child.getDateOfBirth().plusYears(4));
            return underFour ? "PN0" : null;
        }
        return participated ? "PN" + rng.nextInt(1, 7) : "PN7";
    }

    private static String flag(Boolean value) {
        return value == null ? null : value ? "1" : "0";
    }

    /** As given, else whether a dated health assessment fell in the 12 months to the year end. */
    Boolean healthAssessmentUpToDate(CareEpisode e) {
        if (e.getHealthAssessmentUpToDate() != null) {
            return e.getHealthAssessmentUpToDate();
        }
        if (e.getHealthAssessments() == null) {
            return null;
        }
        for (HealthAssessment h : e.getHealthAssessments()) {
            if (h.getDate() != null && h.getDate().isAfter(yearEnd.minusYears(1)) && !h.getDate().isAfter(yearEnd)) {
                return true;
            }
        }
        return false;
    }

    /** As given, else whether the dental check fell in the 12 months to the year end; unknown without one. */
    Boolean dentalInYear(CareEpisode e) {
        if (e.getDentalCheckInYear() != null) {
            return e.getDentalCheckInYear();
        }
        LocalDate d = e.getDentalCheck();
        return d == null ? null : d.isAfter(yearEnd.minusYears(1)) && !d.isAfter(yearEnd);
    }

    private static String inTouch(Boolean inTouch, SplittableRandom rng) {
        if (inTouch == null) {
            return null;
        }
        return inTouch ? "YES" : rng.nextInt(4) == 0 ? "REFU" : "NO";
    }

    private static String activity(Boolean eet, SplittableRandom rng) {
        if (eet == null) {
            return "0";
        }
        return eet ? (rng.nextBoolean() ? "F" : "P") + rng.nextInt(1, 6) : "G" + rng.nextInt(4, 7);
    }

    /** A letter for the kind of accommodation (Z staying put) and 1 suitable, 2 not; 0 when suitability is not known. */
    private static String accommodation(CareLeaver leaver, SplittableRandom rng) {
        Boolean suitable = leaver.getAccommodationSuitable();
        if (suitable == null) {
            return "0";
        }
        String kind = Boolean.TRUE.equals(leaver.getStayingPut()) ? "Z" : pick(rng, "B", "C", "D", "E", "G", "H", "K",
                "R", "S", "T", "U", "V", "W", "X", "Y");
        return kind + (suitable ? "1" : "2");
    }

    // ---------------------------------------------------------------- CIN census

    /** A referral and what followed it, up to the next referral: one {@code CINdetails}. */
    public record Episode(Referral referral, List<Assessment> assessments, List<S47Enquiry> enquiries,
            List<ProtectionPlan> plans) {}

    /**
     * The child's episodes of need in this year's census: every assessment, enquiry and plan joined to
     * the latest referral on or before it; those dated after the year end, and episodes with nothing
     * in the year and nothing open, are not in it.
     */
    public List<Episode> censusEpisodes(Child child) {
        List<Referral> referrals = new ArrayList<>();
        if (child.getReferrals() != null) {
            for (Referral r : child.getReferrals()) {
                if (r.getDate() == null || r.getDate().isAfter(yearEnd)) {
                    continue;
                }
                if (referrals.stream().anyMatch(o -> o.getDate().equals(r.getDate()))) {
                    leave("second referral on the same day (one CINdetails per referral date)");
                    continue;
                }
                referrals.add(r);
            }
        }
        referrals.sort(Comparator.comparing(Referral::getDate));
        List<Episode> episodes = new ArrayList<>();
        for (Referral r : referrals) {
            episodes.add(new Episode(r, new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
        }
        // the census knows a record by its date: a second one of a kind on the same day cannot be told apart
        Set<LocalDate> started = new java.util.HashSet<>();
        if (child.getAssessments() != null) {
            for (Assessment a : child.getAssessments()) {
                if (a.getStart() != null && !started.add(a.getStart())) {
                    leave("second assessment starting the same day");
                    continue;
                }
                Episode e = episodeOf(episodes, a.getStart(), "assessment");
                if (e != null) {
                    e.assessments().add(a);
                }
            }
        }
        if (child.getS47Enquiries() != null) {
            started.clear();
            for (S47Enquiry s : child.getS47Enquiries()) {
                if (s.getStrategyDiscussion() != null && !started.add(s.getStrategyDiscussion())) {
                    leave("second section 47 enquiry starting the same day");
                    continue;
                }
                Episode e = episodeOf(episodes, s.getStrategyDiscussion(), "section 47 enquiry");
                if (e != null) {
                    e.enquiries().add(s);
                }
            }
        }
        if (child.getProtectionPlans() != null) {
            started.clear();
            for (ProtectionPlan p : child.getProtectionPlans()) {
                if (p.getStart() != null && !started.add(p.getStart())) {
                    leave("second child protection plan starting the same day");
                    continue;
                }
                Episode e = episodeOf(episodes, p.getStart(), "child protection plan");
                if (e != null) {
                    e.plans().add(p);
                }
            }
        }
        episodes.removeIf(e -> !inCensus(e));
        return episodes;
    }

    private Episode episodeOf(List<Episode> episodes, LocalDate date, String what) {
        if (date == null || date.isAfter(yearEnd)) {
            return null;
        }
        Episode found = null;
        for (Episode e : episodes) {
            if (!e.referral().getDate().isAfter(date)) {
                found = e;
            }
        }
        if (found == null) {
            leave(what + " with no referral on or before it (every CINdetails starts with its referral)");
        }
        return found;
    }

    /** Whether anything of the episode happened in the year, or a plan or assessment of it was open in it. */
    private boolean inCensus(Episode e) {
        List<LocalDate> dates = new ArrayList<>();
        dates.add(e.referral().getDate());
        for (Assessment a : e.assessments()) {
            if (a.getCompleted() == null || a.getCompleted().isAfter(yearEnd)) {
                return true;
            }
            dates.add(a.getCompleted());
        }
        for (S47Enquiry s : e.enquiries()) {
            dates.add(s.getStrategyDiscussion());
        }
        for (ProtectionPlan p : e.plans()) {
            if (p.getEnd() == null || !p.getEnd().isBefore(yearStart)) {
                return true;
            }
        }
        return dates.stream().anyMatch(this::inYear);
    }

    private boolean writeCensus(Child child, SplittableRandom rng) throws IOException {
        List<Episode> details = censusEpisodes(child);
        if (details.isEmpty()) {
            return false;
        }
        StringBuilder x = new StringBuilder(1024);
        x.append("    <Child>\n      <ChildIdentifiers>\n");
        element(x, 8, "LAchildID", child.getId());
        if (child.getDateOfBirth() != null) {
            element(x, 8, "PersonBirthDate", child.getDateOfBirth().toString());
        } else if (child.getExpectedDateOfBirth() != null) {
            element(x, 8, "ExpectedPersonBirthDate", child.getExpectedDateOfBirth().toString());
        }
        if (child.getGender() != null) {
            if (yearEnding < 2024) {
                element(x, 8, "GenderCurrent", switch (child.getGender()) {
                    case MALE -> "1";
                    case FEMALE -> "2";
                    case OTHER -> "9";
                    case UNKNOWN -> "0";
                });
            } else if (child.getGender() != Gender.OTHER) {
                element(x, 8, "Sex", switch (child.getGender()) {
                    case MALE -> "M";
                    case FEMALE -> "F";
                    default -> "U";
                });
            }
        }
        x.append("      </ChildIdentifiers>\n      <ChildCharacteristics>\n");
        String ethnicity = ethnicity(child.getEthnicity(), rng);
        if (ethnicity != null) {
            element(x, 8, "Ethnicity", ethnicity);
        }
        if (child.getDisability() != null) {
            x.append("        <Disabilities>\n");
            if (child.getDisability()) {
                element(x, 10, "Disability", pick(rng, "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH",
                        "CON", "AUT", "DDA"));
                if (rng.nextInt(4) == 0) {
                    element(x, 10, "Disability", pick(rng, "LD", "AUT", "COMM"));
                }
            } else {
                element(x, 10, "Disability", "NONE");
            }
            x.append("        </Disabilities>\n");
        }
        x.append("      </ChildCharacteristics>\n");
        for (Episode e : details) {
            details(x, child, e, rng);
        }
        x.append("    </Child>\n");
        census.write(x.toString());
        return true;
    }

    private void details(StringBuilder x, Child child, Episode e, SplittableRandom rng) {
        Referral r = e.referral();
        x.append("      <CINdetails>\n");
        element(x, 8, "CINreferralDate", r.getDate().toString());
        if (r.getSource() != null) {
            element(x, 8, "ReferralSource", switch (r.getSource()) {
                case POLICE -> "6";
                case HEALTH -> pick(rng, "3A", "3B", "3C", "3D", "3E", "3F");
                case SCHOOL -> "2A";
                case LA -> pick(rng, "5A", "5B", "5C", "5D");
                case SELF -> "1C";
                case OTHER -> pick(rng, "1A", "1B", "1D", "2B", "4", "7", "8", "9", "10");
            });
        }
        element(x, 8, "PrimaryNeedCode", "N" + rng.nextInt(1, 10));
        // the initial conference that started a plan: on the enquiry that led to it when that is in the
        // episode, else on the CINdetails itself (one there at most)
        Map<S47Enquiry, LocalDate> conferenceOn = new java.util.IdentityHashMap<>();
        LocalDate onDetails = null;
        for (ProtectionPlan p : e.plans()) {
            if (p.getIcpc() == null || p.getIcpc().getDate() == null || !p.getIcpc().getDate().equals(p.getStart())) {
                continue;
            }
            S47Enquiry led = null;
            for (S47Enquiry s : e.enquiries()) {
                if (s.getStrategyDiscussion() != null && s.getStrategyDiscussion().equals(p.getIcpc().getStrategyDiscussion())
                        && !conferenceOn.containsKey(s)) {
                    led = s;
                }
            }
            if (led != null) {
                conferenceOn.put(led, p.getStart());
            } else if (onDetails == null) {
                onDetails = p.getStart();
            } else {
                leave("second initial conference in one CINdetails without its enquiry");
            }
        }
        if (onDetails != null) {
            element(x, 8, "DateOfInitialCPC", onDetails.toString());
        }
        for (Assessment a : e.assessments()) {
            x.append("        <Assessments>\n");
            element(x, 10, "AssessmentActualStartDate", a.getStart().toString());
            if (a.getCompleted() != null && !a.getCompleted().isAfter(yearEnd)) {
                element(x, 10, "AssessmentAuthorisationDate", a.getCompleted().toString());
                x.append("          <FactorsIdentifiedAtAssessment>\n");
                element(x, 12, "AssessmentFactors", pick(rng, "1B", "2B", "3A", "4A", "6A", "21"));
                x.append("          </FactorsIdentifiedAtAssessment>\n");
            }
            x.append("        </Assessments>\n");
        }
        for (S47Enquiry s : e.enquiries()) {
            x.append("        <Section47>\n");
            element(x, 10, "S47ActualStartDate", s.getStrategyDiscussion().toString());
            LocalDate conference = conferenceOn.get(s);
            if (conference != null) {
                element(x, 10, "DateOfInitialCPC", conference.toString());
            }
            element(x, 10, "ICPCnotRequired", conference != null || rng.nextBoolean() ? "0" : "1");
            x.append("        </Section47>\n");
        }
        boolean nfa = r.getOutcome() == ReferralOutcome.NFA;
        element(x, 8, "ReferralNFA", rng.nextInt(10) == 0 ? String.valueOf(nfa) : nfa ? "1" : "0");
        for (ProtectionPlan p : e.plans()) {
            x.append("        <ChildProtectionPlans>\n");
            element(x, 10, "CPPstartDate", p.getStart().toString());
            if (p.getEnd() != null && !p.getEnd().isAfter(yearEnd)) {
                element(x, 10, "CPPendDate", p.getEnd().toString());
            }
            if (p.getCategory() != null) {
                String category = switch (p.getCategory()) {
                    case NEGLECT -> "NEG";
                    case PHYSICAL -> "PHY";
                    case EMOTIONAL -> "EMO";
                    case SEXUAL -> "SAB";
                    case MULTIPLE -> "MUL";
                };
                element(x, 10, "InitialCategoryOfAbuse", category);
                element(x, 10, "LatestCategoryOfAbuse", category);
            }
            element(x, 10, "NumberOfPreviousCPP", String.valueOf(previousPlans(child, p)));
            List<LocalDate> held = new ArrayList<>();
            if (p.getReviewConferences() != null) {
                for (LocalDate d : p.getReviewConferences()) {
                    if (d != null && inYear(d) && !d.isBefore(p.getStart())) {
                        held.add(d);
                    }
                }
            }
            if (!held.isEmpty()) {
                x.append("          <Reviews>\n");
                for (LocalDate d : held) {
                    element(x, 12, "CPPreviewDate", d.toString());
                }
                x.append("          </Reviews>\n");
            }
            x.append("        </ChildProtectionPlans>\n");
        }
        x.append("      </CINdetails>\n");
    }

    /** As given, else the number of the child's plans that started before this one, as a case system counts them. */
    static int previousPlans(Child child, ProtectionPlan plan) {
        if (plan.getPreviousPlans() != null) {
            return plan.getPreviousPlans();
        }
        int earlier = 0;
        for (ProtectionPlan p : child.getProtectionPlans()) {
            if (p.getStart() != null && p.getStart().isBefore(plan.getStart())) {
                earlier++;
            }
        }
        return earlier;
    }

    private static void element(StringBuilder x, int indent, String name, String value) {
        x.append(" ".repeat(indent)).append('<').append(name).append('>').append(xml(value)).append("</").append(name)
                .append(">\n");
    }

    private static String xml(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    // ---------------------------------------------------------------- values

    private boolean inYear(LocalDate d) {
        return !d.isBefore(yearStart) && !d.isAfter(yearEnd);
    }

    /** {@code dd/mm/yyyy} as the guidance writes it, now and then as a spreadsheet re-saves it. */
    private static String date(LocalDate d, SplittableRandom rng) {
        int x = rng.nextInt(50);
        return x == 0 ? d.toString() : x <= 2 ? d.format(UK_SHORT) : d.format(UK);
    }

    private static String pick(SplittableRandom rng, String... values) {
        return values[rng.nextInt(values.length)];
    }
}
