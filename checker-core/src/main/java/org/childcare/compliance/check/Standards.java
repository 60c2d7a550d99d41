package org.childcare.compliance.check;

import java.util.List;
import java.util.Map;
import org.childcare.compliance.catalogue.Catalogue;
import org.childcare.compliance.load.InputProblem;
import org.childcare.compliance.model.Located;
import org.childcare.compliance.model.SelfAssessment;

/**
 * The authority's {@code standards:} section: local values for criterion parameters. A key that
 * names no parameter is an input error with a suggestion, because a silently ignored override
 * would judge the authority by a standard it did not choose.
 */
public final class Standards {
    private Standards() {}

    /**
     * @param overrides receives the valid overrides
     * @param problems receives one problem per bad key or value
     * @return the catalogue with the valid overrides applied
     */
    public static Catalogue apply(Catalogue catalogue, SelfAssessment header, Map<String, Double> overrides,
            List<InputProblem> problems) {
        header.getStandards().forEach((key, value) -> {
            String reason = catalogue.checkParameterKey(key);
            if (reason == null && !(value instanceof Number)) {
                reason = "must be a number, found '" + value + "'";
            }
            if (reason != null) {
                Located.Place place = header.keyPlace("standards." + key);
                problems.add(place == null
                        ? new InputProblem(header.sourceFile(), header.sourceLine(), header.sourceColumn(), "standards." + key, reason)
                        : new InputProblem(place.file(), place.line(), place.column(), "standards." + key, reason));
            } else {
                overrides.put(key, ((Number) value).doubleValue());
            }
        });
        return catalogue.withOverrides(overrides);
    }
}
