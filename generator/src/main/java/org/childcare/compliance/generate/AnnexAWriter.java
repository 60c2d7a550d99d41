package org.childcare.compliance.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.childcare.compliance.load.LoadOptions;
import org.childcare.compliance.load.SelfAssessmentLoader;
import org.childcare.compliance.model.Assessment;
import org.childcare.compliance.model.CareEpisode;
import org.childcare.compliance.model.CareLeaver;
import org.childcare.compliance.model.CareLeaverStatus;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Gender;
import org.childcare.compliance.model.HealthAssessment;
import org.childcare.compliance.model.Placement;
import org.childcare.compliance.model.PlacementType;
import org.childcare.compliance.model.PlanCategory;
import org.childcare.compliance.model.ProtectionPlan;
import org.childcare.compliance.model.ProviderKind;
import org.childcare.compliance.model.Referral;
import org.childcare.compliance.model.ReferralOutcome;
import org.childcare.compliance.model.ReferralSource;
import org.childcare.compliance.model.Review;
import org.childcare.compliance.model.S47Enquiry;
import org.childcare.compliance.model.Visit;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes an authority's children as Ofsted's Annex A workbook as of a day ({@code asAt}), the way an
 * authority's reporting system exports it, for tests of the Annex A reader: lists 3, 4, 5, 7, 8 and 9
 * with every column the reader maps, and lists 1, 2, 6, 10 and 11 with a few rows.
 *
 * <p>Each list holds what Annex A holds on that day, and only the <em>latest</em> of each dated list:
 * <ul>
 *   <li>list 3: referrals of the last 6 months, with the number of the child's referrals in the 12
 *       months before each;</li>
 *   <li>list 4: assessments started or authorised in the last 6 months, or still open;</li>
 *   <li>list 5: section 47 enquiries whose strategy discussion was in the last 6 months, with the
 *       initial conference of the plan they led to;</li>
 *   <li>list 7: plans open at any time in the last 6 months, with the latest visit at which the child
 *       was seen and the latest review conference;</li>
 *   <li>list 8: periods of care open at any time in the last 6 months, with the most recent placement,
 *       the latest social work visit, review and health assessment, the dental check and the number of
 *       placements in the last 12 months;</li>
 *   <li>list 9: care leavers, with the latest pathway plan review.</li>
 * </ul>
 * Nothing after {@code asAt} is written: a plan or period of care that ends later is open.
 *
 * <p>Workers are written as people's names, as Annex A has them: each worker id gets an invented
 * name ({@link Written#workerNames()}), so that the reader's pseudonymising is exercised. The
 * workbook is as messy as real exports, deterministically from the seed: sheet names with
 * descriptions, title rows above the header, header variants, lettered code labels, Excel date cells
 * in some columns and text dates in others, numeric ids, {@code #N/A} and blank cells for unknowns,
 * non-breaking spaces, names in varying case.
 */
public final class AnnexAWriter {
    /** How far back lists 3, 4, 5, 7 and 8 reach, as Annex A asks. */
    public static final int LIST_MONTHS = 6;

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

    /** Invented first names and surnames: no real person is meant. */
    private static final List<String> FIRST_NAMES = List.of("Arlen", "Brisa", "Caddon", "Delphine", "Eskar", "Fenna",
            "Gorran", "Hollis", "Idony", "Jorvel", "Kestra", "Lowen", "Maelis", "Norric", "Odalie", "Pervin", "Quilla",
            "Rendal", "Sabeth", "Torrin", "Ulla", "Veyra", "Wystan", "Yselda");
    private static final List<String> SURNAMES = List.of("Ashcombe", "Brackenholt", "Cindermoor", "Dunlivet",
            "Elderwick", "Fallowmere", "Gorsebrook", "Hartwhistle", "Ivybridge-Lane", "Juniperdale", "Kestleford",
            "Larkspurry", "Mossendew", "Nettlecombe", "Oakhallow", "Pennyroyd", "Quarrendon", "Rushwillow",
            "Sedgemire", "Thistlebank", "Umberleigh-Vane", "Vetchworth", "Wrenhallow", "Yarrowby");

    private static final List<String> ETHNICITY_ORDER = ChildFactory.ETHNICITIES;

    private final String authorityName;
    private final LocalDate asAt;
    private final long seed;
    private Function<Child, String> teamOf = Child::getAllocatedTeam;

    /** What was written: the file, the rows of each list, and the name each worker id was given. */
    public record Written(Path file, Map<Integer, Integer> rows, Map<String, String> workerNames) {}

    /**
     * @param authorityName for the title rows
     * @param asAt the day the lists are run: nothing later is written
     * @param seed decides every choice of presentation (formats, labels, variants), never a fact
     */
    public AnnexAWriter(String authorityName, LocalDate asAt, long seed) {
        this.authorityName = Objects.requireNonNull(authorityName);
        this.asAt = Objects.requireNonNull(asAt);
        this.seed = seed;
    }

    /** Where each child's team comes from (default the child's {@code allocatedTeam}); null writes none. */
    public AnnexAWriter teams(Function<Child, String> teamOfChild) {
        this.teamOf = Objects.requireNonNull(teamOfChild);
        return this;
    }

    /**
     * The SSDA903 placement code written for a placement: its own {@code code} when it has one, else
     * one of its type (U4 and U1 for long-term foster and kinship care); null when neither is known.
     */
    public static String placementCode(Placement p) {
        if (p.getCode() != null) {
            return p.getCode();
        }
        if (p.getType() == null) {
            return null;
        }
        boolean longTerm = Boolean.TRUE.equals(p.getLongTerm());
        return switch (p.getType()) {
            case FOSTER -> longTerm ? "U4" : "U6";
            case KINSHIP -> longTerm ? "U1" : "U3";
            case ADOPTION -> "A5";
            case SECURE -> "K1";
            case RESIDENTIAL -> "K2";
            case INDEPENDENT -> "P2";
            case PARENTS -> "P1";
            case OTHER -> "Z1";
        };
    }

    /** Writes the workbook to {@code xlsx}, replacing it. */
    public Written write(List<Child> children, Path xlsx) throws IOException {
        SplittableRandom rng = new SplittableRandom(seed);
        Map<String, String> names = workerNames(children, new SplittableRandom(seed ^ 0x5DEECE66DL));
        Map<Integer, Integer> rows = new TreeMap<>();
        if (xlsx.toAbsolutePath().getParent() != null) {
            Files.createDirectories(xlsx.toAbsolutePath().getParent());
        }
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            Workbook wb = new Workbook(out, "Annex A export", "1.0");
            Session s = new Session(wb, rng, names);
            s.cover();
            s.list1(children, rows);
            s.list2(children, rows);
            s.list3(children, rows);
            s.list4(children, rows);
            s.list5(children, rows);
            s.list6(children, rows);
            s.list7(children, rows);
            s.list8(children, rows);
            s.list9(children, rows);
            s.list10(children, rows);
            s.list11(rows);
            s.lookups();
            wb.finish();
        }
        return new Written(xlsx, Collections.unmodifiableMap(rows), Collections.unmodifiableMap(names));
    }

    /** Every allocated worker, in id order, gets a distinct invented name; the pairs are dealt from the seed. */
    private static Map<String, String> workerNames(List<Child> children, SplittableRandom rng) {
        TreeSet<String> ids = new TreeSet<>();
        for (Child c : children) {
            if (c.getAllocatedWorker() != null) {
                ids.add(c.getAllocatedWorker());
            }
        }
        List<String> pairs = new ArrayList<>(FIRST_NAMES.size() * SURNAMES.size());
        for (String first : FIRST_NAMES) {
            for (String last : SURNAMES) {
                pairs.add(first + " " + last);
            }
        }
        for (int i = pairs.size() - 1; i > 0; i--) {
            Collections.swap(pairs, i, rng.nextInt(i + 1));
        }
        Map<String, String> names = new LinkedHashMap<>();
        int n = 0;
        for (String id : ids) {
            String pair = pairs.get(n % pairs.size());
            // beyond the pairs, a middle initial keeps names distinct
            int round = n / pairs.size();
            names.put(id, round == 0 ? pair : pair.replaceFirst(" ", " " + (char) ('A' + (round - 1) % 26) + ". "));
            n++;
        }
        return names;
    }

    // ------------------------------------------------------------------ what Annex A holds on asAt

    private LocalDate listStart() {
        return asAt.minusMonths(LIST_MONTHS);
    }

    private boolean inList(LocalDate d) {
        return d != null && !d.isBefore(listStart()) && !d.isAfter(asAt);
    }

    /** An end after asAt is not known on asAt: the record is open. */
    private LocalDate endAsAt(LocalDate end) {
        return end == null || end.isAfter(asAt) ? null : end;
    }

    /** Open at any time from the list's start to asAt. */
    private boolean openInList(LocalDate start, LocalDate end) {
        return start != null && !start.isAfter(asAt) && (end == null || !end.isBefore(listStart()));
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    /** The latest date of the list on or before {@code last}: what Annex A shows of it; null when none. */
    private static LocalDate latestUpTo(List<LocalDate> dates, LocalDate last) {
        LocalDate found = null;
        for (LocalDate d : dates) {
            if (d != null && !d.isAfter(last)) {
                found = latest(found, d);
            }
        }
        return found;
    }

    private LocalDate lastDay(LocalDate end) {
        LocalDate known = endAsAt(end);
        return known == null ? asAt : known;
    }

    // ------------------------------------------------------------------ the workbook

    /** How a column shows its dates. */
    private enum DateStyle { DMY_CELL, LONG_CELL, ISO_CELL, DMY_TEXT, ISO_TEXT }

    /** One workbook being written: the random choices of presentation, made in a fixed order. */
    private final class Session {
        private final Workbook wb;
        private final SplittableRandom rng;
        private final Map<String, String> names;

        Session(Workbook wb, SplittableRandom rng, Map<String, String> names) {
            this.wb = wb;
            this.rng = rng;
            this.names = names;
        }

        private boolean chance(double p) {
            return rng.nextDouble() < p;
        }

        @SafeVarargs
        private <T> T pick(T... options) {
            return options[rng.nextInt(options.length)];
        }

        void cover() {
            Worksheet ws = wb.newWorksheet("Cover");
            ws.value(0, 0, authorityName);
            ws.value(1, 0, "Annex A: children's social care data for inspection");
            ws.value(2, 0, "Lists run on " + DMY.format(asAt));
            ws.value(4, 0, "Each list is on its own sheet. Dates are as recorded on the case management system.");
        }

        /** A sheet of code labels, as templates carry for their drop-down lists: no list, left alone by readers. */
        void lookups() {
            Worksheet ws = wb.newWorksheet("Lookups");
            ws.value(0, 0, "Gender");
            ws.value(0, 1, "Ethnicity");
            ws.value(0, 2, "Category of abuse");
            String[] genders = {"a) Male", "b) Female", "c) Not stated/recorded", "d) Neither"};
            for (int i = 0; i < genders.length; i++) {
                ws.value(i + 1, 0, genders[i]);
            }
            for (int i = 0; i < ETHNICITY_ORDER.size(); i++) {
                ws.value(i + 1, 1, letter(i) + ETHNICITY_ORDER.get(i));
            }
            PlanCategory[] categories = PlanCategory.values();
            for (int i = 0; i < categories.length; i++) {
                ws.value(i + 1, 2, letter(i) + categoryLabel(categories[i]));
            }
        }

        // -------------------------------------------------------------- lists not read: a few rows each

        void list1(List<Child> children, Map<Integer, Integer> rows) {
            Sheet sheet = new Sheet(1, pick("List 1 - Contacts", "List 1 Contacts"), "Contacts in the last six months",
                    common(false, false), "Date of Contact", "Contact Source");
            for (Child c : children) {
                for (Referral r : c.getReferrals()) {
                    if (inList(r.getDate()) && sheet.rows < 8) {
                        Map<String, Object> row = demographics(c);
                        row.put("Date of Contact", r.getDate());
                        row.put("Contact Source", r.getSource() == null ? null : referralSourceLabel(r.getSource()));
                        sheet.row(row);
                    }
                }
            }
            rows.put(1, sheet.rows);
        }

        void list2(List<Child> children, Map<Integer, Integer> rows) {
            Sheet sheet = new Sheet(2, "List 2 - Early Help", "Early help assessments in the last six months",
                    common(true, false), "Assessment start date", "Organisation completing assessment");
            for (Child c : children) {
                for (Referral r : c.getReferrals()) {
                    if (inList(r.getDate()) && r.getOutcome() == ReferralOutcome.EARLY_HELP && sheet.rows < 5) {
                        Map<String, Object> row = demographics(c);
                        row.put("Assessment start date", r.getDecisionDate() != null ? r.getDecisionDate() : r.getDate());
                        row.put("Organisation completing assessment", pick("Early Help Hub", "School", "Health visiting"));
                        sheet.row(row);
                    }
                }
            }
            rows.put(2, sheet.rows);
        }

        void list6(List<Child> children, Map<Integer, Integer> rows) {
            Sheet sheet = new Sheet(6, "List 6 - Children in Need", "Children in need on " + DMY.format(asAt),
                    common(true, true), "CIN Start Date", "Primary Need Code", "Case Status");
            for (Child c : children) {
                if (c.getAllocatedWorker() == null || c.getProtectionPlans().stream().anyMatch(p -> endAsAt(p.getEnd()) == null
                        && !p.getStart().isAfter(asAt)) || !c.getCareEpisodes().isEmpty() || c.getCareLeaver() != null) {
                    continue;
                }
                LocalDate referred = latestUpTo(c.getReferrals().stream().map(Referral::getDate).toList(), asAt);
                if (referred == null || sheet.rows >= 8) {
                    continue;
                }
                Map<String, Object> row = allocation(c, demographics(c));
                row.put("CIN Start Date", referred);
                row.put("Primary Need Code", pick("N1: Abuse or neglect", "N2: Child's disability", "N4: Family in acute stress"));
                row.put("Case Status", "Open");
                sheet.row(row);
            }
            rows.put(6, sheet.rows);
        }

        void list10(List<Child> children, Map<Integer, Integer> rows) {
            Sheet sheet = new Sheet(10, "List 10 - Adoption", "Children with a plan for adoption", common(true, true),
                    "Date of Decision that Child Should be Placed for Adoption", "Date of Placement Order");
            for (Child c : children) {
                for (CareEpisode e : c.getCareEpisodes()) {
                    for (Placement p : e.getPlacements()) {
                        if (p.getType() == PlacementType.ADOPTION && p.getStart() != null && !p.getStart().isAfter(asAt)
                                && sheet.rows < 5) {
                            Map<String, Object> row = allocation(c, demographics(c));
                            row.put("Date of Decision that Child Should be Placed for Adoption", p.getStart().minusDays(90));
                            row.put("Date of Placement Order", p.getStart().minusDays(30));
                            sheet.row(row);
                        }
                    }
                }
            }
            rows.put(10, sheet.rows);
        }

        void list11(Map<Integer, Integer> rows) {
            Sheet sheet = new Sheet(11, "List 11 - Adopters", "Adopters", List.of(), "Individual adopter identifier",
                    "Family identifier", "Gender", "Ethnicity", "Disability", "Date enquiry received");
            for (int i = 1; i <= 3; i++) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("Individual adopter identifier", String.format(Locale.ROOT, "ADP%04d", i));
                row.put("Family identifier", String.format(Locale.ROOT, "FAM%03d", (i + 1) / 2));
                row.put("Gender", i % 2 == 0 ? "a) Male" : "b) Female");
                row.put("Ethnicity", "a) WBRI");
                row.put("Disability", "b) No");
                row.put("Date enquiry received", asAt.minusDays(40L * i));
                sheet.row(row);
            }
            rows.put(11, sheet.rows);
        }

        // -------------------------------------------------------------- lists read

        void list3(List<Child> children, Map<Integer, Integer> rows) {
            String dateColumn = pick("Date of Referral", "Referral Date");
            Sheet sheet = new Sheet(3, "List 3 - Referrals", "Referrals in the last six months", common(false, true),
                    dateColumn, "Referral Source", "Referral NFA?", "Number of Referrals in Last 12 Months");
            YesNo nfa = yesNoStyle();
            for (Child c : children) {
                for (Referral r : sorted(c.getReferrals(), Referral::getDate)) {
                    if (!inList(r.getDate())) {
                        continue;
                    }
                    Map<String, Object> row = allocation(c, demographics(c));
                    row.put(dateColumn, r.getDate());
                    row.put("Referral Source", r.getSource() == null ? null : referralSourceLabel(r.getSource()));
                    row.put("Referral NFA?", r.getOutcome() == null ? null : nfa.of(r.getOutcome() == ReferralOutcome.NFA));
                    row.put("Number of Referrals in Last 12 Months", count(referralsBefore(c, r.getDate())));
                    sheet.row(row);
                }
            }
            rows.put(3, sheet.rows);
        }

        void list4(List<Child> children, Map<Integer, Integer> rows) {
            Sheet sheet = new Sheet(4, "List 4 - Assessments", "Assessments in the last six months", common(true, true),
                    "Continuous Assessment Start Date", "Child Seen During Continuous Assessment",
                    "Continuous Assessment Date of Authorisation");
            YesNo seen = yesNoStyle();
            for (Child c : children) {
                for (Assessment a : sorted(c.getAssessments(), Assessment::getStart)) {
                    LocalDate completed = endAsAt(a.getCompleted());
                    if (a.getStart() == null || a.getStart().isAfter(asAt)
                            || !(completed == null || inList(completed) || inList(a.getStart()))) {
                        continue;
                    }
                    Map<String, Object> row = allocation(c, demographics(c));
                    row.put("Continuous Assessment Start Date", a.getStart());
                    row.put("Child Seen During Continuous Assessment", a.getChildSeen() == null ? null : seen.of(a.getChildSeen()));
                    row.put("Continuous Assessment Date of Authorisation", completed);
                    sheet.row(row);
                }
            }
            rows.put(4, sheet.rows);
        }

        void list5(List<Child> children, Map<Integer, Integer> rows) {
            Sheet sheet = new Sheet(5, "List 5 - S47 & ICPC", "Section 47 enquiries in the last six months",
                    common(true, true), "Strategy discussion initiating Section 47 Enquiry Start Date",
                    "Was an Initial Child Protection Conference deemed unnecessary?",
                    "Date of Initial Child Protection Conference",
                    "Did the Initial Child Protection Conference Result in a Child Protection Plan");
            for (Child c : children) {
                for (S47Enquiry s : sorted(c.getS47Enquiries(), S47Enquiry::getStrategyDiscussion)) {
                    if (!inList(s.getStrategyDiscussion())) {
                        continue;
                    }
                    LocalDate conference = conferenceOf(c, s);
                    Map<String, Object> row = allocation(c, demographics(c));
                    row.put("Strategy discussion initiating Section 47 Enquiry Start Date", s.getStrategyDiscussion());
                    row.put("Was an Initial Child Protection Conference deemed unnecessary?", conference == null ? "Yes" : "No");
                    row.put("Date of Initial Child Protection Conference", conference);
                    row.put("Did the Initial Child Protection Conference Result in a Child Protection Plan",
                            conference == null ? null : "Yes");
                    sheet.row(row);
                }
            }
            rows.put(5, sheet.rows);
        }

        void list7(List<Child> children, Map<Integer, Integer> rows) {
            Sheet sheet = new Sheet(7, "List 7 - Child Protection", "Children subject to a child protection plan"
                    + " in the last six months", common(true, true), "Child Protection Plan Start Date",
                    "Initial Category of Abuse", "Latest Category of Abuse", "Date of the Last Statutory Visit",
                    "Was the Child Seen Alone?", "Date of latest review conference", "Child Protection Plan End Date",
                    "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
                    "Number of Previous Child Protection Plans");
            YesNo alone = yesNoStyle();
            boolean codes = chance(0.5);
            for (Child c : children) {
                for (ProtectionPlan p : sorted(c.getProtectionPlans(), ProtectionPlan::getStart)) {
                    if (!openInList(p.getStart(), endAsAt(p.getEnd()))) {
                        continue;
                    }
                    LocalDate last = lastDay(p.getEnd());
                    Visit visit = latestSeenVisit(p.getVisits(), last);
                    Map<String, Object> row = allocation(c, demographics(c));
                    row.put("Child Protection Plan Start Date", p.getStart());
                    String category = p.getCategory() == null ? null
                            : codes ? categoryCode(p.getCategory()) : categoryLabel(p.getCategory());
                    // some systems fill the latest category only when it has changed since the start
                    boolean latestBlank = chance(0.2);
                    row.put("Initial Category of Abuse", category);
                    row.put("Latest Category of Abuse", latestBlank ? null : category);
                    row.put("Date of the Last Statutory Visit", visit == null ? null : visit.getDate());
                    row.put("Was the Child Seen Alone?", visit == null || visit.getSeenAlone() == null ? null
                            : alone.of(visit.getSeenAlone()));
                    row.put("Date of latest review conference", latestUpTo(p.getReviewConferences(), last));
                    row.put("Child Protection Plan End Date", endAsAt(p.getEnd()));
                    row.put("Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)", "N");
                    row.put("Number of Previous Child Protection Plans", count(previousPlans(c, p)));
                    sheet.row(row);
                }
            }
            rows.put(7, sheet.rows);
        }

        void list8(List<Child> children, Map<Integer, Integer> rows) {
            String legalColumn = pick("Child's Legal Status", "Child\u2019s Legal Status", "Legal Status");
            Sheet sheet = new Sheet(8, "List\u00a08 - Children in Care", "Children in care in the last six months",
                    common(true, true), "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)",
                    "Date Started to be Looked After", "Child's Category of Need", legalColumn,
                    "Date of Latest Statutory Review", "Date of Last Social Work Visit", "Date of Last Health Assessment",
                    "Date of Last Dental Check", "Number of Placements in the Last 12 months",
                    "Date Ceased to be Looked After", "Start Date of Most Recent Placement", "Placement Type",
                    "Placement Provider", "URN of Placement", "Placement postcode");
            for (Child c : children) {
                for (CareEpisode e : sorted(c.getCareEpisodes(), CareEpisode::getStart)) {
                    LocalDate end = endAsAt(e.getEnd());
                    if (!openInList(e.getStart(), end)) {
                        continue;
                    }
                    LocalDate last = lastDay(e.getEnd());
                    Placement placement = mostRecentPlacement(e, last);
                    Map<String, Object> row = allocation(c, demographics(c));
                    row.put("Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)",
                            Boolean.TRUE.equals(c.getUnaccompaniedAsylumSeeking()) ? "Y" : "N");
                    row.put("Date Started to be Looked After", e.getStart());
                    row.put("Child's Category of Need", pick("N1", "N2", "N4", "N5"));
                    row.put(legalColumn, e.getLegalStatus() == null ? null : legalStatusLabel(e.getLegalStatus()));
                    row.put("Date of Latest Statutory Review", latestUpTo(
                            e.getReviews().stream().map(Review::getDate).toList(), last));
                    row.put("Date of Last Social Work Visit", latestUpTo(
                            e.getVisits().stream().map(Visit::getDate).toList(), last));
                    row.put("Date of Last Health Assessment", latestUpTo(
                            e.getHealthAssessments().stream().map(HealthAssessment::getDate).toList(), last));
                    row.put("Date of Last Dental Check", e.getDentalCheck() == null || e.getDentalCheck().isAfter(last)
                            ? null : e.getDentalCheck());
                    row.put("Number of Placements in the Last 12 months", count(placementsInLastYear(e)));
                    row.put("Date Ceased to be Looked After", end);
                    if (placement != null) {
                        String code = placementCode(placement);
                        row.put("Start Date of Most Recent Placement", placement.getStart());
                        row.put("Placement Type", code == null ? null : placementLabel(code));
                        row.put("Placement Provider", placement.getProvider() == null ? null : providerLabel(placement.getProvider()));
                        row.put("URN of Placement", urn(placement.getProviderUrn()));
                        row.put("Placement postcode", "NX" + (1 + rng.nextInt(9)) + " " + (1 + rng.nextInt(9)) + "ZZ");
                    }
                    sheet.row(row);
                }
            }
            rows.put(8, sheet.rows);
        }

        void list9(List<Child> children, Map<Integer, Integer> rows) {
            Sheet sheet = new Sheet(9, "List 9 - Care Leavers", "Care leavers", common(true, true),
                    "Allocated Personal Advisor", "Eligibility Category", "Latest Pathway Plan Review Date", "LA in Touch",
                    "Latest Date of Contact", "Type of Accommodation", "Suitability of Accommodation", "Activity Status");
            boolean numericSuitability = chance(0.5);
            for (Child c : children) {
                CareLeaver leaver = c.getCareLeaver();
                if (leaver == null) {
                    continue;
                }
                Map<String, Object> row = allocation(c, demographics(c));
                String worker = c.getAllocatedWorker();
                if (worker != null) {
                    // the personal advisor is often the only worker named for a care leaver
                    row.put("Allocated Personal Advisor", name(worker));
                    if (chance(0.4)) {
                        row.put("Allocated Worker", blank());
                    }
                }
                row.put("Eligibility Category", leaver.getStatus() == null ? null : eligibilityLabel(leaver.getStatus()));
                row.put("Latest Pathway Plan Review Date", leaver.getPathwayPlan() == null ? null
                        : latestUpTo(leaver.getPathwayPlan().getReviews(), asAt));
                row.put("LA in Touch", leaver.getInTouch() == null ? null : leaver.getInTouch() ? pick("Yes", "YES", "In touch")
                        : pick("No", "NO", "Not in touch"));
                row.put("Latest Date of Contact", asAt.minusDays(rng.nextInt(60)));
                row.put("Type of Accommodation", pick("Independent living", "Supported lodgings", "With parents or relatives"));
                row.put("Suitability of Accommodation", leaver.getAccommodationSuitable() == null ? null
                        : numericSuitability ? (leaver.getAccommodationSuitable() ? "1" : "2")
                        : leaver.getAccommodationSuitable() ? "Suitable" : "Not suitable");
                row.put("Activity Status", leaver.getInEducationEmploymentOrTraining() == null ? null
                        : leaver.getInEducationEmploymentOrTraining() ? pick("F1", "F2", "P1", "P2") : pick("G4", "G5", "G6"));
                sheet.row(row);
            }
            rows.put(9, sheet.rows);
        }

        // -------------------------------------------------------------- cells every list carries

        /** The columns of a list's child, by the header this sheet uses for each. */
        private List<String> common(boolean disability, boolean allocation) {
            List<String> h = new ArrayList<>(List.of("Child Unique ID", "Gender", "Ethnicity", "Date of Birth",
                    pick("Age", "Age of Child (Years)")));
            if (disability) {
                h.add("Does the Child have a Disability");
            }
            if (allocation) {
                h.add(chance(0.3) ? "Allocated\u00a0Team" : "Allocated Team");
                h.add("Allocated Worker");
            }
            return h;
        }

        private Map<String, Object> demographics(Child c) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("Child Unique ID", idCell(c.getId()));
            row.put("Gender", c.getGender() == null ? null : genderLabel(c.getGender()));
            row.put("Ethnicity", c.getEthnicity() == null ? null : ethnicityLabel(c.getEthnicity()));
            row.put("Date of Birth", c.getDateOfBirth());
            int age = c.ageOn(asAt);
            row.put("Age", age < 0 ? null : age);
            row.put("Age of Child (Years)", age < 0 ? null : age);
            row.put("Does the Child have a Disability", c.getDisability() == null ? null
                    : c.getDisability() ? pick("a) Yes", "Yes", "Y") : pick("b) No", "No", "N"));
            return row;
        }

        private Map<String, Object> allocation(Child c, Map<String, Object> row) {
            String team = teamOf.apply(c);
            row.put("Allocated Team", team == null ? null : chance(0.2) ? team + "\u00a0" : team);
            row.put("Allocated\u00a0Team", row.get("Allocated Team"));
            row.put("Allocated Worker", c.getAllocatedWorker() == null ? null : name(c.getAllocatedWorker()));
            return row;
        }

        /** The worker's invented name, as case management systems print it: case and spacing vary. */
        private String name(String workerId) {
            String name = names.get(workerId);
            double x = rng.nextDouble();
            return x < 0.1 ? name.toUpperCase(Locale.ROOT) : x < 0.2 ? " " + name + "\u00a0" : name;
        }

        /** A numeric id is a number cell, as exports from systems with numeric ids leave it. */
        private Object idCell(String id) {
            return id.matches("[1-9]\\d{0,14}") ? (Object) Long.valueOf(id) : id;
        }

        private Object count(int n) {
            return chance(0.15) ? Integer.toString(n) : (Object) n;
        }

        private Object urn(String urn) {
            if (urn == null) {
                return null;
            }
            return urn.matches("[1-9]\\d{0,14}") && chance(0.5) ? (Object) Long.valueOf(urn) : urn;
        }

        /** An unknown written as exports do: mostly blank, sometimes {@code #N/A}. */
        private Object blank() {
            return chance(0.3) ? "#N/A" : null;
        }

        private YesNo yesNoStyle() {
            return pick(YesNo.LETTERED, YesNo.WORDS, YesNo.LETTERS, YesNo.BOOLEANS);
        }

        private String genderLabel(Gender g) {
            return switch (g) {
                case MALE -> pick("a) Male", "M", "Male");
                case FEMALE -> pick("b) Female", "F", "Female");
                case UNKNOWN -> pick("c) Not stated/recorded", "U");
                case OTHER -> pick("d) Neither", "9");
            };
        }

        private String ethnicityLabel(String code) {
            int i = ETHNICITY_ORDER.indexOf(code);
            return i < 0 || chance(0.3) ? code : letter(i) + code;
        }

        private String referralSourceLabel(ReferralSource s) {
            return switch (s) {
                case POLICE -> pick("q) 6: Police", "6: Police", "6");
                case HEALTH -> pick("f) 3A: Health services - GP", "3B: Health services - Health visitor",
                        "3E: Health services - A&E");
                case SCHOOL -> pick("d) 2A: Schools", "2A");
                case LA -> pick("m) 5A: LA services - Social care", "5B: LA services - Education services");
                case SELF -> pick("c) 1C: Self", "1C");
                case OTHER -> pick("a) 1A: Individual - Family member", "r) 9: Other legal agency", "4: Housing");
            };
        }

        private String legalStatusLabel(String code) {
            return switch (code) {
                case "C1" -> pick("C1: Interim care order", "C1");
                case "C2" -> pick("C2: FCO", "C2: Full care order", "C2");
                case "V2" -> pick("V2: Single period of accommodation under section 20", "V2");
                case "E1" -> pick("E1: Placement order granted", "E1");
                default -> code;
            };
        }

        private String placementLabel(String code) {
            String label = switch (code) {
                case "U1" -> "U1: Foster placement with relative or friend - long term fostering";
                case "U3" -> "U3: Foster placement with relative or friend - not FFA";
                case "U4" -> "U4: Foster placement - long term fostering";
                case "U6" -> "U6: Foster placement - not FFA";
                case "A5" -> "A5: Placed for adoption with placement order - not with current foster carer";
                case "K1" -> "K1: Secure children's home";
                case "K2" -> "K2: Children's home";
                case "P2" -> "P2: Independent living";
                case "P1" -> "P1: Placed with own parents";
                default -> code;
            };
            double x = rng.nextDouble();
            return x < 0.5 ? (char) ('a' + Math.abs(code.hashCode()) % 20) + ") " + label : x < 0.8 ? label : code;
        }

        private String providerLabel(ProviderKind p) {
            return switch (p) {
                case IN_HOUSE -> pick("a) PR1 - Own provision", "PR1");
                case INDEPENDENT -> pick("e) PR4 - Private provision", "PR2 - Other LA provision",
                        "f) PR5 - Voluntary/third sector provision", "PR4");
            };
        }

        private String eligibilityLabel(CareLeaverStatus s) {
            return switch (s) {
                case RELEVANT -> pick("Relevant", "Relevant child");
                case FORMER_RELEVANT -> pick("Former relevant", "Former relevant young person");
                case ELIGIBLE -> pick("Eligible", "Eligible child");
                case QUALIFYING -> pick("Qualifying", "Qualifying care leaver");
            };
        }

        /** A list's sheet: title rows, its header, then its rows; each date column keeps one style. */
        private final class Sheet {
            final Worksheet ws;
            final List<String> headers = new ArrayList<>();
            final Map<String, DateStyle> dateStyles = new LinkedHashMap<>();
            int next;
            int rows;

            Sheet(int list, String name, String title, List<String> common, String... own) {
                ws = wb.newWorksheet(name);
                int titles = rng.nextInt(3);
                if (titles >= 1) {
                    ws.value(next++, 0, authorityName);
                }
                if (titles >= 2) {
                    ws.value(next++, 0, "List " + list + ": " + title + ", as at " + DMY.format(asAt));
                    next++; // a blank row under the titles
                }
                headers.addAll(common);
                headers.addAll(List.of(own));
                for (int i = 0; i < headers.size(); i++) {
                    ws.value(next, i, headers.get(i));
                    ws.style(next, i).bold().set();
                }
                next++;
            }

            void row(Map<String, Object> values) {
                for (int i = 0; i < headers.size(); i++) {
                    String header = headers.get(i);
                    Object value = values.get(header);
                    put(next, i, header, value == null && values.containsKey(header) ? blank() : value);
                }
                next++;
                rows++;
            }

            private void put(int r, int c, String header, Object value) {
                if (value == null) {
                    return;
                }
                if (value instanceof LocalDate d) {
                    DateStyle style = dateStyles.computeIfAbsent(header, h -> pick(DateStyle.values()));
                    switch (style) {
                        case DMY_CELL -> date(r, c, d, "dd/mm/yyyy");
                        case LONG_CELL -> date(r, c, d, "d mmm yyyy");
                        case ISO_CELL -> date(r, c, d, "yyyy-mm-dd");
                        case DMY_TEXT -> ws.value(r, c, DMY.format(d));
                        case ISO_TEXT -> ws.value(r, c, d.toString());
                    }
                } else if (value instanceof Number n) {
                    ws.value(r, c, n);
                } else if (value instanceof Boolean b) {
                    ws.value(r, c, b);
                } else {
                    String text = value.toString();
                    // a stray non-breaking space after a value, as copied from a web form
                    ws.value(r, c, !text.startsWith("#") && chance(0.05) ? text + "\u00a0" : text);
                }
            }

            private void date(int r, int c, LocalDate d, String format) {
                ws.value(r, c, d);
                ws.style(r, c).format(format).set();
            }
        }
    }

    /** The ways exports write yes and no. */
    private enum YesNo {
        LETTERED("a) Yes", "b) No"), WORDS("Yes", "No"), LETTERS("Y", "N"), BOOLEANS(Boolean.TRUE, Boolean.FALSE);

        private final Object yes;
        private final Object no;

        YesNo(Object yes, Object no) {
            this.yes = yes;
            this.no = no;
        }

        Object of(boolean value) {
            return value ? yes : no;
        }
    }

    // ------------------------------------------------------------------ facts the lists carry

    private static <T> List<T> sorted(List<T> records, Function<T, LocalDate> dateOf) {
        List<T> out = new ArrayList<>(records);
        out.sort((a, b) -> {
            LocalDate x = dateOf.apply(a);
            LocalDate y = dateOf.apply(b);
            return x == null ? (y == null ? 0 : -1) : y == null ? 1 : x.compareTo(y);
        });
        return out;
    }

    /** The child's other referrals in the 12 months before this one: Annex A's count leaves the referral itself out. */
    private static int referralsBefore(Child c, LocalDate date) {
        int n = 0;
        for (Referral r : c.getReferrals()) {
            if (r.getDate() != null && r.getDate().isBefore(date) && !r.getDate().isBefore(date.minusMonths(12))) {
                n++;
            }
        }
        return n;
    }

    /** The initial conference an enquiry led to: that of the plan whose conference names its strategy discussion. */
    private LocalDate conferenceOf(Child c, S47Enquiry s) {
        for (ProtectionPlan p : c.getProtectionPlans()) {
            if (p.getIcpc() != null && s.getStrategyDiscussion().equals(p.getIcpc().getStrategyDiscussion())) {
                LocalDate date = p.getIcpc().getDate() != null ? p.getIcpc().getDate() : p.getStart();
                return date == null || date.isAfter(asAt) ? null : date;
            }
        }
        return null;
    }

    /** The latest visit at which the child was seen, up to {@code last}: a statutory visit is one where the child is seen. */
    private static Visit latestSeenVisit(List<Visit> visits, LocalDate last) {
        Visit found = null;
        for (Visit v : visits) {
            if (v.getDate() != null && !Boolean.FALSE.equals(v.getSeen()) && !v.getDate().isAfter(last)
                    && (found == null || v.getDate().isAfter(found.getDate()))) {
                found = v;
            }
        }
        return found;
    }

    /** The plan's own count when it has one, else the child's plans that started before it. */
    private static int previousPlans(Child c, ProtectionPlan plan) {
        if (plan.getPreviousPlans() != null) {
            return plan.getPreviousPlans();
        }
        int n = 0;
        for (ProtectionPlan p : c.getProtectionPlans()) {
            if (p.getStart() != null && p.getStart().isBefore(plan.getStart())) {
                n++;
            }
        }
        return n;
    }

    private static Placement mostRecentPlacement(CareEpisode e, LocalDate last) {
        Placement found = null;
        for (Placement p : e.getPlacements()) {
            if (p.getStart() != null && !p.getStart().isAfter(last)
                    && (found == null || p.getStart().isAfter(found.getStart()))) {
                found = p;
            }
        }
        return found;
    }

    /** The episode's placements open at any time in the 12 months to asAt (the episode's own count when given). */
    private int placementsInLastYear(CareEpisode e) {
        if (e.getPlacementsInLast12Months() != null) {
            return e.getPlacementsInLast12Months();
        }
        LocalDate from = asAt.minusMonths(12);
        int n = 0;
        for (Placement p : e.getPlacements()) {
            if (p.getStart() != null && !p.getStart().isAfter(asAt) && (p.getEnd() == null || !p.getEnd().isBefore(from))) {
                n++;
            }
        }
        return n;
    }

    private static String categoryLabel(PlanCategory c) {
        return switch (c) {
            case NEGLECT -> "Neglect";
            case PHYSICAL -> "Physical abuse";
            case EMOTIONAL -> "Emotional abuse";
            case SEXUAL -> "Sexual abuse";
            case MULTIPLE -> "Multiple";
        };
    }

    private static String categoryCode(PlanCategory c) {
        return switch (c) {
            case NEGLECT -> "NEG";
            case PHYSICAL -> "PHY";
            case EMOTIONAL -> "EMO";
            case SEXUAL -> "SAB";
            case MULTIPLE -> "MUL";
        };
    }

    /** {@code a) }, {@code b) }, ... {@code z) }, {@code aa) }: the letters Annex A's drop-downs put before a choice. */
    private static String letter(int i) {
        String l = i < 26 ? String.valueOf((char) ('a' + i)) : "a" + (char) ('a' + i - 26);
        return l + ") ";
    }

    // ------------------------------------------------------------------ command line

    /**
     * Writes a self-assessment's children as an Annex A workbook as of its {@code asAt}:
     * {@code AnnexAWriter SELF-ASSESSMENT OUT.xlsx [SEED]}. A child's team is the name of the
     * children file it came from ({@code children/safeguarding-01.yaml}), as the generator lays
     * authorities out.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: AnnexAWriter SELF-ASSESSMENT OUT.xlsx [SEED]");
            System.exit(2);
        }
        SelfAssessmentLoader.Loaded loaded = SelfAssessmentLoader.loadAll(Path.of(args[0]), LoadOptions.strict());
        if (!loaded.result().ok()) {
            loaded.result().errors().forEach(e -> System.err.println(e));
            System.exit(1);
        }
        var assessment = loaded.result().assessment();
        long seed = args.length == 3 ? Long.parseLong(args[2]) : 1;
        Written w = new AnnexAWriter(assessment.getAuthority().getName(), assessment.getAsAt(), seed)
                .teams(AnnexAWriter::teamOfFile)
                .write(loaded.children(), Path.of(args[1]));
        System.err.println("wrote " + w.file() + ": rows by list " + w.rows());
    }

    /** {@code children/safeguarding-01.yaml} → {@code safeguarding-01}; null for a child of a single-file self-assessment. */
    public static String teamOfFile(Child child) {
        String file = child.sourceFile();
        if (file == null) {
            return null;
        }
        String name = Path.of(file).getFileName().toString();
        Path parent = Path.of(file).getParent();
        if (parent == null || !parent.getFileName().toString().equals("children")) {
            return null;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
