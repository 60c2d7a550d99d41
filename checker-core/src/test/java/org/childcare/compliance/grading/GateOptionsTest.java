package org.childcare.compliance.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.childcare.compliance.catalogue.Timescale;
import org.junit.jupiter.api.Test;

/** The gate parameters as interfaces.md spells them. */
class GateOptionsTest {

    @Test
    void gradesParseFromTheirWords() {
        assertEquals(4, GateOptions.parseGrade("inadequate"));
        assertEquals(3, GateOptions.parseGrade("adequate"));
        assertEquals(3, GateOptions.parseGrade("requires-improvement"));
        assertEquals(2, GateOptions.parseGrade("good"));
        assertEquals(1, GateOptions.parseGrade("outstanding"));
        assertNull(GateOptions.parseGrade("none"));
        assertEquals(4, GateOptions.parseGrade(" Inadequate "));
    }

    @Test
    void timescalesParseFromTheirCodes() {
        assertEquals(Timescale.IMMEDIATELY, GateOptions.parseTimescale("immediately"));
        assertEquals(Timescale.WITHIN_THREE_MONTHS, GateOptions.parseTimescale("3m"));
        assertEquals(Timescale.WITHIN_SIX_MONTHS, GateOptions.parseTimescale("6m"));
        assertNull(GateOptions.parseTimescale("none"));
    }

    @Test
    void anythingElseIsRefusedWithTheAcceptedWords() {
        assertEquals("failOnGrade 'poor' is not one of inadequate, adequate (or requires-improvement), good, outstanding, none",
                assertThrows(IllegalArgumentException.class, () -> GateOptions.parseGrade("poor")).getMessage());
        assertEquals("failOnTimescale '3 months' is not one of immediately, 3m, 6m, none",
                assertThrows(IllegalArgumentException.class, () -> GateOptions.parseTimescale("3 months")).getMessage());
        assertEquals("failOnCritical 'yes' is not true or false",
                assertThrows(IllegalArgumentException.class, () -> GateOptions.parse(null, "yes", null, null, null)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> GateOptions.parseGrade(""));
        assertThrows(IllegalArgumentException.class, () -> new GateOptions(5, true, null, false, false));
    }

    @Test
    void nullsTakeTheDefaultsOfInterfacesMd() {
        assertEquals(GateOptions.defaults(), GateOptions.parse(null, null, null, null, null));
        assertEquals(new GateOptions(3, false, Timescale.WITHIN_THREE_MONTHS, true, true),
                GateOptions.parse("adequate", "false", "3m", "true", "true"));
        assertEquals(new GateOptions(null, true, null, false, false), GateOptions.parse("none", null, "none", null, null));
    }
}
