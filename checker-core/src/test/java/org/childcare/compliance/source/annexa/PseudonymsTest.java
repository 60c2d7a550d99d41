package org.childcare.compliance.source.annexa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Worker ids are keyed, stable and not the name; the key file is private and made when missing. */
class PseudonymsTest {
    @TempDir Path dir;

    /** Bytes 00 to 1f: the same key openssl was given for the expected digests below. */
    private Path knownKey() throws IOException {
        Path key = dir.resolve("known.key");
        Files.write(key, HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"));
        ownerOnly(key);
        return key;
    }

    private static void ownerOnly(Path file) throws IOException {
        if (posix()) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    @Test
    void idsAreTheFirst12HexDigitsOfHmacSha256OverTheTrimmedLowerCasedName() throws IOException {
        Pseudonyms pseudonyms = Pseudonyms.open(knownKey());

        // printf 'jane smith' | openssl dgst -sha256 -mac HMAC -macopt hexkey:000102...1f
        assertEquals("W-b902f8bc2502", pseudonyms.workerId("jane smith"));
        assertEquals("W-b902f8bc2502", pseudonyms.workerId("  Jane SMITH\u00a0"), "case and surrounding spaces do not count");
        assertEquals("W-dbfc13882303", pseudonyms.workerId("Ada Lovelace"));
        assertFalse(pseudonyms.creationWarning().isPresent(), "the key existed");
    }

    @Test
    void idsAreStableForOneKeyAndDifferForAnother() throws IOException {
        Path first = dir.resolve("a/pseudonym.key");
        Path second = dir.resolve("b/pseudonym.key");

        String once = Pseudonyms.open(first).workerId("Jane Smith");
        String again = Pseudonyms.open(first).workerId("Jane Smith");
        String otherKey = Pseudonyms.open(second).workerId("Jane Smith");

        assertEquals(once, again);
        assertNotEquals(once, otherKey);
        assertTrue(once.matches("W-[0-9a-f]{12}"), once);
        assertNotEquals(Pseudonyms.open(first).workerId("Jane Smyth"), once);
    }

    @Test
    void aMissingKeyIsCreatedPrivatelyWithAWarning() throws IOException {
        Path key = dir.resolve("config/compliance/pseudonym.key");

        Pseudonyms created = Pseudonyms.open(key);

        assertEquals(Pseudonyms.NEW_KEY_BYTES, Files.size(key));
        assertTrue(created.creationWarning().isPresent());
        String warning = created.creationWarning().get();
        assertTrue(warning.startsWith("created a new pseudonym key " + key.toAbsolutePath()), warning);
        assertTrue(warning.contains("compliance.pseudonymKey"), warning);
        if (posix()) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key.getParent())));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key.getParent().getParent())));
        }
        try (var left = Files.list(key.getParent())) {
            assertEquals(1, left.count(), "no temporary file is left beside the key");
        }
        assertFalse(Pseudonyms.open(key).creationWarning().isPresent(), "the second run reads the key it finds");
        assertEquals(Pseudonyms.open(key).workerId("x"), created.workerId("x"));
    }

    @Test
    void aKeyOthersCanReadIsRefused() throws IOException {
        assumeTrue(posix(), "permissions can only be checked on a POSIX file system");
        Path key = knownKey();
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));

        IOException refused = assertThrows(IOException.class, () -> Pseudonyms.open(key));

        assertEquals("pseudonym key " + key.toAbsolutePath() + " may be read or changed by other users (permissions"
                + " rw-r--r--); make it readable by its owner only: chmod 600 " + key.toAbsolutePath(), refused.getMessage());
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw--w----"));
        assertThrows(IOException.class, () -> Pseudonyms.open(key), "writable by the group is refused too");
    }

    @Test
    void aShortKeyIsRefusedWithoutShowingIt() throws IOException {
        Path key = dir.resolve("short.key");
        Files.writeString(key, "secret");
        ownerOnly(key);

        IOException refused = assertThrows(IOException.class, () -> Pseudonyms.open(key));

        assertTrue(refused.getMessage().contains("holds 6 bytes; a key needs at least 16"), refused.getMessage());
        assertFalse(refused.getMessage().contains("secret"));
    }

    @Test
    void toStringShowsWhereTheKeyIsAndNothingElse() throws IOException {
        Path key = knownKey();
        assertEquals("Pseudonyms[" + key.toAbsolutePath() + "]", Pseudonyms.open(key).toString());
    }

    @Test
    void theDefaultKeyLivesUnderTheUsersConfigDirectory() {
        assertEquals(Path.of(System.getProperty("user.home"), ".config", "compliance", "pseudonym.key"),
                Pseudonyms.defaultKeyFile());
        assertEquals(Pseudonyms.defaultKeyFile(), AnnexAOptions.defaults().keyFile());
    }
}
