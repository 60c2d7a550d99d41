package org.childcare.compliance.validate;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.childcare.compliance.load.FormatRules;
import org.childcare.compliance.load.InputProblem;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.KnownFrom;
import org.childcare.compliance.model.Located;

/**
 * The format's date rules ({@link DateRules}) applied to a child the authority's returns alone
 * describe, once its files are merged: no date after {@code asAt}, no visit or looked after or
 * leaving care date before the child's birth, and each record's pairs of dates in order (the
 * loader's own list of them, {@link FormatRules#datePairs}). The YAML loader applies the same rules as it reads.
 * Each problem points at the cell or element of the date ({@code Located.keyPlace}), else at its
 * record.
 */
public final class ChildDates {
    private ChildDates() {}

    /** @return the child's problems, in the order of its records; empty when it may be evaluated */
    public static List<InputProblem> check(Child child, LocalDate asAt) {
        List<InputProblem> problems = new ArrayList<>();
        walk(child, "", asAt, child, problems);
        return problems;
    }

    private static void walk(Located record, String path, LocalDate asAt, Child child, List<InputProblem> problems) {
        if (record instanceof KnownFrom) {
            return; // how far a list is known, not an event
        }
        for (String[] pair : FormatRules.datePairs(record.getClass())) {
            String wrong = DateRules.outOfOrder(pair[0], date(record, pair[0]), pair[1], date(record, pair[1]));
            if (wrong != null) {
                problems.add(at(record, pair[1], wrong));
            }
        }
        for (Class<?> c = record.getClass(); c != null && c != Located.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                f.setAccessible(true);
                Object value;
                try {
                    value = f.get(record);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
                String here = path.isEmpty() ? f.getName() : path + "." + f.getName();
                if (value instanceof LocalDate d) {
                    check(record, f.getName(), here, d, asAt, child, problems);
                } else if (value instanceof Located nested) {
                    walk(nested, here, asAt, child, problems);
                } else if (value instanceof Collection<?> list) {
                    int i = 0;
                    for (Object item : list) {
                        if (item instanceof Located nested) {
                            walk(nested, here + "[" + i + "]", asAt, child, problems);
                        } else if (item instanceof LocalDate d) {
                            check(record, f.getName() + "[" + i + "]", here + "[" + i + "]", d, asAt, child, problems);
                        }
                        i++;
                    }
                }
            }
        }
    }

    private static void check(Located record, String field, String path, LocalDate d, LocalDate asAt, Child child,
            List<InputProblem> problems) {
        if (DateRules.mayFollowAsAt(field)) {
            return;
        }
        String after = DateRules.afterAsAt(d, asAt);
        if (after != null) {
            problems.add(at(record, field, after));
        }
        if (!"dateOfBirth".equals(field) && DateRules.needsTheChildBorn(path)) {
            String before = DateRules.beforeBirth(d, child.getDateOfBirth(), child.getYearOfBirth());
            if (before != null) {
                problems.add(at(record, field, before));
            }
        }
    }

    private static LocalDate date(Located record, String field) {
        for (Class<?> c = record.getClass(); c != null && c != Located.class; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(field);
                f.setAccessible(true);
                return (LocalDate) f.get(record);
            } catch (NoSuchFieldException e) {
                // declared higher up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }

    private static InputProblem at(Located record, String field, String message) {
        Located.Place place = record.keyPlace(field);
        if (place != null) {
            return new InputProblem(place.file(), place.line(), place.column(), record.sourcePath(), message);
        }
        return new InputProblem(record.sourceFile(), record.sourceLine(), record.sourceColumn(), record.sourcePath(), message);
    }
}
