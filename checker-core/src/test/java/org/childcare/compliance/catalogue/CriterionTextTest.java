package org.childcare.compliance.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CriterionTextTest {
    @Test
    void fillsParametersWithTheirValuesInForce() {
        assertEquals("held within 8 working days, then every 0.5 months",
                Criterion.fill("held within {maxWorkingDays} working days, then every {months} months",
                        Map.of("maxWorkingDays", 8.0, "months", 0.5)));
    }

    @Test
    void leavesTextWithoutPlaceholdersAndUnknownNamesAsTheyAre() {
        assertEquals("no limits here", Criterion.fill("no limits here", Map.of()));
        assertEquals("within {unknown} days", Criterion.fill("within {unknown} days", Map.of("known", 1.0)));
    }
}
