package org.childcare.compliance.checks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.facts.WorkforceFactsTest;
import org.childcare.compliance.model.Worker;
import org.childcare.compliance.model.Workforce;
import org.junit.jupiter.api.Test;

/**
 * What supervision and equality still read through {@link WorkforceChecks}; the fixtures' helpers
 * ({@link #context}, {@link #read}, {@link #worker}) are {@link WorkforceFactsTest}'s, kept here for
 * the tests of those concerns.
 */
class WorkforceChecksTest {
    static Context context(String start, String end, String asAt, String catalogueYaml) {
        return WorkforceFactsTest.context(start, end, asAt, catalogueYaml);
    }

    static <T> T read(String yaml, Class<T> type) {
        return WorkforceFactsTest.read(yaml, type);
    }

    static Worker worker(String yaml) {
        return WorkforceFactsTest.worker(yaml);
    }

    private final Context ctx = context("2010-04-01", "2011-03-31", "2011-03-31", WorkforceFactsTest.CATALOGUE);

    @Test
    void supervisionIsRecordedWhenAnyWorkerHasASession() {
        assertTrue(WorkforceChecks.recordsSupervision(read("""
                workers:
                  - { id: A }
                  - { id: B, supervision: [ { date: 2010-09-03 } ] }
                """, Workforce.class)));
        assertFalse(WorkforceChecks.recordsSupervision(read("{ workers: [ { id: A } ] }", Workforce.class)));
    }

    @Test
    void newlyQualifiedForTheFirstTwelveMonths() {
        Worker w = worker("{ id: W, qualifiedOn: 2010-03-31 }");
        assertTrue(WorkforceChecks.newlyQualifiedOn(w, LocalDate.parse("2011-03-30"), ctx));
        assertFalse(WorkforceChecks.newlyQualifiedOn(w, LocalDate.parse("2011-03-31"), ctx));
    }

    @Test
    void numbersHaveOneDecimalAtMost() {
        org.junit.jupiter.api.Assertions.assertEquals("16.2", WorkforceChecks.number(16.2));
    }
}
