package org.childcare.compliance.source.cin;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import org.childcare.compliance.model.Assessment;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Located;
import org.childcare.compliance.model.ProtectionPlan;
import org.childcare.compliance.model.Referral;
import org.childcare.compliance.model.S47Enquiry;

/**
 * One child met more than once (in the census of several years, or twice in one file) becomes one.
 * Records are matched on their dates (referrals on their date, assessments on their start, enquiries
 * on their strategy discussion, plans on their start). The newer reading wins where it gives a
 * value, because a later census knows more (a plan open last March has its end date this year); a
 * value only the older gives is kept, with where it was read. Review conferences are united.
 */
final class CinMerge {
    private CinMerge() {}

    /** @return {@code newer}, completed from {@code older} */
    static ChildDraft child(ChildDraft older, ChildDraft newer) {
        Child o = older.child;
        Child n = newer.child;
        fill(o, n, "dateOfBirth", Child::getDateOfBirth, Child::setDateOfBirth);
        fill(o, n, "expectedDateOfBirth", Child::getExpectedDateOfBirth, Child::setExpectedDateOfBirth);
        fill(o, n, "gender", Child::getGender, Child::setGender);
        fill(o, n, "ethnicity", Child::getEthnicity, Child::setEthnicity);
        fill(o, n, "disability", Child::getDisability, Child::setDisability);
        records(older.referrals, newer.referrals, CinMerge::referral);
        records(older.assessments, newer.assessments, CinMerge::assessment);
        records(older.s47Enquiries, newer.s47Enquiries, CinMerge::s47);
        records(older.plans, newer.plans, CinMerge::plan);
        return newer;
    }

    static Referral referral(Referral older, Referral newer) {
        fill(older, newer, "date", Referral::getDate, Referral::setDate);
        fill(older, newer, "source", Referral::getSource, Referral::setSource);
        fill(older, newer, "outcome", Referral::getOutcome, Referral::setOutcome);
        return newer;
    }

    static Assessment assessment(Assessment older, Assessment newer) {
        fill(older, newer, "start", Assessment::getStart, Assessment::setStart);
        fill(older, newer, "completed", Assessment::getCompleted, Assessment::setCompleted);
        return newer;
    }

    static S47Enquiry s47(S47Enquiry older, S47Enquiry newer) {
        fill(older, newer, "strategyDiscussion", S47Enquiry::getStrategyDiscussion, S47Enquiry::setStrategyDiscussion);
        fill(older, newer, "outcome", S47Enquiry::getOutcome, S47Enquiry::setOutcome);
        return newer;
    }

    static ChildDraft.PlanDraft plan(ChildDraft.PlanDraft older, ChildDraft.PlanDraft newer) {
        ProtectionPlan o = older.plan;
        ProtectionPlan n = newer.plan;
        fill(o, n, "start", ProtectionPlan::getStart, ProtectionPlan::setStart);
        fill(o, n, "end", ProtectionPlan::getEnd, ProtectionPlan::setEnd);
        fill(o, n, "category", ProtectionPlan::getCategory, ProtectionPlan::setCategory);
        fill(o, n, "previousPlans", ProtectionPlan::getPreviousPlans, ProtectionPlan::setPreviousPlans);
        if (n.getIcpc() == null) {
            n.setIcpc(o.getIcpc());
        }
        TreeMap<LocalDate, Located.Place> reviews = new TreeMap<>(older.reviews);
        reviews.putAll(newer.reviews);
        newer.reviews.putAll(reviews);
        // a list united from several years is complete from the earliest point any of them knew it
        newer.reviewsKnownFrom = earliest(older.reviewsKnownFrom, newer.reviewsKnownFrom);
        return newer;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    /** Adds {@code older}'s records to {@code newer}'s, merging those of the same date. */
    static <R> void records(TreeMap<LocalDate, R> older, TreeMap<LocalDate, R> newer, BinaryOperator<R> merge) {
        for (Map.Entry<LocalDate, R> entry : older.entrySet()) {
            newer.merge(entry.getKey(), entry.getValue(), (mine, theirs) -> merge.apply(theirs, mine));
        }
    }

    /** Gives {@code newer} the value of {@code older}, and where it was read, where {@code newer} has none. */
    static <R extends Located, V> void fill(R older, R newer, String key, Function<R, V> get, BiConsumer<R, V> set) {
        V mine = get.apply(newer);
        V theirs = get.apply(older);
        if (mine == null && theirs != null) {
            set.accept(newer, theirs);
            Located.Place place = older.keyPlace(key);
            if (place != null) {
                newer.locateKey(key, place.file(), place.line(), place.column());
            }
        }
    }
}
