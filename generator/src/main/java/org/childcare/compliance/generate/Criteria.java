package org.childcare.compliance.generate;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.childcare.compliance.catalogue.Catalogue;
import org.childcare.compliance.engine.RuleBase;
import org.childcare.compliance.engine.RuleException;
import org.childcare.compliance.engine.RuleSources;

/**
 * The criteria the generator makes data for: those of the bundled catalogue (the rules module's
 * catalogue YAML, beside the DRL files), read once, so that there is one list of criteria and it is
 * the rules'. How each criterion's data is made is code, keyed by ID (ChildFactory, StaffGenerator,
 * AuthorityParts draw each criterion's rate through {@code Run.rate}); {@code GeneratorTest} fails
 * when that code and the catalogue disagree about which criteria there are.
 *
 * <p>Whether a criterion is lower-is-better is the catalogue's too (its bands read {@code ≤}): for
 * those the knob is the share of the population that does NOT count against the authority (not
 * re-referred, not cancelled, ...), so the measure is about {@code 100 * (1 - rate)}.
 */
public final class Criteria {
    private static final Catalogue CATALOGUE = readBundledCatalogue();
    private static final Set<String> IDS = ids(CATALOGUE);

    private Criteria() {}

    /** @return the bundled catalogue's criterion IDs, sorted */
    public static Set<String> ids() {
        return IDS;
    }

    /** @return the bundled catalogue, as the checker reads it */
    public static Catalogue catalogue() {
        return CATALOGUE;
    }

    /** @throws IllegalArgumentException when {@code id} is not a criterion of the catalogue */
    static void requireKnown(String id) {
        if (!IDS.contains(id)) {
            throw new IllegalArgumentException("no criterion " + id + " in the bundled catalogue (criteria: "
                    + String.join(", ", IDS) + ")");
        }
    }

    /**
     * Realism scales for the global knob: with global compliance {@code c} and no override, a
     * criterion's rate is {@code 1 - (1 - c) * scale}. At c = 0.9 this puts measures whose real
     * national spread is far from 90% near a typical authority's figure (CP-11 plans lasting two
     * years 3.5%, care leavers in education, employment or training 55%...). Unlisted: scale 1.
     * Per-criterion overrides are used as given, unscaled.
     */
    public static final Map<String, Double> GLOBAL_SCALE = Map.of(
            "REF-02", 1.8,
            "CP-11", 0.35,
            "CP-12", 1.4,
            "LAC-07", 0.9,
            "LAC-08", 3.0,
            "EDU-03", 0.7,
            "CL-03", 4.5,
            "WF-05", 1.2);

    private static Catalogue readBundledCatalogue() {
        try {
            return RuleBase.catalogueOf(RuleSources.bundled());
        } catch (RuleException e) {
            throw new IllegalStateException("the generator cannot read the bundled criteria catalogue (is the 'rules'"
                    + " artifact on the classpath?): " + e.getMessage(), e);
        }
    }

    private static Set<String> ids(Catalogue catalogue) {
        Set<String> ids = new TreeSet<>();
        catalogue.all().forEach(c -> ids.add(c.id()));
        return Collections.unmodifiableSet(ids);
    }
}
