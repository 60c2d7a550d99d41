package org.childcare.compliance.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.childcare.compliance.calendar.WorkingCalendar;
import org.childcare.compliance.check.CheckRequest;
import org.childcare.compliance.check.CheckResult;
import org.childcare.compliance.check.Checker;
import org.childcare.compliance.generate.DocumentWriter.Format;
import org.childcare.compliance.grading.GateOptions;
import org.childcare.compliance.load.SelfAssessmentLoader.Loaded;
import org.childcare.compliance.model.Assessment;
import org.childcare.compliance.model.CareEpisode;
import org.childcare.compliance.model.CareLeaver;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.HealthAssessment;
import org.childcare.compliance.model.Placement;
import org.childcare.compliance.model.ProtectionPlan;
import org.childcare.compliance.model.Referral;
import org.childcare.compliance.model.ReferralOutcome;
import org.childcare.compliance.model.Review;
import org.childcare.compliance.model.S47Enquiry;
import org.childcare.compliance.model.Visit;
import org.childcare.compliance.report.CriterionResult;
import org.childcare.compliance.report.Report;
import org.childcare.compliance.source.annexa.Pseudonyms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Annex A reader's round trip (sources.md §3 and §5): a generated authority written as an Annex A
 * workbook as of its asAt, checked beside its YAML header, gives criterion by criterion what checking
 * the YAML the workbook represents gives. That YAML is built here, independently of the reader, from
 * the generated children: for each list the records Annex A carries on asAt, each latest-only list a
 * list of one entry known from that entry's date, each worker the pseudonym of the name the workbook
 * gives them.
 */
class AnnexARoundTripTest {
    /**
     * An authority inspected on a Friday in the middle of its year (ILACS, single assessments), and
     * one whose lists are run on its last day (SLAC, initial and core assessments).
     */
    record Authority(long seed, LocalDate periodStart, LocalDate asAt, String framework) {
        @Override
        public String toString() {
            return framework + " as at " + asAt;
        }
    }

    static final Authority MID_YEAR = new Authority(23, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 11, 29), "ilacs-2023");
    static final Authority YEAR_END = new Authority(7, LocalDate.of(2010, 4, 1), LocalDate.of(2011, 3, 31), "slac-2009");

    static List<Authority> authorities() {
        return List.of(MID_YEAR, YEAR_END);
    }

    private LocalDate periodStart;
    private LocalDate asAt;
    /** Lists 3, 4, 5, 7 and 8 reach six months back. */
    private LocalDate listsFrom;

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path tmp;

    private Path generated;
    private List<Child> children;
    private Path key;
    private Pseudonyms pseudonyms;

    void generate(Authority authority) throws IOException {
        periodStart = authority.periodStart();
        asAt = authority.asAt();
        listsFrom = asAt.minusMonths(6);
        generated = tmp.resolve("generated");
        GeneratorSettings settings = GeneratorSettings.builder().seed(authority.seed()).children(600)
                .period(periodStart, periodStart.plusYears(1).minusDays(1)).asAt(asAt).framework(authority.framework())
                .authority("Synthetic Borough Council", "998")
                // breaches of the history-based criteria, some with long gaps, so that the latest events differ
                .rate("CP-03", 0.6).rate("LAC-01", 0.6).rate("LAC-03", 0.7).rate("HLT-02", 0.7).rate("CL-01", 0.6)
                .severeShare(0.5).build();
        new Generator(settings).writeDirectory(generated, Format.YAML, 0);
        Loaded loaded = TestLoading.load(generated);
        assertTrue(loaded.result().ok(), () -> "the generated authority does not load: " + loaded.result().errors());
        children = loaded.children();
        // every other child gets a numeric id, as systems with numeric ids export them (a number cell)
        for (int i = 0; i < children.size(); i += 2) {
            Child c = children.get(i);
            c.setId("9" + c.getId().substring(1));
        }
        key = tmp.resolve("keys").resolve("pseudonym.key");
        pseudonyms = Pseudonyms.open(key);
    }

    @ParameterizedTest
    @MethodSource("authorities")
    void checkingTheWorkbookGivesWhatCheckingTheYamlItRepresentsGives(Authority authority) throws Exception {
        generate(authority);
        Path workbookDir = Files.createDirectories(tmp.resolve("workbook"));
        Files.copy(generated.resolve("authority.yaml"), workbookDir.resolve("authority.yaml"));
        AnnexAWriter.Written written = new AnnexAWriter("Synthetic Borough Council", asAt, authority.seed() + 5)
                .teams(AnnexAWriter::teamOfFile)
                .write(children, workbookDir.resolve("Synthetic Annex A 2024-11.xlsx"));
        for (int list : List.of(3, 4, 5, 7, 8, 9)) {
            assertTrue(written.rows().get(list) > 5, () -> "list " + list + " has only " + written.rows().get(list) + " rows");
        }

        Path yamlDir = Files.createDirectories(tmp.resolve("yaml").resolve("children"));
        Files.copy(generated.resolve("authority.yaml"), yamlDir.getParent().resolve("authority.yaml"));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("children", represented(written.workerNames()));
        YAML.writeValue(yamlDir.resolve("annex-a.yaml").toFile(), document);

        CheckResult fromWorkbook = new Checker().check(CheckRequest.of(workbookDir).withPseudonymKey(key), GateOptions.defaults());
        assertTrue(fromWorkbook.evaluated().load().ok(), () -> "the workbook does not read: " + fromWorkbook.evaluated().load().errors());
        CheckResult fromYaml = new Checker().check(CheckRequest.of(yamlDir.getParent()).withPseudonymKey(key), GateOptions.defaults());
        assertTrue(fromYaml.evaluated().load().ok(), () -> "the represented YAML does not load: " + fromYaml.evaluated().load().errors());

        assertEquals(figures(fromYaml.report()), figures(fromWorkbook.report()), "criterion by criterion");
        assertEquals(fromYaml.report().records().evaluated(), fromWorkbook.report().records().evaluated());
    }

    @Test
    void cp03FromTheWorkbookIsTheCountOfPlansVisitedWithinTenWorkingDaysOfAsAt() throws Exception {
        generate(MID_YEAR);
        Path workbookDir = Files.createDirectories(tmp.resolve("workbook"));
        Files.copy(generated.resolve("authority.yaml"), workbookDir.resolve("authority.yaml"));
        new AnnexAWriter("Synthetic Borough Council", asAt, 9).write(children, workbookDir.resolve("annex_a.xlsx"));

        WorkingCalendar calendar = WorkingCalendar.englandAndWales();
        int plans = 0;
        int visitedInTime = 0;
        for (Child child : children) {
            for (ProtectionPlan p : child.getProtectionPlans()) {
                LocalDate end = knownEnd(p.getEnd());
                if (p.getStart().isAfter(asAt) || end != null && end.isBefore(listsFrom)) {
                    continue; // not on list 7 on asAt
                }
                if (end != null && end.isBefore(periodStart)) {
                    continue; // not open in the window
                }
                plans++;
                LocalDate stop = end == null ? asAt : end;
                LocalDate latestSeen = null;
                for (Visit v : p.getVisits()) {
                    if (!Boolean.FALSE.equals(v.getSeen()) && !v.getDate().isAfter(stop)
                            && (latestSeen == null || v.getDate().isAfter(latestSeen))) {
                        latestSeen = v.getDate();
                    }
                }
                if (latestSeen != null && calendar.workingDaysBetween(latestSeen, stop) <= 10) {
                    visitedInTime++;
                }
            }
        }
        CheckResult result = new Checker().check(CheckRequest.of(workbookDir).withPseudonymKey(key), GateOptions.defaults());
        assertTrue(result.evaluated().load().ok(), () -> result.evaluated().load().errors().toString());
        CriterionResult cp03 = result.report().criteria().stream().filter(c -> c.id().equals("CP-03")).findFirst().orElseThrow();
        assertTrue(plans > 20, "enough plans to mean something: " + plans);
        assertEquals(plans, cp03.population() + cp03.notYetDue());
        assertEquals(visitedInTime, cp03.met());
        assertTrue(visitedInTime < plans, "some plans are overdue, so the count tells met from breached");
    }

    // ------------------------------------------------------------------ the YAML the workbook represents

    private LocalDate knownEnd(LocalDate end) {
        return end == null || end.isAfter(asAt) ? null : end;
    }

    private boolean inLists(LocalDate d) {
        return d != null && !d.isBefore(listsFrom) && !d.isAfter(asAt);
    }

    private static LocalDate latestUpTo(List<LocalDate> dates, LocalDate last) {
        return dates.stream().filter(d -> d != null && !d.isAfter(last)).max(LocalDate::compareTo).orElse(null);
    }

    /** A latest-only list: one entry, known from its date; or none, and complete. */
    private static List<Object> one(Object entry) {
        List<Object> list = new ArrayList<>();
        if (entry != null) {
            list.add(entry);
        }
        return list;
    }

    private static Map<String, Object> node() {
        return new LinkedHashMap<>();
    }

    private static void put(Map<String, Object> node, String key, Object value) {
        if (value != null) {
            node.put(key, value instanceof LocalDate d ? d.toString() : value);
        }
    }

    /** Each child Annex A lists in lists 3, 4, 5, 7, 8 or 9, as format v1 YAML, in id order. */
    private List<Map<String, Object>> represented(Map<String, String> workerNames) {
        Map<String, Map<String, Object>> out = new TreeMap<>();
        for (Child c : children) {
            String worker = c.getAllocatedWorker() == null ? null : pseudonyms.workerId(workerNames.get(c.getAllocatedWorker()));
            String id = c.getId();

            Map<LocalDate, Map<String, Object>> referrals = new TreeMap<>();
            for (Referral r : c.getReferrals()) {
                if (!inLists(r.getDate())) {
                    continue;
                }
                Map<String, Object> n = node();
                put(n, "id", id + "/referral/" + r.getDate());
                put(n, "date", r.getDate());
                put(n, "source", r.getSource() == null ? null : r.getSource().code());
                put(n, "outcome", r.getOutcome() == ReferralOutcome.NFA ? "nfa" : null);
                long earlier = c.getReferrals().stream().filter(o -> o.getDate().isBefore(r.getDate())
                        && !o.getDate().isBefore(r.getDate().minusMonths(12))).count();
                put(n, "rereferralWithin12Months", earlier >= 1);
                referrals.put(r.getDate(), n);
            }

            Map<LocalDate, Map<String, Object>> assessments = new TreeMap<>();
            for (Assessment a : c.getAssessments()) {
                LocalDate completed = knownEnd(a.getCompleted());
                if (a.getStart().isAfter(asAt) || completed != null && !inLists(completed) && !inLists(a.getStart())) {
                    continue;
                }
                Map<String, Object> n = node();
                put(n, "id", id + "/assessment/" + a.getStart());
                put(n, "type", "single");
                put(n, "start", a.getStart());
                put(n, "completed", completed);
                put(n, "undertakenBy", worker); // list 4 names the child's allocated worker
                put(n, "childSeen", a.getChildSeen());
                assessments.put(a.getStart(), n);
            }

            Map<LocalDate, Map<String, Object>> enquiries = new TreeMap<>();
            Map<LocalDate, LocalDate> conferences = new TreeMap<>(); // conference date -> strategy discussion
            for (S47Enquiry s : c.getS47Enquiries()) {
                if (!inLists(s.getStrategyDiscussion())) {
                    continue;
                }
                LocalDate conference = null;
                for (ProtectionPlan p : c.getProtectionPlans()) {
                    if (p.getIcpc() != null && s.getStrategyDiscussion().equals(p.getIcpc().getStrategyDiscussion())) {
                        conference = p.getIcpc().getDate() == null ? p.getStart() : p.getIcpc().getDate();
                        break;
                    }
                }
                if (conference != null && conference.isAfter(asAt)) {
                    conference = null;
                }
                Map<String, Object> n = node();
                put(n, "id", id + "/s47/" + s.getStrategyDiscussion());
                put(n, "strategyDiscussion", s.getStrategyDiscussion());
                put(n, "outcome", conference == null ? null : "icpc");
                enquiries.put(s.getStrategyDiscussion(), n);
                if (conference != null) {
                    conferences.put(conference, s.getStrategyDiscussion());
                }
            }

            Map<LocalDate, Map<String, Object>> plans = new TreeMap<>();
            for (ProtectionPlan p : c.getProtectionPlans()) {
                LocalDate end = knownEnd(p.getEnd());
                if (p.getStart().isAfter(asAt) || end != null && end.isBefore(listsFrom)) {
                    continue;
                }
                LocalDate last = end == null ? asAt : end;
                Visit latest = null;
                for (Visit v : p.getVisits()) {
                    if (!Boolean.FALSE.equals(v.getSeen()) && !v.getDate().isAfter(last)
                            && (latest == null || v.getDate().isAfter(latest.getDate()))) {
                        latest = v;
                    }
                }
                LocalDate conference = latestUpTo(p.getReviewConferences(), last);
                Map<String, Object> n = node();
                put(n, "id", id + "/plan/" + p.getStart());
                put(n, "category", p.getCategory().code());
                if (conferences.containsKey(p.getStart())) {
                    Map<String, Object> icpc = node();
                    put(icpc, "date", p.getStart());
                    put(icpc, "strategyDiscussion", conferences.get(p.getStart()));
                    n.put("icpc", icpc);
                }
                put(n, "start", p.getStart());
                put(n, "end", end);
                Map<String, Object> visit = null;
                if (latest != null) {
                    visit = node();
                    put(visit, "date", latest.getDate());
                    put(visit, "seen", true);
                    put(visit, "seenAlone", latest.getSeenAlone());
                }
                n.put("visits", one(visit));
                n.put("reviewConferences", one(conference == null ? null : conference.toString()));
                put(n, "previousPlans", c.getProtectionPlans().stream().filter(o -> o.getStart().isBefore(p.getStart())).count());
                Map<String, Object> known = node();
                put(known, "visits", latest == null ? null : latest.getDate());
                put(known, "reviewConferences", conference);
                if (!known.isEmpty()) {
                    n.put("knownFrom", known);
                }
                plans.put(p.getStart(), n);
            }

            Map<LocalDate, Map<String, Object>> episodes = new TreeMap<>();
            for (CareEpisode e : c.getCareEpisodes()) {
                LocalDate end = knownEnd(e.getEnd());
                if (e.getStart().isAfter(asAt) || end != null && end.isBefore(listsFrom)) {
                    continue;
                }
                LocalDate last = end == null ? asAt : end;
                Placement recent = e.getPlacements().stream().filter(p -> !p.getStart().isAfter(last))
                        .max((a, b) -> a.getStart().compareTo(b.getStart())).orElse(null);
                LocalDate visit = latestUpTo(e.getVisits().stream().map(Visit::getDate).toList(), last);
                LocalDate review = latestUpTo(e.getReviews().stream().map(Review::getDate).toList(), last);
                LocalDate health = latestUpTo(e.getHealthAssessments().stream().map(HealthAssessment::getDate).toList(), last);
                LocalDate yearAgo = asAt.minusMonths(12);
                long placementsInYear = e.getPlacements().stream().filter(p -> !p.getStart().isAfter(asAt)
                        && (p.getEnd() == null || !p.getEnd().isBefore(yearAgo))).count();

                Map<String, Object> n = node();
                put(n, "id", id + "/episode/" + e.getStart());
                put(n, "start", e.getStart());
                put(n, "end", end);
                put(n, "legalStatus", e.getLegalStatus());
                Map<String, Object> placement = null;
                if (recent != null) {
                    placement = node();
                    put(placement, "start", recent.getStart());
                    put(placement, "end", end);
                    put(placement, "type", recent.getType().code());
                    put(placement, "longTerm", Boolean.TRUE.equals(recent.getLongTerm()));
                    put(placement, "provider", recent.getProvider() == null ? null : recent.getProvider().code());
                    put(placement, "code", AnnexAWriter.placementCode(recent));
                }
                n.put("placements", one(placement));
                n.put("visits", one(visit == null ? null : Map.of("date", visit.toString())));
                n.put("reviews", one(review == null ? null : Map.of("date", review.toString())));
                n.put("healthAssessments", one(health == null ? null : Map.of("date", health.toString())));
                put(n, "dentalCheck", e.getDentalCheck() == null || e.getDentalCheck().isAfter(last) ? null : e.getDentalCheck());
                put(n, "placementsInLast12Months", placementsInYear);
                Map<String, Object> known = node();
                put(known, "placements", recent == null ? null : recent.getStart());
                put(known, "visits", visit);
                put(known, "reviews", review);
                put(known, "healthAssessments", health);
                if (!known.isEmpty()) {
                    n.put("knownFrom", known);
                }
                episodes.put(e.getStart(), n);
            }

            Map<String, Object> leaver = null;
            CareLeaver cl = c.getCareLeaver();
            if (cl != null) {
                leaver = node();
                put(leaver, "status", cl.getStatus() == null ? null : cl.getStatus().code());
                LocalDate review = cl.getPathwayPlan() == null ? null : latestUpTo(cl.getPathwayPlan().getReviews(), asAt);
                Map<String, Object> plan = node();
                plan.put("reviews", one(review == null ? null : review.toString()));
                if (review != null) {
                    plan.put("knownFrom", Map.of("reviews", review.toString()));
                }
                leaver.put("pathwayPlan", plan);
                put(leaver, "accommodationSuitable", cl.getAccommodationSuitable());
                put(leaver, "inEducationEmploymentOrTraining", cl.getInEducationEmploymentOrTraining());
                put(leaver, "inTouch", cl.getInTouch());
            }

            if (referrals.isEmpty() && assessments.isEmpty() && enquiries.isEmpty() && plans.isEmpty() && episodes.isEmpty()
                    && leaver == null) {
                continue; // on no list the checker reads
            }
            Map<String, Object> child = node();
            put(child, "id", id);
            put(child, "dateOfBirth", c.getDateOfBirth());
            put(child, "gender", c.getGender() == null ? null : c.getGender().code());
            put(child, "ethnicity", c.getEthnicity());
            put(child, "disability", c.getDisability());
            put(child, "allocatedTeam", AnnexAWriter.teamOfFile(c));
            put(child, "allocatedWorker", worker);
            if (!referrals.isEmpty()) {
                child.put("referrals", new ArrayList<>(referrals.values()));
            }
            if (!assessments.isEmpty()) {
                child.put("assessments", new ArrayList<>(assessments.values()));
            }
            if (!enquiries.isEmpty()) {
                child.put("s47Enquiries", new ArrayList<>(enquiries.values()));
            }
            if (!plans.isEmpty()) {
                child.put("protectionPlans", new ArrayList<>(plans.values()));
            }
            if (!episodes.isEmpty()) {
                child.put("careEpisodes", new ArrayList<>(episodes.values()));
            }
            if (leaver != null) {
                child.put("careLeaver", leaver);
            }
            out.put(id, child);
        }
        return new ArrayList<>(out.values());
    }

    private static List<String> figures(Report r) {
        List<String> out = new ArrayList<>();
        for (CriterionResult c : r.criteria()) {
            out.add(c.id() + " " + c.status() + " population " + c.population() + " met " + c.met() + " notYetDue "
                    + c.notYetDue() + " measure " + c.measure() + " grade " + c.grade() + " findings " + c.findingsTotal()
                    + " critical " + c.critical() + " missing " + c.missing().reasons() + " partial " + c.partialHistory());
        }
        return out;
    }
}
