package org.childcare.compliance.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.childcare.compliance.model.AssessmentType;
import org.childcare.compliance.model.CareLeaverStatus;
import org.childcare.compliance.model.Gender;
import org.childcare.compliance.model.HealthAssessmentType;
import org.childcare.compliance.model.PlacementType;
import org.childcare.compliance.model.PlanCategory;
import org.childcare.compliance.model.ProviderGrade;
import org.childcare.compliance.model.ProviderKind;
import org.childcare.compliance.model.RecordQuality;
import org.childcare.compliance.model.ReferralOutcome;
import org.childcare.compliance.model.ReferralSource;
import org.childcare.compliance.model.S47Outcome;
import org.childcare.compliance.model.WorkerRole;

/**
 * Makes one child's record at a time: a child in need (referral, assessments, perhaps an s47
 * enquiry), a child on a protection plan, a looked after child or a care leaver, each with the
 * chronology, management oversight and recording every case has. Every date lies between the
 * child's birth and asAt; every worker id is one of the generated staff.
 */
final class ChildFactory {
    static final List<String> ETHNICITIES = List.of(
            "WBRI", "WIRI", "WOTH", "WIRT", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN",
            "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");
    private static final double[] ETHNICITY_WEIGHTS = {
        66, 1, 4, 0.5, 0.5, 4, 1, 1, 3, 2, 5, 1, 1, 2, 4, 1, 0.5, 2, 0.5, 0.5};
    /**
     * Equality groups that EQD-02 may find treated worse: every ethnicity but White British, the
     * genders other than female and male, disabled children. (The majority groups are never
     * penalised: that would move the whole population's rate with them.)
     */
    static final List<String> MINORITY_GROUPS;

    static {
        List<String> g = new ArrayList<>();
        for (String e : ETHNICITIES) {
            if (!e.equals("WBRI")) {
                g.add("ethnicity:" + e);
            }
        }
        g.add("gender:" + Gender.OTHER.code());
        g.add("gender:" + Gender.UNKNOWN.code());
        g.add("disability:true");
        MINORITY_GROUPS = List.copyOf(g);
    }

    /** In a group treated worse, elements fail this many times as often (rate 0.9 becomes 0.6). */
    private static final double GROUP_FAILURE_FACTOR = 4;

    private final Run run;
    private final SplittableRandom rng;
    private final LocalDate w0;
    private final LocalDate asAt;
    private final String idFormat;

    // the child being made
    private String cid;
    private LocalDate dob;
    private String cell;
    private boolean penalised;
    private TeamSpec team;
    private LocalDate lastEvent;
    private LocalDate latestVisit;
    private List<LocalDate> oversight;
    private List<Node> referrals;
    private List<Node> assessments;
    private List<Node> enquiries;
    private List<Node> plans;
    private List<Node> episodes;
    private Node careLeaver;
    private Object allocated;
    private int nReferral;
    private int nAssessment;
    private int nEnquiry;
    private int nPlan;
    private int nEpisode;

    ChildFactory(Run run) {
        this.run = run;
        this.rng = run.rng;
        this.w0 = run.w0;
        this.asAt = run.asAt;
        this.idFormat = "C%0" + Math.max(4, String.valueOf(run.s.children()).length()) + "d";
    }

    Node make(int index, Cohort cohort, TeamSpec team) {
        this.team = team;
        cid = String.format(Locale.ROOT, idFormat, index + 1);
        lastEvent = null;
        latestVisit = null;
        oversight = new ArrayList<>();
        referrals = new ArrayList<>();
        assessments = new ArrayList<>();
        enquiries = new ArrayList<>();
        plans = new ArrayList<>();
        episodes = new ArrayList<>();
        careLeaver = null;
        allocated = null;
        nReferral = nAssessment = nEnquiry = nPlan = nEpisode = 0;

        int age = ageFor(cohort);
        dob = asAt.minusYears(age).minusDays(run.between(0, 364));
        if (dob.isAfter(asAt.minusDays(120))) {
            dob = asAt.minusDays(120 + run.between(0, 200));
        }
        double g = run.chance();
        Gender gender = g < 0.485 ? Gender.FEMALE : g < 0.99 ? Gender.MALE : Gender.UNKNOWN;
        String ethnicity = Run.weighted(rng, ETHNICITIES, ETHNICITY_WEIGHTS);
        boolean disability = run.chance() < 0.08;
        boolean uasc = cohort == Cohort.LOOKED_AFTER && age >= 14 && run.feature("uasc", 0.05);
        if (uasc) {
            ethnicity = Run.pick(rng, "OOTH", "AOTH", "BAFR", "WOTH");
        }
        cell = ethnicity + "|" + gender.code() + "|" + disability;
        penalised = run.penalisedGroups.contains("ethnicity:" + ethnicity)
                || run.penalisedGroups.contains("gender:" + gender.code())
                || run.penalisedGroups.contains("disability:" + disability);

        switch (cohort) {
            case CHILD_IN_NEED -> childInNeed();
            case PROTECTION -> protection();
            case LOOKED_AFTER -> lookedAfter();
            case LEAVING_CARE -> leaver();
        }

        Node child = Node.of()
                .with("id", cid)
                .with("dateOfBirth", dob)
                .with("gender", gender)
                .with("ethnicity", ethnicity)
                .with("disability", disability)
                .with("unaccompaniedAsylumSeeking", uasc)
                .with("allocatedWorker", allocated)
                .withList("referrals", referrals)
                .withList("assessments", assessments)
                .withList("s47Enquiries", enquiries)
                .withList("protectionPlans", plans)
                .withList("careEpisodes", episodes)
                .with("careLeaver", careLeaver);
        caseRecord(child);
        return child;
    }

    private int ageFor(Cohort cohort) {
        double x = run.chance();
        return switch (cohort) {
            case CHILD_IN_NEED -> x < 0.35 ? run.between(0, 4) : x < 0.63 ? run.between(5, 9)
                    : x < 0.93 ? run.between(10, 15) : run.between(16, 17);
            case PROTECTION -> x < 0.45 ? run.between(0, 4) : x < 0.75 ? run.between(5, 9) : run.between(10, 15);
            case LOOKED_AFTER -> x < 0.18 ? run.between(0, 4) : x < 0.38 ? run.between(5, 9)
                    : x < 0.78 ? run.between(10, 15) : run.between(16, 17);
            case LEAVING_CARE -> x < 0.2 ? run.between(16, 17) : run.between(18, 21);
        };
    }

    // ---------------------------------------------------------------- helpers

    private int ageOn(LocalDate d) {
        return (int) ChronoUnit.YEARS.between(dob, d);
    }

    private LocalDate event(LocalDate d) {
        if (d != null && (lastEvent == null || d.isAfter(lastEvent))) {
            lastEvent = d;
        }
        return d;
    }

    private void visited(LocalDate d) {
        event(d);
        if (latestVisit == null || d.isAfter(latestVisit)) {
            latestVisit = d;
        }
    }

    private void oversee(LocalDate d) {
        if (d != null && !d.isBefore(w0) && !d.isAfter(asAt)) {
            oversight.add(d);
        }
    }

    private boolean inWindow(LocalDate d) {
        return d != null && !d.isBefore(w0) && !d.isAfter(asAt);
    }

    /** A criterion whose rate EQD-02 compares across groups: stratified by the child's group cell. */
    private boolean meetsByGroup(String criterion) {
        double rate = run.rate(criterion);
        if (penalised) {
            rate = Math.max(0, 1 - GROUP_FAILURE_FACTOR * (1 - rate));
        }
        return run.quota.next(criterion + "|" + cell, rate);
    }

    private Series.Breach breach(boolean met, String severeKey) {
        if (met) {
            return Series.Breach.NONE;
        }
        return run.feature(severeKey, run.s.severeShare()) ? Series.Breach.SEVERE : Series.Breach.LATE;
    }

    /** @return a team worker in post on the date, qualified or not as asked (falls back sensibly) */
    private String worker(LocalDate date, boolean qualified) {
        List<Staff> members = run.members.get(team);
        List<Staff> fit = new ArrayList<>();
        for (Staff p : members) {
            if ((p.practitioner() || p.role == WorkerRole.UNQUALIFIED) && p.qualified == qualified && p.inPostOn(date)) {
                fit.add(p);
            }
        }
        if (fit.isEmpty()) {
            for (Staff p : members) {
                if ((p.practitioner() || p.role == WorkerRole.UNQUALIFIED) && p.qualified == qualified) {
                    fit.add(p);
                }
            }
        }
        if (fit.isEmpty()) {
            return qualified ? members.get(0).id : null;
        }
        return fit.get(rng.nextInt(fit.size())).id;
    }

    private String manager() {
        return run.members.get(team).get(0).id;
    }

    // ---------------------------------------------------------------- referrals and assessments

    /** @return the decision date */
    private LocalDate referral(LocalDate date, ReferralOutcome outcome, boolean recent) {
        boolean rereferral = false;
        if (!recent) {
            LocalDate earlier = date.minusDays(run.between(40, 330));
            if (!run.meets("REF-02") && earlier.isAfter(dob.plusDays(7))) {
                rereferral = true;
                earlier = Weekdays.onOrAfter(earlier);
                referralNode(earlier, Run.pick(rng, ReferralOutcome.NFA, ReferralOutcome.ADVICE,
                        ReferralOutcome.EARLY_HELP), false, false);
            }
        }
        return referralNode(date, outcome, rereferral, recent);
    }

    private LocalDate referralNode(LocalDate date, ReferralOutcome outcome, boolean rereferral, boolean recent) {
        boolean ok = recent || run.meets("REF-01");
        LocalDate decision = ok ? (run.chance() < 0.6 ? date : Weekdays.plus(date, 1))
                : Weekdays.plus(date, run.between(Weekdays.breachMin(1), Weekdays.breachMin(1) + 4));
        if (decision.isAfter(asAt)) {
            decision = date;
            ok = true;
        }
        run.count("REF-01", date, ok);
        oversee(decision);
        double s = run.chance();
        ReferralSource source = s < 0.28 ? ReferralSource.POLICE : s < 0.43 ? ReferralSource.HEALTH
                : s < 0.61 ? ReferralSource.SCHOOL : s < 0.73 ? ReferralSource.LA
                : s < 0.81 ? ReferralSource.SELF : ReferralSource.OTHER;
        referrals.add(Node.of()
                .with("id", cid + "-R" + (++nReferral))
                .with("date", event(date))
                .with("source", source)
                .with("decisionDate", event(decision))
                .with("outcome", outcome)
                .with("rereferralWithin12Months", rereferral));
        return decision;
    }

    /** @return the completion date, or null while open */
    private LocalDate assessment(AssessmentType type, LocalDate start, boolean open) {
        int limit = type == AssessmentType.INITIAL ? 10 : type == AssessmentType.CORE ? 35 : 45;
        LocalDate completed = null;
        if (!open) {
            boolean ok = meetsByGroup("ASM-01");
            int wd = ok ? run.between(Math.max(1, limit / 3), limit)
                    : run.between(Weekdays.breachMin(limit), Weekdays.breachMin(limit) + 8);
            completed = Weekdays.plus(start, wd);
            if (completed.isAfter(asAt)) {
                completed = null;
            }
        }
        String by = run.meets("ASM-04") ? worker(start, true) : worker(start, false);
        if (by == null) {
            by = worker(start, true);
        }
        boolean seen;
        boolean alone;
        boolean older = ageOn(start) >= 5;
        if (run.meets("ASM-02")) {
            seen = true;
            alone = older;
        } else {
            seen = older && run.chance() < 0.5;
            alone = false;
        }
        Node quality = null;
        if (completed != null && run.feature("audit", 0.35)) {
            boolean ed = run.meets("EQD-01");
            double others = Math.min(1, run.rate("ASM-03") / Math.max(0.01, run.rate("EQD-01")));
            boolean rest = run.quota.next("ASM-03.others", others);
            boolean[] q = {true, true, true, true, true, true, true};
            if (!rest) {
                q[run.between(0, 6)] = false;
                if (run.chance() < 0.3) {
                    q[run.between(0, 6)] = false;
                }
            }
            quality = Node.of()
                    .with("reasonStated", q[0])
                    .with("riskAnalysis", q[1])
                    .with("historyConsidered", q[2])
                    .with("previousInterventionsEvaluated", q[3])
                    .with("absentParentViews", q[4] ? (run.chance() < 0.3 ? "not-applicable" : true) : false)
                    .with("agencyContributions", q[5])
                    .with("equalityAndDiversity", ed)
                    .with("wishesAndFeelings", q[6]);
        }
        if (completed != null) {
            oversee(completed);
        }
        assessments.add(Node.of()
                .with("id", cid + "-A" + (++nAssessment))
                .with("type", type)
                .with("start", event(start))
                .with("completed", event(completed))
                .with("undertakenBy", by)
                .with("authorisedBy", completed == null ? null : manager())
                .with("childSeen", seen)
                .with("childSeenAlone", alone)
                .with("quality", quality));
        return completed;
    }

    /** Initial then core (or one single) assessment from start; @return the last completion or null. */
    private LocalDate assessments(LocalDate start, boolean core, LocalDate coreStart, boolean open) {
        if (run.singleAssessment) {
            return assessment(AssessmentType.SINGLE, start, open);
        }
        LocalDate done = assessment(AssessmentType.INITIAL, start, open);
        if (core && !open) {
            LocalDate cs = coreStart != null ? coreStart : done;
            if (cs != null && !cs.isAfter(asAt)) {
                LocalDate c = assessment(AssessmentType.CORE, cs, false);
                return c;
            }
        }
        return done;
    }

    private void enquiry(LocalDate strategy, S47Outcome outcome) {
        boolean required = run.chance() < 0.7;
        boolean joint = required ? run.meets("S47-01") : run.chance() < 0.3;
        oversee(strategy);
        enquiries.add(Node.of()
                .with("id", cid + "-S" + (++nEnquiry))
                .with("strategyDiscussion", event(strategy))
                .with("jointWithPolice", joint)
                .with("jointRequired", required)
                .with("centralRecordShared", run.meets("S47-02"))
                .with("childSeenAlone", ageOn(strategy) >= 5 && run.meets("S47-03"))
                .with("outcome", outcome));
    }

    // ---------------------------------------------------------------- children in need

    private void childInNeed() {
        boolean recent = run.feature("open-assessment", 0.04);
        LocalDate date;
        if (recent) {
            date = Run.max(Weekdays.minus(asAt, run.between(1, 5)), Run.max(w0, dob.plusDays(14)));
        } else {
            date = Weekdays.onOrAfter(run.dateIn(Run.max(w0, dob.plusDays(14)), asAt.minusDays(30)));
        }
        double o = run.chance();
        ReferralOutcome outcome = recent ? ReferralOutcome.ASSESSMENT
                : o < 0.08 ? ReferralOutcome.NFA : o < 0.16 ? ReferralOutcome.ADVICE
                : o < 0.26 ? ReferralOutcome.EARLY_HELP : o < 0.85 ? ReferralOutcome.ASSESSMENT : ReferralOutcome.S47;
        LocalDate decision = referral(date, outcome, recent);
        LocalDate done = null;
        boolean open = false;
        if (outcome == ReferralOutcome.S47) {
            LocalDate strategy = Run.min(Weekdays.plus(decision, run.between(0, 2)), asAt);
            enquiry(strategy, run.chance() < 0.6 ? S47Outcome.CIN : S47Outcome.NFA);
            done = assessments(decision, true, strategy, false);
            open = done == null;
        } else if (outcome == ReferralOutcome.ASSESSMENT) {
            done = assessments(decision, run.chance() < 0.25, null, recent);
            open = done == null;
        }
        if (open || (done != null && done.isAfter(asAt.minusDays(60)) && run.chance() < 0.6)) {
            allocated = worker(asAt, true);
        }
    }

    // ---------------------------------------------------------------- child protection

    private void protection() {
        LocalDate earliestStart = dob.plusDays(14);
        LocalDate lateStart = w0.minusDays(20);
        boolean canBeOld = earliestStart.isBefore(w0.minusDays(120));
        boolean ended = run.chance() < 0.45;
        LocalDate end = null;
        LocalDate start;
        boolean inWindowStart;
        if (ended) {
            end = run.dateIn(w0.plusDays(45), run.periodEnd);
            boolean longPlan = !run.meets("CP-11");
            LocalDate longStart = end.minusDays(run.between(735, 1000));
            if (longPlan && !longStart.isBefore(earliestStart)) {
                start = longStart;
                inWindowStart = false;
            } else if (canBeOld && run.chance() < 0.65) {
                int minDays = (int) (end.toEpochDay() - w0.toEpochDay()) + 20;
                start = Run.max(end.minusDays(run.between(Math.max(90, minDays), 700)), earliestStart);
                inWindowStart = start.isBefore(w0) ? false : true;
            } else {
                if (end.isBefore(w0.plusDays(160))) {
                    end = run.dateIn(w0.plusDays(160), run.periodEnd);
                }
                start = Run.max(run.dateIn(w0.plusDays(45), end.minusDays(100)), earliestStart);
                inWindowStart = true;
            }
        } else if (canBeOld && run.chance() < 0.6) {
            start = Run.max(w0.minusDays(run.between(20, 700)), earliestStart);
            inWindowStart = !start.isBefore(w0);
        } else {
            start = Run.max(run.dateIn(w0.plusDays(45), asAt.minusDays(60)), earliestStart);
            inWindowStart = true;
        }
        if (start.isAfter(lateStart) && start.isBefore(w0.plusDays(45))) {
            start = w0.plusDays(45);
            inWindowStart = true;
        }
        if (end != null && end.isBefore(start.plusDays(90))) {
            end = Run.min(start.plusDays(90 + run.between(0, 60)), run.periodEnd);
            if (end.isBefore(start.plusDays(60))) {
                end = null;
            }
        }
        start = Weekdays.onOrAfter(start);
        if (end != null) {
            end = Weekdays.onOrBefore(end);
        }

        LocalDate strategy;
        boolean cp01;
        if (inWindowStart) {
            // referral, decision, strategy discussion, conference: forward from the referral
            LocalDate date = Weekdays.minus(start, 25);
            cp01 = run.meets("CP-01");
            int gap = cp01 ? run.between(5, 15) : run.between(Weekdays.breachMin(15), Weekdays.breachMin(15) + 8);
            if (date.isAfter(dob.plusDays(7))) {
                LocalDate decision = referral(date, ReferralOutcome.S47, false);
                strategy = Weekdays.plus(decision, run.between(0, 2));
                start = Weekdays.plus(strategy, gap);
                enquiry(strategy, S47Outcome.ICPC);
                assessments(decision, true, strategy, false);
            } else {
                strategy = Weekdays.minus(start, gap);
                if (!strategy.isAfter(dob)) {
                    strategy = dob.plusDays(1);
                    cp01 = Weekdays.between(strategy, start) <= 15;
                }
            }
            if (end != null && end.isBefore(start.plusDays(60))) {
                end = Run.min(start.plusDays(90 + run.between(0, 60)), run.periodEnd);
                if (end.isBefore(start.plusDays(60))) {
                    end = null;
                }
            }
            if (!run.meets("CP-12")) {
                LocalDate end0 = Run.min(start.minusDays(run.between(60, 600)), w0.minusDays(run.between(10, 200)));
                LocalDate start0 = end0.minusDays(run.between(120, 500));
                if (start0.isAfter(dob.plusDays(14))) {
                    plans.add(Node.of()
                            .with("id", cid + "-P" + (++nPlan))
                            .with("category", category())
                            .with("icpc", Node.of().with("date", event(start0)))
                            .with("start", start0)
                            .with("end", event(end0)));
                }
            }
        } else {
            cp01 = true;
            strategy = Run.max(Weekdays.minus(start, run.between(5, 15)), dob.plusDays(1));
        }
        run.count("CP-01", start, cp01);
        plans.add(plan(start, strategy, end));
        if (end == null) {
            if (run.meets("CP-13")) {
                allocated = worker(asAt, true);
            } else if (run.feature("CP-13.severe", run.s.severeShare())) {
                allocated = Node.NULL;
            } else {
                String unqualified = worker(asAt, false);
                allocated = unqualified != null ? unqualified : worker(asAt, true);
            }
        } else if (end.isBefore(asAt.minusDays(60)) && run.feature("into-care", 0.12)) {
            episodes.add(episode(end, null));
            allocated = worker(asAt, true);
        }
    }

    private PlanCategory category() {
        double c = run.chance();
        return c < 0.45 ? PlanCategory.NEGLECT : c < 0.75 ? PlanCategory.EMOTIONAL
                : c < 0.87 ? PlanCategory.PHYSICAL : c < 0.92 ? PlanCategory.SEXUAL : PlanCategory.MULTIPLE;
    }

    private Node plan(LocalDate start, LocalDate strategy, LocalDate end) {
        LocalDate last = end != null ? end : asAt;
        boolean older = ageOn(start) >= 10;
        int cancellations = run.meets("CP-10") ? 0 : (run.chance() < 0.8 ? 1 : 2);
        boolean cp09 = run.meets("CP-09");
        boolean shared = true;
        boolean onTime = true;
        if (!cp09) {
            double x = run.chance();
            shared = x < 0.4;
            onTime = x >= 0.4 && x < 0.8;
        }
        Node icpc = Node.of()
                .with("date", event(start))
                .with("strategyDiscussion", event(strategy))
                .with("cancellations", cancellations)
                .with("attendance", Node.of()
                        .with("gp", run.quota.next("CP-02.gp", run.rate("CP-02")))
                        .with("police", run.quota.next("CP-02.police", run.rate("CP-02")))
                        .with("school", ageOn(start) >= 4 ? run.quota.next("CP-02.school", run.rate("CP-02")) : false)
                        .with("health", run.quota.next("CP-02.health", run.rate("CP-02"))))
                .with("childInvited", older && run.meets("CP-08"))
                .with("reportsSharedWithFamily", shared)
                .with("agencyReportsOnTime", onTime);
        oversee(start);
        Node content = null;
        if (run.feature("plan-audit", 0.4)) {
            boolean[] c = {true, true, true, true};
            if (!run.meets("CP-07")) {
                c[run.between(0, 3)] = false;
                if (run.chance() < 0.4) {
                    c[run.between(0, 3)] = false;
                }
            }
            content = Node.of().with("outcomes", c[0]).with("responsibilities", c[1])
                    .with("timescales", c[2]).with("contingency", c[3]);
        }
        // core groups: first within 10 working days of the conference, then at most 6 weeks apart
        List<LocalDate> cores = Series.generate(start, last, w0,
                Series.firstThen(Series.weekdays(4, 10, 30), Series.days(21, 42)),
                run.meets("CP-05") ? Series.Breach.NONE : Series.Breach.LATE, rng).dates();
        // review conferences: first within 3 months, then within 6 months
        List<LocalDate> reviews = Series.generate(start, last, w0,
                Series.firstThen(Series.months(3), Series.months(6)),
                run.meets("CP-06") ? Series.Breach.NONE : Series.Breach.LATE, rng).dates();
        // visits: at most 10 working days apart, the child seen each time
        boolean cp03 = meetsByGroup("CP-03");
        Series.Result v = Series.generate(start, last, w0, Series.weekdays(4, 10, 20),
                breach(cp03, "CP-03.severe"), rng);
        List<LocalDate> visitDates = Series.trimHistory(v.dates(), w0);
        int unseen = -1;
        if (!cp03 && (!v.breached() || run.chance() < 0.25)) {
            List<Integer> inside = new ArrayList<>();
            for (int i = 0; i < visitDates.size(); i++) {
                if (inWindow(visitDates.get(i))) {
                    inside.add(i);
                }
            }
            if (!inside.isEmpty()) {
                unseen = inside.get(rng.nextInt(inside.size()));
            }
        }
        List<Node> visits = new ArrayList<>(visitDates.size());
        for (int i = 0; i < visitDates.size(); i++) {
            LocalDate d = visitDates.get(i);
            visited(d);
            boolean seen = i != unseen;
            visits.add(Node.of().with("date", d).with("seen", seen)
                    .with("seenAlone", seen && ageOn(d) >= 5 && run.meets("CP-04")));
        }
        for (LocalDate d : reviews) {
            event(d);
            oversee(d);
        }
        for (LocalDate d : Series.trimHistory(cores, w0)) {
            event(d);
        }
        return Node.of()
                .with("id", cid + "-P" + (++nPlan))
                .with("category", category())
                .with("icpc", icpc)
                .with("start", start)
                .with("end", event(end))
                .with("content", content)
                .withList("coreGroups", new ArrayList<>(Series.trimHistory(cores, w0)))
                .withList("reviewConferences", reviews)
                .withList("visits", visits);
    }

    // ---------------------------------------------------------------- looked after children

    private void lookedAfter() {
        LocalDate earliest = dob.plusDays(1);
        double t = run.chance();
        LocalDate start;
        LocalDate end = null;
        boolean canBeOld = earliest.isBefore(w0.minusDays(60));
        if (canBeOld && t < 0.62) {
            LocalDate oldest = Run.max(earliest, w0.minusYears(6));
            start = run.dateIn(oldest, w0.minusDays(30));
            if (t >= 0.5) {
                end = run.dateIn(w0.plusDays(60), run.periodEnd);
            }
        } else {
            start = run.dateIn(Run.max(w0, earliest), asAt.minusDays(60));
            if (t >= 0.9 && start.isBefore(run.periodEnd.minusDays(150))) {
                end = run.dateIn(start.plusDays(90), run.periodEnd);
            }
        }
        episodes.add(episode(start, end));
        allocated = worker(asAt, true);
        if (end == null && ageOn(asAt) >= 16) {
            careLeaver = leaverNode(CareLeaverStatus.ELIGIBLE, Run.max(dob.plusYears(16), start.plusDays(20)), true);
        }
    }

    private String legalStatus() {
        double x = run.chance();
        return x < 0.10 ? "C1" : x < 0.65 ? "C2" : x < 0.95 ? "V2" : "E1";
    }

    /** A full care episode from start to end (null = open at asAt). */
    private Node episode(LocalDate start, LocalDate end) {
        LocalDate last = end != null ? end : asAt;
        oversee(start);
        event(start);
        boolean stable = end == null && !start.isAfter(asAt.minusDays(913)) && ageOn(asAt) < 16;
        Boolean lac08 = stable ? run.meets("LAC-08") : null;
        LocalDate stableSince = asAt.minusYears(2).minusDays(10);

        // placement changes before the window (history) and inside it (LAC-07)
        List<LocalDate> changes = new ArrayList<>();
        LocalDate preEnd = Boolean.TRUE.equals(lac08) ? Run.min(w0.minusDays(30), stableSince) : w0.minusDays(30);
        if (preEnd.isAfter(start.plusDays(60))) {
            int k = run.between(0, 2);
            for (int i = 0; i < k; i++) {
                changes.add(run.dateIn(start.plusDays(30), preEnd));
            }
            changes.sort(null);
        }
        int moves;
        if (Boolean.TRUE.equals(lac08)) {
            moves = 0;
        } else {
            moves = run.meets("LAC-07") ? (run.chance() < 0.3 ? 1 : 0) : 2;
            if (Boolean.FALSE.equals(lac08) && moves == 0) {
                moves = 1;
            }
        }
        LocalDate from = Run.max(start, w0).plusDays(20);
        LocalDate to = Run.min(last, run.periodEnd).minusDays(30);
        long span = to.toEpochDay() - from.toEpochDay();
        while (moves > 0 && span < 45L * moves) {
            moves--;
        }
        for (int i = 0; i < moves; i++) {
            LocalDate slotStart = from.plusDays(span * i / moves);
            LocalDate slotEnd = from.plusDays(span * (i + 1) / moves);
            changes.add(run.dateIn(slotStart.plusDays(10), slotEnd.minusDays(10)));
        }
        List<LocalDate> bounds = new ArrayList<>();
        bounds.add(start);
        for (LocalDate c : changes) {
            if (c.isAfter(bounds.get(bounds.size() - 1).plusDays(14))) {
                bounds.add(c);
                if (!c.isBefore(w0)) {
                    oversee(c);
                }
            }
        }
        List<Node> placements = new ArrayList<>();
        List<LocalDate> visitDates = new ArrayList<>();
        for (int i = 0; i < bounds.size(); i++) {
            LocalDate ps = bounds.get(i);
            LocalDate pe = i + 1 < bounds.size() ? bounds.get(i + 1) : end;
            boolean open = pe == null;
            placements.add(placement(ps, pe, i == bounds.size() - 1));
            if (pe == null || !pe.isBefore(w0)) {
                boolean longTerm = Boolean.TRUE.equals(placements.get(i).get("longTerm"));
                LocalDate firstYearEnd = ps.plusYears(1);
                Series.Gap gap = Series.firstThen(Series.days(1, 7), Series.byDate(
                        p -> longTerm && !p.isBefore(firstYearEnd) ? Series.months(3) : Series.days(21, 42)));
                LocalDate vLast = open ? last : pe.minusDays(1);
                boolean ok = meetsByGroup("LAC-01");
                List<LocalDate> dates = Series.generate(ps, vLast, w0, gap, breach(ok, "LAC-01.severe"), rng).dates();
                visitDates.addAll(Series.trimHistory(dates, w0));
            }
        }
        List<Node> visits = new ArrayList<>();
        for (LocalDate d : visitDates) {
            visited(d);
            visits.add(Node.of().with("date", d).with("seen", true)
                    .with("seenAlone", ageOn(d) >= 5 && run.meets("LAC-02")));
        }

        // reviews: first within 20 working days, second within 3 months, then 6-monthly
        List<LocalDate> reviewDates = Series.generate(start, last, w0,
                Series.byIndex(i -> i == 0 ? Series.weekdays(8, 20, 60) : i == 1 ? Series.months(3) : Series.months(6)),
                run.meets("LAC-03") ? Series.Breach.NONE : Series.Breach.LATE, rng).dates();
        boolean permanence = reviewDates.size() >= 2 && run.meets("LAC-05");
        List<Node> reviews = new ArrayList<>();
        for (int i = 0; i < reviewDates.size(); i++) {
            LocalDate d = reviewDates.get(i);
            event(d);
            oversee(d);
            boolean participated = run.meets("LAC-04");
            run.count("LAC-04", d, participated);
            boolean plan = i >= 2 || (permanence && (i == 1 || run.chance() < 0.4));
            reviews.add(Node.of().with("date", d).with("childParticipated", participated)
                    .with("permanencePlan", plan)
                    .with("recordQuality", run.meets("LAC-06") ? RecordQuality.GOOD
                            : run.chance() < 0.75 ? RecordQuality.ADEQUATE : RecordQuality.POOR));
        }

        // health: initial assessment within 20 working days, reviews 6- or 12-monthly by age
        List<Node> health = new ArrayList<>();
        boolean hlt01 = start.isBefore(w0.minusDays(60)) || run.meets("HLT-01");
        LocalDate iha = Weekdays.plus(start, hlt01 ? run.between(5, 20) : run.between(25, 40));
        if (!iha.isAfter(last)) {
            health.add(Node.of().with("date", event(iha)).with("type", HealthAssessmentType.INITIAL));
            List<LocalDate> rha = Series.generate(iha, last, w0,
                    Series.byDate(p -> ageOn(p) < 5 ? Series.months(6) : Series.months(12)),
                    run.meets("HLT-02") ? Series.Breach.NONE : Series.Breach.LATE, rng).dates();
            for (LocalDate d : rha) {
                health.add(Node.of().with("date", event(d)).with("type", HealthAssessmentType.REVIEW));
            }
        }
        LocalDate dental = null;
        boolean immunised;
        if (end == null && !start.isAfter(asAt.minusDays(365))) {
            if (run.meets("HLT-03")) {
                dental = Run.max(asAt.minusDays(run.between(10, 330)), dob.plusDays(200));
            } else if (run.chance() < 0.5) {
                LocalDate d = asAt.minusDays(run.between(380, 600));
                dental = d.isAfter(dob.plusDays(180)) ? d : null;
            }
            immunised = run.meets("HLT-04");
        } else {
            LocalDate from2 = Run.max(start, dob.plusDays(200));
            dental = run.chance() < 0.6 && !from2.isAfter(last) ? run.dateIn(from2, last) : null;
            immunised = run.chance() < 0.9;
        }

        // education: a PEP within 20 working days, then termly (at most 122 days apart)
        List<Node> peps = new ArrayList<>();
        Integer missed = null;
        Integer exclusions = null;
        if (!dob.plusYears(3).isAfter(w0.minusDays(130))) {
            LocalDate pepFrom = Run.max(start, dob.plusYears(3));
            LocalDate pepLast = Run.min(last, dob.plusYears(18).minusDays(1));
            List<LocalDate> dates = Series.generate(pepFrom, pepLast, w0,
                    Series.firstThen(Series.weekdays(5, 20, 60), Series.days(60, 122)),
                    run.meets("EDU-01") ? Series.Breach.NONE : Series.Breach.LATE, rng).dates();
            for (LocalDate d : dates) {
                peps.add(Node.of().with("date", event(d)).with("smartTargets", run.meets("EDU-02")));
            }
        }
        int age = ageOn(asAt);
        if (age >= 5 && age <= 17) {
            missed = run.meets("EDU-03") ? run.between(0, 20) : run.between(26, 60);
            exclusions = run.meets("EDU-04") ? 0 : run.between(1, 3);
        }

        // missing from care (LAC-11)
        List<Node> missing = new ArrayList<>();
        LocalDate mFrom = Run.max(start, w0);
        LocalDate mTo = last.minusDays(14);
        if (age >= 11 && mTo.isAfter(mFrom.plusDays(30)) && run.feature("missing", 0.25)) {
            int k = run.between(1, 3);
            long mSpan = mTo.toEpochDay() - mFrom.toEpochDay();
            for (int i = 0; i < k; i++) {
                LocalDate s = run.dateIn(mFrom.plusDays(mSpan * i / k), mFrom.plusDays(mSpan * (i + 1) / k - 5));
                LocalDate back = Run.min(s.plusDays(run.between(0, 3)), last);
                LocalDate interview;
                if (run.meets("LAC-11")) {
                    interview = Run.min(back.plusDays(run.between(0, 3)), asAt);
                } else {
                    LocalDate late = back.plusDays(run.between(4, 10));
                    interview = run.chance() < 0.5 && !late.isAfter(asAt) ? late : null;
                }
                missing.add(Node.of().with("start", event(s)).with("returned", event(back))
                        .with("returnInterview", event(interview)));
            }
        }
        Node visitor = run.feature("independent-visitor", 0.3)
                ? Node.of().with("wouldBenefit", true).with("allocated", run.meets("LAC-13"))
                : Node.of().with("wouldBenefit", false).with("allocated", false);
        Node cse = age >= 10 && run.feature("cse", 0.15)
                ? Node.of().with("flagged", true).with("screeningCompleted", run.meets("LAC-12"))
                : Node.of().with("flagged", false).with("screeningCompleted", false);

        return Node.of()
                .with("id", cid + "-E" + (++nEpisode))
                .with("start", start)
                .with("end", event(end))
                .with("legalStatus", legalStatus())
                .with("placements", placements)
                .withList("visits", visits)
                .withList("reviews", reviews)
                .withList("healthAssessments", health)
                .with("dentalCheck", event(dental))
                .with("immunisationsUpToDate", immunised)
                .withList("personalEducationPlans", peps)
                .with("schoolDaysMissed", missed)
                .with("fixedTermExclusions", exclusions)
                .withList("missingEpisodes", missing)
                .with("independentVisitor", visitor)
                .with("sexualExploitationRisk", cse);
    }

    private Node placement(LocalDate start, LocalDate end, boolean current) {
        int age = ageOn(start);
        double x = run.chance();
        PlacementType type;
        if (age < 12) {
            type = x < 0.78 ? PlacementType.FOSTER : x < 0.9 ? PlacementType.KINSHIP
                    : x < 0.95 && age < 5 && current ? PlacementType.ADOPTION
                    : x < 0.97 ? PlacementType.PARENTS : PlacementType.RESIDENTIAL;
        } else {
            type = x < 0.6 ? PlacementType.FOSTER : x < 0.68 ? PlacementType.KINSHIP
                    : x < 0.86 ? PlacementType.RESIDENTIAL : x < 0.88 ? PlacementType.SECURE
                    : x < 0.97 && age >= 16 ? PlacementType.INDEPENDENT : PlacementType.OTHER;
        }
        boolean longTerm = (type == PlacementType.FOSTER || type == PlacementType.KINSHIP) && run.chance() < 0.35;
        boolean open = end == null;
        ProviderGrade grade;
        double miles;
        if (open) {
            grade = run.meets("LAC-09") ? (run.chance() < 0.25 ? ProviderGrade.OUTSTANDING : ProviderGrade.GOOD)
                    : run.chance() < 0.8 ? (run.requiresImprovement ? ProviderGrade.REQUIRES_IMPROVEMENT : ProviderGrade.ADEQUATE)
                    : ProviderGrade.INADEQUATE;
            miles = run.meets("LAC-10") ? 0.5 + rng.nextInt(191) / 10.0 : 20.5 + rng.nextInt(600) / 10.0;
        } else {
            grade = run.chance() < 0.85 ? ProviderGrade.GOOD
                    : run.requiresImprovement ? ProviderGrade.REQUIRES_IMPROVEMENT : ProviderGrade.ADEQUATE;
            miles = 0.5 + rng.nextInt(400) / 10.0;
        }
        return Node.of()
                .with("start", start)
                .with("end", end)
                .with("type", type)
                .with("longTerm", longTerm)
                .with("provider", run.chance() < 0.65 ? ProviderKind.IN_HOUSE : ProviderKind.INDEPENDENT)
                .with("providerGrade", grade)
                .with("distanceFromHomeMiles", miles);
    }

    // ---------------------------------------------------------------- care leavers

    private void leaver() {
        boolean former = ageOn(asAt) >= 18;
        LocalDate end;
        if (former) {
            end = dob.plusYears(18);
        } else {
            LocalDate latest = Run.min(dob.plusYears(18).minusDays(1), asAt.minusDays(30));
            end = run.dateIn(dob.plusYears(16), latest);
        }
        LocalDate start = Run.max(end.minusDays(run.between(400, 3000)), dob.plusYears(1));
        if (!end.isBefore(w0)) {
            episodes.add(episode(start, end));
        } else {
            episodes.add(Node.of()
                    .with("id", cid + "-E" + (++nEpisode))
                    .with("start", event(start))
                    .with("end", event(end))
                    .with("legalStatus", legalStatus())
                    .with("placements", List.of(Node.of().with("start", start).with("end", end)
                            .with("type", PlacementType.FOSTER))));
        }
        LocalDate planFrom = Run.max(dob.plusYears(16).plusDays(run.between(0, 60)), start.plusDays(20));
        careLeaver = leaverNode(former ? CareLeaverStatus.FORMER_RELEVANT : CareLeaverStatus.RELEVANT, planFrom, false);
        allocated = worker(asAt, run.chance() < 0.6);
        if (allocated == null) {
            allocated = worker(asAt, true);
        }
    }

    private Node leaverNode(CareLeaverStatus status, LocalDate planFrom, boolean stillLookedAfter) {
        Node plan = null;
        if (!planFrom.isAfter(asAt.minusDays(20))) {
            boolean ok = run.meets("CL-01");
            if (ok || run.chance() < 0.5) {
                List<LocalDate> reviews = Series.generate(planFrom, asAt, w0, Series.months(6),
                        ok ? Series.Breach.NONE : Series.Breach.LATE, rng).dates();
                for (LocalDate d : reviews) {
                    event(d);
                    oversee(d);
                }
                plan = Node.of().with("completed", event(planFrom)).with("reviews", new ArrayList<>(reviews));
            }
        }
        boolean inTouch = stillLookedAfter || run.meets("CL-04");
        return Node.of()
                .with("status", status)
                .with("pathwayPlan", plan)
                .with("accommodationSuitable", run.meets("CL-02"))
                .with("inEducationEmploymentOrTraining", run.meets("CL-03"))
                .with("inTouch", inTouch)
                .with("stayingPut", status == CareLeaverStatus.FORMER_RELEVANT && ageOn(asAt) <= 20
                        && run.feature("staying-put", 0.2));
    }

    // ---------------------------------------------------------------- the case record

    private void caseRecord(Node child) {
        boolean open = allocated != null;
        LocalDate first = dob.plusDays(1);
        LocalDate last = lastEvent != null ? lastEvent : Run.max(w0, first);
        // REC-01: chronology updated in the last 90 days
        Node chronology;
        if (open) {
            if (run.meets("REC-01")) {
                chronology = Node.of().with("present", true)
                        .with("lastUpdated", Run.max(asAt.minusDays(run.between(0, 80)), first));
            } else if (run.chance() < 0.5) {
                chronology = Node.of().with("present", false);
            } else {
                chronology = Node.of().with("present", true)
                        .with("lastUpdated", Run.max(asAt.minusDays(run.between(100, 300)), first));
            }
        } else {
            chronology = Node.of().with("present", true).with("lastUpdated", last);
        }
        // REC-02: management oversight in the period, every decision with reasons
        List<Node> entries = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>(oversight);
        if (dates.isEmpty()) {
            dates.add(run.dateIn(Run.max(w0, first), asAt));
        }
        dates.sort(null);
        while (dates.size() > 3) {
            dates.remove(rng.nextInt(dates.size()));
        }
        boolean rec02 = run.meets("REC-02");
        int noReasons = -1;
        if (!rec02) {
            LocalDate before = w0.minusDays(run.between(10, 200));
            if (run.chance() < 0.5 && before.isAfter(first)) {
                dates = List.of(before);
            } else {
                noReasons = rng.nextInt(dates.size());
            }
        }
        for (int i = 0; i < dates.size(); i++) {
            boolean decision = i == noReasons || run.chance() < 0.85;
            entries.add(Node.of().with("date", dates.get(i)).with("decision", decision)
                    .with("reasonsRecorded", decision && i != noReasons));
        }
        // REC-03: record up to date, last entry no more than 5 working days before the latest visit
        Node recording;
        if (open) {
            LocalDate latest = latestVisit != null ? latestVisit : last;
            if (run.meets("REC-03")) {
                recording = Node.of().with("upToDate", true)
                        .with("lastEntry", run.dateIn(latest, Run.min(asAt, latest.plusDays(10))));
            } else {
                recording = Node.of().with("upToDate", false)
                        .with("lastEntry", Run.max(Weekdays.minus(latest, run.between(10, 25)), first));
            }
        } else {
            recording = Node.of().with("upToDate", true).with("lastEntry", last);
        }
        child.with("chronology", chronology).with("managementOversight", entries).with("recording", recording);
    }
}
