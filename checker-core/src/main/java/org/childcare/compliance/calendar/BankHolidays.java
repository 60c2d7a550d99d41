package org.childcare.compliance.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.childcare.compliance.model.Region;

/**
 * Bank holidays per region, read once and shared.
 *
 * <p>Only the England and Wales table is official (the bundled {@code
 * bank-holidays-england-and-wales.csv}, 2000–2030). Scotland and Northern Ireland are
 * <strong>derived by rule from it</strong>, for the same years; they are a reasonable
 * approximation, not an official table, and an authority that knows better adds days with
 * {@code calendar.extraNonWorkingDays}.
 *
 * <p>Scotland, per year:
 *
 * <ul>
 *   <li>New Year's Day and 2 January, computed by rule: a day on a weekend moves to the next
 *       weekday that is not already a holiday (1 January on a Saturday gives Monday 3 and Tuesday
 *       4 January);
 *   <li>from the E&amp;W table: Good Friday, the early May and spring holidays (so the moves of
 *       2002, 2012, 2020 and 2022 carry over), Christmas Day and Boxing Day with their
 *       substitute days;
 *   <li>the first Monday in August (instead of the E&amp;W last Monday);
 *   <li>St Andrew's Day, 30 November, moved to the following Monday when on a weekend;
 *   <li>every one-off national day of the E&amp;W table (jubilees, the 2011 royal wedding, the
 *       2022 state funeral, the 2023 coronation), which were UK-wide;
 *   <li>not Easter Monday and not the E&amp;W late-August holiday.
 * </ul>
 *
 * <p>Northern Ireland: every E&amp;W day, plus St Patrick's Day (17 March) and the Battle of the
 * Boyne (12 July), each moved to the next weekday that is not already a holiday when it falls on a
 * weekend.
 */
final class BankHolidays {
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2030;

    private static final String ENGLAND_AND_WALES = "bank-holidays-england-and-wales.csv";
    private static final Map<Region, Set<LocalDate>> CACHE = new EnumMap<>(Region.class);

    private BankHolidays() {}

    static synchronized Set<LocalDate> of(Region region) {
        return CACHE.computeIfAbsent(region, r -> switch (r) {
            case ENGLAND_AND_WALES -> Collections.unmodifiableSet(new TreeSet<>(readEnglandAndWales().keySet()));
            case SCOTLAND -> Collections.unmodifiableSet(scotland(readEnglandAndWales()));
            case NORTHERN_IRELAND -> Collections.unmodifiableSet(northernIreland(readEnglandAndWales()));
        });
    }

    /** Derives Scotland from the E&amp;W table; see the class comment. */
    static TreeSet<LocalDate> scotland(SortedMap<LocalDate, String> englandAndWales) {
        TreeSet<LocalDate> days = new TreeSet<>();
        englandAndWales.forEach((day, name) -> {
            if (!name.startsWith("Easter Monday") && !name.startsWith("Summer bank holiday")
                    && !name.startsWith("New Year's Day")) {
                days.add(day); // Good Friday, early May, spring, Christmas, Boxing Day, one-off days
            }
        });
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            addWithSubstitute(days, LocalDate.of(year, Month.JANUARY, 1));
            addWithSubstitute(days, LocalDate.of(year, Month.JANUARY, 2));
            days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
            addWithSubstitute(days, LocalDate.of(year, Month.NOVEMBER, 30));
        }
        return days;
    }

    /** Derives Northern Ireland from the E&amp;W table; see the class comment. */
    static TreeSet<LocalDate> northernIreland(SortedMap<LocalDate, String> englandAndWales) {
        TreeSet<LocalDate> days = new TreeSet<>(englandAndWales.keySet());
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            addWithSubstitute(days, LocalDate.of(year, Month.MARCH, 17));
            addWithSubstitute(days, LocalDate.of(year, Month.JULY, 12));
        }
        return days;
    }

    /**
     * Adds a fixed-date holiday; on a weekend, or on a weekday that is already a holiday, its
     * substitute is the next weekday that is not already one.
     */
    private static void addWithSubstitute(Set<LocalDate> days, LocalDate day) {
        LocalDate d = day;
        while (isWeekend(d) || days.contains(d)) {
            d = d.plusDays(1);
        }
        days.add(d);
    }

    private static boolean isWeekend(LocalDate d) {
        DayOfWeek dow = d.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    /** Loads the bundled England and Wales table (date,name CSV with a header), date to name. */
    static SortedMap<LocalDate, String> readEnglandAndWales() {
        SortedMap<LocalDate, String> days = new TreeMap<>();
        try (InputStream in = BankHolidays.class.getResourceAsStream(ENGLAND_AND_WALES)) {
            if (in == null) {
                throw new IllegalStateException("bank holiday table missing from the classpath: " + ENGLAND_AND_WALES);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line = reader.readLine(); // header
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    int comma = line.indexOf(',');
                    days.put(LocalDate.parse(line.substring(0, comma).strip()), line.substring(comma + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return days;
    }
}
