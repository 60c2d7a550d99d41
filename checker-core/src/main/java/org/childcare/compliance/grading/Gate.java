package org.childcare.compliance.grading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.childcare.compliance.catalogue.Timescale;
import org.childcare.compliance.report.AreaForImprovement;
import org.childcare.compliance.report.AreaJudgement;
import org.childcare.compliance.report.GateVerdict;

/**
 * Decides whether the build passes. The verdict lists every reason the build fails, not just the
 * first, in plain English a build log can show as it is ("area SAFE graded Inadequate", "2 critical
 * findings (CP-03, LAC-12)"): a team fixing a red build wants the whole list at once.
 *
 * <p>The gate judges exactly what the report shows: the rows and criteria in the profile. A row
 * threshold applies to derived rows too (overall effectiveness is a row of the Record of main
 * findings like any other), and "not graded" counts every row shown without a grade.
 */
public final class Gate {
    private Gate() {}

    public static GateVerdict apply(Grading grading, GateOptions options) {
        List<String> reasons = new ArrayList<>();
        if (options.failOnGrade() != null) {
            for (AreaJudgement j : grading.judgements()) {
                if (j.grade() != null && j.grade() >= options.failOnGrade()) {
                    reasons.add("area " + j.area() + " graded " + j.word());
                }
            }
        }
        if (options.failOnCritical()) {
            long total = grading.criticalFindings();
            if (total > 0) {
                List<String> ids = grading.criteria().values().stream()
                        .filter(c -> c.inProfile() && c.criticalFindings() > 0).map(CriterionGrade::id).toList();
                reasons.add(Grader.count(total, "critical finding", "critical findings") + " (" + String.join(", ", ids) + ")");
            }
        }
        if (options.failOnTimescale() != null) {
            Map<Timescale, List<String>> due = new LinkedHashMap<>();
            for (AreaForImprovement a : grading.areasForImprovement()) {
                Timescale t = Timescale.fromCode(a.timescale());
                if (t.ordinal() <= options.failOnTimescale().ordinal()) {
                    due.computeIfAbsent(t, k -> new ArrayList<>()).add(a.criterion());
                }
            }
            due.forEach((t, ids) -> reasons.add((ids.size() == 1 ? "area for improvement" : "areas for improvement") + " due "
                    + t.heading().toLowerCase(Locale.ROOT) + ": " + String.join(", ", ids)));
        }
        if (options.failOnRegression()) {
            for (CriterionGrade c : grading.criteria().values()) {
                if (c.inProfile() && CriterionGrade.DECLINED.equals(c.trend())) {
                    reasons.add(c.id() + " declined from " + grading.framework().word(c.previousGrade()) + " to " + c.word());
                }
            }
        }
        if (options.failOnInsufficientEvidence()) {
            for (AreaJudgement j : grading.judgements()) {
                if (j.grade() == null) {
                    reasons.add("area " + j.area() + " not graded: insufficient evidence");
                }
            }
        }
        return new GateVerdict(reasons.isEmpty(), List.copyOf(reasons));
    }
}
