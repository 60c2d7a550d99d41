package org.childcare.compliance.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.childcare.compliance.catalogue.Aggregation;
import org.childcare.compliance.catalogue.Criterion;
import org.childcare.compliance.catalogue.Direction;
import org.childcare.compliance.model.CareEpisode;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.SelfAssessment;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * One run of the rules over a self-assessment, in three phases:
 *
 * <ol>
 *   <li>{@link #child}: each child alone in the session with its own records, then removed, so a
 *       child's facts never meet another's and memory stays flat however many children there are;
 *   <li>{@link #authority}: the authority-level sections (workforce, LADO, complaints, LSCB,
 *       evidence), once;
 *   <li>{@link #finish}: the summary rules (SA-01, EQD-02) over every criterion's figures, then the
 *       measures.
 * </ol>
 *
 * Rules only insert {@link Outcome} and {@link Measure} facts; the counting happens here.
 */
public final class Evaluation implements AutoCloseable {
    /** Findings kept per criterion for the report, besides every critical one. */
    public static final int FINDINGS_KEPT = 500;

    private final RuleBase rules;
    private final Context context;
    /**
     * Children evaluated in one session before it is replaced by a fresh one. Deleting a child's
     * facts after firing empties working memory, but Drools 10.1 keeps node memory (left tuples of
     * the {@code from} and {@code exists} nodes) for every deleted child: measured at about 9 KB a
     * child, 1.3 GB of live heap for 100,000 children. A fresh session every few hundred children
     * keeps the heap flat for about 1% more time (docs/performance.md).
     */
    static final int CHILDREN_PER_SESSION = 500;
    /** Workers, allegations and complaints evaluated together in the authority phase. */
    static final int ITEMS_PER_BATCH = 500;

    private KieSession session;
    /** Facts that stay in the session between firings: the authority's sections, in the authority phase. */
    private final Set<FactHandle> kept = new HashSet<>();
    private final Map<String, Tally> tallies = new TreeMap<>();
    private long children;
    private long firingNanos;

    public Evaluation(RuleBase rules, Context context) {
        this.rules = rules;
        this.context = context;
        this.session = newSession();
    }

    private KieSession newSession() {
        return RuleBase.withDroolsClassLoader(() -> {
            KieSession s = rules.kieBase().newKieSession();
            s.setGlobal("ctx", context);
            return s;
        });
    }

    /** Evaluates one child's rules. */
    public void child(Child child) {
        List<Object> facts = new ArrayList<>();
        facts.add(child);
        facts.addAll(child.getReferrals());
        facts.addAll(child.getAssessments());
        facts.addAll(child.getS47Enquiries());
        facts.addAll(child.getProtectionPlans());
        for (CareEpisode episode : child.getCareEpisodes()) {
            facts.add(episode);
        }
        facts.addAll(child.getManagementOversight());
        addIfPresent(facts, child.getCareLeaver());
        addIfPresent(facts, child.getChronology());
        addIfPresent(facts, child.getRecording());
        fire(facts);
        children++;
        if (children % CHILDREN_PER_SESSION == 0) {
            session.dispose();
            session = newSession();
        }
    }

    /**
     * Evaluates the authority-level rules once. The authority's own sections (the assessment,
     * workforce totals, partnership, LSCB, training, evidence) stay in the session throughout; its
     * workers, allegations and complaints, which grow with the authority, pass through in batches
     * like children, so that a large workforce's supervision sessions are not all held at once.
     * A rule may therefore join an item with the authority's sections but never two items: "does
     * any worker record X" is a question for {@link org.childcare.compliance.model.Workforce}.
     */
    public void authority(SelfAssessment assessment) {
        List<Object> sections = new ArrayList<>();
        List<Object> items = new ArrayList<>();
        sections.add(assessment);
        if (assessment.getWorkforce() != null) {
            sections.add(assessment.getWorkforce());
            items.addAll(assessment.getWorkforce().getWorkers());
        }
        if (assessment.getLado() != null) {
            items.addAll(assessment.getLado().getAllegations());
        }
        items.addAll(assessment.getComplaints());
        if (assessment.getPartnership() != null) {
            sections.add(assessment.getPartnership());
            addIfPresent(sections, assessment.getPartnership().getLscb());
            sections.addAll(assessment.getPartnership().getTrainingCompliance());
        }
        sections.addAll(assessment.getEvidence());
        RuleBase.withDroolsClassLoader(() -> {
            for (Object fact : sections) {
                kept.add(session.insert(fact));
            }
            return null;
        });
        try {
            fire(List.of());
            for (int from = 0; from < items.size(); from += ITEMS_PER_BATCH) {
                fire(items.subList(from, Math.min(items.size(), from + ITEMS_PER_BATCH)));
            }
        } finally {
            RuleBase.withDroolsClassLoader(() -> {
                kept.forEach(session::delete);
                return null;
            });
            kept.clear();
        }
    }

    /** Runs the summary rules and returns every criterion's measurement, by ID. */
    public Map<String, Measurement> finish(SelfAssessment assessment) {
        Map<String, Double> declared = assessment.getIndicators();
        Map<String, Measurement> before = measurements(declared);
        List<Object> facts = new ArrayList<>();
        facts.add(assessment);
        for (Measurement m : before.values()) {
            Double computed = "cases".equals(m.source()) ? m.measure() : null;
            facts.add(new Figure(m.criterion(), computed, m.population(), m.declared()));
        }
        for (Criterion c : rules.catalogue().all()) {
            Tally t = tallies.get(c.id());
            if (t == null || !"child".equals(c.level())) {
                continue;
            }
            t.groups().forEach((dimension, groups) -> groups.forEach((group, counts) ->
                    facts.add(new GroupFigure(c.id(), dimension, group, counts[0], counts[1]))));
        }
        fire(facts);
        return measurements(declared);
    }

    /** @return the time spent inserting facts, firing rules and counting their results so far */
    public long firingNanos() {
        return firingNanos;
    }

    /** @return how many children were evaluated */
    public long children() {
        return children;
    }

    @Override
    public void close() {
        session.dispose();
    }

    private void fire(Collection<Object> facts) {
        long started = System.nanoTime();
        try {
            fireTimed(facts);
        } finally {
            firingNanos += System.nanoTime() - started;
        }
    }

    /**
     * Inserts {@code facts}, fires and collects the results, then deletes every fact but those
     * {@link #kept} (the authority's sections during the authority phase): whatever a rule inserted
     * goes too, so nothing of one child or batch is left for the next.
     */
    private void fireTimed(Collection<Object> facts) {
        List<Object> results = RuleBase.withDroolsClassLoader(() -> {
            List<FactHandle> handles = new ArrayList<>(facts.size());
            for (Object fact : facts) {
                handles.add(session.insert(fact));
            }
            session.fireAllRules();
            List<Object> found = new ArrayList<>(session.getObjects(o -> o instanceof Outcome || o instanceof Measure));
            for (FactHandle h : new ArrayList<FactHandle>(session.getFactHandles())) {
                if (!kept.contains(h)) {
                    session.delete(h);
                }
            }
            return found;
        });
        for (Object result : results) {
            if (result instanceof Outcome o) {
                tally(o.getCriterion()).add(o, aggregation(o.getCriterion()) == Aggregation.LOWEST_PART);
            } else if (result instanceof Measure m) {
                tally(m.criterion()).measure = m;
            }
        }
    }

    private Tally tally(String criterion) {
        if (!rules.catalogue().contains(criterion)) {
            throw new IllegalStateException("a rule inserted a result for " + criterion + ", which is not in the catalogue");
        }
        return tallies.computeIfAbsent(criterion, k -> new Tally(FINDINGS_KEPT));
    }

    private Aggregation aggregation(String criterion) {
        return rules.catalogue().get(criterion).aggregation();
    }

    private Map<String, Measurement> measurements(Map<String, Double> declared) {
        Map<String, Measurement> result = new LinkedHashMap<>();
        for (Criterion c : rules.catalogue().all()) {
            result.put(c.id(), measure(c, tallies.get(c.id()), declared.get(c.id())));
        }
        return result;
    }

    private static Measurement measure(Criterion c, Tally t, Double declared) {
        if (t == null) {
            t = new Tally(0);
        }
        Double value = null;
        long population = t.population();
        String explanation = null;
        boolean lowerIsBetter = c.bands().direction() == Direction.LOWER_IS_BETTER;
        Map<String, PartFigure> parts = new TreeMap<>();
        Tally tally = t;
        t.parts.forEach((name, counts) -> {
            double[] v = tally.partValues.get(name);
            parts.put(name, new PartFigure(counts[0], counts[1], v == null ? null : v[0] / v[1]));
        });
        switch (c.aggregation()) {
            case RATE, EVIDENCE -> {
                if (population > 0) {
                    value = 100.0 * (lowerIsBetter ? t.notMet : t.met) / population;
                }
            }
            case LOWEST_PART -> {
                String worst = null;
                for (Map.Entry<String, PartFigure> e : parts.entrySet()) {
                    PartFigure p = e.getValue();
                    if (p.population() == 0) {
                        continue;
                    }
                    double rate = p.rate();
                    if (value == null || rate < value) {
                        value = rate;
                        worst = e.getKey();
                    }
                    population = Math.max(population, p.population());
                }
                if (worst != null) {
                    explanation = "lowest: " + worst;
                }
            }
            case MEAN -> {
                if (t.valueCount > 0) {
                    value = t.valueSum / t.valueCount;
                    population = t.valueCount;
                }
            }
            case VALUE -> {
                if (t.measure != null) {
                    value = t.measure.value();
                    population = t.measure.population();
                    explanation = t.measure.explanation();
                }
            }
        }
        String source = null;
        if (value != null) {
            source = "cases";
        } else if (declared != null) {
            value = declared;
            source = "indicator";
        }
        List<Finding> findings = new ArrayList<>(t.findings);
        findings.sort(Finding.ORDER);
        return new Measurement(c.id(), population, t.met, t.notYetDue, value == null ? null : round1(value), source,
                declared, parts, List.copyOf(findings), t.findingsTotal, t.critical, explanation,
                java.util.Collections.unmodifiableSortedMap(new TreeMap<>(t.missing)), t.partialHistory,
                java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(t.files)));
    }

    /** One decimal, half up: the precision report.json promises. */
    public static double round1(double value) {
        return Math.round(value * 10.0) / 10.0;
    }

    private static void addIfPresent(List<Object> facts, Object fact) {
        if (fact != null) {
            facts.add(fact);
        }
    }
}
