package org.childcare.compliance.check;

import java.util.Map;
import org.childcare.compliance.catalogue.Catalogue;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.engine.Measurement;
import org.childcare.compliance.engine.RuleBase;
import org.childcare.compliance.load.LoadResult;

/**
 * A self-assessment read and run through the rules, before grading.
 *
 * @param catalogue the criteria after the authority's {@code standards:} overrides
 * @param overrides the overrides that were applied, e.g. {@code CP-03.maxIntervalWorkingDays → 10}
 * @param timings where the time went, for the console and benchmarks (never in a report: reports are deterministic)
 */
public record Evaluated(
        LoadResult load,
        RuleBase rules,
        Catalogue catalogue,
        Map<String, Double> overrides,
        Context context,
        String framework,
        String profile,
        Map<String, Measurement> measurements,
        Timings timings) {

    /**
     * @param readMillis reading the self-assessment: parsing, binding and validating
     * @param evaluateMillis running the rules: inserting facts, firing and counting
     */
    public record Timings(long readMillis, long evaluateMillis) {
        public static final Timings NONE = new Timings(0, 0);
    }
}
