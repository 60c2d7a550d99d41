package org.childcare.compliance.engine;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that vouches for compiled rules kept on disk: 32 random bytes in a file only the
 * user running the checker can read, kept outside any project ({@link #defaultLocation}), made on
 * first use. A stored entry is read only when its HMAC-SHA256 under this key matches
 * ({@link RuleCache}), so whoever can write a project's cache directory, but not this file, cannot
 * make the checker deserialise anything.
 *
 * <p>A key that others could read or replace vouches for nothing: such a file is refused (the
 * rules are then compiled without the cache), never repaired behind the user's back.
 */
final class RuleCacheKey {
    static final int LENGTH = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    /** Who runs this JVM, found once: the owner of a file it creates. */
    private static volatile UserPrincipal runningUser;

    private final SecretKeySpec secret;
    private final Path file;
    private final boolean madeNow;
    private final String note;

    private RuleCacheKey(byte[] secret, Path file, boolean madeNow, String note) {
        this.secret = new SecretKeySpec(secret, ALGORITHM);
        this.file = file;
        this.madeNow = madeNow;
        this.note = note;
    }

    /** {@code ${user.home}/.config/compliance/rules-cache.key}: per user, outside every project. */
    static Path defaultLocation() {
        return Path.of(System.getProperty("user.home"), ".config", "compliance", "rules-cache.key");
    }

    /**
     * The key in {@code file}, made there first when there is none.
     *
     * @throws Unusable when the file cannot be made or read, belongs to another user, is open to
     *     other users, or does not hold a key; the message says which, in words for the console
     */
    static RuleCacheKey open(Path file) throws Unusable {
        return open(file, null);
    }

    /** @param user who must own the file; null: the user running this JVM */
    static RuleCacheKey open(Path file, UserPrincipal user) throws Unusable {
        Path keyFile = file.toAbsolutePath();
        boolean posix = keyFile.getFileSystem().supportedFileAttributeViews().contains("posix");
        boolean madeNow = false;
        String note = null;
        try {
            if (Files.notExists(keyFile)) {
                madeNow = make(keyFile, posix);
                if (madeNow && !posix) {
                    note = Files.getFileAttributeView(keyFile, AclFileAttributeView.class) != null
                            ? "the rule cache key " + keyFile + " was made on a file system without POSIX permissions;"
                                    + " an access-control list limits it to its owner"
                            : "the rule cache key " + keyFile + " was made on a file system without POSIX permissions or"
                                    + " access-control lists: it is only as private as its folder";
                }
            }
            if (!Files.isRegularFile(keyFile)) {
                throw new Unusable("the rule cache key " + keyFile + " is not a file");
            }
            UserPrincipal owner = Files.getOwner(keyFile);
            UserPrincipal expected = user != null ? user : runningUser();
            if (!owner.equals(expected)) {
                throw new Unusable("the rule cache key " + keyFile + " belongs to " + owner.getName() + ", not to "
                        + expected.getName() + " who runs the checker: anyone who can change it could vouch for"
                        + " compiled rules");
            }
            if (posix) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(keyFile);
                if (permissions.stream().anyMatch(OTHERS::contains)) {
                    throw new Unusable("the rule cache key " + keyFile + " can be read or changed by other users"
                            + " (permissions " + PosixFilePermissions.toString(permissions) + "); make it private with"
                            + " chmod 600 " + keyFile);
                }
            }
            long size = Files.size(keyFile);
            if (size != LENGTH) {
                throw new Unusable("the rule cache key " + keyFile + " is not a key this checker made (" + size
                        + " bytes, not " + LENGTH + "); delete it and the next run makes a new one");
            }
            return new RuleCacheKey(Files.readAllBytes(keyFile), keyFile, madeNow, note);
        } catch (IOException e) {
            throw new Unusable("the rule cache key " + keyFile + " could not be made or read ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    /**
     * Writes a new key to {@code keyFile}, private from the moment it exists: made under another
     * name with owner-only permissions, then linked into place, which fails rather than replace a
     * key another build made meanwhile.
     *
     * @return false when another build made the key first (then that one is used)
     */
    private static boolean make(Path keyFile, boolean posix) throws IOException {
        Path folder = keyFile.getParent();
        if (!Files.isDirectory(folder)) {
            if (folder.getParent() != null) {
                Files.createDirectories(folder.getParent());
            }
            try {
                if (posix) {
                    Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
                } else {
                    Files.createDirectory(folder);
                }
            } catch (FileAlreadyExistsException e) {
                // another build made it meanwhile
            }
        }
        byte[] secret = new byte[LENGTH];
        new SecureRandom().nextBytes(secret);
        Path partial = posix
                ? Files.createTempFile(folder, ".rules-cache-key", ".partial", PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE))
                : Files.createTempFile(folder, ".rules-cache-key", ".partial");
        try {
            if (!posix) {
                restrictedByAcl(partial);
            }
            Files.write(partial, secret);
            try {
                Files.createLink(keyFile, partial);
            } catch (FileAlreadyExistsException e) {
                return false;
            } catch (UnsupportedOperationException | IOException e) {
                // no hard links on this file system: a plain move, which also refuses to replace
                try {
                    Files.move(partial, keyFile);
                } catch (FileAlreadyExistsException raced) {
                    return false;
                }
            }
            return true;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Limits {@code file} to its owner with an access-control list, where the file system has them. */
    private static boolean restrictedByAcl(Path file) throws IOException {
        AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
        if (acl == null) {
            return false;
        }
        acl.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(acl.getOwner())
                .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build()));
        return true;
    }

    /** The owner of a file this JVM creates: who runs it, whatever {@code user.name} says. */
    private static UserPrincipal runningUser() throws IOException {
        UserPrincipal user = runningUser;
        if (user == null) {
            Path probe = Files.createTempFile("rules-cache-owner", ".probe");
            try {
                user = Files.getOwner(probe);
            } finally {
                Files.deleteIfExists(probe);
            }
            runningUser = user;
        }
        return user;
    }

    /** A fresh HMAC-SHA256 under this key, to be fed what it vouches for. */
    Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has " + ALGORITHM, e);
        }
    }

    Path file() {
        return file;
    }

    /** Whether this run made the key: entries stored before it cannot have been signed with it. */
    boolean madeNow() {
        return madeNow;
    }

    /** What the user should know about how the key is protected, or null. */
    String note() {
        return note;
    }

    /** Why the key cannot be used, in words for the console. */
    static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String message) {
            super(message);
        }
    }
}
