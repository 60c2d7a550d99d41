package org.childcare.compliance.grading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.childcare.compliance.catalogue.Aggregation;
import org.childcare.compliance.catalogue.Catalogue;
import org.childcare.compliance.catalogue.Criterion;
import org.childcare.compliance.catalogue.Timescale;
import org.childcare.compliance.engine.Measurement;
import org.childcare.compliance.grading.Framework.Kind;
import org.childcare.compliance.grading.Framework.Row;
import org.childcare.compliance.report.AreaForImprovement;
import org.childcare.compliance.report.AreaJudgement;
import org.childcare.compliance.report.PreviousFigure;

/**
 * Turns measurements into the Record of main findings: the grading model of grading.md, and
 * nothing else. It reads only the catalogue and the measurements, never the rules or the data, so
 * every rule of the model can be tested with hand-built measurements and the same numbers always
 * give the same judgements.
 *
 * <p><b>Explainability first.</b> Every row carries {@code reasons}, one plain-English step per line
 * ("weighted mean 2.43 over 5 of 6 criteria: Good (2 to below 2.5)", "capped at Adequate by limiting criterion
 * ASM-02"), because an authority that disagrees with a grade must be able to see which criteria
 * and which findings produced it, and an auditor must be able to redo the sum by hand.
 *
 * <p><b>From a mean to a grade.</b> Every mean (area, overall effectiveness, capacity for
 * improvement) becomes a grade through {@link MeanBands}, bands rather than rounding, and the reason
 * names the band it fell in ("Outstanding (below 2)"), so the rule is on the page beside the number.
 *
 * <p><b>Never invent a grade.</b> A criterion with nothing measured has no grade; an area with no
 * graded criterion is not graded; a limiting criterion that was not graded cannot be guessed at, so
 * its area is no better than Good and marked limited evidence (Outstanding needs evidence on what
 * limits), and the reason names it; and overall effectiveness in slac-2009 is not graded when the
 * area that limits it (SAFE, LAC-SAFE) is not, because an uncapped overall grade could be better
 * than the safety judgement it must never exceed. The one exception runs the other way: a critical
 * finding makes its areas Inadequate even when nothing else in them could be graded, because the
 * finding is itself evidence about a child at risk now.
 *
 * <p><b>Profiles.</b> Only criteria the {@link Profile} selects count, and only rows it covers and
 * that have at least one selected criterion are produced. Derived rows are computed over the
 * selected criteria of the rows shown.
 *
 * <p><b>Capacity for improvement against a previous self-assessment</b> looks at the criteria of
 * its own section (the criteria its overall effectiveness is computed over), not every criterion:
 * the safeguarding section's capacity should move with safeguarding work, not with looked after
 * children's. It moves only on a net change of at least a quarter of those criteria: grades that
 * merely held are the middle band, evidence of neither improvement nor decline.
 */
public final class Grader {
    /** A criterion graded from case data over fewer members than this is marked small numbers. */
    public static final int SMALL_NUMBERS = 10;

    private final Framework framework;
    private final Profile profile;

    public Grader(Framework framework, Profile profile) {
        this.framework = framework;
        this.profile = profile;
    }

    /** @throws IllegalArgumentException for an unknown framework or profile */
    public static Grader of(String framework, String profile) {
        return new Grader(Framework.of(framework), Profile.of(profile));
    }

    public Framework framework() {
        return framework;
    }

    public Profile profile() {
        return profile;
    }

    /** Grades one self-assessment on its own. */
    public Grading grade(Catalogue catalogue, Map<String, Measurement> measurements) {
        return grade(catalogue, measurements, null);
    }

    /**
     * Grades one self-assessment.
     *
     * @param previous the previous self-assessment graded by the same grader, or null: gives
     *     criteria their trend, rows their previous grade, and moves capacity for improvement
     */
    public Grading grade(Catalogue catalogue, Map<String, Measurement> measurements, Grading previous) {
        String fw = framework.id();
        // which area rows are in scope, and the selected criteria of each
        Map<String, List<Criterion>> byArea = new LinkedHashMap<>();
        for (Row row : framework.rows()) {
            if (row.derived() || !profile.covers(fw, row.key())) {
                continue;
            }
            List<Criterion> criteria = catalogue.all().stream()
                    .filter(c -> profile.selects(c.id()) && c.areasIn(fw).contains(row.key()))
                    .sorted(Comparator.comparing(Criterion::id)).toList();
            if (!criteria.isEmpty()) {
                byArea.put(row.key(), criteria);
            }
        }

        Map<String, CriterionGrade> grades = new TreeMap<>();
        for (Criterion c : catalogue.all()) {
            Measurement m = measurements.get(c.id());
            if (m == null) {
                m = new Measurement(c.id(), 0, 0, 0, null, null, null, Map.of(), List.of(), 0, 0, null);
            }
            CriterionGrade before = previous == null ? null : previous.criterion(c.id());
            List<String> areas = c.areasIn(fw).stream().filter(byArea::containsKey).toList();
            grades.put(c.id(), criterion(c, m, framework, profile.selects(c.id()), areas,
                    before == null ? null : before.grade()));
        }

        Map<String, AreaJudgement> rows = new LinkedHashMap<>();
        for (Map.Entry<String, List<Criterion>> e : byArea.entrySet()) {
            rows.put(e.getKey(), area(framework.row(e.getKey()), e.getValue(), grades));
        }
        for (Row row : framework.rows()) {
            if (!row.derived() || !profile.covers(fw, row.key())) {
                continue;
            }
            List<String> inputs = row.inputs().stream().filter(byArea::containsKey).toList();
            if (inputs.isEmpty()) {
                continue;
            }
            AreaJudgement j = switch (row.kind()) {
                case OVERALL_NO_BETTER_THAN -> overallNoBetterThan(row, inputs, byArea, grades, rows);
                case OVERALL_INADEQUATE_ON_CRITICAL -> overallInadequateOnCritical(row, inputs, byArea, grades);
                case CAPACITY -> capacity(row, inputs, byArea, grades, rows, previous != null);
                case AREA -> throw new IllegalStateException();
            };
            rows.put(row.key(), j);
        }

        List<AreaJudgement> judgements = new ArrayList<>();
        for (Row row : framework.rows()) {
            AreaJudgement j = rows.get(row.key());
            if (j != null) {
                judgements.add(previous == null ? j : withPrevious(j, previous.judgement(row.key())));
            }
        }
        return new Grading(framework, profile, java.util.Collections.unmodifiableMap(grades), List.copyOf(judgements),
                areasForImprovement(catalogue, grades), previous != null);
    }

    /** A criterion's grade from its bands (grading.md "Criterion grade"). */
    static CriterionGrade criterion(Criterion c, Measurement m, Framework framework, boolean inProfile, List<String> areas,
            Integer previousGrade) {
        Integer grade = m.measured() ? c.bands().grade(m.measure()) : null;
        // a sample of records is unreliable when small; an attestation, or a value the rule
        // computed without a population (population 0), is not a sample
        boolean small = grade != null && "cases".equals(m.source()) && c.aggregation() != Aggregation.EVIDENCE
                && m.population() < SMALL_NUMBERS && !(c.aggregation() == Aggregation.VALUE && m.population() == 0);
        String trend = null;
        if (grade != null && previousGrade != null) {
            trend = grade < previousGrade ? CriterionGrade.IMPROVED
                    : grade.equals(previousGrade) ? CriterionGrade.HELD : CriterionGrade.DECLINED;
        }
        return new CriterionGrade(c.id(), grade, framework.word(grade),
                grade == null ? CriterionGrade.INSUFFICIENT_EVIDENCE : CriterionGrade.GRADED, small,
                grade == null ? List.copyOf(c.needs()) : List.of(), inProfile, previousGrade, trend, m.criticalFindings(),
                areas, m);
    }

    // ---- areas ----------------------------------------------------------------------------

    private AreaJudgement area(Row row, List<Criterion> criteria, Map<String, CriterionGrade> grades) {
        List<String> reasons = new ArrayList<>();
        Mean mean = Mean.of(criteria, grades);
        Integer grade = null;
        boolean limited = false;
        if (mean.graded() == 0) {
            reasons.add("not graded: none of its " + count(criteria.size(), "criterion", "criteria")
                    + " could be graded (insufficient evidence)");
        } else {
            grade = MeanBands.grade(mean.value());
            reasons.add(meanReason(mean, ""));
            limited = limitedEvidence(mean, criteria.size(), reasons);
            // no better than the worst limiting criterion
            int worst = 0;
            List<String> worstIds = new ArrayList<>();
            List<String> ungradedLimiting = new ArrayList<>();
            for (Criterion c : criteria) {
                CriterionGrade g = grades.get(c.id());
                if (!c.limiting()) {
                    continue;
                }
                if (!g.graded()) {
                    ungradedLimiting.add(c.id());
                } else if (g.grade() > worst) {
                    worst = g.grade();
                    worstIds = new ArrayList<>(List.of(c.id()));
                } else if (g.grade() == worst) {
                    worstIds.add(c.id());
                }
            }
            if (worst > grade) {
                grade = worst;
                reasons.add("capped at " + framework.word(worst) + " by limiting "
                        + (worstIds.size() == 1 ? "criterion " : "criteria ") + String.join(", ", worstIds));
            }
            if (!ungradedLimiting.isEmpty()) {
                limited = true;
                grade = noBetterThanGoodWithoutLimiting(grade, ungradedLimiting, reasons);
            }
        }
        List<CriterionGrade> critical = critical(criteria, grades);
        if (!critical.isEmpty()) {
            grade = 4;
            reasons.add(framework.word(4) + ": " + criticalText(critical));
        }
        return judgement(row, grade, ids(criteria), limited, criticalCount(critical), reasons);
    }

    /**
     * What a limiting criterion would cap is unknown when it is not graded: the area may be no
     * better than Good, and is marked limited evidence either way (grading.md "Area grade" 4).
     */
    private int noBetterThanGoodWithoutLimiting(int grade, List<String> ungradedLimiting, List<String> reasons) {
        String which = (ungradedLimiting.size() == 1 ? "limiting criterion " : "limiting criteria ")
                + String.join(", ", ungradedLimiting) + " not graded";
        int good = 2;
        if (grade < good) {
            reasons.add("capped at " + framework.word(good) + ", limited evidence: " + which
                    + " (Outstanding needs evidence on what limits)");
            return good;
        }
        reasons.add("limited evidence: " + which + " (no better than " + framework.word(good)
                + ": Outstanding needs evidence on what limits)");
        return grade;
    }

    // ---- derived judgements ---------------------------------------------------------------

    private AreaJudgement overallNoBetterThan(Row row, List<String> inputs, Map<String, List<Criterion>> byArea,
            Map<String, CriterionGrade> grades, Map<String, AreaJudgement> rows) {
        List<Criterion> criteria = union(inputs, byArea);
        List<String> reasons = new ArrayList<>();
        Mean mean = Mean.of(criteria, grades);
        Integer grade = null;
        boolean limited = false;
        AreaJudgement limiting = rows.get(row.limitedBy());
        if (mean.graded() == 0) {
            reasons.add("not graded: none of the " + count(criteria.size(), "criterion", "criteria") + " of "
                    + String.join(", ", inputs) + " could be graded (insufficient evidence)");
        } else if (limiting == null || limiting.grade() == null) {
            reasons.add(meanReason(mean, " of " + String.join(", ", inputs)));
            reasons.add("not graded: " + row.limitedBy() + ", which it can be no better than, is "
                    + (limiting == null ? "not in scope" : "not graded"));
        } else {
            grade = MeanBands.grade(mean.value());
            reasons.add(meanReason(mean, " of " + String.join(", ", inputs)));
            limited = limitedEvidence(mean, criteria.size(), reasons);
            if (limiting.grade() > grade) {
                grade = limiting.grade();
                reasons.add("capped at " + framework.word(grade) + ": no better than " + row.limitedBy());
            }
        }
        return judgement(row, grade, ids(criteria), limited, criticalCount(critical(criteria, grades)), reasons);
    }

    private AreaJudgement overallInadequateOnCritical(Row row, List<String> inputs, Map<String, List<Criterion>> byArea,
            Map<String, CriterionGrade> grades) {
        List<Criterion> criteria = union(inputs, byArea);
        List<String> reasons = new ArrayList<>();
        Mean mean = Mean.of(criteria, grades);
        Integer grade = null;
        boolean limited = false;
        if (mean.graded() == 0) {
            reasons.add("not graded: none of the " + count(criteria.size(), "criterion", "criteria") + " of "
                    + String.join(", ", inputs) + " could be graded (insufficient evidence)");
        } else {
            grade = MeanBands.grade(mean.value());
            reasons.add(meanReason(mean, " of " + String.join(", ", inputs)));
            limited = limitedEvidence(mean, criteria.size(), reasons);
        }
        List<CriterionGrade> critical = critical(criteria, grades);
        if (!critical.isEmpty()) {
            grade = 4;
            reasons.add(framework.word(4) + ": " + criticalText(critical));
        }
        List<String> inadequateLimiting = criteria.stream().filter(Criterion::limiting)
                .filter(c -> Integer.valueOf(4).equals(grades.get(c.id()).grade())).map(Criterion::id).toList();
        if (!inadequateLimiting.isEmpty()) {
            grade = 4;
            reasons.add(framework.word(4) + ": limiting " + (inadequateLimiting.size() == 1 ? "criterion " : "criteria ")
                    + String.join(", ", inadequateLimiting) + " graded " + framework.word(4));
        }
        return judgement(row, grade, ids(criteria), limited, criticalCount(critical), reasons);
    }

    private AreaJudgement capacity(Row row, List<String> inputs, Map<String, List<Criterion>> byArea,
            Map<String, CriterionGrade> grades, Map<String, AreaJudgement> rows, boolean againstPrevious) {
        List<Criterion> criteria = union(inputs, byArea);
        List<String> reasons = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        List<String> notGraded = new ArrayList<>();
        double sum = 0;
        int n = 0;
        boolean limited = false;
        for (String key : row.inputs()) {
            AreaJudgement input = rows.get(key);
            if (input == null || input.grade() == null) {
                notGraded.add(key);
                continue;
            }
            parts.add(key + " (" + input.word() + ")");
            sum += input.grade();
            n++;
            limited |= input.limitedEvidence();
        }
        Integer grade = null;
        if (n == 0) {
            reasons.add("not graded: " + String.join(" and ", row.inputs()) + " not graded");
        } else {
            double mean = sum / n;
            grade = MeanBands.grade(mean);
            reasons.add("mean " + MeanBands.format(mean) + " of " + String.join(" and ", parts) + (n == 1 ? " alone" : "")
                    + ": " + MeanBands.describe(framework, grade));
            if (!notGraded.isEmpty()) {
                limited = true;
                reasons.add("limited evidence: " + String.join(", ", notGraded) + " not graded");
            }
            if (againstPrevious) {
                grade = trendAdjusted(row, byArea, grades, grade, reasons);
            }
        }
        return judgement(row, grade, ids(criteria), limited, criticalCount(critical(criteria, grades)), reasons);
    }

    /** One grade better or worse by the trend of the section's criteria against the previous period. */
    private int trendAdjusted(Row row, Map<String, List<Criterion>> byArea, Map<String, CriterionGrade> grades, int grade,
            List<String> reasons) {
        Row overall = framework.rows().stream()
                .filter(r -> r.section().equals(row.section()) && (r.kind() == Kind.OVERALL_NO_BETTER_THAN
                        || r.kind() == Kind.OVERALL_INADEQUATE_ON_CRITICAL))
                .findFirst().orElse(null);
        List<Criterion> pool = overall == null ? List.of()
                : union(overall.inputs().stream().filter(byArea::containsKey).toList(), byArea);
        int improved = 0;
        int declined = 0;
        int held = 0;
        for (Criterion c : pool) {
            String trend = grades.get(c.id()).trend();
            if (trend == null) {
                continue;
            }
            switch (trend) {
                case CriterionGrade.IMPROVED -> improved++;
                case CriterionGrade.DECLINED -> declined++;
                default -> held++;
            }
        }
        int both = improved + declined + held;
        if (both == 0) {
            reasons.add("against the previous self-assessment: no criterion graded in both periods, so unchanged");
            return grade;
        }
        String counts = "against the previous self-assessment: of " + count(both, "criterion", "criteria")
                + " graded in both periods, " + improved + " improved, " + declined + " declined and " + held + " held; ";
        String quarter = "a quarter of " + both + " (" + quarter(both) + ")";
        // up − down ≥ n/4, in whole numbers so that n/4 exactly reached is never lost to rounding
        int net = improved - declined;
        if (4 * net >= both) {
            int better = Math.max(1, grade - 1);
            reasons.add(counts + net + " more improved than declined, at least " + quarter + " → "
                    + (better == grade ? "already " + framework.word(grade) : "one grade better: " + framework.word(better)));
            return better;
        }
        if (-4 * net >= both) {
            int worse = Math.min(4, grade + 1);
            reasons.add(counts + (-net) + " more declined than improved, at least " + quarter + " → "
                    + (worse == grade ? "already " + framework.word(grade) : "one grade worse: " + framework.word(worse)));
            return worse;
        }
        reasons.add(counts + "the difference, " + Math.abs(net) + ", is less than " + quarter + " → unchanged: "
                + framework.word(grade));
        return grade;
    }

    /** n/4 without trailing zeros: 2, 1.5, 2.75. */
    private static String quarter(int n) {
        return BigDecimal.valueOf(n).divide(BigDecimal.valueOf(4)).stripTrailingZeros().toPlainString();
    }

    // ---- areas for improvement -------------------------------------------------------------

    private List<AreaForImprovement> areasForImprovement(Catalogue catalogue, Map<String, CriterionGrade> grades) {
        List<AreaForImprovement> result = new ArrayList<>();
        for (CriterionGrade g : grades.values()) {
            if (!g.inProfile()) {
                continue;
            }
            Criterion c = catalogue.get(g.id());
            if (g.criticalFindings() > 0) {
                // a child at risk now: immediately, whatever the criterion's grade or usual timescale
                result.add(new AreaForImprovement(Timescale.IMMEDIATELY.code(), c.id(), c.action(), g.areas(), true));
            } else if (g.graded() && g.grade() >= 3) {
                result.add(new AreaForImprovement(c.timescale().code(), c.id(), c.action(), g.areas(), false));
            }
        }
        result.sort(Comparator.comparing((AreaForImprovement a) -> Timescale.fromCode(a.timescale()).ordinal())
                .thenComparing(AreaForImprovement::criterion));
        return List.copyOf(result);
    }

    // ---- helpers ---------------------------------------------------------------------------

    private AreaJudgement judgement(Row row, Integer grade, List<String> criteria, boolean limited, long critical,
            List<String> reasons) {
        return new AreaJudgement(row.key(), row.title(), grade, framework.word(grade),
                grade == null ? CriterionGrade.INSUFFICIENT_EVIDENCE : CriterionGrade.GRADED, criteria, limited, critical,
                row.section(), row.derived(), List.copyOf(reasons), null);
    }

    private AreaJudgement withPrevious(AreaJudgement j, AreaJudgement before) {
        Integer grade = before == null ? null : before.grade();
        return new AreaJudgement(j.area(), j.title(), j.grade(), j.word(), j.status(), j.criteria(), j.limitedEvidence(),
                j.critical(), j.section(), j.derived(), j.reasons(), new PreviousFigure(null, grade, framework.word(grade)));
    }

    private static List<Criterion> union(List<String> inputs, Map<String, List<Criterion>> byArea) {
        Set<String> seen = new LinkedHashSet<>();
        List<Criterion> result = new ArrayList<>();
        for (String key : inputs) {
            for (Criterion c : byArea.getOrDefault(key, List.of())) {
                if (seen.add(c.id())) {
                    result.add(c);
                }
            }
        }
        result.sort(Comparator.comparing(Criterion::id));
        return result;
    }

    private static List<String> ids(List<Criterion> criteria) {
        return criteria.stream().map(Criterion::id).toList();
    }

    private static List<CriterionGrade> critical(List<Criterion> criteria, Map<String, CriterionGrade> grades) {
        return criteria.stream().map(c -> grades.get(c.id())).filter(g -> g.criticalFindings() > 0).toList();
    }

    private static long criticalCount(List<CriterionGrade> critical) {
        return critical.stream().mapToLong(CriterionGrade::criticalFindings).sum();
    }

    /** "2 critical findings in CP-03", or "3 critical findings in CP-03 (2), CP-13 (1)". */
    static String criticalText(List<CriterionGrade> critical) {
        long total = criticalCount(critical);
        String what = count(total, "critical finding", "critical findings");
        if (critical.size() == 1) {
            return what + " in " + critical.get(0).id();
        }
        return what + " in " + critical.stream().map(g -> g.id() + " (" + g.criticalFindings() + ")")
                .collect(Collectors.joining(", "));
    }

    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The mean, the grade it gives and the band that gives it: "weighted mean 1.80 over 5 of 5 criteria: Outstanding (below 2)". */
    private String meanReason(Mean mean, String of) {
        return mean.describe(of) + ": " + MeanBands.describe(framework, MeanBands.grade(mean.value()));
    }

    /** Adds the limited-evidence reason when fewer than half of the criteria are graded. @return whether it did */
    private static boolean limitedEvidence(Mean mean, int criteria, List<String> reasons) {
        if (mean.graded() * 2 >= criteria) {
            return false;
        }
        reasons.add("limited evidence: fewer than half of its criteria graded");
        return true;
    }

    /** A weighted mean of the graded criteria among {@code criteria}. */
    private record Mean(double value, int graded, int total, boolean weighted) {
        static Mean of(List<Criterion> criteria, Map<String, CriterionGrade> grades) {
            double sum = 0;
            double weights = 0;
            double plain = 0;
            int graded = 0;
            for (Criterion c : criteria) {
                CriterionGrade g = grades.get(c.id());
                if (g.graded()) {
                    sum += c.weight() * g.grade();
                    weights += c.weight();
                    plain += g.grade();
                    graded++;
                }
            }
            if (graded == 0) {
                return new Mean(Double.NaN, 0, criteria.size(), true);
            }
            // weights that sum to nothing (an auditor's zeros) cannot weigh: fall back to a plain mean
            return weights > 0 ? new Mean(sum / weights, graded, criteria.size(), true)
                    : new Mean(plain / graded, graded, criteria.size(), false);
        }

        String describe(String of) {
            return (weighted ? "weighted mean " : "mean (weights sum to 0) ") + MeanBands.format(value) + " over " + graded + " of "
                    + count(total, "criterion", "criteria") + of;
        }
    }
}
