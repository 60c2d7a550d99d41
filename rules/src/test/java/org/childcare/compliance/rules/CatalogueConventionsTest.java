package org.childcare.compliance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 * One ID everywhere: the catalogue, the DRL rule names and the fixture folders agree 1:1. (CI also
 * compares the catalogue with the contract's criteria table: .ci/check-catalogue, outside this
 * test, as a clone of the repository does not have the contract.)
 */
class CatalogueConventionsTest {
    /** An ID as the catalogue, the rule names and the fixture folders write it: CP-03, LADO-01. */
    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*-\\d{2}");
    private static RuleBase rules;

    @BeforeAll
    static void compile() throws Exception {
        rules = RuleBase.compile(RuleSources.bundled());
    }

    @Test
    void theBundledCatalogueHoldsTheSeventyFiveCriteriaOfVersionOneUnderWellFormedIds() {
        List<String> malformed = new ArrayList<>();
        for (Criterion c : rules.catalogue().all()) {
            if (!ID.matcher(c.id()).matches()) {
                malformed.add(c.id());
            }
        }
        assertEquals(List.of(), malformed, "IDs not of the form AREA-00");
        assertEquals(75, rules.catalogue().all().size(), "catalogue version 1 has 75 criteria");
    }

    /** The catalogue keeps the last entry of an ID it reads twice, so a copy-paste slip would hide a criterion. */
    @Test
    void noIdIsWrittenTwiceInTheCatalogueFiles() {
        Map<String, List<String>> filesById = new TreeMap<>();
        Pattern entry = Pattern.compile("(?m)^\\s*- id: *\"?([^\"\\s]+)");
        for (RuleSource s : rules.sources()) {
            if (s.isDrl()) {
                continue;
            }
            Matcher m = entry.matcher(s.text());
            while (m.find()) {
                filesById.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(s.name());
            }
        }
        assertEquals(rules.catalogue().all().size(), filesById.size(), "entries read against criteria kept: " + filesById.keySet());
        Map<String, List<String>> twice = new TreeMap<>();
        filesById.forEach((id, files) -> {
            if (files.size() > 1) {
                twice.put(id, files);
            }
        });
        assertEquals(Map.of(), twice, "IDs written more than once, with their files");
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
