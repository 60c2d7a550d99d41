package org.childcare.compliance.engine;

import java.util.Comparator;

/**
 * A record that failed a criterion: whose, which record, where it is written and why, in plain
 * English ("initial conference 19 working days after the strategy discussion (limit 15)").
 */
public record Finding(String subject, String record, String file, int line, String message, boolean critical, String team,
        String place) {

    /**
     * A finding without a team or a place in a workbook.
     *
     * <p>{@code team} is the child's {@code allocatedTeam}, for the inspection-day lists by team;
     * {@code place} the logical location of a record read from a workbook ({@code List 7!G14}), where a
     * line number says little.
     */
    public Finding(String subject, String record, String file, int line, String message, boolean critical) {
        this(subject, record, file, line, message, critical, null, null);
    }

    /** Critical first, then by file, line, subject and message: the same input gives the same order. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::critical).reversed()
            .thenComparing(Finding::file, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(Finding::line)
            .thenComparing(Finding::subject, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Finding::record, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Finding::message, Comparator.nullsLast(Comparator.naturalOrder()));
}
