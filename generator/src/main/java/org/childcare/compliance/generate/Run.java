package org.childcare.compliance.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/** The state of one generation: settings, random streams, quotas, staff and tallies. */
final class Run {
    final GeneratorSettings s;
    final Quota quota;
    /** Children's random stream. */
    final SplittableRandom rng;
    final LocalDate w0;
    final LocalDate asAt;
    /** The period's end, or asAt when that is earlier: "ended in the period" means by this date. */
    final LocalDate periodEnd;
    /** Single assessments (45 working days) from April 2013, initial and core before. */
    final boolean singleAssessment;
    /** Ofsted's "requires improvement" replaced "adequate" for providers from November 2012. */
    final boolean requiresImprovement;
    final List<TeamSpec> teams;
    final Map<TeamSpec, List<Staff>> members = new LinkedHashMap<>();
    final List<Staff> staff = new ArrayList<>();
    /** Population and met counts of the criteria declared as indicators: [population, met]. */
    final Map<String, long[]> tally = new TreeMap<>();
    /** Criteria whose rate this run drew: the criteria it made data for. */
    private final Set<String> criteriaDrawn = new HashSet<>();
    /** Minority groups (ethnicity, gender, disability) whose CP-03, LAC-01 and ASM-01 rates are lowered. */
    final Set<String> penalisedGroups = new HashSet<>();

    Run(GeneratorSettings s) {
        this.s = s;
        this.quota = new Quota(s.seed());
        this.rng = new SplittableRandom(s.seed() * 0x9E3779B97F4A7C15L + 17);
        this.w0 = s.periodStart();
        this.asAt = s.asAt();
        this.periodEnd = s.periodEnd().isAfter(s.asAt()) ? s.asAt() : s.periodEnd();
        this.singleAssessment = !s.periodStart().isBefore(LocalDate.of(2013, 4, 1));
        this.requiresImprovement = !s.periodStart().isBefore(LocalDate.of(2012, 11, 1));
        this.teams = s.teams() != null ? s.teams() : autoTeams(s);
        for (String group : ChildFactory.MINORITY_GROUPS) {
            if (!quota.next("EQD-02.groups", rate("EQD-02"))) {
                penalisedGroups.add(group);
            }
        }
    }

    private static List<TeamSpec> autoTeams(GeneratorSettings s) {
        List<TeamSpec> out = new ArrayList<>();
        double[] shares = s.cohortShares();
        double total = shares[0] + shares[1] + shares[2] + shares[3];
        Cohort[] cohorts = Cohort.values();
        for (int c = 0; c < cohorts.length; c++) {
            double count = s.children() * shares[c] / total;
            int n = (int) Math.max(1, Math.round(count / s.childrenPerTeam()));
            int perTeam = (int) Math.ceil(count / n);
            int workers = Math.max(3, (int) Math.ceil(perTeam / 15.0));
            for (int k = 1; k <= n; k++) {
                String name = String.format(java.util.Locale.ROOT, n >= 1000 ? "%s-%04d" : "%s-%02d",
                        cohorts[c].teamKind(), k);
                out.add(new TeamSpec(name, cohorts[c], workers));
            }
        }
        return out;
    }

    /**
     * The rate of {@code criterion} (see {@link GeneratorSettings#rate}). Every per-criterion
     * behaviour draws its rate here, so {@link #criteriaDrawn()} is the list of criteria the
     * generator's code knows; an ID the catalogue does not have is refused on its first draw.
     */
    double rate(String criterion) {
        if (criteriaDrawn.add(criterion)) {
            Criteria.requireKnown(criterion);
        }
        return s.rate(criterion);
    }

    /** @return the criteria whose rate was drawn so far, sorted */
    Set<String> criteriaDrawn() {
        return Collections.unmodifiableSet(new TreeSet<>(criteriaDrawn));
    }

    /** @return whether the next element of criterion meets it */
    boolean meets(String criterion) {
        return quota.failuresFirst(criterion, rate(criterion));
    }

    /** @return a feature present in about {@code share} of the elements that ask */
    boolean feature(String name, double share) {
        return quota.presentFirst("feature:" + name, share);
    }

    void count(String criterion, LocalDate date, boolean met) {
        if (date != null && !date.isBefore(w0) && !date.isAfter(asAt) && s.indicators().contains(criterion)) {
            long[] t = tally.computeIfAbsent(criterion, k -> new long[2]);
            t[0]++;
            if (met) {
                t[1]++;
            }
        }
    }

    int between(int lo, int hi) {
        return Series.between(rng, lo, hi);
    }

    double chance() {
        return rng.nextDouble();
    }

    /** @return a date from a to b inclusive (a when b is before a) */
    LocalDate dateIn(LocalDate a, LocalDate b) {
        long span = b.toEpochDay() - a.toEpochDay();
        return span <= 0 ? a : a.plusDays(rng.nextLong(span + 1));
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    @SafeVarargs
    static <T> T pick(SplittableRandom rng, T... options) {
        return options[rng.nextInt(options.length)];
    }

    /** @return an option drawn with the given weights */
    static <T> T weighted(SplittableRandom rng, List<T> options, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = rng.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return options.get(i);
            }
        }
        return options.get(options.size() - 1);
    }
}
