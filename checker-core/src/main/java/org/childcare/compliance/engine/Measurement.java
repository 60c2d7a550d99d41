package org.childcare.compliance.engine;

import java.util.List;
import java.util.Map;

/**
 * What the rules found for one criterion, before grading.
 *
 * @param measure the percentage (or mean, or value) rounded to one decimal; null when there was
 *     nothing to measure
 * @param source {@code cases} (computed from case data), {@code indicator} (from {@code
 *     indicators:}) or null when neither
 * @param declared the {@code indicators:} figure when one was declared
 * @param notYetDue members left out because their first deadline had not passed by asAt
 * @param parts per-part rates (agencies, quality elements), for the report
 * @param findings the findings kept for the report (all critical ones and up to a cap of others)
 * @param findingsTotal how many findings there were in all
 * @param missing members left out for want of data, by reason ("no visits recorded"), sorted by reason
 * @param partialHistory members of the population judged on a history known only from a date ({@code knownFrom})
 * @param files the input files whose records it judged, sorted: which sources its evidence came from
 */
public record Measurement(
        String criterion,
        long population,
        long met,
        long notYetDue,
        Double measure,
        String source,
        Double declared,
        Map<String, PartFigure> parts,
        List<Finding> findings,
        long findingsTotal,
        long criticalFindings,
        String explanation,
        Map<String, Long> missing,
        long partialHistory,
        java.util.SortedSet<String> files) {

    /** A measurement whose files are not known (built by hand, in tests). */
    public Measurement(String criterion, long population, long met, long notYetDue, Double measure, String source,
            Double declared, Map<String, PartFigure> parts, List<Finding> findings, long findingsTotal,
            long criticalFindings, String explanation, Map<String, Long> missing, long partialHistory) {
        this(criterion, population, met, notYetDue, measure, source, declared, parts, findings, findingsTotal,
                criticalFindings, explanation, missing, partialHistory, java.util.Collections.emptySortedSet());
    }

    /** A measurement with no members left out for want of data and none judged on partial history. */
    public Measurement(String criterion, long population, long met, long notYetDue, Double measure, String source,
            Double declared, Map<String, PartFigure> parts, List<Finding> findings, long findingsTotal,
            long criticalFindings, String explanation) {
        this(criterion, population, met, notYetDue, measure, source, declared, parts, findings, findingsTotal,
                criticalFindings, explanation, Map.of(), 0);
    }

    /** @return how many members were left out for want of data, whatever the reason */
    public long missingTotal() {
        return missing.values().stream().mapToLong(Long::longValue).sum();
    }

    public boolean measured() {
        return measure != null;
    }
}
