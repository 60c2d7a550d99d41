package org.childcare.compliance.report;

import java.util.List;
import java.util.Map;
import org.childcare.compliance.engine.Finding;
import org.childcare.compliance.engine.PartFigure;
import org.childcare.compliance.model.Benchmark;

/**
 * One criterion's measure, grade and evidence. The first keys are those of interfaces.md; the rest
 * are additions the HTML report needs.
 *
 * @param areas the criterion's areas in the report's framework
 * @param status {@code graded} or {@code insufficient-evidence}
 * @param source {@code cases} or {@code indicator}; null when insufficient
 * @param declared the {@code indicators:} figure, when one was declared
 * @param grade 1–4, null when not graded
 * @param benchmark comparator figures from {@code benchmarks:}, or null
 * @param previous the previous period's figure, or null
 * @param missing the data it needs and the records left out for want of it, by reason
 * @param partialHistory records of its population judged on a history known only from a date ({@code knownFrom})
 * @param trend {@code improved}, {@code held} or {@code declined} against the previous grade, or null
 * @param measureText what is measured, in words
 * @param bands the bands as the catalogue writes them, e.g. {@code ≤ 15 / 20 / 25}
 * @param reference where the standard comes from (statute, guidance, inspection report)
 * @param timescale of its area for improvement: {@code immediately}, {@code 3m} or {@code 6m}
 * @param inProfile false when the profile leaves this criterion out of every judgement
 * @param sources the kinds of source its evidence came from ({@code yaml}, {@code ssda903-episodes},
 *     {@code cin-census} ...), sorted
 */
public record CriterionResult(
        String id,
        String title,
        List<String> areas,
        String status,
        long population,
        long met,
        Double measure,
        String source,
        Double declared,
        Integer grade,
        String word,
        boolean smallNumbers,
        Benchmark benchmark,
        PreviousFigure previous,
        List<Finding> findings,
        MissingData missing,
        long partialHistory,
        long notYetDue,
        long findingsTotal,
        long critical,
        String trend,
        String measureText,
        String bands,
        String reference,
        double weight,
        boolean limiting,
        String timescale,
        Map<String, PartFigure> parts,
        String explanation,
        boolean inProfile,
        List<String> sources) {

    /** A result whose sources are not known (built by hand, in tests). */
    public CriterionResult(String id, String title, List<String> areas, String status, long population, long met,
            Double measure, String source, Double declared, Integer grade, String word, boolean smallNumbers,
            Benchmark benchmark, PreviousFigure previous, List<Finding> findings, MissingData missing, long partialHistory,
            long notYetDue, long findingsTotal, long critical, String trend, String measureText, String bands,
            String reference, double weight, boolean limiting, String timescale, Map<String, PartFigure> parts,
            String explanation, boolean inProfile) {
        this(id, title, areas, status, population, met, measure, source, declared, grade, word, smallNumbers, benchmark,
                previous, findings, missing, partialHistory, notYetDue, findingsTotal, critical, trend, measureText, bands,
                reference, weight, limiting, timescale, parts, explanation, inProfile, List.of());
    }
}
