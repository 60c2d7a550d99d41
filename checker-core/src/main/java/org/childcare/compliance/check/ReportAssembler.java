package org.childcare.compliance.check;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.childcare.compliance.catalogue.Criterion;
import org.childcare.compliance.engine.Measurement;
import org.childcare.compliance.grading.CriterionGrade;
import org.childcare.compliance.grading.Grading;
import org.childcare.compliance.load.RecordCounts;
import org.childcare.compliance.model.SelfAssessment;
import org.childcare.compliance.report.CriterionResult;
import org.childcare.compliance.report.MissingData;
import org.childcare.compliance.report.GateVerdict;
import org.childcare.compliance.report.PreviousFigure;
import org.childcare.compliance.report.Report;

/**
 * Puts an evaluated and graded self-assessment into the shape of {@code report.json}. Kept apart
 * from the {@link Checker} so that a report can be assembled from hand-built evaluations in tests,
 * and from the grader so that grading never depends on how the report spells things.
 *
 * <p>Everything is copied into a fixed order (criteria by ID, judgements in the order of the Record
 * of main findings, overrides by key) because two runs on the same input must give the same bytes.
 */
public final class ReportAssembler {
    private ReportAssembler() {}

    /**
     * @param previous the previous self-assessment evaluated with the same rules, or null
     * @param rulesDirectory the auditor's rules directory, or null for the bundled rules only
     */
    public static Report assemble(Evaluated current, Evaluated previous, Grading grading, GateVerdict gate,
            Path rulesDirectory) {
        SelfAssessment sa = current.load().assessment();
        String framework = grading.framework().id();
        List<CriterionResult> criteria = new ArrayList<>();
        Map<String, String> kindOf = new TreeMap<>();
        current.load().sources().forEach(f -> kindOf.merge(f.file(), f.kind(), ReportAssembler::commonKind));
        Map<String, List<String>> criteriaFedBy = new TreeMap<>();
        for (CriterionGrade g : grading.criteria().values()) {
            Criterion c = current.catalogue().get(g.id());
            Measurement m = g.measurement();
            PreviousFigure before = null;
            if (previous != null) {
                Measurement pm = previous.measurements().get(g.id());
                before = new PreviousFigure(pm == null ? null : pm.measure(), g.previousGrade(),
                        grading.framework().word(g.previousGrade()));
            }
            criteria.add(new CriterionResult(g.id(), c.title(), c.areasIn(framework), g.status(), m.population(), m.met(),
                    m.measure(), m.source(), m.declared(), g.grade(), g.word(), g.smallNumbers(),
                    sa.getBenchmarks().get(g.id()), before, m.findings(),
                    new MissingData(c.needs(), m.missingTotal(), m.missing()), m.partialHistory(), m.notYetDue(), m.findingsTotal(),
                    m.criticalFindings(), g.trend(), c.measure(), c.bands().describe(), c.source(), c.weight(), c.limiting(),
                    c.timescale().code(), m.parts() == null ? Map.of() : m.parts(), m.explanation(), g.inProfile(),
                    kinds(m, kindOf)));
            if (m.files() != null) {
                m.files().forEach(f -> criteriaFedBy.computeIfAbsent(f, k -> new ArrayList<>()).add(g.id()));
            }
        }
        List<Report.SourceSummary> sources = new ArrayList<>();
        for (org.childcare.compliance.source.SourceFile f : current.load().sources()) {
            long ignored = f.ignoredRows().values().stream().mapToLong(Long::longValue).sum();
            List<String> fed = new ArrayList<>(criteriaFedBy.getOrDefault(f.file(), List.of()));
            java.util.Collections.sort(fed);
            sources.add(new Report.SourceSummary(f.file(), f.kind(), f.year(), f.used(), f.rows(), f.children(), ignored,
                    f.ignoredRows(), List.copyOf(fed)));
        }
        Report.PreviousPeriod previousPeriod = null;
        if (previous != null) {
            SelfAssessment p = previous.load().assessment();
            previousPeriod = new Report.PreviousPeriod(period(p), asAt(p));
        }
        RecordCounts counts = current.load().counts();
        return new Report(Report.FORMAT_VERSION,
                new Report.Authority(sa.getAuthority() == null ? null : sa.getAuthority().getName(),
                        sa.getAuthority() == null ? null : sa.getAuthority().getCode()),
                period(sa), asAt(sa), framework, grading.profile().id(),
                new Report.RulesInfo(current.rules() == null ? null : current.rules().version(),
                        new TreeMap<>(current.overrides() == null ? Map.of() : current.overrides()),
                        rulesDirectory == null ? null : rulesDirectory.toString()),
                gate, counts, grading.judgements(), List.copyOf(criteria), grading.areasForImprovement(),
                List.copyOf(current.load().quarantined()), previousPeriod, List.copyOf(sources),
                current.load().disagreements());
    }

    /**
     * The kind of a file that holds several (a workbook's lists, {@code annex-a-list-7} and
     * {@code annex-a-list-8}): what they share, {@code annex-a}.
     */
    static String commonKind(String a, String b) {
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        String common = a.substring(0, i).replaceAll("-+$", "").replaceAll("-list$", "");
        return common.isEmpty() ? a : common;
    }

    /** The kinds of source a criterion's judged records came from: a return's kind, else yaml or json. */
    private static List<String> kinds(Measurement m, Map<String, String> kindOf) {
        java.util.SortedSet<String> kinds = new java.util.TreeSet<>();
        if (m.files() != null) {
            for (String f : m.files()) {
                kinds.add(kindOf.getOrDefault(f, f.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? "json" : "yaml"));
            }
        }
        return List.copyOf(kinds);
    }

    private static Report.Period period(SelfAssessment sa) {
        return sa.getPeriod() == null ? null : new Report.Period(sa.getPeriod().getStart(), sa.getPeriod().getEnd());
    }

    /** asAt defaults to the end of the period (self-assessment-format.md). */
    private static LocalDate asAt(SelfAssessment sa) {
        if (sa.getAsAt() != null) {
            return sa.getAsAt();
        }
        return sa.getPeriod() == null ? null : sa.getPeriod().getEnd();
    }
}
