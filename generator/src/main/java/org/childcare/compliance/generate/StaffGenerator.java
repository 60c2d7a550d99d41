package org.childcare.compliance.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.childcare.compliance.model.WorkerRole;

/**
 * The workforce: per team a manager and practitioners (some newly qualified, some agency, one
 * unqualified in teams of four or more), conference chairs and IROs; leavers in the period with
 * their replacements; caseloads, supervision and appraisals shaped by WF-01..06 and SUP-01..03.
 */
final class StaffGenerator {
    private final Run run;
    private final SplittableRandom rng;
    private final String format;
    private int tm;
    private int sw;
    private int cc;
    private int iro;

    private StaffGenerator(Run run) {
        this.run = run;
        this.rng = new SplittableRandom(run.s.seed() * 7919 + 3);
        int estimate = 0;
        for (TeamSpec t : run.teams) {
            estimate += t.socialWorkers() * 2 + 1;
        }
        int width = Math.max(3, String.valueOf(estimate + run.teams.size() * 2 + 10).length());
        this.format = "%s%0" + width + "d";
    }

    static void build(Run run) {
        new StaffGenerator(run).build();
    }

    private String id(String prefix, int n) {
        return String.format(java.util.Locale.ROOT, format, prefix, n);
    }

    private int between(int lo, int hi) {
        return Series.between(rng, lo, hi);
    }

    private void build() {
        LocalDate w0 = run.w0;
        LocalDate asAt = run.asAt;
        int cpTeams = 0;
        int lacTeams = 0;
        // ids follow the team specs only: every team's manager and practitioners first, then the
        // replacements of leavers, so a team's first practitioner keeps its id whatever the rates
        List<Staff> leavers = new ArrayList<>();
        for (TeamSpec team : run.teams) {
            List<Staff> list = new ArrayList<>();
            run.members.put(team, list);
            Staff manager = new Staff(id("TM", ++tm), WorkerRole.TEAM_MANAGER, team);
            senior(manager);
            list.add(manager);
            int n = team.socialWorkers();
            for (int i = 0; i < n; i++) {
                WorkerRole role = n >= 4 && i == n - 1 ? WorkerRole.UNQUALIFIED
                        : n >= 5 && i == 0 ? WorkerRole.ADVANCED_PRACTITIONER : WorkerRole.SOCIAL_WORKER;
                Staff p = new Staff(id("SW", ++sw), role, team);
                list.add(p);
                if (i == 0) {
                    // the team's senior practitioner: permanent, experienced, stays all year
                    p.qualified = true;
                    p.agency = false;
                    p.started = w0.minusDays(between(1000, 3650));
                    p.qualifiedOn = p.started.minusDays(between(400, 3000));
                    continue;
                }
                practitioner(p);
                LocalDate earliestLeave = Run.max(w0.plusDays(20), p.started.plusDays(30));
                if (earliestLeave.isBefore(run.periodEnd.minusDays(20)) && !run.meets("WF-05")) {
                    p.left = run.dateIn(earliestLeave, run.periodEnd.minusDays(20));
                    leavers.add(p);
                }
            }
            if (team.cohort() == Cohort.PROTECTION) {
                cpTeams++;
            } else if (team.cohort() == Cohort.LOOKED_AFTER || team.cohort() == Cohort.LEAVING_CARE) {
                lacTeams++;
            }
        }
        for (Staff leaver : leavers) {
            Staff r = new Staff(id("SW", ++sw), leaver.role, leaver.team);
            replacement(r, leaver.left);
            run.members.get(leaver.team).add(r);
        }
        List<Staff> service = new ArrayList<>();
        for (int i = 0; i < Math.max(1, cpTeams); i++) {
            Staff c = new Staff(id("CC", ++cc), WorkerRole.CONFERENCE_CHAIR, null);
            senior(c);
            service.add(c);
        }
        for (int i = 0; i < Math.max(1, (lacTeams * 3 + 1) / 2); i++) {
            Staff c = new Staff(id("IRO", ++iro), WorkerRole.IRO, null);
            senior(c);
            service.add(c);
        }
        for (List<Staff> l : run.members.values()) {
            run.staff.addAll(l);
        }
        run.staff.addAll(service);
        caseloads(asAt);
        for (Staff p : run.staff) {
            supervision(p);
            appraisal(p);
        }
    }

    private void senior(Staff p) {
        p.qualified = true;
        p.agency = !run.meets("WF-04");
        p.started = run.w0.minusDays(p.agency ? between(60, 500) : between(200, 3650));
        p.qualifiedOn = p.started.minusDays(between(1500, 6000));
    }

    private void practitioner(Staff p) {
        LocalDate asAt = run.asAt;
        p.agency = !run.meets("WF-04");
        if (p.role == WorkerRole.UNQUALIFIED) {
            p.qualified = false;
            p.started = run.w0.minusDays(between(30, 3000));
            return;
        }
        p.qualified = true;
        if (p.role == WorkerRole.SOCIAL_WORKER && !p.agency && run.feature("newly-qualified", 0.15)) {
            p.qualifiedOn = asAt.minusDays(between(90, 330));
            p.started = p.qualifiedOn.plusDays(between(7, 45));
            p.newlyQualified = true;
            return;
        }
        p.started = run.w0.minusDays(p.agency ? between(30, 400) : between(30, 3650));
        p.qualifiedOn = Run.min(p.started.minusDays(between(0, 2500)), asAt.minusDays(400));
    }

    private void replacement(Staff r, LocalDate leaverLeft) {
        LocalDate asAt = run.asAt;
        r.agency = !run.meets("WF-04");
        r.started = Run.min(Run.max(leaverLeft.plusDays(between(-20, 40)), run.w0.plusDays(1)), asAt.minusDays(30));
        if (r.role == WorkerRole.UNQUALIFIED) {
            r.qualified = false;
            return;
        }
        r.qualified = true;
        if (!r.agency && r.role == WorkerRole.SOCIAL_WORKER && run.feature("newly-qualified-replacement", 0.4)) {
            r.qualifiedOn = r.started.minusDays(between(7, 45));
            r.newlyQualified = r.qualifiedOn.isAfter(asAt.minusYears(1));
        } else {
            r.qualifiedOn = r.started.minusDays(between(400, 4000));
        }
    }

    private void caseloads(LocalDate asAt) {
        long sum = 0;
        int count = 0;
        for (Staff p : run.staff) {
            if (p.practitioner() && p.qualified && p.inPostOn(asAt) && !p.newlyQualified) {
                p.caseload = run.meets("WF-01") ? between(11, 17) : between(20, 28);
                sum += p.caseload;
                count++;
            }
        }
        double mean = count == 0 ? 16 : (double) sum / count;
        for (Staff p : run.staff) {
            if (p.practitioner() && p.inPostOn(asAt) && p.newlyQualified) {
                double f = run.meets("WF-02") ? 0.55 + rng.nextDouble() * 0.2 : 1.0 + rng.nextDouble() * 0.2;
                p.caseload = (int) Math.max(1, Math.round(mean * f));
            }
        }
    }

    /** Supervision from the start in post to leaving or asAt; the newly qualified weekly, then fortnightly. */
    private void supervision(Staff p) {
        LocalDate end = p.left != null ? Run.min(p.left, run.asAt) : run.asAt;
        boolean inWindow = !end.isBefore(run.w0);
        LocalDate weekly = p.started.plusWeeks(6);
        LocalDate fortnightly = p.started.plusMonths(6);
        Series.Gap monthly = Series.days(18, 31);
        Series.Gap gap = p.newlyQualified
                ? Series.byDate(d -> d.isBefore(weekly) ? Series.days(4, 7)
                        : d.isBefore(fortnightly) ? Series.days(8, 14) : monthly)
                : monthly;
        Series.Breach breach = inWindow && !run.meets("SUP-01") ? Series.Breach.LATE : Series.Breach.NONE;
        List<LocalDate> dates = Series.generate(p.started, end, run.w0, gap, breach, rng).dates();
        for (LocalDate d : Series.trimHistory(dates, run.w0)) {
            p.supervision.add(Node.of().with("date", d)
                    .with("actionsRecorded", run.meets("SUP-02"))
                    .with("reflective", run.meets("SUP-03")));
        }
    }

    private void appraisal(Staff p) {
        LocalDate asAt = run.asAt;
        if (p.left != null) {
            LocalDate a = p.left.minusDays(between(30, 300));
            p.appraisal = rng.nextBoolean() && !a.isBefore(p.started) ? a : null;
        } else if (!p.started.isAfter(asAt.minusYears(1))) {
            if (run.meets("WF-06")) {
                p.appraisal = Run.max(asAt.minusDays(between(20, 330)), p.started);
            } else {
                LocalDate a = asAt.minusDays(between(400, 700));
                p.appraisal = rng.nextBoolean() && !a.isBefore(p.started) ? a : null;
            }
        }
    }

    /** @return the workforce section */
    static Node section(Run run) {
        LocalDate asAt = run.asAt;
        int permanent = 0;
        int leavers = 0;
        int atStart = 0;
        int atEnd = 0;
        List<Node> workers = new ArrayList<>(run.staff.size());
        for (Staff p : run.staff) {
            workers.add(p.toNode());
            boolean counted = p.qualified && !p.agency && p.inPostOn(asAt)
                    && (p.practitioner() || p.role == WorkerRole.TEAM_MANAGER);
            if (counted) {
                permanent++;
            }
            if (p.left != null && !p.left.isBefore(run.w0) && !p.left.isAfter(run.periodEnd)) {
                leavers++;
            }
            if (p.inPostOn(run.w0)) {
                atStart++;
            }
            if (p.inPostOn(run.periodEnd)) {
                atEnd++;
            }
        }
        double vacancyRate = Math.min(0.9, 1 - run.rate("WF-03"));
        int establishment = (int) Math.round(permanent / (1 - vacancyRate));
        double headcount = (atStart + atEnd) / 2.0;
        double turnover = headcount == 0 ? 0 : Math.round(leavers / headcount * 1000) / 10.0;
        return Node.of()
                .with("establishment", establishment)
                .with("vacancies", establishment - permanent)
                .with("workers", workers)
                .with("turnoverPercent", turnover);
    }
}
