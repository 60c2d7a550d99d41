package org.childcare.compliance.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.childcare.compliance.catalogue.Catalogue;
import org.childcare.compliance.engine.RuleProblem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The parameters line of {@code compliance:rules}, for the bundled child protection criteria: a
 * value changed by a local {@code standards:} entry is marked beside the catalogue's default.
 */
class RulesMojoTest {
    private static Catalogue bundled;

    @BeforeAll
    static void readTheBundledChildProtectionCriteria() throws IOException {
        String name = "child-protection.yaml";
        try (InputStream in = RulesMojoTest.class.getResourceAsStream("/org/childcare/compliance/rules/" + name)) {
            List<RuleProblem> problems = new ArrayList<>();
            bundled = Catalogue.empty();
            bundled.read(name, "child-protection", new String(in.readAllBytes(), StandardCharsets.UTF_8), problems);
            assertEquals(List.of(), problems);
        }
    }

    private static String parameters(String id, Map<String, Double> overrides) {
        return RulesMojo.parameters(bundled.withOverrides(overrides).get(id), overrides);
    }

    @Test
    void theCataloguesValuesAreListedAsTheyAre() {
        assertEquals("maxIntervalWorkingDays 10, criticalIntervalWorkingDays 20", parameters("CP-03", Map.of()));
    }

    @Test
    void aLocalValueIsMarkedWithTheDefaultBesideIt() {
        Map<String, Double> standards = Map.of("CP-03.maxIntervalWorkingDays", 8.0);
        assertEquals("maxIntervalWorkingDays 8 (local; default 10), criticalIntervalWorkingDays 20",
                parameters("CP-03", standards));
        // another criterion's parameters are untouched by it
        assertEquals("maxWorkingDays 15", parameters("CP-01", standards));
    }

    @Test
    void aLocalValueEqualToTheDefaultIsNotMarked() {
        assertEquals("maxWorkingDays 15", parameters("CP-01", Map.of("CP-01.maxWorkingDays", 15.0)));
    }

    @Test
    void fractionsKeepTheirDecimalsAndWholeNumbersLoseThem() {
        assertEquals("maxWorkingDays 12.5 (local; default 15)", parameters("CP-01", Map.of("CP-01.maxWorkingDays", 12.5)));
        assertEquals("20", RulesMojo.number(20.0));
        assertEquals("1.7", RulesMojo.number(1.7));
    }
}
