package org.childcare.compliance.source.annexa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.childcare.compliance.model.Assessment;
import org.childcare.compliance.model.CareEpisode;
import org.childcare.compliance.model.CareLeaver;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.EpisodeKnownFrom;
import org.childcare.compliance.model.HealthAssessment;
import org.childcare.compliance.model.Icpc;
import org.childcare.compliance.model.Located;
import org.childcare.compliance.model.PathwayPlan;
import org.childcare.compliance.model.PathwayPlanKnownFrom;
import org.childcare.compliance.model.Placement;
import org.childcare.compliance.model.PlanKnownFrom;
import org.childcare.compliance.model.ProtectionPlan;
import org.childcare.compliance.model.Referral;
import org.childcare.compliance.model.Review;
import org.childcare.compliance.model.S47Enquiry;
import org.childcare.compliance.model.Visit;

/**
 * One child as the workbooks describe them so far: records keyed by the date that identifies them
 * (sources.md §4), so that the same plan in two workbooks, or twice in one, is one plan.
 */
final class ChildDraft {
    final Child child = new Child();
    final TreeMap<LocalDate, Referral> referrals = new TreeMap<>();
    final TreeMap<LocalDate, Assessment> assessments = new TreeMap<>();
    final TreeMap<LocalDate, S47Enquiry> s47Enquiries = new TreeMap<>();
    final TreeMap<LocalDate, ProtectionPlan> plans = new TreeMap<>();
    final TreeMap<LocalDate, CareEpisode> episodes = new TreeMap<>();
    /** List 5's initial conferences by date, to join the list 7 plan that starts that day. */
    final TreeMap<LocalDate, Icpc> conferences = new TreeMap<>();
    CareLeaver careLeaver;
    /** How much the list that gave {@code allocatedWorker} (and team) counts: see {@link ListMapper#allocationRank}. */
    int workerRank = -1;
    int teamRank = -1;

    ChildDraft(String id) {
        child.setId(id);
    }

    /**
     * The child with every record in date order; each latest-only list known from its latest entry,
     * or from {@code historyFrom} when the authority says how far its workbooks reach.
     */
    Child build(LocalDate historyFrom) {
        if (!referrals.isEmpty()) {
            child.setReferrals(new ArrayList<>(referrals.values()));
        }
        if (!assessments.isEmpty()) {
            child.setAssessments(new ArrayList<>(assessments.values()));
        }
        if (!s47Enquiries.isEmpty()) {
            child.setS47Enquiries(new ArrayList<>(s47Enquiries.values()));
        }
        if (!plans.isEmpty()) {
            for (ProtectionPlan plan : plans.values()) {
                Icpc conference = conferences.get(plan.getStart());
                if (conference != null && plan.getIcpc() == null) {
                    plan.setIcpc(conference);
                }
                PlanKnownFrom known = new PlanKnownFrom();
                known.setVisits(knownFrom(historyFrom, plan.getVisits().stream().map(Visit::getDate).toList()));
                known.setReviewConferences(knownFrom(historyFrom, plan.getReviewConferences()));
                if (known.getVisits() != null || known.getReviewConferences() != null) {
                    plan.setKnownFrom(locateAs(known, plan));
                }
            }
            child.setProtectionPlans(new ArrayList<>(plans.values()));
        }
        if (!episodes.isEmpty()) {
            for (CareEpisode episode : episodes.values()) {
                EpisodeKnownFrom known = new EpisodeKnownFrom();
                known.setPlacements(knownFrom(historyFrom, episode.getPlacements().stream().map(Placement::getStart).toList()));
                known.setVisits(knownFrom(historyFrom, episode.getVisits().stream().map(Visit::getDate).toList()));
                known.setReviews(knownFrom(historyFrom, episode.getReviews().stream().map(Review::getDate).toList()));
                known.setHealthAssessments(knownFrom(historyFrom,
                        episode.getHealthAssessments().stream().map(HealthAssessment::getDate).toList()));
                if (known.getPlacements() != null || known.getVisits() != null || known.getReviews() != null
                        || known.getHealthAssessments() != null) {
                    episode.setKnownFrom(locateAs(known, episode));
                }
            }
            child.setCareEpisodes(new ArrayList<>(episodes.values()));
        }
        if (careLeaver != null) {
            PathwayPlan plan = careLeaver.getPathwayPlan();
            if (plan != null) {
                LocalDate from = knownFrom(historyFrom, plan.getReviews());
                if (from != null) {
                    PathwayPlanKnownFrom known = new PathwayPlanKnownFrom();
                    known.setReviews(from);
                    plan.setKnownFrom(locateAs(known, plan));
                }
            }
            child.setCareLeaver(careLeaver);
        }
        return child;
    }

    /**
     * A workbook holds only the latest entry of a list, so the list is complete only from that entry's
     * date (sources.md §5); an empty list (the column blank: none held) needs no such date.
     */
    private static LocalDate knownFrom(LocalDate historyFrom, List<LocalDate> dates) {
        if (historyFrom != null) {
            return historyFrom;
        }
        LocalDate latest = null;
        for (LocalDate d : dates) {
            if (d != null && (latest == null || d.isAfter(latest))) {
                latest = d;
            }
        }
        return latest;
    }

    private static <T extends Located> T locateAs(T record, Located at) {
        record.locate(at.sourceFile(), at.sourceLine(), at.sourceColumn(), at.sourcePath());
        return record;
    }

    /** Unites two dated lists, a later entry replacing an earlier one of the same day. */
    static <T> List<T> unite(List<T> earlier, List<T> later, java.util.function.Function<T, LocalDate> dateOf) {
        if (earlier == null) {
            return later;
        }
        if (later == null) {
            return earlier;
        }
        Map<LocalDate, T> byDate = new TreeMap<>();
        for (T t : earlier) {
            byDate.put(dateOf.apply(t), t);
        }
        for (T t : later) {
            byDate.put(dateOf.apply(t), t);
        }
        return new ArrayList<>(byDate.values());
    }
}
