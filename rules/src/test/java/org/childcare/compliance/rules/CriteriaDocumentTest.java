package org.childcare.compliance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.childcare.compliance.catalogue.Criterion;
import org.childcare.compliance.catalogue.CriteriaDocument;
import org.childcare.compliance.engine.RuleBase;
import org.childcare.compliance.engine.RuleSources;
import org.junit.jupiter.api.Test;

/**
 * docs/criteria.md is the catalogue and the rules as they are: rendered again here and compared,
 * byte for byte. After changing a rule or the catalogue, rewrite it with
 * {@code mvn -pl rules test -Dtest=CriteriaDocumentTest -Ddocs.update=true} and read the diff.
 */
class CriteriaDocumentTest {
    private static final Path DOCUMENT = Path.of("../docs/criteria.md");

    @Test
    void theCriteriaDocumentIsUpToDate() throws Exception {
        String rendered = CriteriaDocument.render(RuleBase.catalogueOf(RuleSources.bundled()), RuleSources.bundled());
        if (Boolean.getBoolean("docs.update")) {
            Files.writeString(DOCUMENT, rendered, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(DOCUMENT), DOCUMENT.toAbsolutePath() + " is missing: run with -Ddocs.update=true");
        assertEquals(rendered, Files.readString(DOCUMENT, StandardCharsets.UTF_8),
                "docs/criteria.md is out of date: run mvn -pl rules test -Dtest=CriteriaDocumentTest -Ddocs.update=true");
    }

    @Test
    void everyCriterionHasASectionHeadedByItsIdAndListsItsRules() throws Exception {
        String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
        RuleBase rules = RuleBase.compile(RuleSources.bundled());
        for (Criterion c : rules.catalogue().all()) {
            assertTrue(document.contains("\n### " + c.id() + " "), () -> c.id() + " has no section");
            for (String rule : rules.rulesByCriterion().get(c.id())) {
                assertTrue(document.contains("- rule `" + rule + "`"), () -> rule + " is not listed");
            }
        }
    }
}
