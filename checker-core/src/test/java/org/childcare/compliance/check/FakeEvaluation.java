package org.childcare.compliance.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.childcare.compliance.catalogue.Catalogue;
import org.childcare.compliance.engine.Finding;
import org.childcare.compliance.engine.Measurement;
import org.childcare.compliance.engine.RuleProblem;
import org.childcare.compliance.load.LoadOptions;
import org.childcare.compliance.load.LoadResult;
import org.childcare.compliance.load.SelfAssessmentLoader;

/**
 * Stands in for the rule engine: reads the self-assessment with the real loader, then hands out
 * measurements stated per authority name, so the facade is tested without compiling rules. Every
 * request it receives is recorded. A directory is read through its {@code self-assessment.yaml}.
 */
final class FakeEvaluation implements Checker.Evaluate {
    static final String CATALOGUE = """
            criteria:
              - id: ASM-02
                title: Children seen in assessments
                areas: { slac-2009: [SAFE], ilacs-2023: [HELP] }
                bands: "98 / 95 / 90"
                limiting: true
                timescale: immediately
                action: see every child during assessment
              - id: CP-01
                title: Timeliness of initial child protection conferences
                areas: { slac-2009: [QOP], ilacs-2023: [HELP] }
                parameters: { maxWorkingDays: 15 }
                bands: "90 / 75 / 60"
                weight: 1.7
                timescale: 3m
                action: improve the timeliness of initial child protection conferences
                needs: ["children[].protectionPlans[].icpc.date"]
              - id: CP-03
                title: Visits to children on a plan
                areas: { slac-2009: [SAFE], ilacs-2023: [HELP] }
                bands: "95 / 90 / 80"
                limiting: true
                critical: true
                timescale: immediately
                action: visit every child on a plan at least every 10 working days
              - id: WF-01
                title: Caseloads
                areas: { slac-2009: [LEAD, LAC-LEAD], ilacs-2023: [LEADERS, HELP, CARE, LEAVERS] }
                bands: "≤ 15 / 18 / 22"
                weight: 2.3
                timescale: 3m
                action: reduce caseloads
                aggregation: mean
              - id: SUP-01
                title: Supervision
                areas: { slac-2009: [PMQA, LAC-PMQA], ilacs-2023: [LEADERS] }
                bands: default
                timescale: 3m
                action: supervise every worker monthly
            """;

    final List<CheckRequest> requests = new ArrayList<>();
    private final Map<String, Map<String, Measurement>> byAuthority = new HashMap<>();

    FakeEvaluation measure(String authority, String criterion, double measure, long population) {
        byAuthority.computeIfAbsent(authority, k -> new TreeMap<>()).put(criterion,
                new Measurement(criterion, population, population, 0, measure, "cases", null, Map.of(), List.of(), 0, 0, null));
        return this;
    }

    FakeEvaluation critical(String authority, String criterion, double measure, int critical) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < critical; i++) {
            findings.add(new Finding("C" + i, "P" + i, "children.yaml", 10 + i, "open tail over 20 working days", true));
        }
        byAuthority.computeIfAbsent(authority, k -> new TreeMap<>()).put(criterion,
                new Measurement(criterion, 50, 40, 0, measure, "cases", null, Map.of(), findings, critical, critical, null));
        return this;
    }

    @Override
    public Evaluated evaluate(CheckRequest request) throws InputException {
        requests.add(request);
        Path file = Files.isDirectory(request.selfAssessment()) ? request.selfAssessment().resolve("self-assessment.yaml")
                : request.selfAssessment();
        LoadResult load = new SelfAssessmentLoader(LoadOptions.strict()).load(file, header -> { }, child -> { });
        if (!load.ok()) {
            throw new InputException(load.errors());
        }
        Catalogue catalogue = Catalogue.empty();
        List<RuleProblem> problems = new ArrayList<>();
        catalogue.read("fake.yaml", "fake", CATALOGUE, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.toString());
        }
        String framework = request.framework() != null ? request.framework()
                : load.assessment().getFramework() != null ? load.assessment().getFramework() : "slac-2009";
        String profile = request.profile() != null ? request.profile()
                : load.assessment().getProfile() != null ? load.assessment().getProfile() : "full";
        return new Evaluated(load, null, catalogue, Map.of("CP-01.maxWorkingDays", 12.0), null, framework, profile,
                byAuthority.getOrDefault(load.assessment().getAuthority().getName(), Map.of()), Evaluated.Timings.NONE);
    }
}
