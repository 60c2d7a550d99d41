package org.childcare.compliance.catalogue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One criterion of the catalogue, after the authority's {@code standards:} overrides.
 *
 * @param id stable ID such as {@code CP-03}: the rule name prefix, fixture folder and doc section
 * @param areas judgement areas per framework, e.g. {@code slac-2009 -> [SAFE]}
 * @param measure what is measured, in words
 * @param parameters parameter values (defaults merged with local overrides), in the catalogue's order
 * @param defaults the catalogue's own parameter values, to show what was overridden, in the same order
 * @param level {@code child}, {@code authority} or {@code summary}: which facts its rules read
 * @param needs the data that would let it be graded, listed when evidence is insufficient
 * @param concern the rule file (without extension) that implements it
 */
public record Criterion(
        String id,
        String title,
        Map<String, List<String>> areas,
        String measure,
        Map<String, Double> parameters,
        Map<String, Double> defaults,
        Bands bands,
        double weight,
        boolean limiting,
        boolean critical,
        Timescale timescale,
        String action,
        String source,
        Aggregation aggregation,
        String level,
        List<String> needs,
        String concern) {

    /** @return the areas this criterion informs in {@code framework}, empty when none */
    public List<String> areasIn(String framework) {
        return areas.getOrDefault(framework, List.of());
    }

    public Criterion withParameters(Map<String, Double> merged) {
        return new Criterion(id, title, areas, measure, inOrder(merged), defaults, bands, weight, limiting,
                critical, timescale, action, source, aggregation, level, needs, concern);
    }

    /**
     * An unmodifiable copy that keeps {@code parameters}' order. Not {@code Map.copyOf}: its order
     * changes from one JVM to the next, and {@code compliance:rules} lists parameters in this order.
     */
    static Map<String, Double> inOrder(Map<String, Double> parameters) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
