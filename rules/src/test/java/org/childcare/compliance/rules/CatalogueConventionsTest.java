package org.childcare.compliance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childcare.compliance.catalogue.Criterion;
import org.childcare.compliance.engine.RuleBase;
import org.childcare.compliance.engine.RuleSource;
import org.childcare.compliance.engine.RuleSources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One ID everywhere: the catalogue, the DRL rule names, the fixture folders and the spec agree 1:1.
 */
class CatalogueConventionsTest {
    private static final Path SPEC = Path.of("../../shared/spec/criteria.md");
    private static RuleBase rules;

    @BeforeAll
    static void compile() throws Exception {
        rules = RuleBase.compile(RuleSources.bundled());
    }

    @Test
    void catalogueHoldsExactlyTheCriteriaOfTheSpec() throws Exception {
        Set<String> spec = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\| ([A-Z0-9]+-\\d{2}) \\|").matcher(Files.readString(SPEC));
        while (m.find()) {
            spec.add(m.group(1));
        }
        assertEquals(75, spec.size(), "criteria.md lists 75 criteria");
        Set<String> catalogue = new TreeSet<>();
        rules.catalogue().all().forEach(c -> catalogue.add(c.id()));
        assertEquals(spec, catalogue);
    }

    @Test
    void everyCriterionHasRulesAndEveryRuleHasACriterion() {
        List<String> missing = new ArrayList<>();
        for (Criterion c : rules.catalogue().all()) {
            if (!rules.rulesByCriterion().containsKey(c.id())) {
                missing.add(c.id());
            }
        }
        assertEquals(List.of(), missing, "criteria without a rule");
        // RuleBase refuses to compile a rule whose name does not start with a catalogue ID
        assertTrue(rules.catalogue().all().size() >= rules.rulesByCriterion().size());
    }

    @Test
    void everyCriterionLivesInTheRuleFileOfItsConcern() {
        List<String> wrong = new ArrayList<>();
        for (Criterion c : rules.catalogue().all()) {
            String drl = rules.sources().stream().filter(s -> s.name().equals(c.concern() + ".drl"))
                    .map(RuleSource::text).findFirst().orElse("");
            if (!drl.contains("rule \"" + c.id() + " ")) {
                wrong.add(c.id() + " (expected in " + c.concern() + ".drl)");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyCriterionHasACompliantAndABreachingFixture() throws Exception {
        Map<String, List<Path>> fixtures = Fixtures.byCriterion();
        List<String> missing = new ArrayList<>();
        for (Criterion c : rules.catalogue().all()) {
            List<String> cases = fixtures.getOrDefault(c.id(), List.of()).stream().map(p -> p.getFileName().toString()).toList();
            if (!cases.contains("compliant")) {
                missing.add(c.id() + "/compliant");
            }
            if (!cases.contains("breaching")) {
                missing.add(c.id() + "/breaching");
            }
        }
        assertEquals(List.of(), missing);
        Set<String> orphans = new TreeSet<>(fixtures.keySet());
        rules.catalogue().all().forEach(c -> orphans.remove(c.id()));
        assertEquals(Set.of(), orphans, "fixture folders without a criterion");
    }

    @Test
    void everyCriterionIsWrittenForPeople() {
        List<String> unfinished = new ArrayList<>();
        for (Criterion c : rules.catalogue().all()) {
            if (c.title().contains("TODO") || c.action().contains("TODO") || c.source().isBlank() || c.needs().isEmpty()) {
                unfinished.add(c.id());
            }
        }
        assertEquals(List.of(), unfinished, "criteria lacking a title, an action, a source or the data they need");
    }
}
