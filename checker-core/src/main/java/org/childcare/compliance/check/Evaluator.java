package org.childcare.compliance.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.childcare.compliance.calendar.WorkingCalendar;
import org.childcare.compliance.catalogue.Catalogue;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.engine.Evaluation;
import org.childcare.compliance.engine.Measurement;
import org.childcare.compliance.engine.RuleBase;
import org.childcare.compliance.engine.RuleException;
import org.childcare.compliance.load.InputProblem;
import org.childcare.compliance.load.LoadOptions;
import org.childcare.compliance.load.LoadResult;
import org.childcare.compliance.load.SelfAssessmentLoader;
import org.childcare.compliance.model.CalendarSettings;
import org.childcare.compliance.model.SelfAssessment;

/**
 * Reads a self-assessment and runs the rules over it, streaming children straight from the loader
 * into the per-child evaluation, so memory stays flat however large the authority.
 */
public final class Evaluator {
    public static final Set<String> FRAMEWORKS = Set.of("slac-2009", "ilacs-2023");
    public static final Set<String> PROFILES = Set.of("full", "unannounced-cra", "focused-visit-children-in-care");

    private Evaluator() {}

    /**
     * @throws InputException when the input has errors (strict mode) or cannot be read
     * @throws RuleException when the rules cannot be read or compiled
     */
    public static Evaluated evaluate(CheckRequest request) throws InputException, RuleException {
        return evaluate(request, RuleBase.load(request.rulesDirectory(), request.ruleCache()));
    }

    /**
     * Evaluates with rules already at hand (the request's rules directory and cache are not read).
     *
     * @throws InputException when the input has errors (strict mode) or cannot be read
     */
    public static Evaluated evaluate(CheckRequest request, RuleBase rules) throws InputException {
        LoadOptions options = request.loadOptions();
        SelfAssessmentLoader loader = new SelfAssessmentLoader(options);
        // the authority-level sections come first; children stream into the session afterwards
        Evaluation[] evaluation = new Evaluation[1];
        Context[] context = new Context[1];
        Catalogue[] catalogue = new Catalogue[1];
        Map<String, Double> overrides = new TreeMap<>();
        List<InputProblem> setupProblems = new ArrayList<>();
        long started = System.nanoTime();
        LoadResult result = loader.load(request.selfAssessment(), header -> {
            catalogue[0] = Standards.apply(rules.catalogue(), header, overrides, setupProblems);
            context[0] = contextOf(header, catalogue[0]);
            evaluation[0] = new Evaluation(rules, context[0]);
        }, child -> {
            if (evaluation[0] != null) {
                evaluation[0].child(child);
            }
        });
        List<InputProblem> problems = new ArrayList<>(result.errors());
        problems.addAll(setupProblems);
        problems.addAll(checkChoices(request, result.assessment()));
        if (!problems.isEmpty() || result.assessment() == null || evaluation[0] == null) {
            if (evaluation[0] != null) {
                evaluation[0].close();
            }
            if (problems.isEmpty()) {
                problems.add(new InputProblem(String.valueOf(request.selfAssessment()), 0, 0, "", "the self-assessment could not be read"));
            }
            throw new InputException(problems);
        }
        SelfAssessment assessment = result.assessment();
        try (Evaluation ev = evaluation[0]) {
            ev.authority(assessment);
            Map<String, Measurement> measurements = ev.finish(assessment);
            long evaluating = ev.firingNanos() / 1_000_000;
            long total = (System.nanoTime() - started) / 1_000_000;
            return new Evaluated(result, rules, catalogue[0], Map.copyOf(overrides), context[0],
                    choose(request.framework(), assessment.getFramework(), "slac-2009"),
                    choose(request.profile(), assessment.getProfile(), "full"),
                    measurements, new Evaluated.Timings(Math.max(0, total - evaluating), evaluating));
        }
    }

    /** The window and calendar of an assessment. */
    public static Context contextOf(SelfAssessment header, Catalogue catalogue) {
        LocalDate start = header.getPeriod().getStart();
        LocalDate end = header.getPeriod().getEnd();
        LocalDate asAt = header.getAsAt() != null ? header.getAsAt() : end;
        CalendarSettings cal = header.getCalendar();
        WorkingCalendar calendar = cal == null ? WorkingCalendar.englandAndWales()
                : WorkingCalendar.of(cal.getRegion(), cal.getExtraNonWorkingDays());
        return new Context(start, end, asAt, calendar, catalogue,
                header.getWorkforce() == null ? List.of() : header.getWorkforce().getWorkers());
    }

    static List<InputProblem> checkChoices(CheckRequest request, SelfAssessment assessment) {
        List<InputProblem> problems = new ArrayList<>();
        String file = assessment == null ? String.valueOf(request.selfAssessment()) : assessment.sourceFile();
        String framework = choose(request.framework(), assessment == null ? null : assessment.getFramework(), "slac-2009");
        String profile = choose(request.profile(), assessment == null ? null : assessment.getProfile(), "full");
        if (!FRAMEWORKS.contains(framework)) {
            problems.add(new InputProblem(file, 0, 0, "framework", "unknown framework '" + framework + "' (slac-2009 or ilacs-2023)"));
        }
        if (!PROFILES.contains(profile)) {
            problems.add(new InputProblem(file, 0, 0, "profile",
                    "unknown profile '" + profile + "' (full, unannounced-cra or focused-visit-children-in-care)"));
        }
        return problems;
    }

    private static String choose(String requested, String fromData, String fallback) {
        if (requested != null && !requested.isBlank()) {
            return requested;
        }
        return fromData != null && !fromData.isBlank() ? fromData : fallback;
    }
}
