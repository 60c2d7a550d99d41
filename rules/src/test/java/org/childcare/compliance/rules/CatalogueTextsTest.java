package org.childcare.compliance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childcare.compliance.catalogue.Catalogue;
import org.childcare.compliance.catalogue.Criterion;
import org.childcare.compliance.engine.RuleBase;
import org.childcare.compliance.engine.RuleSources;
import org.junit.jupiter.api.Test;

/**
 * Measure and action texts name parameters in braces, so that reports quote the limits in force
 * after {@code standards:}; a brace naming no parameter would reach a reader as it is.
 */
class CatalogueTextsTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

    @Test
    void everyPlaceholderNamesAParameterOfItsCriterion() throws Exception {
        Catalogue catalogue = RuleBase.compile(RuleSources.bundled()).catalogue();
        List<String> wrong = new ArrayList<>();
        for (Criterion c : catalogue.all()) {
            for (String text : List.of(c.measureTemplate(), c.actionTemplate())) {
                Matcher m = PLACEHOLDER.matcher(text);
                while (m.find()) {
                    if (!c.parameters().containsKey(m.group(1))) {
                        wrong.add(c.id() + ": {" + m.group(1) + "} is not one of its parameters " + c.parameters().keySet());
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
