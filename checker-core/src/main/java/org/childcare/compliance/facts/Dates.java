package org.childcare.compliance.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.childcare.compliance.model.Dated;
import org.childcare.compliance.model.Visit;

/**
 * The dates of a list's events, for {@link IntervalWalk}. Which events count is the rule's choice,
 * so that an auditor can change it in the DRL: {@code Dates.of($plan.visits)} counts every visit
 * ({@code Dates.of($episode.reviews)} every review, and so on for any dated list),
 * {@code Dates.seen($plan.visits)} only the visits where the child was seen.
 */
public final class Dates {
    private Dates() {}

    /** @return the date of every entry of a dated list (visits, reviews, health assessments, plans, supervision) */
    public static List<LocalDate> of(Collection<? extends Dated> entries) {
        List<LocalDate> dates = new ArrayList<>(entries.size());
        for (Dated e : entries) {
            dates.add(e.getDate());
        }
        return dates;
    }

    /** @return the dates of the visits on which the child was seen (a visit with {@code seen} absent is left out) */
    public static List<LocalDate> seen(Collection<Visit> visits) {
        List<LocalDate> dates = new ArrayList<>(visits.size());
        for (Visit v : visits) {
            if (Boolean.TRUE.equals(v.getSeen())) {
                dates.add(v.getDate());
            }
        }
        return dates;
    }
}
