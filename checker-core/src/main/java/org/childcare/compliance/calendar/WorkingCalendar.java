package org.childcare.compliance.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.childcare.compliance.model.Region;

/**
 * Working days (Monday to Friday, not a bank holiday, not one of the authority's extra non-working
 * days) and the calendar arithmetic of statutory timescales.
 *
 * <p>"Within N working days of A" means at most N working days d with A &lt; d &le; B, so {@link
 * #workingDaysBetween} counts the days after {@code from} up to and including {@code to}.
 *
 * <p>Bank holidays: England and Wales from the bundled official table (2000–2030); Scotland and
 * Northern Ireland are <em>derived by rule</em> from that table, not an official list (see {@link
 * BankHolidays} for the derivation: Scotland has 1 and 2 January, Good Friday, early May, spring,
 * the first Monday in August, St Andrew's Day, Christmas and Boxing Day, and the UK-wide one-off
 * days, but no Easter Monday and no late-August holiday; Northern Ireland is England and Wales plus
 * St Patrick's Day and 12 July, each with a substitute weekday). Outside 2000–2030 only weekends and
 * the extra days are non-working; {@link #covers} tells whether a date is inside the table.
 *
 * <p>Counting is O(log h) with h the number of non-working weekdays (a few hundred): weekdays are
 * counted by arithmetic on the epoch day and the non-working weekdays, kept in a sorted array, by
 * binary search. Instances are immutable and safe to share between threads.
 */
public final class WorkingCalendar {
    /** 1970-01-01 was a Thursday: (epochDay + 3) mod 7 is 0 on Mondays. */
    private static final int MONDAY_OFFSET = 3;

    /** Weekdays (Monday to Friday) that are not working days, as epoch days, ascending, distinct. */
    private final long[] closedWeekdays;
    private final LocalDate firstKnown;
    private final LocalDate lastKnown;

    private WorkingCalendar(long[] closedWeekdays, LocalDate firstKnown, LocalDate lastKnown) {
        this.closedWeekdays = closedWeekdays;
        this.firstKnown = firstKnown;
        this.lastKnown = lastKnown;
    }

    /** The England and Wales calendar with no extra days (one shared instance). */
    public static WorkingCalendar englandAndWales() {
        return EnglandAndWales.INSTANCE;
    }

    private static final class EnglandAndWales {
        static final WorkingCalendar INSTANCE = of(Region.ENGLAND_AND_WALES, Set.of());
    }

    /**
     * @param region whose bank holidays apply (null means England and Wales)
     * @param extraNonWorkingDays the authority's own closures, e.g. a one-off bank holiday (null or
     *     empty for none; days on a weekend or already a bank holiday change nothing)
     */
    public static WorkingCalendar of(Region region, Collection<LocalDate> extraNonWorkingDays) {
        TreeSet<LocalDate> days = new TreeSet<>(BankHolidays.of(region == null ? Region.ENGLAND_AND_WALES : region));
        if (extraNonWorkingDays != null) {
            for (LocalDate day : extraNonWorkingDays) {
                if (day != null) {
                    days.add(day);
                }
            }
        }
        long[] closed = days.stream().filter(d -> !isWeekend(d)).mapToLong(LocalDate::toEpochDay).toArray();
        return new WorkingCalendar(closed,
                LocalDate.of(BankHolidays.FIRST_YEAR, 1, 1), LocalDate.of(BankHolidays.LAST_YEAR, 12, 31));
    }

    /** @return true for Monday to Friday when not a bank holiday or extra non-working day */
    public boolean isWorkingDay(LocalDate day) {
        return !isWeekend(day) && Arrays.binarySearch(closedWeekdays, day.toEpochDay()) < 0;
    }

    /**
     * Working days d with {@code from < d <= to}; negative when {@code to} is before {@code from}.
     * The same day gives 0.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        long a = from.toEpochDay();
        long b = to.toEpochDay();
        if (b < a) {
            return -count(b, a);
        }
        return count(a, b);
    }

    /** Working days in (a, b], a &le; b, epoch days. */
    private int count(long a, long b) {
        return (int) ((weekdaysUpTo(b) - weekdaysUpTo(a)) - (closedUpTo(b) - closedUpTo(a)));
    }

    /**
     * The date N working days after {@code from}: the last day something "within N working days" is
     * in time. For n &gt; 0 the result is always a working day; n = 0 gives {@code from}.
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        if (n == 0) {
            return from;
        }
        long a = from.toEpochDay();
        long base = weekdaysUpTo(a) + n;
        long closedBefore = closedUpTo(a);
        // The k-th weekday after a is the answer when exactly k - n of the weekdays up to it are
        // closed. Raising k from n to that fixed point converges to the smallest one, a working day.
        long skipped = 0;
        while (true) {
            long candidate = nthWeekday(base + skipped);
            long closed = closedUpTo(candidate) - closedBefore;
            if (closed == skipped) {
                return LocalDate.ofEpochDay(candidate);
            }
            skipped = closed;
        }
    }

    /** Calendar months, clamped to the month's end: 31 January + 1 month = 28 (or 29) February. */
    public static LocalDate plusMonths(LocalDate from, int months) {
        return from.plusMonths(months); // java.time clamps to the last valid day of the month
    }

    /** @return true when {@code day} lies in the years the bank holiday table covers (2000–2030) */
    public boolean covers(LocalDate day) {
        return !day.isBefore(firstKnown) && !day.isAfter(lastKnown);
    }

    /** Weekdays among the epoch days up to and including x, counted from a fixed Monday. */
    private static long weekdaysUpTo(long x) {
        long shifted = x + MONDAY_OFFSET;
        long weeks = Math.floorDiv(shifted, 7);
        long dow = Math.floorMod(shifted, 7); // 0 = Monday ... 6 = Sunday
        return weeks * 5 + Math.min(dow + 1, 5);
    }

    /** The weekday x with weekdaysUpTo(x) == k (inverse of {@link #weekdaysUpTo} on weekdays). */
    private static long nthWeekday(long k) {
        long weeks = Math.floorDiv(k - 1, 5);
        long dow = (k - 1) - weeks * 5; // 0..4
        return weeks * 7 + dow - MONDAY_OFFSET;
    }

    /** Closed weekdays up to and including epoch day x. */
    private int closedUpTo(long x) {
        int i = Arrays.binarySearch(closedWeekdays, x);
        return i >= 0 ? i + 1 : -(i + 1);
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}
