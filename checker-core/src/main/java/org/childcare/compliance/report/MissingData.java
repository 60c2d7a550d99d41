package org.childcare.compliance.report;

import java.util.List;
import java.util.Map;

/**
 * What a criterion lacked: the data that would let it be judged, and the records left out of its
 * population for want of data, by reason. A record is missing when the field the criterion needs is
 * absent (not empty) or its known history does not reach the requirement; it is neither met nor a
 * breach.
 *
 * @param needs the fields the criterion needs, as paths in the format ({@code children[].protectionPlans[].visits})
 * @param records how many records were left out for want of data
 * @param reasons records left out by reason ("no visits recorded": 12), sorted by reason
 */
public record MissingData(List<String> needs, long records, Map<String, Long> reasons) {
    public MissingData {
        needs = needs == null ? List.of() : List.copyOf(needs);
        reasons = reasons == null ? Map.of() : java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(reasons));
    }
}
