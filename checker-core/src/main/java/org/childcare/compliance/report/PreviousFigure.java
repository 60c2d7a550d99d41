package org.childcare.compliance.report;

/**
 * A criterion's or area's figure in the previous period.
 *
 * @param measure null for areas and for criteria not measured then
 * @param grade null when not graded then
 */
public record PreviousFigure(Double measure, Integer grade, String word) {}
