package org.childcare.compliance.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.childcare.compliance.model.Assessment;
import org.childcare.compliance.model.CareEpisode;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.HealthAssessment;
import org.childcare.compliance.model.HealthAssessmentType;
import org.childcare.compliance.model.Placement;
import org.childcare.compliance.model.ProtectionPlan;
import org.childcare.compliance.model.Review;
import org.childcare.compliance.model.S47Enquiry;
import org.childcare.compliance.model.Sector;
import org.childcare.compliance.model.SelfAssessment;
import org.childcare.compliance.model.Visit;
import org.childcare.compliance.model.Worker;

/**
 * For each criterion, keyed by its catalogue ID, whether the data holds at least one element of its
 * population (a rough reading of each criterion's measure, enough to show the generator exercises
 * every criterion). GeneratorTest fails when these IDs and the catalogue's differ.
 */
final class CriterionCoverage {
    private final SelfAssessment sa;
    private final Collection<Child> children;
    private final LocalDate w0;
    private final LocalDate asAt;
    private final LocalDate end;

    private CriterionCoverage(SelfAssessment sa, Collection<Child> children) {
        this.sa = sa;
        this.children = children;
        this.w0 = sa.getPeriod().getStart();
        this.asAt = sa.getAsAt();
        this.end = sa.getPeriod().getEnd().isAfter(asAt) ? asAt : sa.getPeriod().getEnd();
    }

    private boolean in(LocalDate d) {
        return d != null && !d.isBefore(w0) && !d.isAfter(asAt);
    }

    private static int age(Child c, LocalDate d) {
        return (int) ChronoUnit.YEARS.between(c.effectiveDateOfBirth(), d);
    }

    private boolean any(Predicate<Child> p) {
        return children.stream().anyMatch(p);
    }

    private boolean anyPlan(java.util.function.BiPredicate<Child, ProtectionPlan> p) {
        return any(c -> c.getProtectionPlans().stream().anyMatch(x -> p.test(c, x)));
    }

    private boolean anyEpisode(java.util.function.BiPredicate<Child, CareEpisode> p) {
        return any(c -> c.getCareEpisodes().stream().anyMatch(x -> p.test(c, x)));
    }

    private boolean anyAssessment(java.util.function.BiPredicate<Child, Assessment> p) {
        return any(c -> c.getAssessments().stream().anyMatch(x -> p.test(c, x)));
    }

    private boolean anyS47(java.util.function.BiPredicate<Child, S47Enquiry> p) {
        return any(c -> c.getS47Enquiries().stream().anyMatch(x -> p.test(c, x)));
    }

    private boolean overlaps(LocalDate start, LocalDate stop) {
        return start != null && !start.isAfter(asAt) && (stop == null || !stop.isBefore(w0));
    }

    private Stream<Worker> workers() {
        return sa.getWorkforce() == null ? Stream.empty() : sa.getWorkforce().getWorkers().stream();
    }

    private boolean evidence(String id) {
        return sa.getEvidence().stream().anyMatch(e -> id.equals(e.getCriterion()) && e.getMet() != null);
    }

    static Map<String, Boolean> exercised(SelfAssessment sa, Collection<Child> children) {
        return new CriterionCoverage(sa, children).all();
    }

    private Map<String, Boolean> all() {
        Map<String, Boolean> m = new LinkedHashMap<>();
        m.put("REF-01", any(c -> c.getReferrals().stream().anyMatch(r -> in(r.getDate()) && r.getDecisionDate() != null)));
        m.put("REF-02", any(c -> c.getReferrals().stream().anyMatch(r -> in(r.getDate()) && Boolean.TRUE.equals(r.getRereferralWithin12Months()))));
        m.put("ASM-01", anyAssessment((c, a) -> in(a.getStart()) && a.getCompleted() != null));
        m.put("ASM-02", anyAssessment((c, a) -> in(a.getStart()) && age(c, a.getStart()) >= 5 && a.getChildSeenAlone() != null));
        m.put("ASM-03", anyAssessment((c, a) -> in(a.getStart()) && a.getQuality() != null));
        m.put("ASM-04", anyAssessment((c, a) -> in(a.getStart()) && a.getUndertakenBy() != null));
        m.put("S47-01", anyS47((c, s) -> in(s.getStrategyDiscussion()) && Boolean.TRUE.equals(s.getJointRequired())));
        m.put("S47-02", anyS47((c, s) -> in(s.getStrategyDiscussion()) && s.getCentralRecordShared() != null));
        m.put("S47-03", anyS47((c, s) -> in(s.getStrategyDiscussion()) && age(c, s.getStrategyDiscussion()) >= 5));
        m.put("CP-01", anyPlan((c, p) -> p.getIcpc() != null && in(p.getIcpc().getDate()) && p.getIcpc().getStrategyDiscussion() != null));
        m.put("CP-02", anyPlan((c, p) -> p.getIcpc() != null && in(p.getIcpc().getDate()) && p.getIcpc().getAttendance() != null));
        m.put("CP-03", anyPlan((c, p) -> overlaps(p.getStart(), p.getEnd()) && !p.getVisits().isEmpty()));
        m.put("CP-04", anyPlan((c, p) -> p.getVisits().stream().anyMatch(v -> in(v.getDate()) && age(c, v.getDate()) >= 5)));
        m.put("CP-05", anyPlan((c, p) -> p.getCoreGroups().stream().anyMatch(this::in)));
        m.put("CP-06", anyPlan((c, p) -> p.getReviewConferences().stream().anyMatch(this::in)));
        m.put("CP-07", anyPlan((c, p) -> overlaps(p.getStart(), p.getEnd()) && p.getContent() != null));
        m.put("CP-08", anyPlan((c, p) -> p.getIcpc() != null && in(p.getIcpc().getDate()) && age(c, p.getIcpc().getDate()) >= 10));
        m.put("CP-09", anyPlan((c, p) -> p.getIcpc() != null && in(p.getIcpc().getDate()) && p.getIcpc().getReportsSharedWithFamily() != null));
        m.put("CP-10", anyPlan((c, p) -> p.getIcpc() != null && in(p.getIcpc().getDate()) && p.getIcpc().getCancellations() != null && p.getIcpc().getCancellations() > 0));
        m.put("CP-11", anyPlan((c, p) -> p.getEnd() != null && !p.getEnd().isBefore(w0) && !p.getEnd().isAfter(end)
                && ChronoUnit.DAYS.between(p.getStart(), p.getEnd()) >= 730));
        m.put("CP-12", anyPlan((c, p) -> in(p.getStart()) && c.getProtectionPlans().stream()
                .anyMatch(q -> q != p && q.getEnd() != null && q.getEnd().isBefore(p.getStart()))));
        m.put("CP-13", anyPlan((c, p) -> p.getEnd() == null && overlaps(p.getStart(), null)));
        m.put("LAC-01", anyEpisode((c, e) -> e.getPlacements().stream().anyMatch(p -> overlaps(p.getStart(), p.getEnd()))
                && e.getVisits().stream().anyMatch(v -> in(v.getDate()))));
        m.put("LAC-02", anyEpisode((c, e) -> e.getVisits().stream().anyMatch(v -> in(v.getDate()) && age(c, v.getDate()) >= 5)));
        m.put("LAC-03", anyEpisode((c, e) -> e.getReviews().stream().anyMatch(r -> in(r.getDate()))));
        m.put("LAC-04", anyEpisode((c, e) -> e.getReviews().stream().anyMatch(r -> in(r.getDate()) && r.getChildParticipated() != null)));
        m.put("LAC-05", anyEpisode((c, e) -> e.getReviews().size() >= 2 && in(e.getReviews().get(1).getDate())));
        m.put("LAC-06", anyEpisode((c, e) -> e.getReviews().stream().anyMatch(r -> in(r.getDate()) && r.getRecordQuality() != null)));
        m.put("LAC-07", anyEpisode((c, e) -> overlaps(e.getStart(), e.getEnd()) && e.getPlacements().stream()
                .filter(p -> overlaps(p.getStart(), p.getEnd())).count() >= 3));
        m.put("LAC-08", anyEpisode((c, e) -> e.getEnd() == null && !e.getStart().isAfter(asAt.minusMonths(30)) && age(c, asAt) < 16));
        m.put("LAC-09", anyEpisode((c, e) -> e.getPlacements().stream().anyMatch(p -> p.getEnd() == null && p.getProviderGrade() != null)));
        m.put("LAC-10", anyEpisode((c, e) -> e.getPlacements().stream().anyMatch(p -> p.getEnd() == null && p.getDistanceFromHomeMiles() != null)));
        m.put("LAC-11", anyEpisode((c, e) -> e.getMissingEpisodes().stream().anyMatch(x -> in(x.getReturned()))));
        m.put("LAC-12", anyEpisode((c, e) -> e.getSexualExploitationRisk() != null && Boolean.TRUE.equals(e.getSexualExploitationRisk().getFlagged())));
        m.put("LAC-13", anyEpisode((c, e) -> e.getIndependentVisitor() != null && Boolean.TRUE.equals(e.getIndependentVisitor().getWouldBenefit())));
        m.put("HLT-01", anyEpisode((c, e) -> in(e.getStart()) && e.getHealthAssessments().stream().anyMatch(h -> h.getType() == HealthAssessmentType.INITIAL)));
        m.put("HLT-02", anyEpisode((c, e) -> e.getHealthAssessments().stream().anyMatch(h -> h.getType() == HealthAssessmentType.REVIEW && in(h.getDate()))));
        m.put("HLT-03", anyEpisode((c, e) -> e.getEnd() == null && !e.getStart().isAfter(asAt.minusYears(1)) && e.getDentalCheck() != null));
        m.put("HLT-04", anyEpisode((c, e) -> e.getEnd() == null && !e.getStart().isAfter(asAt.minusYears(1)) && e.getImmunisationsUpToDate() != null));
        m.put("HLT-05", sa.getPartnership() != null && sa.getPartnership().getTrainingCompliance().stream().anyMatch(t -> t.getSector() == Sector.HEALTH));
        m.put("EDU-01", anyEpisode((c, e) -> e.getPersonalEducationPlans().stream().anyMatch(p -> in(p.getDate()))));
        m.put("EDU-02", anyEpisode((c, e) -> e.getPersonalEducationPlans().stream().anyMatch(p -> p.getSmartTargets() != null)));
        m.put("EDU-03", anyEpisode((c, e) -> e.getSchoolDaysMissed() != null && e.getSchoolDaysMissed() > 25));
        m.put("EDU-04", anyEpisode((c, e) -> e.getFixedTermExclusions() != null && e.getFixedTermExclusions() > 0));
        m.put("CL-01", any(c -> c.getCareLeaver() != null && c.getCareLeaver().getPathwayPlan() != null));
        m.put("CL-02", any(c -> c.getCareLeaver() != null && c.getCareLeaver().getAccommodationSuitable() != null));
        m.put("CL-03", any(c -> c.getCareLeaver() != null && c.getCareLeaver().getInEducationEmploymentOrTraining() != null));
        m.put("CL-04", any(c -> c.getCareLeaver() != null && Boolean.FALSE.equals(c.getCareLeaver().getInTouch())));
        m.put("WF-01", workers().anyMatch(w -> Boolean.TRUE.equals(w.getQualified()) && w.getCaseload() != null));
        m.put("WF-02", workers().anyMatch(w -> w.getQualifiedOn() != null && w.getQualifiedOn().isAfter(asAt.minusYears(1)) && w.getCaseload() != null));
        m.put("WF-03", sa.getWorkforce() != null && sa.getWorkforce().getEstablishment() != null && sa.getWorkforce().getVacancies() != null);
        m.put("WF-04", workers().anyMatch(w -> Boolean.TRUE.equals(w.getAgency())));
        m.put("WF-05", workers().anyMatch(w -> w.getLeft() != null && !w.getLeft().isBefore(w0) && !w.getLeft().isAfter(end)));
        m.put("WF-06", workers().anyMatch(w -> w.getLeft() == null && !w.getStarted().isAfter(asAt.minusYears(1))));
        m.put("SUP-01", workers().anyMatch(w -> w.getSupervision().stream().anyMatch(s -> in(s.getDate()))));
        m.put("SUP-02", workers().anyMatch(w -> w.getSupervision().stream().anyMatch(s -> s.getActionsRecorded() != null)));
        m.put("SUP-03", workers().anyMatch(w -> w.getSupervision().stream().anyMatch(s -> s.getReflective() != null)));
        m.put("REC-01", any(c -> c.getAllocatedWorker() != null && c.getChronology() != null));
        m.put("REC-02", any(c -> c.getManagementOversight().stream().anyMatch(o -> in(o.getDate()))));
        m.put("REC-03", any(c -> c.getAllocatedWorker() != null && c.getRecording() != null && c.getRecording().getLastEntry() != null));
        m.put("SA-01", !sa.getIndicators().isEmpty());
        m.put("LADO-01", sa.getLado() != null && sa.getLado().getAllegations().stream().anyMatch(a -> in(a.getReceived())));
        m.put("CMP-01", sa.getComplaints().stream().anyMatch(c -> in(c.getReceived()) && c.getStage1Response() != null));
        m.put("CMP-02", sa.getComplaints().stream().anyMatch(c -> in(c.getReceived()) && c.getLearningRecorded() != null));
        var lscb = sa.getPartnership() == null ? null : sa.getPartnership().getLscb();
        m.put("LSCB-01", lscb != null && lscb.getIndependentChair() != null && lscb.getAnnualReport() != null);
        m.put("LSCB-02", lscb != null && lscb.getMeetings().stream().anyMatch(x -> in(x.getDate()) && x.getAttendance() != null));
        m.put("LSCB-03", lscb != null && lscb.getPerformanceDashboard() != null || evidence("LSCB-03"));
        m.put("LSCB-04", lscb != null && lscb.getSeriousCaseReviews().stream().anyMatch(s -> s.getActions() != null && s.getActions() > 0));
        m.put("LSCB-05", lscb != null && lscb.getMultiAgencyAudits().stream().anyMatch(a -> in(a.getDate())));
        m.put("PART-01", sa.getPartnership() != null && sa.getPartnership().getTrainingCompliance().stream().anyMatch(t -> t.getSector() != Sector.HEALTH));
        m.put("EQD-01", anyAssessment((c, a) -> a.getQuality() != null && a.getQuality().getEqualityAndDiversity() != null));
        Map<String, Integer> groups = new HashMap<>();
        for (Child c : children) {
            if (!c.getProtectionPlans().isEmpty()) {
                groups.merge(c.getEthnicity(), 1, Integer::sum);
            }
        }
        m.put("EQD-02", groups.values().stream().anyMatch(n -> n >= 10));
        m.put("AMB-01", evidence("AMB-01"));
        m.put("AMB-02", evidence("AMB-02"));
        m.put("LAC-14", evidence("LAC-14"));
        return m;
    }

    @SuppressWarnings("unused")
    private static final List<Class<?>> USED = List.of(Placement.class, Review.class, Visit.class, HealthAssessment.class);
}
