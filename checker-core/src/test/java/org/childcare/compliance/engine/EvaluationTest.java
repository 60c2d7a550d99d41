package org.childcare.compliance.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.childcare.compliance.calendar.WorkingCalendar;
import org.childcare.compliance.load.LoadOptions;
import org.childcare.compliance.load.SelfAssessmentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A two-criterion rule base end to end: compile, evaluate children one by one, then the summary level. */
class EvaluationTest {
    static final String CATALOGUE = """
            criteria:
              - id: CP-01
                title: Timely initial conferences
                areas: { slac-2009: [QOP], ilacs-2023: [HELP] }
                parameters: { maxWorkingDays: 15 }
                bands: "90 / 75 / 60"
                timescale: 3m
                action: improve the timeliness of initial child protection conferences
              - id: SA-01
                title: Accurate self-assessment
                areas: { slac-2009: [PMQA], ilacs-2023: [LEADERS] }
                parameters: { tolerance: 2 }
                bands: "100 / 90 / 75"
                timescale: 3m
                action: make the self-assessment accurate
                level: summary
            """;
    static final String DRL = """
            package org.childcare.compliance.rules;
            import org.childcare.compliance.model.*;
            import org.childcare.compliance.engine.*;
            global Context ctx;

            rule "CP-01 initial conference within the limit"
            when
                $child : Child()
                $plan : ProtectionPlan( icpc != null, icpc.date != null, icpc.strategyDiscussion != null, ctx.inWindow(icpc.date) )
            then
                int days = ctx.workingDays($plan.getIcpc().getStrategyDiscussion(), $plan.getIcpc().getDate());
                int limit = ctx.intParam("CP-01", "maxWorkingDays");
                insert(Outcome.of("CP-01", days <= limit, $child, $plan, $plan.getId(),
                    "initial conference " + days + " working days after the strategy discussion (limit " + limit + ")"));
            end

            rule "SA-01 declared figure agrees"
            when
                $f : Figure( declared != null, computed != null )
            then
                boolean ok = Math.abs($f.computed() - $f.declared()) <= ctx.param("SA-01", "tolerance");
                insert(Outcome.ofSubject("SA-01", ok, $f.criterion(), null, $f.criterion(), "declared " + $f.declared() + ", computed " + $f.computed()));
            end
            """;

    @Test
    void compilesAndEvaluatesPerChild(@TempDir Path dir) throws Exception {
        RuleBase rb = RuleBase.compile(sources());
        assertMeasures(rb, selfAssessment(dir));
    }

    static List<RuleSource> sources() {
        return List.of(new RuleSource("cp.drl", "bundled", DRL), new RuleSource("cp.yaml", "bundled", CATALOGUE));
    }

    /** Two children: C1's initial conference within 15 working days of the strategy discussion (four bank holidays between), C2's 32. */
    static Path selfAssessment(Path dir) throws Exception {
        Path file = dir.resolve("sa.yaml");
        Files.writeString(file, """
                schemaVersion: 1
                authority: { name: Test }
                period: { start: 2011-04-01, end: 2012-03-31 }
                indicators: { CP-01: 50 }
                children:
                  - id: C1
                    protectionPlans:
                      - id: P1
                        icpc: { date: 2011-05-13, strategyDiscussion: 2011-04-21 }
                  - id: C2
                    protectionPlans:
                      - id: P2
                        icpc: { date: 2011-06-13, strategyDiscussion: 2011-04-21 }
                """);
        return file;
    }

    /** CP-01 met for one child of two, with the failing child's finding in plain English; SA-01 agrees. */
    static void assertMeasures(RuleBase rb, Path file) throws Exception {
        var loaded = SelfAssessmentLoader.loadAll(file, LoadOptions.strict());
        var sa = loaded.result().assessment();
        Context ctx = new Context(sa.getPeriod().getStart(), sa.getPeriod().getEnd(), sa.getPeriod().getEnd(),
                WorkingCalendar.englandAndWales(), rb.catalogue());
        try (Evaluation ev = new Evaluation(rb, ctx)) {
            loaded.children().forEach(ev::child);
            ev.authority(sa);
            Map<String, Measurement> m = ev.finish(sa);
            assertEquals(50.0, m.get("CP-01").measure());
            assertEquals(1, m.get("CP-01").findings().size());
            assertEquals("initial conference 32 working days after the strategy discussion (limit 15)",
                    m.get("CP-01").findings().get(0).message());
            assertEquals(100.0, m.get("SA-01").measure());
        }
    }
}
