package org.childcare.compliance.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.childcare.compliance.calendar.WorkingCalendar;
import org.childcare.compliance.catalogue.Catalogue;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.engine.RuleProblem;

/**
 * Records and contexts for the facts tests of education, care leavers, supervision and recording
 * and equality, written as YAML as a self-assessment would give them (read without the loader:
 * absent lists stay absent, which is what the facts must tell apart).
 */
final class YamlRecords {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule());

    private YamlRecords() {}

    /** A context for the window {@code start} to {@code asAt} with the given catalogue entries. */
    static Context context(String start, String end, String asAt, String catalogueYaml) {
        Catalogue c = Catalogue.empty();
        List<RuleProblem> problems = new ArrayList<>();
        c.read("test.yaml", "test", catalogueYaml, problems);
        assertEquals(List.of(), problems);
        return new Context(LocalDate.parse(start), LocalDate.parse(end), LocalDate.parse(asAt),
                WorkingCalendar.englandAndWales(), c);
    }

    static <T> T read(String yaml, Class<T> type) {
        try {
            return YAML.readValue(yaml, type);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }
}
