package org.childcare.compliance.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.childcare.compliance.calendar.WorkingCalendar;
import org.childcare.compliance.catalogue.Catalogue;
import org.childcare.compliance.catalogue.Criterion;
import org.childcare.compliance.model.Worker;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every rule may ask besides the facts: the window, the calendar and the criteria's
 * parameters. Bound to the global {@code ctx} in every rule file. Immutable.
 *
 * <p>The window runs from {@code period.start} to {@code asAt}: events count when dated inside it.
 * Annual rates use the period, {@code period.start}–{@code period.end}.
 */
public final class Context {
    private final LocalDate periodStart;
    private final LocalDate periodEnd;
    private final LocalDate asAt;
    private final WorkingCalendar calendar;
    private final Catalogue catalogue;
    private final Map<String, Worker> workers;

    public Context(LocalDate periodStart, LocalDate periodEnd, LocalDate asAt, WorkingCalendar calendar, Catalogue catalogue) {
        this(periodStart, periodEnd, asAt, calendar, catalogue, List.of());
    }

    public Context(LocalDate periodStart, LocalDate periodEnd, LocalDate asAt, WorkingCalendar calendar, Catalogue catalogue,
            List<Worker> workers) {
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.asAt = asAt;
        this.calendar = calendar;
        this.catalogue = catalogue;
        Map<String, Worker> byId = new HashMap<>();
        for (Worker w : workers) {
            byId.put(w.getId(), w);
        }
        this.workers = Map.copyOf(byId);
    }

    /** @return the worker with this id, or null: children's rules may ask about their workers */
    public Worker worker(String id) {
        return id == null ? null : workers.get(id);
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    /** The snapshot date: open work is measured up to here. */
    public LocalDate asAt() {
        return asAt;
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    /** @return true when {@code day} is inside the window, period start to asAt inclusive */
    public boolean inWindow(LocalDate day) {
        return day != null && !day.isBefore(periodStart) && !day.isAfter(asAt);
    }

    /** @return true when {@code day} is inside the period, for rates that are annual by nature */
    public boolean inPeriod(LocalDate day) {
        return day != null && !day.isBefore(periodStart) && !day.isAfter(periodEnd);
    }

    /** @return true when work from {@code start} to {@code end} (null = open) overlaps the window */
    public boolean overlapsWindow(LocalDate start, LocalDate end) {
        return start != null && !start.isAfter(asAt) && (end == null || !end.isBefore(periodStart));
    }

    /** @return true when work from {@code start} to {@code end} (null = open) is open on asAt */
    public boolean openOnAsAt(LocalDate start, LocalDate end) {
        return start != null && !start.isAfter(asAt) && (end == null || end.isAfter(asAt));
    }

    /** Working days d with {@code from < d <= to}. */
    public int workingDays(LocalDate from, LocalDate to) {
        return calendar.workingDaysBetween(from, to);
    }

    /** The last day that is within {@code n} working days of {@code from}. */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        return calendar.addWorkingDays(from, n);
    }

    /** Calendar months, clamped to month end. */
    public LocalDate plusMonths(LocalDate from, int months) {
        return WorkingCalendar.plusMonths(from, months);
    }

    public long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    /** @return the parameter's value after local overrides, e.g. {@code param("CP-01", "maxWorkingDays")} */
    public double param(String criterion, String name) {
        Criterion c = catalogue.get(criterion);
        Double value = c == null ? null : c.parameters().get(name);
        if (value == null) {
            throw new IllegalStateException("rule asks for unknown parameter " + criterion + "." + name);
        }
        return value;
    }

    /** {@link #param} as a whole number, for day and month counts. */
    public int intParam(String criterion, String name) {
        return (int) Math.round(param(criterion, name));
    }

    /** The catalogue in force (after local overrides). */
    public Catalogue catalogue() {
        return catalogue;
    }
}
