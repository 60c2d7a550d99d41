package org.childcare.compliance.grading;

import java.util.List;
import java.util.Map;
import org.childcare.compliance.report.AreaForImprovement;
import org.childcare.compliance.report.AreaJudgement;

/**
 * A self-assessment graded: every criterion (in the profile or not), the rows of the Record of main
 * findings the profile shows, and the areas for improvement. The gate and the report read this.
 *
 * @param criteria by ID, sorted
 * @param judgements in the order of the Record of main findings; only the rows in scope
 * @param areasForImprovement by timescale (immediately, 3m, 6m), then criterion ID
 * @param againstPrevious true when graded against a previous self-assessment
 */
public record Grading(
        Framework framework,
        Profile profile,
        Map<String, CriterionGrade> criteria,
        List<AreaJudgement> judgements,
        List<AreaForImprovement> areasForImprovement,
        boolean againstPrevious) {

    /** @return the row, or null when the profile does not show it */
    public AreaJudgement judgement(String key) {
        for (AreaJudgement j : judgements) {
            if (j.area().equals(key)) {
                return j;
            }
        }
        return null;
    }

    /** @return the row's grade, or null when not graded or not shown */
    public Integer grade(String key) {
        AreaJudgement j = judgement(key);
        return j == null ? null : j.grade();
    }

    /** @return the criterion's grade, or null */
    public CriterionGrade criterion(String id) {
        return criteria.get(id);
    }

    /** @return critical findings raised by criteria in the profile */
    public long criticalFindings() {
        return criteria.values().stream().filter(CriterionGrade::inProfile).mapToLong(CriterionGrade::criticalFindings).sum();
    }
}
