package org.childcare.compliance.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.childcare.compliance.load.LoadOptions;
import org.childcare.compliance.load.SelfAssessmentLoader;
import org.childcare.compliance.load.SelfAssessmentLoader.Loaded;
import org.childcare.compliance.model.Assessment;
import org.childcare.compliance.model.CareEpisode;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Placement;
import org.childcare.compliance.model.ProtectionPlan;
import org.childcare.compliance.model.Referral;
import org.childcare.compliance.model.SelfAssessment;
import org.childcare.compliance.model.Visit;
import org.childcare.compliance.model.Worker;
import org.childcare.compliance.model.WorkerRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example authority in examples/northfield: reproducible from its generator byte for byte,
 * valid, and graded as its README says (no critical finding, the limiting criteria at least
 * Adequate), measured here with the generator's weekday approximation.
 */
class ExampleDataTest {
    static final Path EXAMPLE = exampleDirectory();
    static final Path CURRENT = EXAMPLE.resolve("self-assessment");
    static final Path PREVIOUS = EXAMPLE.resolve("previous");
    static final Path HAND_WRITTEN = CURRENT.resolve("children/hand-written.yaml");
    static final LocalDate W0 = LocalDate.of(2010, 4, 1);
    static final LocalDate AS_AT = LocalDate.of(2011, 3, 31);

    static Loaded current;

    /**
     * examples/northfield, found above the directory this class was compiled to rather than from
     * the working directory, which an IDE or another build tool may set to the repository root.
     * Missing data fails the class's tests, never skips them: the example is part of the repository.
     */
    private static Path exampleDirectory() {
        Path compiledTo;
        try {
            compiledTo = Path.of(ExampleDataTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        for (Path dir = compiledTo; dir != null; dir = dir.getParent()) {
            Path example = dir.resolve("examples/northfield");
            if (Files.isRegularFile(example.resolve("self-assessment/authority.yaml"))) {
                return example;
            }
        }
        // an assertion error, not an exception, so that it reaches the report unwrapped
        return fail("the example authority's data is missing: no examples/northfield/self-assessment/authority.yaml"
                + " in any directory above " + compiledTo);
    }

    @BeforeAll
    static void load() throws IOException {
        current = TestLoading.load(CURRENT);
    }

    @Test
    void committedFilesAreExactlyWhatTheGeneratorWrites(@TempDir Path tmp) throws IOException {
        List<Path> written = NorthfieldExample.write(tmp);
        Set<Path> expected = new TreeSet<>();
        for (Path p : written) {
            Path rel = tmp.relativize(p);
            expected.add(rel);
            Path committed = EXAMPLE.resolve(rel);
            assertTrue(Files.exists(committed), "missing " + committed + ": regenerate, see examples/northfield/README.md");
            assertArrayEquals(Files.readAllBytes(p), Files.readAllBytes(committed),
                    rel + " differs from what NorthfieldExample writes: regenerate, see examples/northfield/README.md");
        }
        Set<Path> committed = new TreeSet<>();
        for (Path dir : List.of(CURRENT, PREVIOUS)) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(Files::isRegularFile).forEach(p -> committed.add(EXAMPLE.relativize(p)));
            }
        }
        committed.remove(EXAMPLE.relativize(HAND_WRITTEN));
        assertEquals(expected, committed, "generated files in the example that the generator no longer writes");
    }

    @Test
    void currentYearLoadsStrictWithoutErrorsAndIsValid() {
        assertTrue(current.result().ok(), () -> "input errors: " + current.result().errors());
        assertEquals(604, current.children().size()); // 600 generated, 4 written by hand
        SelfAssessment sa = current.result().assessment();
        assertEquals("999", sa.getAuthority().getCode());
        assertEquals("../previous/", sa.getPrevious());
        int workers = sa.getWorkforce().getWorkers().size();
        assertTrue(workers >= 55 && workers <= 65, "workers " + workers);
        List<String> problems = ValidityChecks.check(sa, current.children());
        assertTrue(problems.isEmpty(), () -> "invalid: " + problems);
    }

    @Test
    void previousYearLoadsStrictWithoutErrorsAndIsValid() throws IOException {
        Loaded previous = TestLoading.load(PREVIOUS);
        assertTrue(previous.result().ok(), () -> "input errors: " + previous.result().errors());
        assertEquals(560, previous.children().size());
        assertEquals(LocalDate.of(2009, 4, 1), previous.result().assessment().getPeriod().getStart());
        List<String> problems = ValidityChecks.check(previous.result().assessment(), previous.children());
        assertTrue(problems.isEmpty(), () -> "invalid: " + problems);
    }

    @Test
    void loaderReadsTheDirectoryItself() throws IOException {
        // the directory as compliance:check reads it, whatever TestLoading does
        Loaded direct = SelfAssessmentLoader.loadAll(CURRENT, LoadOptions.strict());
        assertTrue(direct.result().ok(), () -> "input errors: " + direct.result().errors());
        assertEquals(604, direct.children().size()); // 600 generated, 4 written by hand
        assertEquals("999", direct.result().assessment().getAuthority().getCode());
    }

    @Test
    void exampleStaysSmall() throws IOException {
        long bytes;
        try (Stream<Path> s = Files.walk(EXAMPLE)) {
            // the data as committed: build output under target/ is not part of the example
            bytes = s.filter(Files::isRegularFile)
                    .filter(p -> !EXAMPLE.relativize(p).toString().startsWith("target"))
                    .mapToLong(p -> p.toFile().length()).sum();
        }
        assertTrue(bytes < 5_000_000, "example is " + bytes + " bytes");
    }

    // ------------------------------------------------------------------ the gate: no critical finding

    private Map<String, Worker> workers() {
        Map<String, Worker> m = new HashMap<>();
        for (Worker w : current.result().assessment().getWorkforce().getWorkers()) {
            m.put(w.getId(), w);
        }
        return m;
    }

    private static boolean inPost(Worker w, LocalDate d) {
        return !w.getStarted().isAfter(d) && (w.getLeft() == null || !w.getLeft().isBefore(d));
    }

    @Test
    void noCriticalFindings() {
        Map<String, Worker> workers = workers();
        List<String> critical = new ArrayList<>();
        for (Child c : current.children()) {
            for (ProtectionPlan p : c.getProtectionPlans()) {
                if (p.getEnd() != null) {
                    continue;
                }
                // CP-13: a qualified social worker in post on asAt
                Worker w = c.getAllocatedWorker() == null ? null : workers.get(c.getAllocatedWorker());
                if (w == null || !Boolean.TRUE.equals(w.getQualified()) || !inPost(w, AS_AT)
                        || (w.getRole() != WorkerRole.SOCIAL_WORKER && w.getRole() != WorkerRole.ADVANCED_PRACTITIONER)) {
                    critical.add(c.getId() + " on a plan without a qualified social worker");
                }
                // CP-03: no gap over 20 working days (weekdays are never fewer)
                for (int gap : GeneratorTest.visitGaps(p, W0, AS_AT)) {
                    if (gap > 20) {
                        critical.add(c.getId() + " " + p.getId() + " visit gap of " + gap + " weekdays");
                    }
                }
            }
            for (CareEpisode e : c.getCareEpisodes()) {
                if (e.getSexualExploitationRisk() != null && Boolean.TRUE.equals(e.getSexualExploitationRisk().getFlagged())
                        && !Boolean.TRUE.equals(e.getSexualExploitationRisk().getScreeningCompleted())) {
                    critical.add(c.getId() + " flagged at risk of sexual exploitation, not screened");
                }
                for (Placement p : e.getPlacements()) {
                    if (p.getEnd() == null) {
                        long worst = worstLacVisitExcess(e, p, 2);
                        if (worst > 0) {
                            critical.add(c.getId() + " placement from " + p.getStart() + " visit gap over twice the interval");
                        }
                    }
                }
            }
        }
        assertTrue(critical.isEmpty(), () -> critical.toString());
    }

    /**
     * @return by how many days the worst visit interval of the placement (ending in the window, the
     *     open tail included) exceeds {@code factor} times its statutory interval; 0 or less if none
     */
    static long worstLacVisitExcess(CareEpisode e, Placement p, int factor) {
        LocalDate end = p.getEnd() != null ? p.getEnd() : AS_AT;
        LocalDate prev = p.getStart();
        boolean first = true;
        long worst = Long.MIN_VALUE;
        List<LocalDate> dates = new ArrayList<>();
        for (Visit v : e.getVisits()) {
            if (v.getDate().isAfter(p.getStart()) && !v.getDate().isAfter(end)) {
                dates.add(v.getDate());
            }
        }
        dates.sort(null);
        if (p.getEnd() == null) {
            dates.add(AS_AT.plusDays(1));
        }
        for (LocalDate d : dates) {
            LocalDate until = d.isAfter(AS_AT) ? AS_AT : d;
            if (!until.isBefore(W0)) {
                LocalDate limit;
                if (first) {
                    limit = prev.plusDays(7L * factor);
                } else if (Boolean.TRUE.equals(p.getLongTerm()) && !prev.isBefore(p.getStart().plusYears(1))) {
                    limit = prev.plusMonths(3L * factor);
                } else {
                    limit = prev.plusDays(42L * factor);
                }
                worst = Math.max(worst, ChronoUnit.DAYS.between(limit, until));
            }
            prev = d;
            first = false;
        }
        return worst;
    }

    // ------------------------------------------------------------------ limiting criteria

    private static int age(Child c, LocalDate d) {
        return (int) ChronoUnit.YEARS.between(c.effectiveDateOfBirth(), d);
    }

    private static boolean inWindow(LocalDate d) {
        return d != null && !d.isBefore(W0) && !d.isAfter(AS_AT);
    }

    @Test
    void limitingCriteriaAreAtLeastAdequateAndMostlyGood() {
        Map<String, Worker> workers = workers();
        int asm = 0;
        int seen = 0;
        int qualified = 0;
        int plans = 0;
        int plansMet = 0;
        int placements = 0;
        int placementsMet = 0;
        for (Child c : current.children()) {
            for (Assessment a : c.getAssessments()) {
                if (inWindow(a.getStart())) {
                    asm++;
                    boolean older = age(c, a.getStart()) >= 5;
                    seen += Boolean.TRUE.equals(a.getChildSeen()) && (!older || Boolean.TRUE.equals(a.getChildSeenAlone())) ? 1 : 0;
                    Worker w = workers.get(a.getUndertakenBy());
                    qualified += w != null && Boolean.TRUE.equals(w.getQualified()) ? 1 : 0;
                }
            }
            for (ProtectionPlan p : c.getProtectionPlans()) {
                if (GeneratorTest.overlapsWindow(p) && (p.getEnd() == null || p.getEnd().isAfter(W0))) {
                    List<Integer> gaps = GeneratorTest.visitGaps(p, W0, AS_AT);
                    if (gaps.isEmpty()) {
                        continue;
                    }
                    plans++;
                    plansMet += gaps.stream().allMatch(g -> g <= 10) && p.getVisits().stream()
                            .filter(v -> inWindow(v.getDate())).allMatch(Visit::getSeen) ? 1 : 0;
                }
            }
            for (CareEpisode e : c.getCareEpisodes()) {
                for (Placement p : e.getPlacements()) {
                    LocalDate end = p.getEnd() != null ? p.getEnd() : AS_AT;
                    if (end.isBefore(W0.plusDays(45))) {
                        continue;
                    }
                    placements++;
                    placementsMet += worstLacVisitExcess(e, p, 1) <= 0 ? 1 : 0;
                }
            }
        }
        double asm02 = 100.0 * seen / asm;
        double asm04 = 100.0 * qualified / asm;
        double cp03 = 100.0 * plansMet / plans;
        double lac01 = 100.0 * placementsMet / placements;
        String summary = String.format("ASM-02 %.1f, ASM-04 %.1f, CP-03 %.1f (%d plans), LAC-01 %.1f (%d placements)",
                asm02, asm04, cp03, plans, lac01, placements);
        assertTrue(asm02 >= 95 && asm02 < 98, summary);   // Good
        assertTrue(asm04 >= 95 && asm04 < 100, summary);  // Adequate: the one limiting criterion below Good
        assertTrue(cp03 >= 90 && cp03 < 95, summary);     // Good
        assertTrue(lac01 >= 90 && lac01 < 95, summary);   // Good
    }

    // ------------------------------------------------------------------ declared indicators (SA-01)

    @Test
    void declaredIndicatorsAgreeWithTheCases() {
        int referrals = 0;
        int decided = 0;
        int conferences = 0;
        int inTime = 0;
        for (Child c : current.children()) {
            for (Referral r : c.getReferrals()) {
                if (inWindow(r.getDate())) {
                    referrals++;
                    decided += r.getDecisionDate() != null && Weekdays.between(r.getDate(), r.getDecisionDate()) <= 1 ? 1 : 0;
                }
            }
            for (ProtectionPlan p : c.getProtectionPlans()) {
                if (p.getIcpc() != null && inWindow(p.getIcpc().getDate()) && p.getIcpc().getStrategyDiscussion() != null) {
                    conferences++;
                    inTime += Weekdays.between(p.getIcpc().getStrategyDiscussion(), p.getIcpc().getDate()) <= 15 ? 1 : 0;
                }
            }
        }
        Map<String, Double> declared = current.result().assessment().getIndicators();
        assertEquals(100.0 * decided / referrals, declared.get("REF-01"), 2.0);
        assertEquals(100.0 * inTime / conferences, declared.get("CP-01"), 2.0);
    }

    // ------------------------------------------------------------------ the hand-written children

    @Test
    void handWrittenChildrenShowEveryFieldOfAChild() throws IOException {
        JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(HAND_WRITTEN.toFile());
        Set<String> keys = new HashSet<>();
        Deque<JsonNode> todo = new ArrayDeque<>(List.of(tree));
        while (!todo.isEmpty()) {
            JsonNode n = todo.pop();
            if (n.isObject()) {
                for (Map.Entry<String, JsonNode> e : n.properties()) {
                    keys.add(e.getKey());
                    todo.push(e.getValue());
                }
            } else if (n.isArray()) {
                n.forEach(todo::push);
            }
        }
        Set<String> missing = new TreeSet<>();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> classes = new ArrayDeque<>(List.of(Child.class));
        while (!classes.isEmpty()) {
            Class<?> type = classes.pop();
            if (!seen.add(type)) {
                continue;
            }
            JsonPropertyOrder order = type.getAnnotation(JsonPropertyOrder.class);
            assertNotNull(order, type.getName());
            for (String property : order.value()) {
                if (!keys.contains(property)) {
                    missing.add(type.getSimpleName() + "." + property);
                }
            }
            for (Method m : type.getMethods()) {
                Type t = m.getGenericReturnType();
                if (t instanceof ParameterizedType pt && pt.getActualTypeArguments()[0] instanceof Class<?> c) {
                    t = c;
                }
                if (t instanceof Class<?> c && c.getPackageName().equals("org.childcare.compliance.model") && !c.isEnum()
                        && c.isAnnotationPresent(JsonPropertyOrder.class)) {
                    classes.push(c);
                }
            }
        }
        assertTrue(keys.contains("extensions"));
        assertTrue(missing.isEmpty(), "the hand-written children do not show " + missing);
        assertTrue(seen.size() >= 20, "classes reached " + seen.size());
    }
}
