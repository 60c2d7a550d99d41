package org.childcare.compliance.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Weekday arithmetic for the generator: Monday to Friday, ignoring bank holidays on purpose.
 *
 * <p>The checker counts working days (weekdays less the region's bank holidays). Because a bank
 * holiday only ever removes days, an interval of at most N weekdays is also at most N working
 * days: the generator's "in time" intervals are therefore in time by the checker's rules too. A
 * "late" interval must survive the holidays it may contain, so it is made at least {@link
 * #breachMin(int)} weekdays long: the limit plus one plus a safety margin of {@value #MARGIN_SHORT}
 * weekdays for limits up to 20 working days (the most weekday bank holidays in 20 weekdays is 4:
 * Easter 2011 with the royal wedding, 22 April to 2 May) and {@value #MARGIN_LONG} for longer ones
 * (Easter to the spring bank holiday 2011 holds 5). Intervals that must stay under a critical limit
 * are at most that many weekdays, so never more working days.
 */
public final class Weekdays {
    /** Extra weekdays added to a late interval of a limit up to 20 working days. */
    public static final int MARGIN_SHORT = 4;
    /** Extra weekdays added to a late interval of a limit over 20 working days. */
    public static final int MARGIN_LONG = 6;

    private Weekdays() {}

    public static boolean isWeekday(LocalDate d) {
        DayOfWeek w = d.getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY;
    }

    /** @return {@code d} if it is a weekday, else the Monday after */
    public static LocalDate onOrAfter(LocalDate d) {
        LocalDate x = d;
        while (!isWeekday(x)) {
            x = x.plusDays(1);
        }
        return x;
    }

    /** @return {@code d} if it is a weekday, else the Friday before */
    public static LocalDate onOrBefore(LocalDate d) {
        LocalDate x = d;
        while (!isWeekday(x)) {
            x = x.minusDays(1);
        }
        return x;
    }

    /** @return the weekday that is {@code n} weekdays after {@code d} ({@code d} itself for 0) */
    public static LocalDate plus(LocalDate d, int n) {
        if (n <= 0) {
            return d;
        }
        LocalDate x = d;
        int whole = (n - 1) / 5;
        int rest = n - whole * 5;
        x = x.plusWeeks(whole);
        while (rest > 0) {
            x = x.plusDays(1);
            if (isWeekday(x)) {
                rest--;
            }
        }
        return x;
    }

    /** @return the latest date {@code b <= d} with {@code between(b, d) == n} and b a weekday */
    public static LocalDate minus(LocalDate d, int n) {
        LocalDate x = onOrBefore(d);
        int count = n;
        while (count > 0) {
            x = x.minusDays(1);
            if (isWeekday(x)) {
                count--;
            }
        }
        return x;
    }

    /** @return the number of weekdays w with {@code a < w <= b} (0 when b is not after a) */
    public static int between(LocalDate a, LocalDate b) {
        if (!b.isAfter(a)) {
            return 0;
        }
        long days = b.toEpochDay() - a.toEpochDay();
        long weeks = days / 7;
        int count = (int) (weeks * 5);
        LocalDate x = a.plusWeeks(weeks);
        while (x.isBefore(b)) {
            x = x.plusDays(1);
            if (isWeekday(x)) {
                count++;
            }
        }
        return count;
    }

    /** @return the fewest weekdays that are over {@code limit} working days whatever the holidays */
    public static int breachMin(int limit) {
        return limit + 1 + (limit <= 20 ? MARGIN_SHORT : MARGIN_LONG);
    }
}
