package org.childcare.compliance.load;

import java.util.List;

/** What the format requires of a record beyond its types, for checks made outside the loader's walk. */
public final class FormatRules {
    private FormatRules() {}

    /** @return the record's pairs of dates that must come in order, as {earlier, later} field names */
    public static List<String[]> datePairs(Class<?> recordType) {
        return org.childcare.compliance.model.Located.class.isAssignableFrom(recordType) ? Schema.datePairs(recordType) : List.of();
    }
}
