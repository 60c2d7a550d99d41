package org.childcare.compliance.calendar;

import static java.time.LocalDate.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.childcare.compliance.model.Region;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingCalendarTest {
    private static final WorkingCalendar EW = WorkingCalendar.englandAndWales();
    private static final WorkingCalendar SCOTLAND = WorkingCalendar.of(Region.SCOTLAND, Set.of());
    private static final WorkingCalendar NI = WorkingCalendar.of(Region.NORTHERN_IRELAND, Set.of());
    private static final LocalDate FIRST = parse("2000-01-01");
    private static final LocalDate LAST = parse("2030-12-31");

    /** The definition, day by day: working days d with from &lt; d &le; to, negated when reversed. */
    private static int naiveBetween(WorkingCalendar cal, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -naiveBetween(cal, to, from);
        }
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (cal.isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    private static boolean naiveWorkingDay(Set<LocalDate> holidays, LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(d);
    }

    /** The rows of criteria.md's "Worked examples" that are about the calendar. */
    @Nested
    class WorkedExamples {
        @Test
        void strategyDiscussionToIcpcOverEasterAndTheRoyalWedding() {
            assertEquals(12, EW.workingDaysBetween(parse("2011-04-21"), parse("2011-05-13")));
        }

        @Test
        void fifteenWorkingDaysAfterThe21stOfApril2011() {
            assertEquals(parse("2011-05-18"), EW.addWorkingDays(parse("2011-04-21"), 15));
        }

        @Test
        void overChristmas2010WithSubstituteDays() {
            assertEquals(13, EW.workingDaysBetween(parse("2010-12-17"), parse("2011-01-10")));
        }

        @Test
        void tenWorkingDaysAfterThe17thOfDecember2010() {
            assertEquals(parse("2011-01-05"), EW.addWorkingDays(parse("2010-12-17"), 10));
        }

        @Test
        void monthsClampToTheMonthEnd() {
            assertEquals(parse("2011-02-28"), WorkingCalendar.plusMonths(parse("2011-01-31"), 1));
            assertEquals(parse("2011-04-30"), WorkingCalendar.plusMonths(parse("2011-01-31"), 3));
        }

        @Test
        void sixMonthsIntoALeapYear() {
            assertEquals(parse("2012-02-29"), WorkingCalendar.plusMonths(parse("2011-08-31"), 6));
        }

        @Test
        void cp03VisitGapsAndOpenTail() {
            assertEquals(5, EW.workingDaysBetween(parse("2011-03-01"), parse("2011-03-08")));
            assertEquals(10, EW.workingDaysBetween(parse("2011-03-08"), parse("2011-03-22")));
            assertEquals(15, EW.workingDaysBetween(parse("2011-03-22"), parse("2011-04-12")));
            assertEquals(24, EW.workingDaysBetween(parse("2011-04-12"), parse("2011-05-20")));
        }

        @Test
        void cp03PlanNotYetDue() {
            assertEquals(4, EW.workingDaysBetween(parse("2011-05-16"), parse("2011-05-20")));
        }
    }

    @Nested
    class EnglandAndWalesHolidays {
        @ParameterizedTest(name = "Easter {0}")
        @CsvSource({
            "2000-04-23", "2004-04-11", "2008-03-23", "2011-04-24", "2016-03-27",
            "2019-04-21", "2024-03-31", "2025-04-20", "2030-04-21"
        })
        void goodFridayAndEasterMonday(LocalDate easterSunday) {
            assertFalse(EW.isWorkingDay(easterSunday.minusDays(2)), "Good Friday");
            assertFalse(EW.isWorkingDay(easterSunday.plusDays(1)), "Easter Monday");
            assertTrue(EW.isWorkingDay(easterSunday.minusDays(3)), "Maundy Thursday");
            assertTrue(EW.isWorkingDay(easterSunday.plusDays(2)), "Easter Tuesday");
        }

        @Test
        void easterEveryYearOfTheTableAgreesWithTheComputus() {
            for (int year = 2000; year <= 2030; year++) {
                LocalDate easter = easterSunday(year);
                assertFalse(EW.isWorkingDay(easter.minusDays(2)), "Good Friday " + year);
                assertFalse(EW.isWorkingDay(easter.plusDays(1)), "Easter Monday " + year);
            }
        }

        @ParameterizedTest(name = "Christmas {0}: {1} and {2}")
        @CsvSource({
            "2010, 2010-12-27, 2010-12-28", // Sat/Sun: both substituted
            "2011, 2011-12-26, 2011-12-27", // Sun/Mon: Christmas substituted to Tuesday
            "2016, 2016-12-26, 2016-12-27",
            "2021, 2021-12-27, 2021-12-28",
            "2022, 2022-12-26, 2022-12-27"
        })
        void christmasSubstituteDays(int year, LocalDate first, LocalDate second) {
            assertFalse(EW.isWorkingDay(first));
            assertFalse(EW.isWorkingDay(second));
            // every other weekday from 24 to 31 December is a working day
            for (LocalDate d = LocalDate.of(year, 12, 24); d.getMonthValue() == 12; d = d.plusDays(1)) {
                boolean weekday = d.getDayOfWeek().getValue() <= 5;
                assertEquals(weekday && !d.equals(first) && !d.equals(second), EW.isWorkingDay(d), d.toString());
            }
        }

        @Test
        void royalWedding2011() {
            assertFalse(EW.isWorkingDay(parse("2011-04-29")));
            assertTrue(EW.isWorkingDay(parse("2011-04-28")));
        }

        @Test
        void diamondJubilee2012MovedTheSpringHoliday() {
            assertTrue(EW.isWorkingDay(parse("2012-05-28")), "last Monday in May was a working day");
            assertFalse(EW.isWorkingDay(parse("2012-06-04")), "spring bank holiday");
            assertFalse(EW.isWorkingDay(parse("2012-06-05")), "Diamond Jubilee");
            assertEquals(3, EW.workingDaysBetween(parse("2012-06-01"), parse("2012-06-08")));
        }

        @Test
        void platinumJubilee2022() {
            assertTrue(EW.isWorkingDay(parse("2022-05-30")), "last Monday in May was a working day");
            assertFalse(EW.isWorkingDay(parse("2022-06-02")));
            assertFalse(EW.isWorkingDay(parse("2022-06-03")));
            assertEquals(3, EW.workingDaysBetween(parse("2022-05-29"), parse("2022-06-05")));
        }

        @Test
        void earlyMay2020MovedToVeDay() {
            assertTrue(EW.isWorkingDay(parse("2020-05-04")));
            assertFalse(EW.isWorkingDay(parse("2020-05-08")));
        }

        @Test
        void stateFuneralAndCoronation() {
            assertFalse(EW.isWorkingDay(parse("2022-09-19")));
            assertFalse(EW.isWorkingDay(parse("2023-05-08")));
        }

        @Test
        void scottishAndIrishDaysAreWorkingInEngland() {
            assertTrue(EW.isWorkingDay(parse("2011-01-04")));
            assertTrue(EW.isWorkingDay(parse("2011-03-17")));
            assertTrue(EW.isWorkingDay(parse("2011-07-12")));
            assertTrue(EW.isWorkingDay(parse("2011-11-30")));
        }

        @Test
        void everyWeekdayOfTheTableIsNonWorkingAndWeekendsNever() {
            Set<LocalDate> table = BankHolidays.readEnglandAndWales().keySet();
            for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
                assertEquals(naiveWorkingDay(table, d), EW.isWorkingDay(d), d.toString());
            }
        }
    }

    @Nested
    class Counting {
        @Test
        void sameDayIsZero() {
            assertEquals(0, EW.workingDaysBetween(parse("2011-04-21"), parse("2011-04-21")));
            assertEquals(0, EW.workingDaysBetween(parse("2011-04-22"), parse("2011-04-22")), "on a holiday");
            assertEquals(0, EW.workingDaysBetween(parse("2011-04-23"), parse("2011-04-23")), "on a Saturday");
        }

        @Test
        void reversedRangeIsNegative() {
            assertEquals(-12, EW.workingDaysBetween(parse("2011-05-13"), parse("2011-04-21")));
            assertEquals(-13, EW.workingDaysBetween(parse("2011-01-10"), parse("2010-12-17")));
        }

        @Test
        void fromIsExcludedAndToIncluded() {
            // Friday to Monday is one working day; Monday to Friday four
            assertEquals(1, EW.workingDaysBetween(parse("2011-03-04"), parse("2011-03-07")));
            assertEquals(4, EW.workingDaysBetween(parse("2011-03-07"), parse("2011-03-11")));
            // ending on a Saturday or Sunday adds nothing
            assertEquals(5, EW.workingDaysBetween(parse("2011-03-04"), parse("2011-03-12")));
            assertEquals(5, EW.workingDaysBetween(parse("2011-03-04"), parse("2011-03-13")));
            // starting on a weekend counts from Monday
            assertEquals(1, EW.workingDaysBetween(parse("2011-03-05"), parse("2011-03-07")));
        }

        @Test
        void extraNonWorkingDaysAreCounted() {
            LocalDate closure = parse("2011-03-16"); // a Wednesday
            WorkingCalendar local = WorkingCalendar.of(Region.ENGLAND_AND_WALES,
                    List.of(closure, parse("2011-03-19") /* a Saturday: no effect */, parse("2011-04-22") /* already a holiday */));
            assertFalse(local.isWorkingDay(closure));
            assertTrue(EW.isWorkingDay(closure));
            assertEquals(10, EW.workingDaysBetween(parse("2011-03-08"), parse("2011-03-22")));
            assertEquals(9, local.workingDaysBetween(parse("2011-03-08"), parse("2011-03-22")));
            assertEquals(parse("2011-03-17"), local.addWorkingDays(parse("2011-03-15"), 1));
            assertEquals(12, local.workingDaysBetween(parse("2011-04-21"), parse("2011-05-13")));
        }

        @Test
        void extraDaysOutsideTheTableCount() {
            LocalDate future = parse("2035-03-14"); // a Wednesday beyond the table
            WorkingCalendar local = WorkingCalendar.of(null, List.of(future));
            assertFalse(local.isWorkingDay(future));
            assertEquals(4, local.workingDaysBetween(parse("2035-03-12"), parse("2035-03-19")));
            assertEquals(5, EW.workingDaysBetween(parse("2035-03-12"), parse("2035-03-19")));
        }

        @Test
        void nullRegionMeansEnglandAndWales() {
            WorkingCalendar cal = WorkingCalendar.of(null, null);
            assertEquals(12, cal.workingDaysBetween(parse("2011-04-21"), parse("2011-05-13")));
        }

        @Test
        void exactlyNWorkingDaysIsInTimeAndOneMoreIsNot() {
            LocalDate discussion = parse("2011-04-21");
            LocalDate lastInTime = EW.addWorkingDays(discussion, 15);
            assertEquals(15, EW.workingDaysBetween(discussion, lastInTime));
            assertTrue(EW.workingDaysBetween(discussion, lastInTime) <= 15, "in time");
            LocalDate nextWorking = EW.addWorkingDays(lastInTime, 1);
            assertEquals(parse("2011-05-19"), nextWorking);
            assertEquals(16, EW.workingDaysBetween(discussion, nextWorking), "late");
            assertEquals(parse("2011-03-15"), EW.addWorkingDays(parse("2011-03-01"), 10)); // Tuesday to Tuesday
            assertEquals(parse("2011-03-14"), EW.addWorkingDays(parse("2011-03-04"), 6)); // Friday: over one weekend
        }

        @Test
        void addingZeroGivesTheSameDayEvenOnAHoliday() {
            assertEquals(parse("2011-04-22"), EW.addWorkingDays(parse("2011-04-22"), 0));
        }

        @Test
        void addingFromAWeekendOrHoliday() {
            assertEquals(parse("2011-04-26"), EW.addWorkingDays(parse("2011-04-22"), 1)); // Good Friday
            assertEquals(parse("2011-03-07"), EW.addWorkingDays(parse("2011-03-05"), 1)); // Saturday
            assertEquals(parse("2011-03-07"), EW.addWorkingDays(parse("2011-03-06"), 1)); // Sunday
            assertEquals(parse("2011-05-03"), EW.addWorkingDays(parse("2011-04-27"), 2)); // over the wedding and May Day
        }

        @Test
        void negativeAdditionIsRejected() {
            assertThrows(IllegalArgumentException.class, () -> EW.addWorkingDays(parse("2011-04-21"), -1));
        }

        @Test
        void coversTheTableYearsOnly() {
            assertTrue(EW.covers(FIRST));
            assertTrue(EW.covers(LAST));
            assertFalse(EW.covers(FIRST.minusDays(1)));
            assertFalse(EW.covers(LAST.plusDays(1)));
        }

        @Test
        void outsideTheTableOnlyWeekendsAreNonWorking() {
            assertEquals(5, EW.workingDaysBetween(parse("1999-12-24"), parse("1999-12-31")));
            assertEquals(262, EW.workingDaysBetween(parse("2031-12-31"), parse("2032-12-31"))); // 2032: 366 days from a Thursday, 262 weekdays
        }
    }

    @Nested
    class MonthArithmetic {
        @ParameterizedTest(name = "{0} + {1} months = {2}")
        @CsvSource({
            "2011-01-31, 1, 2011-02-28",
            "2012-01-31, 1, 2012-02-29",
            "2011-01-31, 3, 2011-04-30",
            "2011-03-31, 6, 2011-09-30",
            "2011-08-31, 6, 2012-02-29",
            "2012-02-29, 12, 2013-02-28",
            "2000-02-29, 12, 2001-02-28",
            "2011-01-15, 1, 2011-02-15",
            "2011-12-31, 2, 2012-02-29",
            "2100-01-31, 1, 2100-02-28", // not a leap year (century)
            "2000-01-31, 1, 2000-02-29", // a leap year (400)
            "2011-05-31, -3, 2011-02-28"
        })
        void calendarMonthsClampToTheMonthEnd(LocalDate from, int months, LocalDate expected) {
            assertEquals(expected, WorkingCalendar.plusMonths(from, months));
        }

        @Test
        void leapDayIsAWorkingDayWhenAWeekday() {
            assertTrue(EW.isWorkingDay(parse("2012-02-29"))); // Wednesday
            assertEquals(2, EW.workingDaysBetween(parse("2012-02-28"), parse("2012-03-01")));
            assertEquals(1, EW.workingDaysBetween(parse("2011-02-28"), parse("2011-03-01")));
        }
    }

    @Nested
    class Properties {
        private final Random random = new Random(20110421L);

        private LocalDate randomDay(LocalDate from, LocalDate to) {
            return from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
        }

        @ParameterizedTest
        @ValueSource(strings = {"ENGLAND_AND_WALES", "SCOTLAND", "NORTHERN_IRELAND"})
        void addThenCountGivesN(Region region) {
            WorkingCalendar cal = WorkingCalendar.of(region, List.of(parse("2011-03-16"), parse("2019-12-24")));
            for (int i = 0; i < 20_000; i++) {
                LocalDate a = randomDay(FIRST.minusYears(1), LAST.minusYears(1));
                int n = random.nextInt(i % 10 == 0 ? 400 : 60);
                LocalDate b = cal.addWorkingDays(a, n);
                assertEquals(n, cal.workingDaysBetween(a, b), a + " + " + n + " = " + b);
                if (n > 0) {
                    assertTrue(cal.isWorkingDay(b), b + " is a working day");
                    // the earliest such day: the day before has one fewer
                    assertEquals(n - 1, cal.workingDaysBetween(a, b.minusDays(1)), a + " + " + n);
                }
            }
        }

        @Test
        void addAgreesWithStepping() {
            WorkingCalendar cal = WorkingCalendar.of(Region.SCOTLAND, List.of(parse("2011-03-16")));
            for (int i = 0; i < 5_000; i++) {
                LocalDate a = randomDay(FIRST, LAST.minusYears(1));
                int n = random.nextInt(40);
                LocalDate expected = a;
                for (int left = n; left > 0; ) {
                    expected = expected.plusDays(1);
                    if (cal.isWorkingDay(expected)) {
                        left--;
                    }
                }
                assertEquals(expected, cal.addWorkingDays(a, n), a + " + " + n);
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"ENGLAND_AND_WALES", "SCOTLAND", "NORTHERN_IRELAND"})
        void fastCountAgreesWithNaiveCount(Region region) {
            WorkingCalendar cal = WorkingCalendar.of(region, List.of(parse("2011-03-16"), parse("2024-08-15")));
            for (int i = 0; i < 5_000; i++) {
                LocalDate a = randomDay(FIRST, LAST);
                LocalDate b = i % 5 == 0 ? randomDay(FIRST, LAST) : randomDay(a.minusDays(90), a.plusDays(90));
                assertEquals(naiveBetween(cal, a, b), cal.workingDaysBetween(a, b), a + " → " + b);
            }
        }

        @Test
        void wholeTableYearByYear() {
            for (int year = 2000; year <= 2030; year++) {
                LocalDate a = LocalDate.of(year - 1, 12, 31);
                LocalDate b = LocalDate.of(year, 12, 31);
                assertEquals(naiveBetween(EW, a, b), EW.workingDaysBetween(a, b), "year " + year);
            }
            // 2019: 365 days from a Tuesday = 261 weekdays, less the 8 bank holidays
            assertEquals(253, EW.workingDaysBetween(parse("2018-12-31"), parse("2019-12-31")));
        }
    }

    @Nested
    class Scotland {
        @Test
        void newYearAndSecondOfJanuaryWithSubstitutes() {
            // 2011: 1 Jan Saturday, 2 Jan Sunday
            assertFalse(SCOTLAND.isWorkingDay(parse("2011-01-03")));
            assertFalse(SCOTLAND.isWorkingDay(parse("2011-01-04")));
            assertTrue(SCOTLAND.isWorkingDay(parse("2011-01-05")));
            // 2012: 1 Jan Sunday, 2 Jan Monday: the 2nd and a substitute on Tuesday the 3rd
            assertFalse(SCOTLAND.isWorkingDay(parse("2012-01-02")));
            assertFalse(SCOTLAND.isWorkingDay(parse("2012-01-03")));
            assertTrue(SCOTLAND.isWorkingDay(parse("2012-01-04")));
            // 2016: 1 Jan Friday, 2 Jan Saturday: substitute Monday 4th
            assertFalse(SCOTLAND.isWorkingDay(parse("2016-01-01")));
            assertFalse(SCOTLAND.isWorkingDay(parse("2016-01-04")));
            // 2013: Tuesday and Wednesday
            assertFalse(SCOTLAND.isWorkingDay(parse("2013-01-01")));
            assertFalse(SCOTLAND.isWorkingDay(parse("2013-01-02")));
        }

        @Test
        void goodFridayButNoEasterMonday() {
            assertFalse(SCOTLAND.isWorkingDay(parse("2011-04-22")));
            assertTrue(SCOTLAND.isWorkingDay(parse("2011-04-25")));
            for (int year = 2000; year <= 2030; year++) {
                assertTrue(SCOTLAND.isWorkingDay(easterSunday(year).plusDays(1)), "Easter Monday " + year);
                assertFalse(SCOTLAND.isWorkingDay(easterSunday(year).minusDays(2)), "Good Friday " + year);
            }
        }

        @Test
        void firstMondayInAugustNotTheLast() {
            assertFalse(SCOTLAND.isWorkingDay(parse("2011-08-01")));
            assertTrue(SCOTLAND.isWorkingDay(parse("2011-08-29")));
            assertFalse(SCOTLAND.isWorkingDay(parse("2020-08-03")));
        }

        @Test
        void stAndrewsDay() {
            assertFalse(SCOTLAND.isWorkingDay(parse("2011-11-30"))); // Wednesday
            assertFalse(SCOTLAND.isWorkingDay(parse("2013-12-02"))); // 30th was a Saturday
            assertFalse(SCOTLAND.isWorkingDay(parse("2014-12-01"))); // 30th was a Sunday
        }

        @Test
        void sharedAndOneOffDays() {
            for (String day : List.of("2011-04-29", "2011-05-02", "2011-05-30", "2010-12-27", "2010-12-28",
                    "2012-06-04", "2012-06-05", "2022-06-02", "2022-06-03", "2022-09-19", "2023-05-08",
                    "2020-05-08", "2002-06-03", "2002-06-04")) {
                assertFalse(SCOTLAND.isWorkingDay(parse(day)), day);
            }
        }

        @Test
        void nineOrTenHolidaysEveryYear() {
            for (int year = 2000; year <= 2030; year++) {
                long weekdays = LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
                        .filter(d -> d.getDayOfWeek().getValue() <= 5).count();
                int holidays = (int) weekdays - SCOTLAND.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31));
                assertTrue(holidays >= 9 && holidays <= 11, year + ": " + holidays);
            }
        }
    }

    @Nested
    class NorthernIreland {
        @Test
        void stPatricksDayAndTheTwelfth() {
            assertFalse(NI.isWorkingDay(parse("2011-03-17")));
            assertFalse(NI.isWorkingDay(parse("2011-07-12")));
            assertFalse(NI.isWorkingDay(parse("2012-03-19"))); // 17th was a Saturday
            assertFalse(NI.isWorkingDay(parse("2015-07-13"))); // 12th was a Sunday
            assertFalse(NI.isWorkingDay(parse("2014-07-14"))); // 12th was a Saturday
        }

        @Test
        void everyEnglandAndWalesDayToo() {
            for (LocalDate d : BankHolidays.readEnglandAndWales().keySet()) {
                assertFalse(NI.isWorkingDay(d), d.toString());
            }
            assertFalse(NI.isWorkingDay(parse("2011-04-25")), "Easter Monday");
            assertFalse(NI.isWorkingDay(parse("2011-08-29")), "late August");
        }

        @Test
        void elevenOrMoreHolidaysEveryYear() {
            for (int year = 2000; year <= 2030; year++) {
                int ew = 0;
                int ni = 0;
                for (LocalDate d = LocalDate.of(year, Month.JANUARY, 1); d.getYear() == year; d = d.plusDays(1)) {
                    if (d.getDayOfWeek().getValue() <= 5) {
                        ew += EW.isWorkingDay(d) ? 0 : 1;
                        ni += NI.isWorkingDay(d) ? 0 : 1;
                    }
                }
                assertEquals(ew + 2, ni, "year " + year);
            }
        }
    }

    /** Anonymous Gregorian computus (Meeus/Jones/Butcher). */
    private static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
