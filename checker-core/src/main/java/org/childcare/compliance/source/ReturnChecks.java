package org.childcare.compliance.source;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.childcare.compliance.load.InputProblem;
import org.childcare.compliance.model.CareEpisode;
import org.childcare.compliance.model.CareLeaver;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.KnownFrom;
import org.childcare.compliance.model.Located;
import org.childcare.compliance.model.Visit;

/**
 * The checks of the format that a reader of returns cannot make row by row, made on a child the
 * returns alone describe once its files are merged: no date after {@code asAt}, and no visit or
 * looked after or leaving care record before the child's birth (referrals, assessments, enquiries
 * and plans may come first: work with an unborn child is ordinary practice). Each problem points at
 * the cell or element of the date ({@code Located.keyPlace}), else at its record.
 */
public final class ReturnChecks {
    private ReturnChecks() {}

    /** @return the child's problems, in the order of its records; empty when it may be evaluated */
    public static List<InputProblem> check(Child child, LocalDate asAt) {
        List<InputProblem> problems = new ArrayList<>();
        walk(child, child, asAt, child.getDateOfBirth(), false, problems);
        return problems;
    }

    private static void walk(Child child, Located record, LocalDate asAt, LocalDate born, boolean needsBirth,
            List<InputProblem> problems) {
        if (record instanceof KnownFrom) {
            return; // how far a list is known, not an event
        }
        boolean birth = needsBirth || record instanceof CareEpisode || record instanceof CareLeaver || record instanceof Visit;
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
                if (value instanceof LocalDate d) {
                    check(record, f.getName(), d, asAt, born, birth, problems);
                } else if (value instanceof Located nested) {
                    walk(child, nested, asAt, born, birth, problems);
                } else if (value instanceof Collection<?> list) {
                    int i = 0;
                    for (Object item : list) {
                        if (item instanceof Located nested) {
                            walk(child, nested, asAt, born, birth, problems);
                        } else if (item instanceof LocalDate d) {
                            check(record, f.getName() + "[" + i + "]", d, asAt, born, birth, problems);
                        }
                        i++;
                    }
                }
            }
        }
    }

    private static void check(Located record, String field, LocalDate d, LocalDate asAt, LocalDate born, boolean birth,
            List<InputProblem> problems) {
        if ("dateOfBirth".equals(field) || "expectedDateOfBirth".equals(field)) {
            if ("dateOfBirth".equals(field) && asAt != null && d.isAfter(asAt)) {
                problems.add(at(record, field, d + " is after asAt (" + asAt + "), the date the self-assessment describes"));
            }
            return; // an expected date of birth is a forecast: it may follow asAt
        }
        if (asAt != null && d.isAfter(asAt)) {
            problems.add(at(record, field, field + " " + d + " is after asAt (" + asAt + "), the date the self-assessment describes"));
        }
        if (birth && born != null && d.isBefore(born)) {
            problems.add(at(record, field, field + " " + d + " is before the child's date of birth (" + born + ")"));
        }
    }

    private static InputProblem at(Located record, String field, String message) {
        Located.Place place = record.keyPlace(field);
        if (place != null) {
            return new InputProblem(place.file(), place.line(), place.column(), record.sourcePath(), message);
        }
        return new InputProblem(record.sourceFile(), record.sourceLine(), record.sourceColumn(), record.sourcePath(), message);
    }
}
