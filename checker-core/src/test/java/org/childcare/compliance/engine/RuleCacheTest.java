package org.childcare.compliance.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.childcare.compliance.engine.RuleBase.Origin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.example.gadget.Gadget;

/** The on-disk rule cache: compiled once, read back until the rules change, never trusted blindly. */
class RuleCacheTest {
    @TempDir
    Path dir;

    private RuleCache cache;

    @BeforeEach
    void forgetRulesInMemory() {
        RuleBase.clearCache();
        // the key in a home of the test's own: a test never writes to the real one
        cache = RuleCache.in(dir.resolve("rules-cache"), dir.resolve("home/.config/compliance/rules-cache.key"));
    }

    private Path cacheFile(List<RuleSource> sources) {
        return RuleBase.cacheFile(sources, cache.directory());
    }

    @Test
    void compilesOnceThenReadsTheCacheAndJudgesTheSame() throws Exception {
        RuleBase first = RuleBase.compile(EvaluationTest.sources(), cache);
        assertEquals(Origin.COMPILED, first.origin());
        assertNull(first.cacheWarning());
        assertTrue(Files.isRegularFile(cacheFile(EvaluationTest.sources())));

        RuleBase.clearCache();
        RuleBase second = RuleBase.compile(EvaluationTest.sources(), cache);
        assertEquals(Origin.DISK_CACHE, second.origin());
        assertNull(second.cacheWarning());
        assertEquals(first.rulesByCriterion(), second.rulesByCriterion());
        assertEquals(first.version(), second.version());
        EvaluationTest.assertMeasures(second, EvaluationTest.selfAssessment(dir));
    }

    @Test
    void aSecondGoalInTheSameBuildFindsTheRulesInMemory() throws Exception {
        RuleBase first = RuleBase.compile(EvaluationTest.sources(), cache);
        RuleBase again = RuleBase.compile(EvaluationTest.sources(), cache);
        assertEquals(Origin.MEMORY, again.origin());
        assertEquals(0, again.compileMillis());
        assertSame(first.kieBase(), again.kieBase());
    }

    @Test
    void rulesInAnAuthoritysOwnPackageAreCachedToo() throws Exception {
        // an auditor's rules need not live in the product's package: its classes must pass the filter
        List<RuleSource> local = List.of(EvaluationTest.sources().get(1), new RuleSource("local.drl", "local", """
                package uk.gov.northfield.rules;
                import org.childcare.compliance.model.*;
                import org.childcare.compliance.engine.*;
                global Context ctx;

                rule "CP-01 every plan counts"
                when
                    $child : Child()
                    $plan : ProtectionPlan()
                then
                    insert(Outcome.of("CP-01", true, $child, $plan, $plan.getId(), "counted"));
                end
                """));
        compiledThenReadBack(local);
    }

    /** Compiles {@code sources} into the cache, forgets them, and reads them back from it without a warning. */
    private RuleBase compiledThenReadBack(List<RuleSource> sources) throws Exception {
        assertEquals(Origin.COMPILED, RuleBase.compile(sources, cache).origin());
        RuleBase.clearCache();
        RuleBase again = RuleBase.compile(sources, cache);
        assertNull(again.cacheWarning());
        assertEquals(Origin.DISK_CACHE, again.origin());
        return again;
    }

    @Test
    void rulesWithoutAPackageAreCachedToo() throws Exception {
        List<RuleSource> local = List.of(EvaluationTest.sources().get(1), new RuleSource("local.drl", "local",
                EvaluationTest.DRL.replace("package org.childcare.compliance.rules;", "")));
        RuleBase again = compiledThenReadBack(local);
        EvaluationTest.assertMeasures(again, EvaluationTest.selfAssessment(dir));
    }

    @Test
    void rulesThatDeclareTypesAreCompiledEveryRunAndSaySo() throws Exception {
        // Drools cannot rebuild a declared type from stored packages, so such rules are not stored
        List<RuleSource> declaring = List.of(EvaluationTest.sources().get(1), new RuleSource("local.drl", "local", """
                package uk.gov.northfield.rules;
                import org.childcare.compliance.model.*;
                import org.childcare.compliance.engine.*;
                global Context ctx;

                declare Note
                    text : String
                end

                rule "CP-01 a note per plan"
                when
                    $child : Child()
                    $plan : ProtectionPlan()
                then
                    insert(new Note("plan " + $plan.getId()));
                    insert(Outcome.of("CP-01", true, $child, $plan, $plan.getId(), "noted"));
                end
                """));
        RuleBase first = RuleBase.compile(declaring, cache);
        assertEquals(Origin.COMPILED, first.origin());
        assertTrue(first.cacheWarning().contains("declare their own types"), first.cacheWarning());
        assertTrue(Files.notExists(cacheFile(declaring)));
        RuleBase.clearCache();
        assertEquals(Origin.COMPILED, RuleBase.compile(declaring, cache).origin());
    }

    @Test
    void changedRulesMissTheCache() throws Exception {
        RuleBase.compile(EvaluationTest.sources(), cache);
        List<RuleSource> changed = new ArrayList<>(EvaluationTest.sources());
        changed.set(0, new RuleSource("cp.drl", "bundled", EvaluationTest.DRL.replace("(limit ", "(the limit is ")));
        assertNotEquals(cacheFile(EvaluationTest.sources()), cacheFile(changed));
        RuleBase.clearCache();
        assertEquals(Origin.COMPILED, RuleBase.compile(changed, cache).origin());
    }

    @Test
    void aDamagedCacheIsCompiledAgainAndRewritten() throws Exception {
        RuleBase.compile(EvaluationTest.sources(), cache);
        Path file = cacheFile(EvaluationTest.sources());
        byte[] good = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(good, good.length / 2));
        RuleBase.clearCache();

        RuleBase recompiled = RuleBase.compile(EvaluationTest.sources(), cache);
        assertEquals(Origin.COMPILED, recompiled.origin());
        assertTrue(recompiled.cacheWarning().contains("its signature does not match"), recompiled.cacheWarning());
        EvaluationTest.assertMeasures(recompiled, EvaluationTest.selfAssessment(dir));
        RuleBase.clearCache();
        assertEquals(Origin.DISK_CACHE, RuleBase.compile(EvaluationTest.sources(), cache).origin());
    }

    @Test
    void aSignedEntryHoldingOtherClassesIsStillRefusedUnread() throws Exception {
        // defence in depth: even an entry signed with the right key (its holder turned against
        // the build) is read through the filter, which stops a class from outside Drools and this product
        RuleCacheKey key = cache.openKey();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(List.of(new Gadget())));
        }
        cache.write(CompiledRules.key(RuleBase.digest(EvaluationTest.sources())), bytes.toByteArray(), key);

        RuleBase rules = RuleBase.compile(EvaluationTest.sources(), cache);
        assertEquals(Origin.COMPILED, rules.origin());
        assertTrue(rules.cacheWarning().contains("not compiled rules this checker can read"), rules.cacheWarning());
        assertFalse(Gadget.deserialised, "the gadget's readObject ran");
    }

    @Test
    void anUnwritableCacheWarnsAndStillJudges() throws Exception {
        Files.writeString(cache.directory(), "a file where the cache directory should be");
        RuleBase rules = RuleBase.compile(EvaluationTest.sources(), cache);
        assertEquals(Origin.COMPILED, rules.origin());
        assertTrue(rules.cacheWarning().contains("could not be written"), rules.cacheWarning());
        EvaluationTest.assertMeasures(rules, EvaluationTest.selfAssessment(dir));
    }

    @Test
    void withoutACacheDirectoryNothingIsWritten() throws Exception {
        RuleBase rules = RuleBase.compile(EvaluationTest.sources());
        assertEquals(Origin.COMPILED, rules.origin());
        assertNull(rules.cacheWarning());
        assertTrue(Files.notExists(cache.directory()));
        assertTrue(Files.notExists(cache.keyFile()), "a run without a cache needs no key");
    }
}
