package org.childcare.compliance.source.annexa;

import org.childcare.compliance.source.PlacementCodes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.childcare.compliance.model.Assessment;
import org.childcare.compliance.model.AssessmentType;
import org.childcare.compliance.model.CareEpisode;
import org.childcare.compliance.model.CareLeaver;
import org.childcare.compliance.model.CareLeaverStatus;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.HealthAssessment;
import org.childcare.compliance.model.Icpc;
import org.childcare.compliance.model.PathwayPlan;
import org.childcare.compliance.model.Placement;
import org.childcare.compliance.model.PlanCategory;
import org.childcare.compliance.model.ProtectionPlan;
import org.childcare.compliance.model.ProviderKind;
import org.childcare.compliance.model.Referral;
import org.childcare.compliance.model.ReferralOutcome;
import org.childcare.compliance.model.Review;
import org.childcare.compliance.model.S47Enquiry;
import org.childcare.compliance.model.S47Outcome;
import org.childcare.compliance.model.Visit;

/**
 * Maps the rows of one used list to model records (sources.md §3, Annex A). Records without ids of
 * their own get one from the child and their date ({@code C123/plan/2024-02-01}); a row repeating a
 * record (same child, same date) updates it: its values win, dated lists are united.
 */
final class ListMapper {
    private final AnnexAList list;
    private final Map<String, ChildDraft> drafts;

    ListMapper(AnnexAList list, Map<String, ChildDraft> drafts) {
        this.list = list;
        this.drafts = drafts;
    }

    /**
     * Which list's allocation a child keeps when several give one: the lists of current status (in
     * care, on a plan, leaving care) before the lists of past events (s47s, assessments, referrals).
     */
    static int allocationRank(AnnexAList list) {
        return switch (list) {
            case LIST_8 -> 6;
            case LIST_7 -> 5;
            case LIST_9 -> 4;
            case LIST_5 -> 3;
            case LIST_4 -> 2;
            case LIST_3 -> 1;
            default -> 0;
        };
    }

    void map(String id, RowCells row) {
        ChildDraft draft = drafts.computeIfAbsent(id, key -> {
            ChildDraft d = new ChildDraft(key);
            row.locate(d.child, Column.CHILD_ID);
            return d;
        });
        readChild(draft, row);
        switch (list) {
            case LIST_3 -> referral(draft, row);
            case LIST_4 -> assessment(draft, row);
            case LIST_5 -> s47(draft, row);
            case LIST_7 -> plan(draft, row);
            case LIST_8 -> episode(draft, row);
            case LIST_9 -> careLeaver(draft, row);
            default -> throw new IllegalStateException(list.label() + " is not read");
        }
    }

    /** Facts about the child any list may carry: the first list to give one keeps it; allocation by rank. */
    private void readChild(ChildDraft draft, RowCells row) {
        Child child = draft.child;
        LocalDate born = row.date(Column.DATE_OF_BIRTH);
        if (child.getDateOfBirth() == null) {
            child.setDateOfBirth(born);
        }
        var gender = row.code(Column.GENDER, Codes.GENDER);
        if (child.getGender() == null) {
            child.setGender(gender);
        }
        String ethnicity = row.code(Column.ETHNICITY, Codes.ETHNICITY);
        if (child.getEthnicity() == null) {
            child.setEthnicity(ethnicity);
        }
        Boolean disability = row.yesNo(Column.DISABILITY);
        if (child.getDisability() == null) {
            child.setDisability(disability);
        }
        int rank = allocationRank(list);
        String team = row.text(Column.ALLOCATED_TEAM);
        if (team != null && rank >= draft.teamRank) {
            child.setAllocatedTeam(team);
            draft.teamRank = rank;
        }
        String worker = row.worker(Column.ALLOCATED_WORKER);
        if (list == AnnexAList.LIST_9) {
            // a care leaver's personal advisor is their allocated worker when no social worker is named
            String advisor = row.worker(Column.PERSONAL_ADVISOR);
            if (worker == null) {
                worker = advisor;
            }
        }
        if (worker != null && rank >= draft.workerRank) {
            child.setAllocatedWorker(worker);
            draft.workerRank = rank;
        }
    }

    private static String recordId(String child, String kind, LocalDate date) {
        return child + "/" + kind + "/" + date;
    }

    /** The date a record is known by; blank is a problem at its cell (the row then gives no record). */
    private static LocalDate required(RowCells row, Column column) {
        boolean blank = row.value(column).isBlank();
        LocalDate date = row.date(column);
        if (blank) {
            row.problem(column, "no '" + column.header() + "': each row of this list needs one");
        }
        return date;
    }

    private void referral(ChildDraft draft, RowCells row) {
        LocalDate date = required(row, Column.REFERRAL_DATE);
        var source = row.code(Column.REFERRAL_SOURCE, Codes.REFERRAL_SOURCE);
        Boolean nfa = row.yesNo(Column.REFERRAL_NFA);
        Integer earlier = row.count(Column.REFERRALS_IN_12_MONTHS);
        if (date == null) {
            return;
        }
        Referral r = draft.referrals.computeIfAbsent(date, d -> row.locate(new Referral(), Column.REFERRAL_DATE));
        r.setId(recordId(draft.child.getId(), "referral", date));
        r.setDate(date);
        set(source, r::setSource);
        if (Boolean.TRUE.equals(nfa)) {
            r.setOutcome(ReferralOutcome.NFA);
        }
        if (earlier != null) {
            // the count excludes the referral itself
            r.setRereferralWithin12Months(earlier >= 1);
        }
    }

    private void assessment(ChildDraft draft, RowCells row) {
        LocalDate start = required(row, Column.ASSESSMENT_START);
        Boolean seen = row.yesNo(Column.ASSESSMENT_CHILD_SEEN);
        LocalDate authorised = row.date(Column.ASSESSMENT_AUTHORISED);
        String worker = row.worker(Column.ALLOCATED_WORKER);
        if (start == null) {
            return;
        }
        Assessment a = draft.assessments.computeIfAbsent(start, d -> row.locate(new Assessment(), Column.ASSESSMENT_START));
        a.setId(recordId(draft.child.getId(), "assessment", start));
        a.setType(AssessmentType.SINGLE); // Annex A list 4 holds the single (continuous) assessments
        a.setStart(start);
        set(authorised, a::setCompleted);
        set(seen, a::setChildSeen);
        set(worker, a::setUndertakenBy);
    }

    private void s47(ChildDraft draft, RowCells row) {
        LocalDate strategy = required(row, Column.STRATEGY_DISCUSSION);
        LocalDate conference = row.date(Column.ICPC_DATE);
        if (strategy == null) {
            return;
        }
        S47Enquiry s = draft.s47Enquiries.computeIfAbsent(strategy, d -> row.locate(new S47Enquiry(), Column.STRATEGY_DISCUSSION));
        s.setId(recordId(draft.child.getId(), "s47", strategy));
        s.setStrategyDiscussion(strategy);
        if (conference != null) {
            s.setOutcome(S47Outcome.ICPC);
            Icpc icpc = row.locate(new Icpc(), Column.ICPC_DATE);
            icpc.setDate(conference);
            icpc.setStrategyDiscussion(strategy);
            draft.conferences.put(conference, icpc);
        }
    }

    private void plan(ChildDraft draft, RowCells row) {
        LocalDate start = required(row, Column.PLAN_START);
        LocalDate end = row.date(Column.PLAN_END);
        PlanCategory latest = row.code(Column.LATEST_CATEGORY, Codes.ABUSE);
        PlanCategory initial = row.code(Column.INITIAL_CATEGORY, Codes.ABUSE);
        LocalDate visited = row.date(Column.LAST_STATUTORY_VISIT);
        Boolean alone = row.yesNo(Column.SEEN_ALONE);
        LocalDate reviewed = row.date(Column.LATEST_REVIEW_CONFERENCE);
        Integer previous = row.count(Column.PREVIOUS_PLANS);
        if (start == null) {
            return;
        }
        ProtectionPlan p = draft.plans.computeIfAbsent(start, d -> row.locate(new ProtectionPlan(), Column.PLAN_START));
        p.setId(recordId(draft.child.getId(), "plan", start));
        p.setStart(start);
        set(end, p::setEnd);
        // the latest category is the plan's; where it is blank the category has not changed since the start
        set(latest != null ? latest : initial, p::setCategory);
        set(previous, p::setPreviousPlans);
        List<Visit> visits = new ArrayList<>(1);
        if (visited != null) {
            Visit v = row.locate(new Visit(), Column.LAST_STATUTORY_VISIT);
            v.setDate(visited);
            v.setSeen(true); // a statutory visit is one where the child was seen
            v.setSeenAlone(alone);
            visits.add(v);
        }
        p.setVisits(ChildDraft.unite(p.isVisitsRecorded() ? p.getVisits() : null, visits, Visit::getDate));
        List<LocalDate> conferences = reviewed == null ? new ArrayList<>() : new ArrayList<>(List.of(reviewed));
        p.setReviewConferences(ChildDraft.unite(p.isReviewConferencesRecorded() ? p.getReviewConferences() : null,
                conferences, d -> d));
    }

    private void episode(ChildDraft draft, RowCells row) {
        LocalDate start = required(row, Column.CARE_START);
        LocalDate end = row.date(Column.CARE_END);
        String legalStatus = row.code(Column.LEGAL_STATUS, Codes.LEGAL_STATUS);
        LocalDate placed = row.date(Column.PLACEMENT_START);
        String placementCode = row.code(Column.PLACEMENT_TYPE, Codes.PLACEMENT_CODE);
        ProviderKind provider = row.code(Column.PLACEMENT_PROVIDER, Codes.PROVIDER);
        String urn = row.text(Column.PLACEMENT_URN);
        LocalDate visited = row.date(Column.LAST_SOCIAL_WORK_VISIT);
        LocalDate reviewed = row.date(Column.LATEST_STATUTORY_REVIEW);
        LocalDate healthAssessed = row.date(Column.LAST_HEALTH_ASSESSMENT);
        LocalDate dental = row.date(Column.LAST_DENTAL_CHECK);
        Integer placements = row.count(Column.PLACEMENTS_IN_12_MONTHS);
        if (start == null) {
            return;
        }
        CareEpisode e = draft.episodes.computeIfAbsent(start, d -> row.locate(new CareEpisode(), Column.CARE_START));
        e.setId(recordId(draft.child.getId(), "episode", start));
        e.setStart(start);
        set(end, e::setEnd);
        set(legalStatus, e::setLegalStatus);
        set(dental, e::setDentalCheck);
        set(placements, e::setPlacementsInLast12Months);

        List<Placement> latestPlacement = new ArrayList<>(1);
        if (placed != null) {
            Placement p = row.locate(new Placement(), Column.PLACEMENT_START);
            p.setStart(placed);
            p.setEnd(end); // the most recent placement lasts until the period of care ends
            if (placementCode != null) {
                p.setCode(placementCode);
                p.setType(PlacementCodes.type(placementCode));
                p.setLongTerm(PlacementCodes.longTerm(placementCode));
            }
            p.setProvider(provider);
            p.setProviderUrn(urn);
            latestPlacement.add(p);
        }
        e.setPlacements(ChildDraft.unite(e.isPlacementsRecorded() ? e.getPlacements() : null, latestPlacement, Placement::getStart));

        List<Visit> visits = new ArrayList<>(1);
        if (visited != null) {
            Visit v = row.locate(new Visit(), Column.LAST_SOCIAL_WORK_VISIT);
            v.setDate(visited);
            visits.add(v);
        }
        e.setVisits(ChildDraft.unite(e.isVisitsRecorded() ? e.getVisits() : null, visits, Visit::getDate));

        List<Review> reviews = new ArrayList<>(1);
        if (reviewed != null) {
            Review r = row.locate(new Review(), Column.LATEST_STATUTORY_REVIEW);
            r.setDate(reviewed);
            reviews.add(r);
        }
        e.setReviews(ChildDraft.unite(e.isReviewsRecorded() ? e.getReviews() : null, reviews, Review::getDate));

        List<HealthAssessment> assessments = new ArrayList<>(1);
        if (healthAssessed != null) {
            HealthAssessment h = row.locate(new HealthAssessment(), Column.LAST_HEALTH_ASSESSMENT);
            h.setDate(healthAssessed);
            assessments.add(h);
        }
        e.setHealthAssessments(ChildDraft.unite(e.isHealthAssessmentsRecorded() ? e.getHealthAssessments() : null,
                assessments, HealthAssessment::getDate));
    }

    private void careLeaver(ChildDraft draft, RowCells row) {
        CareLeaverStatus status = row.code(Column.ELIGIBILITY, Codes.ELIGIBILITY);
        LocalDate reviewed = row.date(Column.PATHWAY_PLAN_REVIEW);
        Boolean inTouch = row.code(Column.IN_TOUCH, Codes.IN_TOUCH);
        Boolean suitable = row.code(Column.ACCOMMODATION_SUITABLE, Codes.SUITABILITY);
        Boolean eet = row.code(Column.ACTIVITY, Codes.ACTIVITY);
        CareLeaver c = draft.careLeaver;
        if (c == null) {
            c = row.locate(new CareLeaver(), Column.CHILD_ID);
            draft.careLeaver = c;
        }
        set(status, c::setStatus);
        set(inTouch, c::setInTouch);
        set(suitable, c::setAccommodationSuitable);
        set(eet, c::setInEducationEmploymentOrTraining);
        PathwayPlan plan = c.getPathwayPlan();
        if (plan == null) {
            plan = row.locate(new PathwayPlan(), Column.PATHWAY_PLAN_REVIEW);
            c.setPathwayPlan(plan);
        }
        List<LocalDate> reviews = reviewed == null ? new ArrayList<>() : new ArrayList<>(List.of(reviewed));
        plan.setReviews(ChildDraft.unite(plan.isReviewsRecorded() ? plan.getReviews() : null, reviews, d -> d));
    }

    /** A later row's value replaces an earlier one's; a blank leaves it. */
    private static <T> void set(T value, java.util.function.Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }
}
