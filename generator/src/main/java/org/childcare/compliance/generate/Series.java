package org.childcare.compliance.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A chain of dated events (visits, reviews, core groups, supervision...) from a start date up to a
 * last date, each event drawn from a {@link Gap} rule that knows the statutory interval. In time,
 * every interval (start to first event, event to event, last event to the last date) is within the
 * rule's limit; with a breach, exactly one interval that ends inside the window is late (or, for
 * {@link Breach#SEVERE}, beyond the critical limit) and the rest are in time.
 */
final class Series {
    private Series() {}

    enum Breach { NONE, LATE, SEVERE }

    /** How far the next event may be from the previous one. */
    interface Gap {
        /** @param index 0 for the first event after the start, 1 for the second, ... */
        LocalDate ok(LocalDate prev, int index, SplittableRandom rng);

        LocalDate late(LocalDate prev, int index, SplittableRandom rng);

        default LocalDate severe(LocalDate prev, int index, SplittableRandom rng) {
            return late(prev, index, rng);
        }
    }

    record Result(List<LocalDate> dates, boolean breached) {}

    static Result generate(LocalDate start, LocalDate last, LocalDate windowStart, Gap gap, Breach breach,
            SplittableRandom rng) {
        List<LocalDate> dates = new ArrayList<>();
        extend(dates, start, last, gap, rng);
        if (breach == Breach.NONE) {
            return new Result(dates, false);
        }
        // intervals that end inside the window, in a random order: the first one the late date fits
        List<Integer> eligible = new ArrayList<>();
        for (int j = 0; j < dates.size(); j++) {
            if (!dates.get(j).isBefore(windowStart)) {
                eligible.add(j);
            }
        }
        while (!eligible.isEmpty()) {
            int j = eligible.remove(rng.nextInt(eligible.size()));
            LocalDate prev = j == 0 ? start : dates.get(j - 1);
            LocalDate late = breach == Breach.SEVERE ? gap.severe(prev, j, rng) : gap.late(prev, j, rng);
            if (!late.isAfter(last)) {
                List<LocalDate> out = new ArrayList<>(dates.subList(0, j));
                out.add(late);
                extend(out, start, last, gap, rng);
                return new Result(out, true);
            }
        }
        return new Result(dates, false);
    }

    private static void extend(List<LocalDate> dates, LocalDate start, LocalDate last, Gap gap, SplittableRandom rng) {
        LocalDate prev = dates.isEmpty() ? start : dates.get(dates.size() - 1);
        int i = dates.size();
        while (true) {
            LocalDate next = gap.ok(prev, i, rng);
            if (next.isAfter(last)) {
                return;
            }
            dates.add(next);
            prev = next;
            i++;
        }
    }

    /** Keeps the last date before the window and everything after: earlier ones are history. */
    static List<LocalDate> trimHistory(List<LocalDate> dates, LocalDate windowStart) {
        int firstKept = 0;
        for (int i = 0; i < dates.size(); i++) {
            if (dates.get(i).isBefore(windowStart)) {
                firstKept = i;
            }
        }
        return dates.subList(firstKept, dates.size());
    }

    static int between(SplittableRandom rng, int lo, int hi) {
        return hi <= lo ? lo : lo + rng.nextInt(hi - lo + 1);
    }

    // ---- gap rules ----

    /** Working-day limit approximated in weekdays (see {@link Weekdays}). */
    static Gap weekdays(int okMin, int limit, int severeLimit) {
        int lateMin = Weekdays.breachMin(limit);
        int lateMax = Math.max(lateMin, Math.min(severeLimit, lateMin + 6));
        int severeMin = Weekdays.breachMin(severeLimit);
        return new Gap() {
            public LocalDate ok(LocalDate p, int i, SplittableRandom r) {
                return Weekdays.plus(p, between(r, okMin, limit));
            }
            public LocalDate late(LocalDate p, int i, SplittableRandom r) {
                return Weekdays.plus(p, between(r, lateMin, lateMax));
            }
            public LocalDate severe(LocalDate p, int i, SplittableRandom r) {
                return Weekdays.plus(p, between(r, severeMin, severeMin + 10));
            }
        };
    }

    /** Calendar-day limit; late is at most twice the limit, severe beyond it. Weekdays only. */
    static Gap days(int okMin, int limit) {
        return new Gap() {
            public LocalDate ok(LocalDate p, int i, SplittableRandom r) {
                return earlier(p, p.plusDays(between(r, okMin, limit)));
            }
            public LocalDate late(LocalDate p, int i, SplittableRandom r) {
                return Weekdays.onOrAfter(p.plusDays(between(r, limit + 3, Math.max(limit + 3, 2 * limit - 2))));
            }
            public LocalDate severe(LocalDate p, int i, SplittableRandom r) {
                return Weekdays.onOrAfter(p.plusDays(between(r, 2 * limit + 3, 2 * limit + 30)));
            }
        };
    }

    /** Calendar-month limit ("within 6 months", clamped to month end): in time up to 25 days early. */
    static Gap months(int months) {
        return new Gap() {
            public LocalDate ok(LocalDate p, int i, SplittableRandom r) {
                return earlier(p, p.plusMonths(months).minusDays(between(r, 0, 25)));
            }
            public LocalDate late(LocalDate p, int i, SplittableRandom r) {
                return Weekdays.onOrAfter(p.plusMonths(months).plusDays(between(r, 5, 40)));
            }
            public LocalDate severe(LocalDate p, int i, SplittableRandom r) {
                return Weekdays.onOrAfter(p.plusMonths(2L * months).plusDays(between(r, 5, 30)));
            }
        };
    }

    /**
     * Moves an in-time date off a weekend: back to the Friday (still in time), or forward to the
     * Monday when the Friday is not after the previous event (then at most 4 days after it, inside
     * every limit used here, the shortest being 7 days).
     */
    private static LocalDate earlier(LocalDate prev, LocalDate d) {
        LocalDate w = Weekdays.onOrBefore(d);
        return w.isAfter(prev) ? w : Weekdays.onOrAfter(d);
    }

    /** The first interval follows one rule, every later one another. */
    static Gap firstThen(Gap first, Gap later) {
        return byIndex(i -> i == 0 ? first : later);
    }

    static Gap byIndex(Function<Integer, Gap> rule) {
        return new Gap() {
            public LocalDate ok(LocalDate p, int i, SplittableRandom r) {
                return rule.apply(i).ok(p, i, r);
            }
            public LocalDate late(LocalDate p, int i, SplittableRandom r) {
                return rule.apply(i).late(p, i, r);
            }
            public LocalDate severe(LocalDate p, int i, SplittableRandom r) {
                return rule.apply(i).severe(p, i, r);
            }
        };
    }

    /** The rule depends on the previous event's date (placement's first year, age, NQ phase). */
    static Gap byDate(Function<LocalDate, Gap> rule) {
        return new Gap() {
            public LocalDate ok(LocalDate p, int i, SplittableRandom r) {
                return rule.apply(p).ok(p, i, r);
            }
            public LocalDate late(LocalDate p, int i, SplittableRandom r) {
                return rule.apply(p).late(p, i, r);
            }
            public LocalDate severe(LocalDate p, int i, SplittableRandom r) {
                return rule.apply(p).severe(p, i, r);
            }
        };
    }
}
