package org.childcare.compliance.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.childcare.compliance.engine.RuleBase.Origin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whoever can write the rule cache directory cannot make the checker run their code or stale
 * rules: an entry is read only when signed with the user's key for this checker and these rules.
 */
class RuleCacheIntegrityTest {
    @TempDir
    Path dir;

    private RuleCache cache;
    private List<RuleSource> sources;
    private Path entry;

    @BeforeEach
    void freshCacheAndKey() {
        RuleBase.clearCache();
        PlantedGadget.ran = false;
        // the key in a home of the test's own: a test never writes to the real one
        cache = RuleCache.in(dir.resolve("project/target/rules-cache"), dir.resolve("home/.config/compliance/rules-cache.key"));
        sources = EvaluationTest.sources();
        entry = RuleBase.cacheFile(sources, cache.directory());
    }

    /** Compiles from scratch (nothing in memory) through the cache. */
    private RuleBase load() throws RuleException {
        RuleBase.clearCache();
        return RuleBase.compile(sources, cache);
    }

    /** Asserts that {@code rules} were compiled with a warning saying {@code why}, and that the entry was rewritten and now reads. */
    private void assertRecompiledAndRewritten(RuleBase rules, String why) throws Exception {
        assertEquals(Origin.COMPILED, rules.origin());
        assertTrue(rules.cacheWarning() != null && rules.cacheWarning().contains(why), rules.cacheWarning());
        assertTrue(rules.cacheWarning().contains("compiled again and the file written anew"), rules.cacheWarning());
        EvaluationTest.assertMeasures(rules, EvaluationTest.selfAssessment(dir));
        RuleBase again = load();
        assertEquals(Origin.DISK_CACHE, again.origin(), "the rewritten entry is read back");
        assertNull(again.cacheWarning());
    }

    @Test
    void aSignedEntryIsACacheHit() throws Exception {
        RuleBase first = load();
        assertEquals(Origin.COMPILED, first.origin());
        assertNull(first.cacheWarning());
        RuleBase second = load();
        assertEquals(Origin.DISK_CACHE, second.origin());
        assertNull(second.cacheWarning());
        EvaluationTest.assertMeasures(second, EvaluationTest.selfAssessment(dir));
    }

    @Test
    void aPlantedObjectIsNeverDeserialised() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(List.of(new PlantedGadget())));
        }
        byte[] planted = bytes.toByteArray();
        Files.createDirectories(cache.directory());
        Files.write(entry, planted);

        assertRecompiledAndRewritten(load(), "carries no signature");
        assertFalse(PlantedGadget.ran, "the planted object was deserialised");

        // the filter alone would have let it in (its class is in this product's package): it is
        // the signature, checked before deserialising, that kept it out
        IOException notRules = assertThrows(IOException.class,
                () -> CompiledRules.read(new ByteArrayInputStream(planted), List.of()));
        assertTrue(notRules.getMessage().contains("not a rule package"), notRules.getMessage());
        assertTrue(PlantedGadget.ran, "the control: read without a signature check, the planted object runs");
    }

    @Test
    void aChangedByteIsRejected() throws Exception {
        load();
        byte[] good = Files.readAllBytes(entry);
        for (int position : new int[] {good.length / 2, good.length - 1}) {
            byte[] tampered = good.clone();
            tampered[position] ^= 0x01;
            Files.write(entry, tampered);
            assertRecompiledAndRewritten(load(), "its signature does not match");
            Files.write(entry, good);
        }
    }

    @Test
    void aTruncatedEntryIsRejected() throws Exception {
        load();
        byte[] good = Files.readAllBytes(entry);
        Files.write(entry, Arrays.copyOf(good, good.length - 100));
        assertRecompiledAndRewritten(load(), "its signature does not match");
        Files.write(entry, Arrays.copyOf(good, 10));
        assertRecompiledAndRewritten(load(), "carries no signature");
    }

    @Test
    void anEntrySignedWithAnotherKeyIsRejected() throws Exception {
        RuleCache otherUser = RuleCache.in(cache.directory(), dir.resolve("other-home/rules-cache.key"));
        assertEquals(Origin.COMPILED, RuleBase.compile(sources, otherUser).origin());
        cache.openKey(); // this user's key exists already: the entry is simply not signed with it
        assertRecompiledAndRewritten(load(), "its signature does not match");
    }

    @Test
    void entriesStoredBeforeTheKeyWasMadeAreRejectedAndSaySo() throws Exception {
        load();
        Files.delete(cache.keyFile());
        assertRecompiledAndRewritten(load(), "did not exist and was made just now");
    }

    @Test
    void anEntryStoredByAnotherCheckerVersionIsNotUsed() throws Exception {
        String digest = RuleBase.digest(sources);
        String olderKey = CompiledRules.key(digest, "0.9.0");
        assertNotEquals(CompiledRules.key(digest), olderKey, "the checker version is part of the key");
        byte[] compiled = RuleBase.withDroolsClassLoader(() -> {
            try {
                return CompiledRules.write(RuleBase.compileFresh(sources).kieBase());
            } catch (IOException | RuleException e) {
                throw new IllegalStateException(e);
            }
        });
        cache.write(olderKey, compiled, cache.openKey());
        Path olderEntry = cache.fileFor(olderKey);
        assertNotEquals(entry, olderEntry);

        // under its own name it is simply not looked at
        RuleBase rules = load();
        assertEquals(Origin.COMPILED, rules.origin());
        assertNull(rules.cacheWarning());

        // renamed to this version's name it is refused: the signature covers the key it was written for
        Files.move(olderEntry, entry, StandardCopyOption.REPLACE_EXISTING);
        assertRecompiledAndRewritten(load(), "its signature does not match");
    }

    @Test
    void theCheckerVersionIsTheOneBeingBuilt() {
        // set by the build (surefire); a key made with "unknown" would not tell versions apart
        assertEquals(System.getProperty("checker.builtVersion"), CheckerVersion.current());
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX permissions")
    void theKeyIsMadePrivateOnFirstUse() throws Exception {
        assertTrue(Files.notExists(cache.keyFile()));
        load();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cache.keyFile())));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cache.keyFile().getParent())));
        assertEquals(RuleCacheKey.LENGTH, Files.size(cache.keyFile()));
        byte[] key = Files.readAllBytes(cache.keyFile());
        load();
        assertTrue(Arrays.equals(key, Files.readAllBytes(cache.keyFile())), "the key is made once and kept");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-r-----", "rw----r--", "rw--w----", "rw-----w-"})
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX permissions")
    void aKeyOthersCanReadOrChangeIsRefused(String mode) throws Exception {
        load(); // a good entry, signed while the key was private
        Files.setPosixFilePermissions(cache.keyFile(), PosixFilePermissions.fromString(mode));
        byte[] stored = Files.readAllBytes(entry);

        RuleBase rules = load();
        assertEquals(Origin.COMPILED, rules.origin(), "an entry vouched for by a key others can read is not used");
        assertTrue(rules.cacheWarning().contains("can be read or changed by other users (permissions " + mode + ")"),
                rules.cacheWarning());
        assertTrue(rules.cacheWarning().contains("chmod 600"), rules.cacheWarning());
        assertTrue(rules.cacheWarning().contains("compiled without the rule cache"), rules.cacheWarning());
        assertTrue(Arrays.equals(stored, Files.readAllBytes(entry)), "nothing is signed with that key either");
        assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(cache.keyFile())),
                "the key is refused, not quietly repaired");
        EvaluationTest.assertMeasures(rules, EvaluationTest.selfAssessment(dir));
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "a POSIX user to compare with")
    void aKeyOwnedByAnotherUserIsRefused() throws Exception {
        cache.openKey();
        UserPrincipal someoneElse = cache.keyFile().getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        assertNotEquals(Files.getOwner(cache.keyFile()), someoneElse);
        RuleCacheKey.Unusable refused = assertThrows(RuleCacheKey.Unusable.class,
                () -> RuleCacheKey.open(cache.keyFile(), someoneElse));
        assertTrue(refused.getMessage().contains("belongs to " + Files.getOwner(cache.keyFile()).getName() + ", not to nobody"),
                refused.getMessage());
    }

    @Test
    void aKeyFileThatHoldsNoKeyIsRefused() throws Exception {
        cache.openKey();
        Files.write(cache.keyFile(), new byte[] {1, 2, 3});
        RuleBase rules = load();
        assertEquals(Origin.COMPILED, rules.origin());
        assertTrue(rules.cacheWarning().contains("is not a key this checker made (3 bytes, not 32)"), rules.cacheWarning());
        assertTrue(Files.notExists(entry));
    }
}
