package org.childcare.compliance.facts;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.childcare.compliance.calendar.WorkingCalendar;
import org.childcare.compliance.catalogue.Catalogue;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.engine.RuleProblem;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Worker;

/** Small builders for the checks' unit tests: model objects from YAML snippets, a Context with the catalogue's defaults. */
final class ReferralAndProtectionTestData {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /** The parameters of the criteria these helpers read, at the catalogue's defaults (criteria.md). */
    private static final String CATALOGUE = """
            criteria:
              - { id: REF-01, title: t, bands: default, timescale: 3m, action: a, parameters: { maxWorkingDays: 1 } }
              - { id: ASM-01, title: t, bands: default, timescale: 3m, action: a,
                  parameters: { initialMaxWorkingDays: 10, coreMaxWorkingDays: 35, singleMaxWorkingDays: 45 } }
              - { id: ASM-02, title: t, bands: default, timescale: 3m, action: a, parameters: { seenAloneFromAge: 5 } }
              - { id: S47-03, title: t, bands: default, timescale: 3m, action: a, parameters: { seenAloneFromAge: 5 } }
              - { id: CP-03, title: t, bands: default, timescale: 3m, action: a,
                  parameters: { maxIntervalWorkingDays: 10, criticalIntervalWorkingDays: 20 } }
              - { id: CP-05, title: t, bands: default, timescale: 3m, action: a, parameters: { firstWorkingDays: 10, maxIntervalWeeks: 6 } }
              - { id: CP-06, title: t, bands: default, timescale: 3m, action: a, parameters: { firstMonths: 3, laterMonths: 6 } }
              - { id: CP-12, title: t, bands: default, timescale: 3m, action: a, parameters: { windowYears: 0 } }
            """;

    private ReferralAndProtectionTestData() {}

    static Catalogue catalogue() {
        Catalogue c = Catalogue.empty();
        List<RuleProblem> problems = new ArrayList<>();
        c.read("test.yaml", "test", CATALOGUE, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.toString());
        }
        return c;
    }

    static Context context(String periodStart, String periodEnd, String asAt, List<Worker> workers) {
        return context(periodStart, periodEnd, asAt, workers, catalogue());
    }

    static Context context(String periodStart, String periodEnd, String asAt, List<Worker> workers, Catalogue catalogue) {
        return new Context(LocalDate.parse(periodStart), LocalDate.parse(periodEnd), LocalDate.parse(asAt),
                WorkingCalendar.englandAndWales(), catalogue, workers);
    }

    static Context context(String periodStart, String periodEnd, String asAt) {
        return context(periodStart, periodEnd, asAt, List.of());
    }

    static <T> T read(String yaml, Class<T> type) {
        try {
            return YAML.readValue(yaml, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Child child(String yaml) {
        return read(yaml, Child.class);
    }

    static Worker worker(String yaml) {
        return read(yaml, Worker.class);
    }
}
