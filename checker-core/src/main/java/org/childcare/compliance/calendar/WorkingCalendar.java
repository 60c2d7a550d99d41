package org.childcare.compliance.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
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
 */
public final class WorkingCalendar {
    private static final String ENGLAND_AND_WALES = "bank-holidays-england-and-wales.csv";

    private final Set<LocalDate> nonWorkingDays;
    private final LocalDate firstKnown;
    private final LocalDate lastKnown;

    private WorkingCalendar(Set<LocalDate> nonWorkingDays, LocalDate firstKnown, LocalDate lastKnown) {
        this.nonWorkingDays = nonWorkingDays;
        this.firstKnown = firstKnown;
        this.lastKnown = lastKnown;
    }

    /** The England and Wales calendar with no extra days. */
    public static WorkingCalendar englandAndWales() {
        return of(Region.ENGLAND_AND_WALES, Set.of());
    }

    /**
     * @param region whose bank holidays apply (null means England and Wales)
     * @param extraNonWorkingDays the authority's own closures, e.g. a one-off bank holiday
     */
    public static WorkingCalendar of(Region region, Collection<LocalDate> extraNonWorkingDays) {
        Set<LocalDate> days = new TreeSet<>(BankHolidays.of(region == null ? Region.ENGLAND_AND_WALES : region));
        days.addAll(extraNonWorkingDays);
        return new WorkingCalendar(Set.copyOf(days), LocalDate.of(2000, 1, 1), LocalDate.of(2030, 12, 31));
    }

    /** @return true for Monday to Friday when not a bank holiday or extra non-working day */
    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !nonWorkingDays.contains(day);
    }

    /**
     * Working days d with {@code from < d <= to}; negative when {@code to} is before {@code from}.
     * The same day gives 0.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        // whole weeks in O(1), then the remainder day by day; holidays subtracted from the set
        long days = to.toEpochDay() - from.toEpochDay();
        long weeks = days / 7;
        int count = (int) (weeks * 5);
        LocalDate cursor = from.plusDays(weeks * 7);
        while (cursor.isBefore(to)) {
            cursor = cursor.plusDays(1);
            DayOfWeek dow = cursor.getDayOfWeek();
            if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
                count++;
            }
        }
        for (LocalDate holiday : nonWorkingDays) {
            if (holiday.isAfter(from) && !holiday.isAfter(to)) {
                DayOfWeek dow = holiday.getDayOfWeek();
                if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
                    count--;
                }
            }
        }
        return count;
    }

    /** The date N working days after {@code from}: the last day something "within N working days" is in time. */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate cursor = from;
        int left = n;
        while (left > 0) {
            cursor = cursor.plusDays(1);
            if (isWorkingDay(cursor)) {
                left--;
            }
        }
        return cursor;
    }

    /** Calendar months, clamped to the month's end: 31 January + 1 month = 28 (or 29) February. */
    public static LocalDate plusMonths(LocalDate from, int months) {
        return from.plusMonths(months);
    }

    /** @return true when {@code day} lies in the years the bank holiday table covers (2000–2030) */
    public boolean covers(LocalDate day) {
        return !day.isBefore(firstKnown) && !day.isAfter(lastKnown);
    }

    /** Loads the bundled England and Wales table (date,name CSV with a header). */
    static Set<LocalDate> readEnglandAndWales() {
        Set<LocalDate> days = new TreeSet<>();
        try (InputStream in = WorkingCalendar.class.getResourceAsStream(ENGLAND_AND_WALES)) {
            if (in == null) {
                throw new IllegalStateException("bank holiday table missing from the classpath: " + ENGLAND_AND_WALES);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line = reader.readLine(); // header
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    days.add(LocalDate.parse(line.substring(0, line.indexOf(','))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return days;
    }
}
