package org.childcare.compliance.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.childcare.compliance.model.AllegationOutcome;
import org.childcare.compliance.model.Sector;

/** The authority-level sections: header, LADO, complaints, partnership, indicators, evidence. */
final class AuthorityParts {
    private final Run run;
    private final SplittableRandom rng;

    AuthorityParts(Run run) {
        this.run = run;
        this.rng = new SplittableRandom(run.s.seed() * 104729 + 11);
    }

    private int between(int lo, int hi) {
        return Series.between(rng, lo, hi);
    }

    private LocalDate dateIn(LocalDate a, LocalDate b) {
        long span = b.toEpochDay() - a.toEpochDay();
        return span <= 0 ? a : a.plusDays(rng.nextLong(span + 1));
    }

    /** @return top-level fields before the children, in the format's order */
    Map<String, Object> header() {
        GeneratorSettings s = run.s;
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("schemaVersion", 1);
        h.put("authority", Node.of().with("name", s.authorityName()).with("code", s.authorityCode()));
        h.put("period", Node.of().with("start", s.periodStart()).with("end", s.periodEnd()));
        h.put("asAt", s.asAt());
        h.put("framework", s.framework());
        h.put("profile", s.profile());
        Node calendar = Node.of().with("region", "england-and-wales");
        if (!s.extraNonWorkingDays().isEmpty()) {
            calendar.with("extraNonWorkingDays", new ArrayList<>(s.extraNonWorkingDays()));
        }
        h.put("calendar", calendar);
        if (!s.standards().isEmpty()) {
            h.put("standards", new LinkedHashMap<>(s.standards()));
        }
        if (!s.benchmarks().isEmpty()) {
            h.put("benchmarks", new LinkedHashMap<>(s.benchmarks()));
        }
        if (s.previous() != null) {
            h.put("previous", s.previous());
        }
        return h;
    }

    private String place() {
        String name = run.s.authorityName();
        int space = name.indexOf(' ');
        return space > 0 ? name.substring(0, space) : name;
    }

    Node lado() {
        int n = Math.max(3, Math.round(run.s.children() / 20f));
        List<LocalDate> received = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            received.add(Weekdays.onOrAfter(dateIn(run.w0, run.asAt.minusDays(14))));
        }
        received.sort(null);
        List<Node> allegations = new ArrayList<>();
        int width = Math.max(2, String.valueOf(n).length());
        for (int i = 0; i < n; i++) {
            LocalDate r = received.get(i);
            boolean ok = run.meets("LADO-01");
            LocalDate initial = ok ? (rng.nextDouble() < 0.7 ? r : Weekdays.plus(r, 1))
                    : Weekdays.plus(r, between(Weekdays.breachMin(1), Weekdays.breachMin(1) + 6));
            if (initial.isAfter(run.asAt)) {
                initial = r;
                ok = true;
            }
            run.count("LADO-01", r, ok);
            double x = rng.nextDouble();
            LocalDate concluded = x < 0.5 ? r.plusDays(between(5, 30)) : x < 0.8 ? r.plusDays(between(31, 90))
                    : x < 0.95 ? r.plusDays(between(91, 365)) : null;
            if (concluded != null && concluded.isBefore(initial.plusDays(3))) {
                concluded = initial.plusDays(between(3, 20));
            }
            if (concluded != null && concluded.isAfter(run.asAt)) {
                concluded = null;
            }
            AllegationOutcome outcome = null;
            if (concluded != null) {
                double o = rng.nextDouble();
                outcome = o < 0.3 ? AllegationOutcome.SUBSTANTIATED : o < 0.65 ? AllegationOutcome.UNSUBSTANTIATED
                        : o < 0.9 ? AllegationOutcome.UNFOUNDED : o < 0.97 ? AllegationOutcome.FALSE
                        : AllegationOutcome.MALICIOUS;
            }
            allegations.add(Node.of()
                    .with("id", String.format(Locale.ROOT, "L%0" + width + "d", i + 1))
                    .with("received", r)
                    .with("initialConsideration", initial)
                    .with("concluded", concluded)
                    .with("outcome", outcome));
        }
        return Node.of().with("allegations", allegations);
    }

    List<Node> complaints() {
        int n = Math.max(3, Math.round(run.s.children() / 15f));
        List<LocalDate> received = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            received.add(Weekdays.onOrAfter(dateIn(run.w0, run.asAt.minusDays(30))));
        }
        received.sort(null);
        int width = Math.max(2, String.valueOf(n).length());
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate r = received.get(i);
            boolean ok = run.meets("CMP-01");
            LocalDate response = Weekdays.plus(r, ok ? between(2, 10)
                    : between(Weekdays.breachMin(10), Weekdays.breachMin(10) + 12));
            if (response.isAfter(run.asAt)) {
                response = null;
            }
            run.count("CMP-01", r, ok);
            out.add(Node.of()
                    .with("id", String.format(Locale.ROOT, "CO%0" + width + "d", i + 1))
                    .with("received", r)
                    .with("stage1Response", response)
                    .with("learningRecorded", run.meets("CMP-02")));
        }
        return out;
    }

    Node partnership() {
        LocalDate asAt = run.asAt;
        // one element each: drawn with the rate's probability (failures-first would always fail them)
        boolean lscb01 = run.quota.next("LSCB-01", run.rate("LSCB-01"));
        boolean chair = lscb01 || rng.nextBoolean();
        LocalDate report = chair && !lscb01 ? asAt.minusDays(between(400, 600)) : asAt.minusDays(between(30, 300));
        List<Node> meetings = new ArrayList<>();
        double rate = run.rate("LSCB-02");
        for (LocalDate d = run.w0.plusDays(between(7, 30)); !d.isAfter(asAt); d = d.plusDays(between(56, 65))) {
            LocalDate date = Weekdays.onOrAfter(d);
            if (date.isAfter(asAt)) {
                break;
            }
            meetings.add(Node.of().with("date", date).with("attendance", Node.of()
                    .with("police", run.quota.next("LSCB-02.police", rate))
                    .with("health", run.quota.next("LSCB-02.health", rate))
                    .with("education", run.quota.next("LSCB-02.education", rate))
                    .with("probation", run.quota.next("LSCB-02.probation", rate))
                    .with("la", run.quota.next("LSCB-02.la", rate))));
        }
        String[] topics = {"neglect", "domestic abuse", "missing children", "thresholds", "child sexual exploitation",
            "adolescent risk", "pre-birth assessments"};
        int audits = run.quota.next("LSCB-05", run.rate("LSCB-05")) ? between(2, 4) : 1;
        List<Node> auditList = new ArrayList<>();
        long span = run.periodEnd.toEpochDay() - run.w0.toEpochDay();
        for (int i = 0; i < audits; i++) {
            LocalDate d = Weekdays.onOrAfter(run.w0.plusDays(span * i / audits + between(5, 40)));
            auditList.add(Node.of().with("date", Run.min(d, run.periodEnd)).with("topic", topics[(i + between(0, 6)) % topics.length]));
        }
        int scrs = Math.max(1, Math.min(12, run.s.children() / 400));
        List<Node> reviews = new ArrayList<>();
        for (int i = 0; i < scrs; i++) {
            int actions = between(6, 20);
            int done = 0;
            for (int a = 0; a < actions; a++) {
                if (run.meets("LSCB-04")) {
                    done++;
                }
            }
            reviews.add(Node.of()
                    .with("id", "SCR" + (i + 1))
                    .with("published", dateIn(run.w0.minusDays(700), asAt.minusDays(30)))
                    .with("actions", actions)
                    .with("actionsCompleted", done));
        }
        String place = place();
        List<Node> training = new ArrayList<>();
        training(training, place + " Teaching Hospitals NHS Trust", Sector.HEALTH, 3, "HLT-05", true);
        training(training, "NHS " + place + " (primary care trust)", Sector.HEALTH, 3, "HLT-05", false);
        training(training, place + " Community Health Services", Sector.HEALTH, 3, "HLT-05", false);
        training(training, place + " Police", Sector.POLICE, 2, "PART-01", true);
        training(training, place + " schools and colleges", Sector.EDUCATION, 1, "PART-01", false);
        training(training, place + " children's services", Sector.LA, 3, "PART-01", false);
        training(training, place + " Probation Trust", Sector.PROBATION, 2, "PART-01", false);
        training(training, place + " voluntary and community sector", Sector.VOLUNTARY, 1, "PART-01", false);
        Node lscb = Node.of()
                .with("independentChair", chair)
                .with("annualReport", report)
                .with("performanceDashboard", run.quota.next("LSCB-03.dashboard", run.rate("LSCB-03")))
                .with("meetings", meetings)
                .withList("multiAgencyAudits", auditList)
                .with("seriousCaseReviews", reviews);
        return Node.of().with("lscb", lscb).with("trainingCompliance", training);
    }

    /** The lowest agency of a criterion's group gets exactly the rate; the others a little more. */
    private void training(List<Node> out, String agency, Sector sector, int level, String criterion, boolean lowest) {
        double rate = run.rate(criterion) * 100;
        double percent = lowest ? rate : Math.min(100, rate + between(0, 80) / 10.0);
        out.add(Node.of().with("agency", agency).with("sector", sector).with("level", level)
                .with("percent", Math.round(percent * 10) / 10.0));
    }

    /** Declared figures: exact (SA-01 met) or 5 to 10 points out. */
    Node indicators() {
        Node out = Node.of();
        for (String id : run.s.indicators()) {
            long[] t = run.tally.get(id);
            if (t == null || t[0] == 0) {
                continue;
            }
            double computed = 100.0 * t[1] / t[0];
            double declared = computed;
            if (!run.meets("SA-01")) {
                double off = between(50, 100) / 10.0;
                declared = computed + off <= 100 ? computed + off : computed - off;
            }
            out.with(id, Math.round(declared * 10) / 10.0);
        }
        return out;
    }

    List<Node> evidence() {
        List<Node> out = new ArrayList<>();
        for (Node e : run.s.evidence()) {
            Node copy = Node.of();
            copy.with("criterion", e.get("criterion"));
            String criterion = e.get("criterion").toString();
            copy.with("met", run.quota.next("evidence:" + criterion, run.rate(criterion)));
            copy.with("source", e.get("source"));
            copy.with("note", e.get("note"));
            out.add(copy);
        }
        return out;
    }
}
