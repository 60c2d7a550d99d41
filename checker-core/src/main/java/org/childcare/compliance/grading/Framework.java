package org.childcare.compliance.grading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An inspection framework: the rows of its "Record of main findings", in the order its reports
 * print them, and its four grade words.
 *
 * <p>Rows are data rather than code so that the grader, the gate and every formatter walk the same
 * list: a row is either an <em>area</em>, graded from the criteria the catalogue maps onto it, or a
 * <em>derived</em> judgement (overall effectiveness, capacity for improvement) computed from other
 * rows by one of the rules of grading.md. The derivation rule is part of the row because the two
 * frameworks limit overall effectiveness differently: {@code slac-2009} caps it by one area (SAFE,
 * LAC-SAFE), {@code ilacs-2023} makes it Inadequate on any critical finding or inadequate limiting
 * criterion, and has no capacity judgement.
 *
 * <p>Area keys are the ones criteria.md and the catalogue use ({@code areas: {slac-2009: [SAFE]}});
 * a key here that no criterion names is simply never in scope.
 */
public final class Framework {
    public static final String SLAC_2009 = "slac-2009";
    public static final String ILACS_2023 = "ilacs-2023";

    /** How a row gets its grade. */
    public enum Kind {
        /** weighted mean of its criteria by {@link MeanBands}, capped by limiting criteria and critical findings */
        AREA,
        /** weighted mean over the criteria of its inputs, then no better than the {@code limitedBy} row */
        OVERALL_NO_BETTER_THAN,
        /** weighted mean over the criteria of its inputs, Inadequate on a critical finding or an inadequate limiting criterion in any input */
        OVERALL_INADEQUATE_ON_CRITICAL,
        /** mean of its inputs' grades, by {@link MeanBands}, moved one grade by the net trend against the previous self-assessment */
        CAPACITY
    }

    /**
     * One row of the Record of main findings.
     *
     * @param inputs for derived rows, the rows it is computed from (for capacity: the two it
     *     averages; its trend pool is the criteria of the overall row of the same section)
     * @param limitedBy for {@link Kind#OVERALL_NO_BETTER_THAN}: the row it can be no better than
     */
    public record Row(String key, String title, String section, Kind kind, List<String> inputs, String limitedBy) {
        public boolean derived() {
            return kind != Kind.AREA;
        }
    }

    private static final String SAFEGUARDING = "Safeguarding services";
    private static final String LOOKED_AFTER = "Services for looked after children";
    private static final String JUDGEMENTS = "Judgements";

    private static final Framework SLAC = slac();
    private static final Framework ILACS = ilacs();

    private final String id;
    private final List<Row> rows;
    private final Map<String, Row> byKey;
    private final List<String> words;

    private Framework(String id, List<Row> rows, List<String> words) {
        this.id = id;
        this.rows = List.copyOf(rows);
        this.words = List.copyOf(words);
        Map<String, Row> map = new LinkedHashMap<>();
        rows.forEach(r -> map.put(r.key(), r));
        this.byKey = map;
    }

    /** @throws IllegalArgumentException for a framework other than slac-2009 and ilacs-2023 */
    public static Framework of(String id) {
        if (SLAC_2009.equals(id)) {
            return SLAC;
        }
        if (ILACS_2023.equals(id)) {
            return ILACS;
        }
        throw new IllegalArgumentException("unknown framework '" + id + "' (slac-2009 or ilacs-2023)");
    }

    public String id() {
        return id;
    }

    /** @return every row, in the order the inspection reports print them */
    public List<Row> rows() {
        return rows;
    }

    /** @return the row with that key, or null */
    public Row row(String key) {
        return byKey.get(key);
    }

    /** @return the framework's word for grade 1–4, or null for null (not graded) */
    public String word(Integer grade) {
        if (grade == null) {
            return null;
        }
        if (grade < 1 || grade > 4) {
            throw new IllegalArgumentException("grade must be 1 to 4, was " + grade);
        }
        return words.get(grade - 1);
    }

    /** @return the four words, Outstanding first */
    public List<String> words() {
        return words;
    }

    @Override
    public String toString() {
        return id;
    }

    private static Framework slac() {
        List<Row> rows = new ArrayList<>();
        List<String> safeguarding = List.of("SAFE", "QOP", "HEALTH", "AMB", "LEAD", "PMQA", "PART", "EQD");
        List<String> lookedAfter = List.of("LAC-HEALTHY", "LAC-SAFE", "LAC-ENJOY", "LAC-CONTRIB", "LAC-ECON", "LAC-QOP",
                "LAC-AMB", "LAC-LEAD", "LAC-PMQA", "LAC-EQD");
        rows.add(new Row("OVERALL", "Overall effectiveness", SAFEGUARDING, Kind.OVERALL_NO_BETTER_THAN, safeguarding, "SAFE"));
        rows.add(new Row("CAP", "Capacity for improvement", SAFEGUARDING, Kind.CAPACITY, List.of("LEAD", "PMQA"), null));
        rows.add(area("SAFE", "Children and young people are safe and feel safe", SAFEGUARDING));
        rows.add(area("QOP", "Quality of provision", SAFEGUARDING));
        rows.add(area("HEALTH", "The contribution of health agencies to keeping children and young people safe", SAFEGUARDING));
        rows.add(area("AMB", "Ambition and prioritisation", SAFEGUARDING));
        rows.add(area("LEAD", "Leadership and management", SAFEGUARDING));
        rows.add(area("PMQA", "Performance management and quality assurance", SAFEGUARDING));
        rows.add(area("PART", "Partnership working", SAFEGUARDING));
        rows.add(area("EQD", "Equality and diversity", SAFEGUARDING));
        rows.add(new Row("LAC-OVERALL", "Overall effectiveness", LOOKED_AFTER, Kind.OVERALL_NO_BETTER_THAN, lookedAfter, "LAC-SAFE"));
        rows.add(new Row("LAC-CAP", "Capacity for improvement", LOOKED_AFTER, Kind.CAPACITY, List.of("LAC-LEAD", "LAC-PMQA"), null));
        rows.add(area("LAC-HEALTHY", "Being healthy", LOOKED_AFTER));
        rows.add(area("LAC-SAFE", "Staying safe", LOOKED_AFTER));
        rows.add(area("LAC-ENJOY", "Enjoying and achieving", LOOKED_AFTER));
        rows.add(area("LAC-CONTRIB", "Making a positive contribution, including user engagement", LOOKED_AFTER));
        rows.add(area("LAC-ECON", "Economic well-being", LOOKED_AFTER));
        rows.add(area("LAC-QOP", "Quality of provision", LOOKED_AFTER));
        rows.add(area("LAC-AMB", "Ambition and prioritisation", LOOKED_AFTER));
        rows.add(area("LAC-LEAD", "Leadership and management", LOOKED_AFTER));
        rows.add(area("LAC-PMQA", "Performance management and quality assurance", LOOKED_AFTER));
        rows.add(area("LAC-EQD", "Equality and diversity", LOOKED_AFTER));
        return new Framework(SLAC_2009, rows, List.of("Outstanding", "Good", "Adequate", "Inadequate"));
    }

    private static Framework ilacs() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("OVERALL", "Overall effectiveness", JUDGEMENTS, Kind.OVERALL_INADEQUATE_ON_CRITICAL,
                List.of("HELP", "CARE", "LEAVERS", "LEADERS"), null));
        rows.add(area("HELP", "The experiences and progress of children who need help and protection", JUDGEMENTS));
        rows.add(area("CARE", "The experiences and progress of children in care", JUDGEMENTS));
        rows.add(area("LEAVERS", "The experiences and progress of care leavers", JUDGEMENTS));
        rows.add(area("LEADERS", "The impact of leaders on social work practice with children and families", JUDGEMENTS));
        return new Framework(ILACS_2023, rows, List.of("Outstanding", "Good", "Requires improvement to be good", "Inadequate"));
    }

    private static Row area(String key, String title, String section) {
        return new Row(key, title, section, Kind.AREA, List.of(), null);
    }
}
