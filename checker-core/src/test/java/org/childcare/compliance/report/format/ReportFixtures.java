package org.childcare.compliance.report.format;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.childcare.compliance.engine.Finding;
import org.childcare.compliance.engine.PartFigure;
import org.childcare.compliance.load.QuarantinedRecord;
import org.childcare.compliance.load.RecordCounts;
import org.childcare.compliance.model.Benchmark;
import org.childcare.compliance.report.AreaForImprovement;
import org.childcare.compliance.report.AreaJudgement;
import org.childcare.compliance.report.CriterionResult;
import org.childcare.compliance.report.GateVerdict;
import org.childcare.compliance.report.MissingData;
import org.childcare.compliance.report.PreviousFigure;
import org.childcare.compliance.report.Report;

/**
 * Reports built by hand, as the grading code would fill them: a realistic authority judged under
 * slac-2009 against a previous period, one under ILACS on a focused-visit profile, and the first
 * with hostile text in every string field.
 */
final class ReportFixtures {
    static final String SAFEGUARDING = "Safeguarding services";
    static final String LAC = "Services for looked after children";

    private ReportFixtures() {}

    // ------------------------------------------------------------------ builders

    static Benchmark benchmark(Double national, Double neighbours) {
        ObjectMapper fields = JsonMapper.builder().visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY).build();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("national", national);
        values.put("statisticalNeighbours", neighbours);
        return fields.convertValue(values, Benchmark.class);
    }

    /** A criterion with sensible defaults; every field can be changed. */
    static final class C {
        String id;
        String title;
        List<String> areas;
        String status = "graded";
        long population;
        long met;
        Double measure;
        String source = "cases";
        Double declared;
        Integer grade;
        String word;
        boolean smallNumbers;
        Benchmark benchmark;
        PreviousFigure previous;
        List<Finding> findings = new ArrayList<>();
        MissingData missing = new MissingData(List.of(), 0, Map.of());
        long partialHistory;
        long notYetDue;
        long findingsTotal = -1;
        long critical = -1;
        String trend;
        String measureText;
        String bands = "95 / 85 / 70";
        String reference;
        double weight = 1;
        boolean limiting;
        String timescale = "3m";
        Map<String, PartFigure> parts = Map.of();
        String explanation;
        boolean inProfile = true;

        C(String id, String title, String... areas) {
            this.id = id;
            this.title = title;
            this.areas = List.of(areas);
        }

        C rate(long population, long met, double measure, int grade, String word) {
            this.population = population;
            this.met = met;
            this.measure = measure;
            this.grade = grade;
            this.word = word;
            this.smallNumbers = population < 10;
            return this;
        }

        C insufficient(String... missing) {
            this.status = "insufficient-evidence";
            this.source = null;
            this.grade = null;
            this.word = null;
            this.measure = null;
            this.missing = new MissingData(List.of(missing), this.missing.records(), this.missing.reasons());
            return this;
        }

        /** Records left out for want of data, by reason, e.g. {@code leftOut("no visits recorded", 12)}. */
        C leftOut(String reason, long count) {
            Map<String, Long> reasons = new TreeMap<>(this.missing.reasons());
            reasons.put(reason, count);
            this.missing = new MissingData(this.missing.needs(), this.missing.records() + count, reasons);
            return this;
        }

        C partialHistory(long records) {
            this.partialHistory = records;
            return this;
        }

        C previous(Double measure, Integer grade, String word, String trend) {
            this.previous = new PreviousFigure(measure, grade, word);
            this.trend = trend;
            return this;
        }

        C finding(String subject, String record, String file, int line, String message, boolean critical) {
            findings.add(new Finding(subject, record, file, line, message, critical));
            return this;
        }

        C with(UnaryOperator<C> change) {
            return change.apply(this);
        }

        CriterionResult build() {
            List<Finding> sorted = new ArrayList<>(findings);
            sorted.sort(Finding.ORDER);
            long crit = critical >= 0 ? critical : sorted.stream().filter(Finding::critical).count();
            long total = findingsTotal >= 0 ? findingsTotal : sorted.size();
            return new CriterionResult(id, title, areas, status, population, met, measure, source, declared, grade, word,
                    smallNumbers, benchmark, previous, List.copyOf(sorted), missing, partialHistory, notYetDue, total, crit, trend,
                    measureText, bands, reference, weight, limiting, timescale, parts, explanation, inProfile);
        }
    }

    static AreaJudgement area(String section, String area, String title, Integer grade, String word, List<String> criteria,
            long critical, List<String> reasons, PreviousFigure previous) {
        return new AreaJudgement(area, title, grade, word, grade == null ? "insufficient-evidence" : "graded", criteria, false,
                critical, section, false, reasons, previous);
    }

    static AreaJudgement derived(String section, String area, String title, int grade, String word, List<String> criteria,
            List<String> reasons, PreviousFigure previous) {
        return new AreaJudgement(area, title, grade, word, "graded", criteria, false, 0, section, true, reasons, previous);
    }

    static PreviousFigure prev(int grade, String word) {
        return new PreviousFigure(null, grade, word);
    }

    // ------------------------------------------------------------------ Northfield, slac-2009

    /** Northfield City Council, 2010-11 against 2009-10: a failing gate, critical findings, gaps in the data. */
    static Report northfield() {
        List<CriterionResult> criteria = List.of(
                new C("AMB-01", "Children and young people's plan", "AMB", "LAC-AMB")
                        .rate(1, 1, 100.0, 2, "Good").with(c -> {
                            c.bands = "evidence";
                            c.smallNumbers = false;
                            c.timescale = "6m";
                            c.measureText = "evidence: a children and young people's plan agreed by partners, with "
                                    + "safeguarding and looked after children priorities";
                            c.reference = "Leeds 2011 para 44";
                            c.explanation = "evidence entry AMB-01 met: CYPP 2011-14 agreed by the Children's Trust Board on "
                                    + "2011-03-14";
                            return c;
                        }).previous(100.0, 2, "Good", "held").build(),
                new C("ASM-01", "Assessments completed in time", "QOP")
                        .rate(1180, 923, 78.2, 3, "Adequate").with(c -> {
                            c.weight = 2.0;
                            c.measureText = "assessments completed within their timescale from start";
                            c.reference = "Working Together 2010 (initial 10, core 35 working days)";
                            c.benchmark = benchmark(77.0, 74.5);
                            c.notYetDue = 37;
                            c.findingsTotal = 257;
                            return c;
                        }).previous(72.5, 3, "Adequate", "held")
                        .finding("C0412", "A2", "children/team-a.yaml", 2210, "initial assessment completed 14 working days after it started (limit 10)", false)
                        .finding("C0588", "A1", "children/team-b.yaml", 318, "core assessment completed 52 working days after it started (limit 35)", false)
                        .finding("C1043", "A1", "children/team-c.yaml", 96, "initial assessment still open on 2011-09-12, 23 working days after it started (limit 10)", false)
                        .build(),
                new C("ASM-02", "Children seen, and seen alone", "SAFE")
                        .rate(310, 298, 96.1, 2, "Good").with(c -> {
                            c.bands = "98 / 95 / 90";
                            c.limiting = true;
                            c.timescale = "immediately";
                            c.measureText = "assessments in which the child was seen, and seen alone when aged 5 or over";
                            c.reference = "Working Together 2010 5.40; unannounced inspection letter, Jan 2011";
                            c.findingsTotal = 12;
                            return c;
                        }).previous(93.0, 3, "Adequate", "improved")
                        .finding("C0733", "A1", "children/team-b.yaml", 1402, "child aged 9 seen but not alone", false)
                        .build(),
                new C("CL-03", "Care leavers in education, employment or training", "LAC-ECON")
                        .rate(75, 39, 52.0, 2, "Good").with(c -> {
                            c.bands = "64 / 51 / 44";
                            c.source = "indicator";
                            c.declared = 52.0;
                            c.weight = 1.7;
                            c.timescale = "6m";
                            c.measureText = "care leavers in education, employment or training";
                            c.reference = "Leicester 2011 para 96";
                            c.benchmark = benchmark(49.0, null);
                            return c;
                        }).previous(47.0, 3, "Adequate", "improved").build(),
                new C("CP-01", "Initial child protection conferences in time", "QOP")
                        .rate(120, 56, 46.7, 4, "Inadequate").with(c -> {
                            c.bands = "90 / 75 / 60";
                            c.declared = 47.0;
                            c.weight = 1.7;
                            c.measureText = "initial conferences held within 15 working days of the strategy discussion";
                            c.reference = "Working Together 2010 5.81 (national 2010-11: 66%)";
                            c.benchmark = benchmark(66.0, 71.2);
                            c.findingsTotal = 64;
                            c.notYetDue = 3;
                            return c;
                        }).previous(40.1, 4, "Inadequate", "held")
                        .finding("C0001", "P1", "children/team-a.yaml", 120, "initial conference 19 working days after the strategy discussion (limit 15)", false)
                        .finding("C0017", "P1", "children/team-a.yaml", 544, "initial conference 27 working days after the strategy discussion (limit 15)", false)
                        .finding("C0230", "P2", "children/team-b.yaml", 77, "initial conference 16 working days after the strategy discussion (limit 15)", false)
                        .build(),
                new C("CP-02", "Agencies attending initial conferences", "HEALTH", "PART")
                        .rate(120, 70, 58.3, 3, "Adequate").with(c -> {
                            c.bands = "90 / 75 / 50";
                            c.timescale = "6m";
                            c.measureText = "initial conferences attended by each of gp, police, school, health (rate per "
                                    + "agency; the measure is the lowest)";
                            c.reference = "Leeds 2011 para 40";
                            c.parts = new TreeMap<>(Map.of("gp", new PartFigure(120, 70), "health", new PartFigure(120, 112),
                                    "police", new PartFigure(120, 101), "school", new PartFigure(120, 88)));
                            c.explanation = "lowest: gp"; // as the engine explains a lowest-part measure
                            return c;
                        }).previous(61.0, 3, "Adequate", "held").build(),
                new C("CP-03", "Child protection visits in time", "SAFE")
                        .rate(212, 171, 80.7, 3, "Adequate").with(c -> {
                            c.limiting = true;
                            c.timescale = "immediately";
                            c.measureText = "open or ended plans whose visits never left a gap over 10 working days, every "
                                    + "visit with the child seen";
                            c.reference = "local child protection procedures; Leeds 2011 para 37";
                            c.findingsTotal = 41;
                            c.notYetDue = 4;
                            c.partialHistory = 12;
                            c.bands = "95 / 90 / 80";
                            return c;
                        }).previous(84.0, 3, "Adequate", "held")
                        .leftOut("history known from 2011-06-01", 3).leftOut("no visits recorded", 9)
                        .finding("C0058", "P1", "children/team-a.yaml", 980, "open plan: 24 working days since the last visit on 2011-04-12 (critical interval 20)", true)
                        .finding("C0311", "P1", "children/team-c.yaml", 45, "open plan: no visit in the 22 working days since the plan started on 2011-08-10 (critical interval 20)", true)
                        .finding("C0102", "P1", "children/team-a.yaml", 1733, "gap of 13 working days between visits on 2011-01-05 and 2011-01-24 (limit 10)", false)
                        .finding("C0199", "P2", "children/team-b.yaml", 2044, "visit on 2011-02-17 did not see the child", false)
                        .finding("C0402", "P1", "children/team-b.yaml", 3120, "gap of 11 working days between visits on 2011-06-01 and 2011-06-16 (limit 10)", false)
                        .build(),
                new C("CP-13", "Children on a plan allocated to a qualified social worker", "SAFE")
                        .rate(212, 211, 99.5, 4, "Inadequate").with(c -> {
                            c.bands = "100 / 100 / 100";
                            c.limiting = true;
                            c.timescale = "immediately";
                            c.measureText = "children on a plan allocated to a qualified social worker on the as-at date";
                            c.reference = "Leicester 2011 para 11 (statutory requirement)";
                            return c;
                        }).previous(100.0, 1, "Outstanding", "declined")
                        .finding("C0874", "P1", "children/team-c.yaml", 1210, "on a plan since 2011-07-04 and unallocated on 2011-09-12", true)
                        .build(),
                new C("EQD-01", "Assessments that consider equality and diversity", "EQD", "LAC-EQD")
                        .insufficient("audited assessments with quality.equalityAndDiversity recorded (assessments[].quality)",
                                "or indicators: EQD-01 with its population")
                        .leftOut("assessment not audited for equality and diversity", 38).with(c -> {
                            c.bands = "90 / 75 / 60";
                            c.timescale = "6m";
                            c.measureText = "audited assessments that consider equality and diversity";
                            c.reference = "Leicester 2011 paras 13, 32";
                            return c;
                        }).build(),
                new C("HLT-01", "Initial health assessments in time", "LAC-HEALTHY")
                        .insufficient("careEpisodes[].healthAssessments of type initial, with their dates",
                                "or indicators: HLT-01").with(c -> {
                            c.measureText = "episodes with an initial health assessment within 20 working days of the start";
                            c.reference = "statutory guidance on promoting the health of looked after children (2009)";
                            c.notYetDue = 6;
                            return c;
                        }).previous(81.0, 3, "Adequate", null).build(),
                new C("LAC-01", "Statutory visits to looked after children", "LAC-SAFE")
                        .rate(410, 379, 92.4, 2, "Good").with(c -> {
                            c.bands = "95 / 90 / 80";
                            c.limiting = true;
                            c.timescale = "immediately";
                            c.measureText = "placements whose visits met the statutory intervals";
                            c.reference = "Care Planning, Placement and Case Review (England) Regulations 2010, reg 28";
                            c.findingsTotal = 31;
                            return c;
                        }).previous(88.0, 3, "Adequate", "improved")
                        .finding("C2210", "E1/PL2", "children/looked-after.yaml", 402, "first visit 9 days after the placement started on 2011-02-07 (limit 7)", false)
                        .finding("C2288", "E1/PL1", "children/looked-after.yaml", 1187, "gap of 8 weeks between visits on 2011-05-03 and 2011-06-28 (limit 6)", false)
                        .build(),
                new C("LAC-07", "Looked after children with three or more placements", "LAC-SAFE")
                        .rate(520, 58, 11.2, 3, "Adequate").with(c -> {
                            c.bands = "≤ 7 / 10 / 12";
                            c.weight = 0.2;
                            c.timescale = "6m";
                            c.measureText = "children looked after in the period with three or more placements in it";
                            c.reference = "former national indicator NI 62";
                            c.benchmark = benchmark(10.7, 11.5);
                            return c;
                        }).previous(11.0, 3, "Adequate", "held").build(),
                new C("LAC-12", "Children at risk of sexual exploitation screened", "LAC-SAFE")
                        .rate(14, 14, 100.0, 1, "Outstanding").with(c -> {
                            c.bands = "100 / 95 / 85";
                            c.timescale = "immediately";
                            c.measureText = "children flagged at risk of sexual exploitation with the screening tool completed";
                            c.reference = "Leeds focused visit 2018";
                            return c;
                        }).previous(null, null, null, null).build(),
                new C("LSCB-01", "LSCB independent chair and annual report", "PART")
                        .rate(1, 1, 100.0, 1, "Outstanding").with(c -> {
                            c.bands = "100 / 100 / 50";
                            c.measureText = "the LSCB has an independent chair and published an annual report in the 12 "
                                    + "months before the as-at date";
                            c.reference = "Working Together 2010 ch.3";
                            return c;
                        }).previous(50.0, 3, "Adequate", "improved").build(),
                new C("REF-02", "Re-referrals within 12 months", "QOP")
                        .rate(4120, 964, 23.4, 3, "Adequate").with(c -> {
                            c.bands = "≤ 15 / 20 / 25";
                            c.weight = 1.6;
                            c.timescale = "6m";
                            c.measureText = "re-referrals within 12 months as a share of referrals in the period";
                            c.reference = "DfE children in need statistics";
                            c.benchmark = benchmark(24.0, 22.1);
                            c.findingsTotal = 964;
                            return c;
                        }).previous(26.2, 4, "Inadequate", "improved")
                        .finding("C0015", "R3", "children/team-a.yaml", 88, "referral on 2010-11-02 within 12 months of the referral on 2010-03-19", false)
                        .build(),
                new C("SUP-01", "Supervision at the required frequency", "PMQA", "LAC-PMQA")
                        .rate(9, 6, 66.7, 4, "Inadequate").with(c -> {
                            c.measureText = "workers whose supervision met the frequency";
                            c.reference = "Standards for employers and supervision framework (2011); Leeds 2011 para 54";
                            return c;
                        })
                        .finding("W0031", null, "workforce.yaml", 212, "supervision gap of 47 days from 2011-01-10 to 2011-02-26 (limit 31)", false)
                        .finding("W0047", null, "workforce.yaml", 260, "newly qualified: 3 weeks without weekly supervision in the first 6 weeks", false)
                        .finding("W0052", null, "workforce.yaml", 301, "no supervision recorded after 2011-06-30", false)
                        .build(),
                new C("WF-01", "Average caseload of qualified social workers", "LEAD", "LAC-LEAD")
                        .rate(146, 0, 21.4, 3, "Adequate").with(c -> {
                            c.bands = "≤ 15 / 18 / 22";
                            c.weight = 2.3;
                            c.measureText = "average caseload of qualified social workers (and each worker over 25 listed)";
                            c.reference = "Leeds 2011 para 47 (average 21)";
                            c.benchmark = benchmark(16.1, null);
                            return c;
                        }).previous(23.0, 4, "Inadequate", "improved")
                        .finding("W0123", null, "workforce.yaml", 1040, "caseload 31 (limit 25)", false)
                        .finding("W0190", null, "workforce.yaml", 1322, "caseload 27 (limit 25)", false)
                        .build());

        List<AreaJudgement> judgements = List.of(
                derived(SAFEGUARDING, "OVERALL", "Overall effectiveness", 4, "Inadequate",
                        List.of("AMB-01", "ASM-01", "ASM-02", "CP-01", "CP-02", "CP-03", "CP-13", "EQD-01", "LSCB-01", "REF-02",
                                "SUP-01", "WF-01"),
                        List.of("weighted mean of 11 graded criteria: 2.89, Adequate (2.5 to 3)",
                                "no better than Children and young people are safe and feel safe (SAFE), Inadequate (4): Inadequate (4)"),
                        prev(3, "Adequate")),
                derived(SAFEGUARDING, "CAP", "Capacity for improvement", 3, "Adequate", List.of("SUP-01", "WF-01"),
                        List.of("mean of Leadership and management Adequate (3) and Performance management and quality "
                                + "assurance Inadequate (4): 3.5, Inadequate (above 3)",
                                "of 11 criteria graded in both periods 6 improved, 2 declined and 3 held: 4 more improved "
                                        + "than declined, at least a quarter of 11 (2.75): one grade better, Adequate (3)"),
                        prev(3, "Adequate")),
                area(SAFEGUARDING, "SAFE", "Children and young people are safe and feel safe", 4, "Inadequate",
                        List.of("ASM-02", "CP-03", "CP-13"), 3,
                        List.of("graded criteria: ASM-02 Good (2), CP-03 Adequate (3), CP-13 Inadequate (4)",
                                "weighted mean 3.0: Adequate (3)",
                                "capped by limiting criterion CP-13 Inadequate (4): Inadequate (4)",
                                "3 critical findings (CP-03: 2, CP-13: 1): Inadequate (4)"),
                        prev(3, "Adequate")),
                area(SAFEGUARDING, "QOP", "Quality of provision", 3, "Adequate", List.of("ASM-01", "CP-01", "REF-02"), 0,
                        List.of("graded criteria: ASM-01 Adequate (3) ×2.0, CP-01 Inadequate (4) ×1.7, REF-02 Adequate (3) ×1.6",
                                "weighted mean 3.32: Adequate (3)"),
                        prev(4, "Inadequate")),
                area(SAFEGUARDING, "HEALTH", "The contribution of health agencies to keeping children and young people safe", 3,
                        "Adequate", List.of("CP-02"), 0, List.of("graded criteria: CP-02 Adequate (3)", "mean 3.0: Adequate (3)"),
                        prev(3, "Adequate")),
                area(SAFEGUARDING, "AMB", "Ambition and prioritisation", 2, "Good", List.of("AMB-01"), 0,
                        List.of("graded criteria: AMB-01 Good (2)", "mean 2.0: Good (2)"), prev(2, "Good")),
                area(SAFEGUARDING, "LEAD", "Leadership and management", 3, "Adequate", List.of("WF-01"), 0,
                        List.of("graded criteria: WF-01 Adequate (3)", "mean 3.0: Adequate (3)"), prev(4, "Inadequate")),
                area(SAFEGUARDING, "PMQA", "Performance management and quality assurance", 4, "Inadequate", List.of("SUP-01"), 0,
                        List.of("graded criteria: SUP-01 Inadequate (4), small numbers", "mean 4.0: Inadequate (4)"), null),
                area(SAFEGUARDING, "PART", "Partnership working", 2, "Good", List.of("CP-02", "LSCB-01"), 0,
                        List.of("graded criteria: CP-02 Adequate (3), LSCB-01 Outstanding (1)", "mean 2.0: Good (2)"),
                        prev(3, "Adequate")),
                area(SAFEGUARDING, "EQD", "Equality and diversity", null, null, List.of("EQD-01"), 0,
                        List.of("no criterion graded: not graded, insufficient evidence (EQD-01 needs audited assessments)"),
                        prev(3, "Adequate")),
                derived(LAC, "LAC-OVERALL", "Overall effectiveness", 2, "Good",
                        List.of("AMB-01", "CL-03", "EQD-01", "HLT-01", "LAC-01", "LAC-07", "LAC-12", "SUP-01", "WF-01"),
                        List.of("weighted mean of 7 graded criteria: 2.43, Good (2 to below 2.5)",
                                "no better than Staying safe (LAC-SAFE), Good (2): Good (2)"),
                        prev(3, "Adequate")),
                derived(LAC, "LAC-CAP", "Capacity for improvement", 3, "Adequate", List.of("SUP-01", "WF-01"),
                        List.of("mean of LAC-LEAD Adequate (3) and LAC-PMQA Inadequate (4): 3.5, Inadequate (above 3)",
                                "of 11 criteria graded in both periods 6 improved, 2 declined and 3 held: 4 more improved "
                                        + "than declined, at least a quarter of 11 (2.75): one grade better, Adequate (3)"),
                        prev(3, "Adequate")),
                area(LAC, "LAC-HEALTHY", "Being healthy", null, null, List.of("HLT-01"), 0,
                        List.of("no criterion graded: not graded, insufficient evidence"), prev(3, "Adequate")),
                area(LAC, "LAC-SAFE", "Staying safe", 2, "Good", List.of("LAC-01", "LAC-07", "LAC-12"), 0,
                        List.of("graded criteria: LAC-01 Good (2) ×1, LAC-07 Adequate (3) ×0.2, LAC-12 Outstanding (1) ×1",
                                "weighted mean 1.64: Outstanding (below 2)",
                                "capped by limiting criterion LAC-01 Good (2): Good (2)"),
                        prev(3, "Adequate")),
                area(LAC, "LAC-ENJOY", "Enjoying and achieving", null, null, List.of(), 0,
                        List.of("no criterion of this area was assessed"), null),
                area(LAC, "LAC-CONTRIB", "Making a positive contribution, including user engagement", null, null, List.of(), 0,
                        List.of("no criterion of this area was assessed"), null),
                area(LAC, "LAC-ECON", "Economic well-being", 2, "Good", List.of("CL-03"), 0,
                        List.of("graded criteria: CL-03 Good (2), from the declared indicator", "mean 2.0: Good (2)"),
                        prev(3, "Adequate")),
                area(LAC, "LAC-QOP", "Quality of provision", null, null, List.of(), 0,
                        List.of("no criterion of this area was assessed"), null),
                area(LAC, "LAC-AMB", "Ambition and prioritisation", 2, "Good", List.of("AMB-01"), 0,
                        List.of("graded criteria: AMB-01 Good (2)", "mean 2.0: Good (2)"), prev(2, "Good")),
                area(LAC, "LAC-LEAD", "Leadership and management", 3, "Adequate", List.of("WF-01"), 0,
                        List.of("graded criteria: WF-01 Adequate (3)", "mean 3.0: Adequate (3)"), prev(4, "Inadequate")),
                area(LAC, "LAC-PMQA", "Performance management and quality assurance", 4, "Inadequate", List.of("SUP-01"), 0,
                        List.of("graded criteria: SUP-01 Inadequate (4), small numbers", "mean 4.0: Inadequate (4)"), null),
                area(LAC, "LAC-EQD", "Equality and diversity", null, null, List.of("EQD-01"), 0,
                        List.of("no criterion graded: not graded, insufficient evidence"), prev(3, "Adequate")));

        List<AreaForImprovement> afi = List.of(
                new AreaForImprovement("immediately", "CP-03", "ensure that every child on a child protection plan is "
                        + "visited, and seen, at least every 10 working days", List.of("SAFE"), true),
                new AreaForImprovement("immediately", "CP-13", "allocate every child on a child protection plan to a "
                        + "qualified social worker", List.of("SAFE"), true),
                new AreaForImprovement("3m", "ASM-01", "improve the timeliness of initial and core assessments",
                        List.of("QOP"), false),
                new AreaForImprovement("3m", "CP-01", "improve the timeliness of initial child protection conferences",
                        List.of("QOP"), false),
                new AreaForImprovement("3m", "SUP-01", "ensure that all social workers receive regular, recorded "
                        + "supervision at the required frequency", List.of("PMQA", "LAC-PMQA"), false),
                new AreaForImprovement("3m", "WF-01", "reduce the caseloads of qualified social workers so that none "
                        + "holds more than 25 cases", List.of("LEAD", "LAC-LEAD"), false),
                new AreaForImprovement("6m", "CP-02", "improve the attendance of GPs and schools at initial child "
                        + "protection conferences", List.of("HEALTH", "PART"), false),
                new AreaForImprovement("6m", "LAC-07", "improve the stability of placements for looked after children",
                        List.of("LAC-SAFE"), false),
                new AreaForImprovement("6m", "REF-02", "reduce re-referrals by making sure that help offered at the first "
                        + "referral meets the family's needs", List.of("QOP"), false));

        List<QuarantinedRecord> quarantine = List.of(
                new QuarantinedRecord("allegation", "A0012", "allegations.yaml", 15, "received 2011-03-02 is after concluded 2011-02-11"),
                new QuarantinedRecord("child", "C0099", "children/team-c.yaml", 7, "dateOfBirth '2031-02-30' is not a date"),
                new QuarantinedRecord("child", "C0150", "children/team-b.yaml", 1450, "duplicate child id C0150 (first at children/team-a.yaml:310)"),
                new QuarantinedRecord("worker", "W0456", "workforce.yaml", 88, "caseload -3 is negative"));

        Map<String, Double> overrides = new TreeMap<>(Map.of("CP-03.maxIntervalWorkingDays", 10.0, "LAC-10.maxMiles", 25.0));
        return new Report(Report.FORMAT_VERSION, new Report.Authority("Northfield City Council", "899"),
                new Report.Period(LocalDate.of(2010, 4, 1), LocalDate.of(2011, 3, 31)), LocalDate.of(2011, 9, 12),
                "slac-2009", "full", new Report.RulesInfo("sha256:3f6c1a9e0b7d44e2", overrides, null),
                new GateVerdict(false, List.of("area SAFE graded Inadequate", "area PMQA graded Inadequate",
                        "area LAC-PMQA graded Inadequate", "3 critical findings (CP-03: 2, CP-13: 1)")),
                new RecordCounts(1234, 1230, 4), judgements, criteria, afi, quarantine,
                new Report.PreviousPeriod(new Report.Period(LocalDate.of(2009, 4, 1), LocalDate.of(2010, 3, 31)),
                        LocalDate.of(2010, 9, 10)));
    }

    // ------------------------------------------------------------------ ILACS focused visit

    /** A focused visit under ILACS: "Judgements" section, its grade words, criteria outside the profile, no previous. */
    static Report ilacsFocusedVisit() {
        List<CriterionResult> criteria = List.of(
                new C("CP-01", "Initial child protection conferences in time", "HELP")
                        .rate(95, 70, 73.7, 3, "Requires improvement to be good").with(c -> {
                            c.bands = "90 / 75 / 60";
                            c.inProfile = false;
                            c.measureText = "initial conferences held within 15 working days of the strategy discussion";
                            return c;
                        }).build(),
                new C("LAC-01", "Statutory visits to looked after children", "CARE")
                        .rate(300, 270, 90.0, 2, "Good").with(c -> {
                            c.bands = "95 / 90 / 80";
                            c.limiting = true;
                            c.measureText = "placements whose visits met the statutory intervals";
                            return c;
                        }).build(),
                new C("LAC-10", "Placements near home", "CARE")
                        .rate(280, 190, 67.9, 4, "Inadequate").with(c -> {
                            c.bands = "90 / 80 / 70";
                            c.timescale = "6m";
                            c.measureText = "open placements within 20 miles of home";
                            return c;
                        }).finding("C3001", "E1/PL1", "children/in-care.yaml", 40, "placed 48 miles from home (limit 20)", false)
                        .build(),
                new C("WF-04", "Agency social workers", "LEADERS", "HELP", "CARE", "LEAVERS")
                        .rate(210, 40, 19.0, 3, "Requires improvement to be good").with(c -> {
                            c.bands = "≤ 3 / 13 / 32";
                            c.weight = 1.6;
                            c.timescale = "6m";
                            c.measureText = "share of workers who are agency staff";
                            return c;
                        }).build(),
                new C("EDU-01", "Personal education plans in time", "CARE")
                        .insufficient("careEpisodes[].educationPlans").with(c -> {
                            c.measureText = "episodes of school-age children with a personal education plan by the first review";
                            return c;
                        }).build());
        List<AreaJudgement> judgements = List.of(
                derived("Judgements", "OVERALL", "Overall effectiveness", 3, "Requires improvement to be good",
                        List.of("LAC-01", "LAC-10", "WF-04"), List.of("weighted mean 2.95: Requires improvement to be good (3)"), null),
                area("Judgements", "LEADERS", "The impact of leaders on social work practice with children and families", 3,
                        "Requires improvement to be good", List.of("WF-04"), 0, List.of("mean 3.0"), null),
                area("Judgements", "CARE", "The experiences and progress of children in care", 3,
                        "Requires improvement to be good", List.of("EDU-01", "LAC-01", "LAC-10", "WF-04"), 0,
                        List.of("weighted mean 2.95"), null));
        return new Report(Report.FORMAT_VERSION, new Report.Authority("Northfield City Council", "899"),
                new Report.Period(LocalDate.of(2017, 4, 1), LocalDate.of(2018, 3, 31)), LocalDate.of(2018, 1, 19),
                "ilacs-2023", "focused-visit-children-in-care", new Report.RulesInfo("sha256:9a0b", Map.of(), "rules-local"),
                new GateVerdict(true, List.of()), new RecordCounts(640, 640, 0), judgements, criteria,
                List.of(new AreaForImprovement("6m", "LAC-10", "increase the number of children placed close to home",
                        List.of("CARE"), false)),
                List.of(), null);
    }

    // ------------------------------------------------------------------ hostile strings

    /** Text that would run, break out of an attribute, close a CDATA section or a table cell if written raw. */
    static final List<String> HOSTILE = List.of(
            "<script>alert(1)</script>",
            "\"onmouseover=\"alert(2)\"",
            "'><img src=x onerror=alert(3)>",
            "</title><svg onload=alert(4)>",
            "]]><!-- --><![CDATA[",
            "a | b **c** [x](javascript:alert(5)) `d` $e$ &amp; <b>f</b>",
            "ctl\u0000\u0001\u0008\u000B\u001F\u007F\u0085 end",
            "lone \uD800 surrogate \uDFFF \uFFFE",
            "line\r\nbreak\rand\ttab\n# heading",
            "\u202Eevil RTL \uD83D\uDE00 emoji, café");

    static String hostile(int i) {
        return HOSTILE.get(Math.floorMod(i, HOSTILE.size()));
    }

    /** {@link #northfield()} with a hostile string in every text field, including IDs, keys and file names. */
    static Report hostile() {
        Report base = northfield();
        int[] n = {0};
        UnaryOperator<String> h = s -> s == null ? null : hostile(n[0]++) + s + hostile(n[0]++);
        List<CriterionResult> criteria = new ArrayList<>();
        for (CriterionResult c : base.criteria()) {
            List<Finding> findings = new ArrayList<>();
            for (Finding f : c.findings()) {
                findings.add(new Finding(h.apply(f.subject() == null ? "W" : f.subject()), h.apply(f.record() == null ? "R" : f.record()),
                        h.apply(f.file()), f.line(), h.apply(f.message()), f.critical()));
            }
            Map<String, PartFigure> parts = new TreeMap<>();
            c.parts().forEach((k, v) -> parts.put(h.apply(k), v));
            criteria.add(new CriterionResult(h.apply(c.id()), h.apply(c.title()), c.areas().stream().map(h).toList(),
                    c.status(), c.population(), c.met(), c.measure(), c.source(), c.declared(), c.grade(), h.apply(c.word()),
                    c.smallNumbers(), c.benchmark(),
                    c.previous() == null ? null : new PreviousFigure(c.previous().measure(), c.previous().grade(), h.apply(c.previous().word())),
                    findings, new MissingData(c.missing().needs().stream().map(h).toList(), c.missing().records(), c.missing().reasons()),
                    c.partialHistory(), c.notYetDue(), c.findingsTotal(), c.critical(),
                    h.apply(c.trend()), h.apply(c.measureText()), c.bands(), h.apply(c.reference()), c.weight(), c.limiting(),
                    h.apply(c.timescale()), parts, h.apply(c.explanation() == null ? "x" : c.explanation()), c.inProfile()));
        }
        List<AreaJudgement> judgements = new ArrayList<>();
        for (AreaJudgement a : base.judgements()) {
            judgements.add(new AreaJudgement(h.apply(a.area()), h.apply(a.title()), a.grade(), h.apply(a.word()), a.status(),
                    a.criteria().stream().map(h).toList(), a.limitedEvidence(), a.critical(), h.apply(a.section()),
                    a.derived(), a.reasons().stream().map(h).toList(),
                    a.previous() == null ? null : new PreviousFigure(null, a.previous().grade(), h.apply(a.previous().word()))));
        }
        List<AreaForImprovement> afi = new ArrayList<>();
        for (AreaForImprovement a : base.areasForImprovement()) {
            afi.add(new AreaForImprovement(h.apply(a.timescale()), h.apply(a.criterion()), h.apply(a.action()),
                    a.areas().stream().map(h).toList(), a.critical()));
        }
        List<QuarantinedRecord> quarantine = new ArrayList<>();
        for (QuarantinedRecord q : base.quarantine()) {
            quarantine.add(new QuarantinedRecord(h.apply(q.kind()), h.apply(q.subject()), h.apply(q.file()), q.line(),
                    h.apply(q.reason())));
        }
        Map<String, Double> overrides = new TreeMap<>();
        base.rules().overrides().forEach((k, v) -> overrides.put(h.apply(k), v));
        return new Report(base.formatVersion(), new Report.Authority(h.apply("Northfield"), h.apply("899")), base.period(),
                base.asAt(), h.apply(base.framework()), h.apply(base.profile()),
                new Report.RulesInfo(h.apply("sha256:1"), overrides, h.apply("rules")),
                new GateVerdict(false, base.gate().reasons().stream().map(h).toList()), base.records(), judgements, criteria,
                afi, quarantine, base.previous());
    }
}
