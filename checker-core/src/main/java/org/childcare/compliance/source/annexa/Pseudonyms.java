package org.childcare.compliance.source.annexa;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a person's name into a pseudonymous worker id, so that no name read from an Annex A workbook
 * ever reaches the model, a report, a log or an error message.
 *
 * <p>The id is {@code W-} and the first 12 hex digits of HMAC-SHA256 over the trimmed, lower-cased
 * name, keyed with the authority's own key file. The key makes the ids stable (the same worker has
 * the same id in every run with the key) yet not reversible by someone who guesses names: without
 * the key, hashing a list of candidate names gives nothing to compare. An authority keeps one key
 * (for example as a CI secret); a new key on another machine gives every worker a new id.
 *
 * <p>The key file is created on first use with 32 random bytes and owner-only permissions, and a key
 * file that other users can read is refused: with the key, anyone holding a list of staff names could
 * re-identify the workers.
 */
public final class Pseudonyms {

    /** Bytes of a new key: the size of the HMAC-SHA256 block's natural key. */
    static final int NEW_KEY_BYTES = 32;

    /** Below this a key is too easy to guess to protect names. */
    static final int MIN_KEY_BYTES = 16;

    private static final String ALGORITHM = "HmacSHA256";
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private final Path keyFile;
    private final SecretKeySpec key;
    private final String creationWarning;

    private Pseudonyms(Path keyFile, byte[] key, String creationWarning) {
        this.keyFile = keyFile;
        this.key = new SecretKeySpec(key, ALGORITHM);
        this.creationWarning = creationWarning;
    }

    /** @return {@code ~/.config/compliance/pseudonym.key}, the default of {@code compliance.pseudonymKey} */
    /**
     * @return true when {@code id} has the form of a pseudonym made here ({@code W-} and 12 lower-case
     *     hex digits): a worker named in a workbook, whom the workforce list need not hold
     */
    public static boolean isPseudonym(String id) {
        return id != null && id.matches("W-[0-9a-f]{12}");
    }

    public static Path defaultKeyFile() {
        return Path.of(System.getProperty("user.home"), ".config", "compliance", "pseudonym.key");
    }

    /**
     * Opens the key file, creating it when it does not exist.
     *
     * @throws IOException when the key cannot be read or created, is too short, or other users may
     *     read or change it; the message names the file and says how to fix it, and holds no key bytes
     */
    public static Pseudonyms open(Path keyFile) throws IOException {
        Path file = keyFile.toAbsolutePath().normalize();
        String warning = null;
        if (!Files.exists(file)) {
            if (createKey(file)) {
                warning = "created a new pseudonym key " + file + " (32 random bytes, readable by you only): keep it,"
                        + " e.g. as a CI secret, and give it to every run (compliance.pseudonymKey); with another key"
                        + " every worker read from an Annex A workbook gets another id";
            }
        }
        refuseShared(file);
        byte[] key = Files.readAllBytes(file);
        if (key.length < MIN_KEY_BYTES) {
            throw new IOException("pseudonym key " + file + " holds " + key.length + " bytes; a key needs at least "
                    + MIN_KEY_BYTES + " random bytes (delete the file and a new one of " + NEW_KEY_BYTES
                    + " is made on the next run)");
        }
        return new Pseudonyms(file, key, warning);
    }

    /** @return the warning to show when this run created the key file; empty when it already existed */
    public Optional<String> creationWarning() {
        return Optional.ofNullable(creationWarning);
    }

    /** @return the key file in use */
    public Path keyFile() {
        return keyFile;
    }

    /**
     * @param name a person's name as a workbook holds it
     * @return {@code W-} and 12 hex digits; the same for the same name (ignoring case and the spaces
     *     around it) under the same key
     */
    public String workerId(String name) {
        String canonical = name.replace('\u00a0', ' ').replace('\u2007', ' ').replace('\u202f', ' ')
                .strip().toLowerCase(Locale.ROOT);
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8));
            return "W-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (GeneralSecurityException e) {
            // every Java platform must provide HmacSHA256, so this is a broken runtime, not bad input
            throw new IllegalStateException("HmacSHA256 is not available in this Java runtime", e);
        }
    }

    /** Neither the key nor any name: only where the key lives. */
    @Override
    public String toString() {
        return "Pseudonyms[" + keyFile + "]";
    }

    /**
     * Writes a new key to a private temporary file beside {@code file} and links it into place, so that
     * two runs starting at once cannot both create a key: the one that loses reads the winner's.
     *
     * @return true when this call created the key
     */
    private static boolean createKey(Path file) throws IOException {
        Path directory = file.getParent();
        boolean posix = Files.getFileAttributeView(existingAncestor(directory), PosixFileAttributeView.class) != null;
        if (!Files.isDirectory(directory)) {
            if (posix) {
                Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_DIRECTORY));
                Files.setPosixFilePermissions(directory, OWNER_DIRECTORY); // in case the umask narrowed it
            } else {
                Files.createDirectories(directory);
            }
        }
        byte[] key = new byte[NEW_KEY_BYTES];
        new SecureRandom().nextBytes(key);
        FileAttribute<?>[] ownerOnly = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_FILE)}
                : new FileAttribute<?>[0];
        Path temporary = Files.createTempFile(directory, ".pseudonym", ".tmp", ownerOnly);
        try {
            Files.write(temporary, key);
            try {
                Files.createLink(file, temporary);
                return true;
            } catch (FileAlreadyExistsException raced) {
                return false;
            } catch (UnsupportedOperationException noLinks) {
                try {
                    Files.move(temporary, file);
                    return true;
                } catch (FileAlreadyExistsException raced) {
                    return false;
                }
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Path existingAncestor(Path directory) {
        Path p = directory;
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p == null ? directory.getRoot() : p;
    }

    /** Refuses a key file that anyone but its owner may read or write (where the file system says). */
    private static void refuseShared(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return; // not a POSIX file system: its ACLs are the administrator's business
        }
        Set<PosixFilePermission> permissions = view.readAttributes().permissions();
        for (PosixFilePermission p : permissions) {
            if (!p.name().startsWith("OWNER_")) {
                throw new IOException("pseudonym key " + file + " may be read or changed by other users (permissions "
                        + PosixFilePermissions.toString(permissions) + "); make it readable by its owner only:"
                        + " chmod 600 " + file);
            }
        }
    }
}
