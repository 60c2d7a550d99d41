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
 * @param measure what is measured, in words; may name parameters in braces ({@code within {maxWorkingDays}
 *     working days}), which {@link #measure()} fills in with the values in force
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

    /**
     * @return what is measured, with each {@code {parameter}} replaced by its value in force, so that a
     *     reader sees "within 8 working days" where {@code standards:} set 8
     */
    @Override
    public String measure() {
        return fill(measure, parameters);
    }

    /** @return the area for improvement's action, with each {@code {parameter}} replaced by its value in force */
    @Override
    public String action() {
        return fill(action, parameters);
    }

    /** @return the measure as the catalogue writes it, parameters in braces */
    public String measureTemplate() {
        return measure;
    }

    /** @return the action as the catalogue writes it, parameters in braces */
    public String actionTemplate() {
        return action;
    }

    /** Replaces each {@code {name}} naming a parameter by its value (whole numbers without a decimal point). */
    static String fill(String template, Map<String, Double> values) {
        if (template == null || template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}").matcher(template);
        while (m.find()) {
            Double v = values.get(m.group(1));
            String text = v == null ? m.group() : v == Math.rint(v) ? String.valueOf(v.longValue()) : String.valueOf(v);
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }

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
