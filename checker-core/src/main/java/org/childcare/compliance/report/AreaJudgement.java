package org.childcare.compliance.report;

import java.util.List;

/**
 * One row of the Record of main findings.
 *
 * @param area key such as {@code SAFE}, {@code LAC-HEALTHY}, {@code OVERALL}, {@code HELP}
 * @param status {@code graded} or {@code insufficient-evidence}
 * @param criteria the IDs of the criteria that inform it
 * @param critical how many critical findings its criteria raised
 * @param section the heading it is listed under: {@code Safeguarding services}, {@code Services for
 *     looked after children} or {@code Judgements} (ILACS)
 * @param derived true for overall effectiveness and capacity for improvement
 * @param reasons how the grade was reached, in plain English, one step a line
 */
public record AreaJudgement(
        String area,
        String title,
        Integer grade,
        String word,
        String status,
        List<String> criteria,
        boolean limitedEvidence,
        long critical,
        String section,
        boolean derived,
        List<String> reasons,
        PreviousFigure previous) {}
