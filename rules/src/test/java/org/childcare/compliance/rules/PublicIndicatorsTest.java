package org.childcare.compliance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.childcare.compliance.catalogue.Catalogue;
import org.childcare.compliance.check.CheckRequest;
import org.childcare.compliance.check.Checker;
import org.childcare.compliance.check.Evaluator;
import org.childcare.compliance.engine.RuleBase;
import org.childcare.compliance.grading.GateOptions;
import org.childcare.compliance.report.AreaJudgement;
import org.childcare.compliance.report.CriterionResult;
import org.childcare.compliance.report.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code indicators:} path on real published figures: every English authority's DfE key
 * measures for 2015 to 2025 (test resources under public-data/, with their source and licence in
 * its README.md) go in as a self-assessment with no case data, and each of the 18 national-indicator criteria must come out
 * measured from the indicator and graded exactly as its bands say. Then the grades from the
 * figures of the year before each ILACS inspection are set beside Ofsted's judgement.
 */
class PublicIndicatorsTest {
    /** The published figures, a folder of the test class path (rules/src/test/resources/public-data). */
    private static final String DATA = "/public-data/";

    /** DfE measure → criterion; CL-04 counts care leavers in touch, the DfE those not in touch. */
    private static final Map<String, String> CRITERION_OF_MEASURE = new LinkedHashMap<>();

    static {
        CRITERION_OF_MEASURE.put("pct_rereferrals_within_12m", "REF-02");
        CRITERION_OF_MEASURE.put("pct_assessments_within_45_working_days", "ASM-01");
        CRITERION_OF_MEASURE.put("pct_icpc_within_15_working_days", "CP-01");
        CRITERION_OF_MEASURE.put("pct_cp_reviews_on_time", "CP-06");
        CRITERION_OF_MEASURE.put("pct_cpp_ceased_lasting_2yrs_plus", "CP-11");
        CRITERION_OF_MEASURE.put("pct_cpp_second_or_subsequent", "CP-12");
        CRITERION_OF_MEASURE.put("pct_cla_3plus_placements", "LAC-07");
        CRITERION_OF_MEASURE.put("pct_cla_long_term_stability", "LAC-08");
        CRITERION_OF_MEASURE.put("pct_cla12m_health_assessment", "HLT-02");
        CRITERION_OF_MEASURE.put("pct_cla12m_dental_check", "HLT-03");
        CRITERION_OF_MEASURE.put("pct_cla12m_immunisations", "HLT-04");
        CRITERION_OF_MEASURE.put("pct_care_leavers_suitable_accom", "CL-02");
        CRITERION_OF_MEASURE.put("pct_care_leavers_EET", "CL-03");
        CRITERION_OF_MEASURE.put("pct_care_leavers_not_in_touch", "CL-04");
        CRITERION_OF_MEASURE.put("sw_avg_caseload", "WF-01");
        CRITERION_OF_MEASURE.put("sw_vacancy_rate", "WF-03");
        CRITERION_OF_MEASURE.put("sw_agency_rate", "WF-04");
        CRITERION_OF_MEASURE.put("sw_turnover_rate", "WF-05");
    }

    private static Checker checker;
    private static Catalogue catalogue;

    @BeforeAll
    static void rules() throws Exception {
        RuleBase rules = RuleBase.load(null);
        catalogue = rules.catalogue();
        checker = new Checker(request -> Evaluator.evaluate(request, rules));
    }

    @Test
    void everyPublishedFigureIsMeasuredFromItsIndicatorAndGradedByItsBands(@TempDir Path dir) throws Exception {
        List<Map<String, String>> rows = csv(DATA + "dfe-la-key-measures-2015-2025.csv");
        assertTrue(rows.size() > 1600, "rows: " + rows.size());
        int figures = 0;
        for (Map<String, String> row : rows) {
            Map<String, Double> indicators = indicators(row);
            Report report = check(dir, row.get("la_name"), row.get("dfe_la_code"), Integer.parseInt(row.get("year")),
                    "slac-2009", indicators);
            String who = row.get("la_name") + " " + row.get("year");
            for (String id : CRITERION_OF_MEASURE.values()) {
                CriterionResult c = criterion(report, id);
                Double figure = indicators.get(id);
                if (figure == null) {
                    assertEquals("insufficient-evidence", c.status(), () -> who + " " + id + " has no figure");
                    continue;
                }
                figures++;
                assertEquals("indicator", c.source(), () -> who + " " + id);
                assertEquals(figure, c.measure(), 1e-9, () -> who + " " + id);
                int expected = catalogue.get(id).bands().grade(figure);
                assertEquals(expected, c.grade(), () -> who + " " + id + " = " + figure + " against " + c.bands());
            }
        }
        assertTrue(figures > 20_000, "figures checked: " + figures);
    }

    /**
     * Ofsted's overall effectiveness against the ilacs-2023 overall grade from the DfE figures of
     * the year before each inspection. Figures alone are a small part of an inspection (no case
     * records, no practice seen), so the test asks only that the grades lean the same way as
     * Ofsted's, and prints the table for whoever calibrates the bands and weights.
     */
    @Test
    void gradesFromPublishedFiguresLeanTheSameWayAsOfsted(@TempDir Path dir) throws Exception {
        List<Map<String, String>> rows = csv(DATA + "ilacs-inspections-2018-2025-with-dfe-indicators.csv");
        List<double[]> pairs = new ArrayList<>();
        int[][] table = new int[5][5];
        for (Map<String, String> row : rows) {
            Integer ofsted = ofstedGrade(row.get("OE"));
            if (ofsted == null || row.get("year").isEmpty()) {
                continue;
            }
            Report report = check(dir, row.get("la_name_ofsted"), row.get("dfe_la_code"), Integer.parseInt(row.get("year")),
                    "ilacs-2023", indicators(row));
            AreaJudgement overall = report.judgements().stream().filter(j -> j.area().equals("OVERALL")).findFirst().orElseThrow();
            assertNotNull(overall.grade(), () -> row.get("la_name_ofsted") + ": overall not graded: " + overall.reasons());
            pairs.add(new double[] {ofsted, overall.grade()});
            table[ofsted][overall.grade()]++;
        }
        assertTrue(pairs.size() > 200, "inspections compared: " + pairs.size());
        double rho = spearman(pairs);
        StringBuilder printed = new StringBuilder(String.format(Locale.ROOT,
                "%d ILACS inspections: Ofsted overall effectiveness (rows) against the overall grade from DfE figures alone (columns), Spearman %.2f%n",
                pairs.size(), rho));
        for (int o = 1; o <= 4; o++) {
            printed.append(String.format(Locale.ROOT, "  Ofsted %d: %4d %4d %4d %4d%n", o, table[o][1], table[o][2], table[o][3], table[o][4]));
        }
        System.out.print(printed);
        assertTrue(rho > 0, printed::toString);
    }

    private static Report check(Path dir, String name, String code, int year, String framework, Map<String, Double> indicators)
            throws Exception {
        StringBuilder yaml = new StringBuilder();
        yaml.append("schemaVersion: 1\n");
        yaml.append("authority: { name: \"").append(name.replace("\\", "\\\\").replace("\"", "\\\"")).append("\", code: \"")
                .append(code).append("\" }\n");
        yaml.append("period: { start: ").append(year - 1).append("-04-01, end: ").append(year).append("-03-31 }\n");
        yaml.append("framework: ").append(framework).append('\n');
        yaml.append("indicators:\n");
        indicators.forEach((id, value) -> yaml.append("  ").append(id).append(": ").append(value).append('\n'));
        Path file = dir.resolve("self-assessment.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return checker.check(CheckRequest.of(file), GateOptions.defaults()).report();
    }

    private static Map<String, Double> indicators(Map<String, String> row) {
        Map<String, Double> indicators = new LinkedHashMap<>();
        CRITERION_OF_MEASURE.forEach((measure, id) -> {
            String text = row.get(measure);
            if (text != null && !text.isEmpty()) {
                double value = Double.parseDouble(text);
                indicators.put(id, id.equals("CL-04") ? 100 - value : value);
            }
        });
        return indicators;
    }

    private static CriterionResult criterion(Report report, String id) {
        return report.criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static Integer ofstedGrade(String judgement) {
        return switch (judgement) {
            case "Outstanding" -> 1;
            case "Good" -> 2;
            case "Requires improvement to be good" -> 3;
            case "Inadequate" -> 4;
            default -> null;
        };
    }

    /** Spearman's rank correlation with ties given their mean rank. */
    private static double spearman(List<double[]> pairs) {
        double[] a = ranks(pairs.stream().mapToDouble(p -> p[0]).toArray());
        double[] b = ranks(pairs.stream().mapToDouble(p -> p[1]).toArray());
        double meanA = java.util.Arrays.stream(a).average().orElse(0);
        double meanB = java.util.Arrays.stream(b).average().orElse(0);
        double cov = 0;
        double varA = 0;
        double varB = 0;
        for (int i = 0; i < a.length; i++) {
            cov += (a[i] - meanA) * (b[i] - meanB);
            varA += (a[i] - meanA) * (a[i] - meanA);
            varB += (b[i] - meanB) * (b[i] - meanB);
        }
        return cov / Math.sqrt(varA * varB);
    }

    private static double[] ranks(double[] values) {
        double[] ranks = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            int below = 0;
            int equal = 0;
            for (double v : values) {
                if (v < values[i]) {
                    below++;
                } else if (v == values[i]) {
                    equal++;
                }
            }
            ranks[i] = below + (equal + 1) / 2.0;
        }
        return ranks;
    }

    /** A small CSV reader for a test resource: commas, double-quoted fields with doubled quotes, a header row. */
    static List<Map<String, String>> csv(String resource) throws IOException {
        List<String> lines;
        try (InputStream in = PublicIndicatorsTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, () -> resource + " is not on the test class path (rules/src/test/resources" + resource + ")");
            lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        }
        List<String> header = fields(lines.get(0));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> values = fields(line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < values.size() ? values.get(i) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
