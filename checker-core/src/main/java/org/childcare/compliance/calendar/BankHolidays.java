package org.childcare.compliance.calendar;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.childcare.compliance.model.Region;

/** Bank holidays per region, read once and shared. */
final class BankHolidays {
    private static final Map<Region, Set<LocalDate>> CACHE = new EnumMap<>(Region.class);

    private BankHolidays() {}

    static synchronized Set<LocalDate> of(Region region) {
        return CACHE.computeIfAbsent(region, r -> switch (r) {
            case ENGLAND_AND_WALES -> Set.copyOf(WorkingCalendar.readEnglandAndWales());
            // TODO(calendar): Scotland and Northern Ireland are derived from the E&W table
            case SCOTLAND, NORTHERN_IRELAND -> Set.copyOf(WorkingCalendar.readEnglandAndWales());
        });
    }
}
