package org.childcare.compliance.grading;

import java.util.List;
import org.childcare.compliance.engine.Measurement;

/**
 * One criterion's grade, as grading.md's "Criterion grade" gives it.
 *
 * @param grade 1–4, or null when there was nothing to measure (insufficient evidence)
 * @param word the framework's word for the grade, or null
 * @param status {@code graded} or {@code insufficient-evidence}
 * @param smallNumbers graded from case data over a population under {@link Grader#SMALL_NUMBERS}
 * @param missing when insufficient: the data that would let it be graded ({@code needs} in the
 *     catalogue); empty when graded
 * @param inProfile false when the profile leaves it out of every judgement
 * @param previousGrade its grade in the previous self-assessment, or null (none given, or not
 *     graded then)
 * @param trend {@code improved}, {@code held} or {@code declined}; null unless graded in both periods
 * @param areas the rows it informs in the framework, limited to those the profile shows
 */
public record CriterionGrade(
        String id,
        Integer grade,
        String word,
        String status,
        boolean smallNumbers,
        List<String> missing,
        boolean inProfile,
        Integer previousGrade,
        String trend,
        long criticalFindings,
        List<String> areas,
        Measurement measurement) {

    public static final String GRADED = "graded";
    public static final String INSUFFICIENT_EVIDENCE = "insufficient-evidence";
    public static final String IMPROVED = "improved";
    public static final String HELD = "held";
    public static final String DECLINED = "declined";

    public boolean graded() {
        return grade != null;
    }
}
