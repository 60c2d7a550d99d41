package org.childcare.compliance.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;

/**
 * Where compiled rules are kept between runs, and the per-user key that vouches for them
 * ({@link RuleCacheKey}).
 *
 * <p>Compiled rules are Java-serialised Drools packages carrying compiled classes, so reading one
 * means running code from the file. An entry is therefore stored signed:
 * <pre>  header | HMAC-SHA256(key; header, cache key, 0, payload) | payload</pre>
 * and read only after that MAC is recomputed over the bytes exactly as stored and found equal
 * (in constant time): nothing is deserialised before. The MAC covers the cache key too, so an
 * entry counts only under the name it was written for: one stored by another checker version,
 * or for other rule text, cannot be renamed into place. What was not verified is compiled again
 * and written anew; the reason is given on the console.
 */
public final class RuleCache {
    private static final byte[] HEADER = "compliance-rule-cache/hmac-sha256\n".getBytes(StandardCharsets.US_ASCII);
    private static final int MAC_LENGTH = 32;
    /** Far beyond any rule set (the 76 bundled rules take under 1 MB): a larger file is not read into memory at all. */
    static final long MAX_ENTRY_BYTES = 256L << 20;

    private final Path directory;
    private final Path keyFile;

    private RuleCache(Path directory, Path keyFile) {
        this.directory = directory;
        this.keyFile = keyFile;
    }

    /** A cache in {@code directory}, vouched for by the user's key in its default place ({@link #defaultKeyFile}). */
    public static RuleCache in(Path directory) {
        return in(directory, null);
    }

    /** @param keyFile where the key is kept; null for its default place */
    public static RuleCache in(Path directory, Path keyFile) {
        return new RuleCache(directory, keyFile == null ? defaultKeyFile() : keyFile);
    }

    /** {@code ${user.home}/.config/compliance/rules-cache.key}: per user, outside every project. */
    public static Path defaultKeyFile() {
        return RuleCacheKey.defaultLocation();
    }

    public Path directory() {
        return directory;
    }

    public Path keyFile() {
        return keyFile;
    }

    /** The file that holds the rules whose cache key is {@code cacheKey} ({@link CompiledRules#key}). */
    Path fileFor(String cacheKey) {
        return directory.resolve("rules-" + cacheKey + CompiledRules.SUFFIX);
    }

    /** The key, made on first use. @throws RuleCacheKey.Unusable why the cache cannot be used, in words */
    RuleCacheKey openKey() throws RuleCacheKey.Unusable {
        return RuleCacheKey.open(keyFile);
    }

    /**
     * The compiled rules stored in {@code file} for {@code cacheKey}, once the MAC proves that
     * {@code key} signed exactly these bytes for exactly this cache key.
     *
     * @throws Rejected why the entry cannot be trusted, in words for the console
     */
    static byte[] verified(Path file, String cacheKey, RuleCacheKey key) throws Rejected {
        byte[] stored;
        // read up to one byte past the limit, not its announced size: the file may grow meanwhile
        try (InputStream in = Files.newInputStream(file)) {
            stored = in.readNBytes((int) MAX_ENTRY_BYTES + 1);
        } catch (IOException e) {
            throw new Rejected("it could not be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        if (stored.length > MAX_ENTRY_BYTES) {
            throw new Rejected("it is larger than any compiled rules (over " + MAX_ENTRY_BYTES + " bytes)");
        }
        int payloadStart = HEADER.length + MAC_LENGTH;
        if (stored.length < payloadStart || !Arrays.equals(stored, 0, HEADER.length, HEADER, 0, HEADER.length)) {
            throw new Rejected("it carries no signature, so nothing shows this checker wrote it");
        }
        byte[] expected = mac(key, cacheKey, stored, payloadStart, stored.length - payloadStart);
        byte[] found = Arrays.copyOfRange(stored, HEADER.length, payloadStart);
        if (!MessageDigest.isEqual(expected, found)) {
            throw new Rejected(key.madeNow()
                    ? "the rule cache key " + key.file() + " did not exist and was made just now, so nothing stored"
                            + " before it can be verified"
                    : "its signature does not match, so it was changed or cut short after it was written, or written"
                            + " with another key or for other rules");
        }
        return Arrays.copyOfRange(stored, payloadStart, stored.length);
    }

    /** {@code payload} with the header and MAC that {@link #verified} checks. */
    static byte[] signed(String cacheKey, byte[] payload, RuleCacheKey key) {
        byte[] mac = mac(key, cacheKey, payload, 0, payload.length);
        byte[] entry = Arrays.copyOf(HEADER, HEADER.length + MAC_LENGTH + payload.length);
        System.arraycopy(mac, 0, entry, HEADER.length, MAC_LENGTH);
        System.arraycopy(payload, 0, entry, HEADER.length + MAC_LENGTH, payload.length);
        return entry;
    }

    /** Writes {@code payload} signed to the file for {@code cacheKey}, replacing any entry there. */
    void write(String cacheKey, byte[] payload, RuleCacheKey key) throws IOException {
        CompiledRules.writeFile(signed(cacheKey, payload, key), fileFor(cacheKey));
    }

    private static byte[] mac(RuleCacheKey key, String cacheKey, byte[] bytes, int offset, int length) {
        Mac mac = key.newMac();
        mac.update(HEADER);
        mac.update(cacheKey.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        mac.update(bytes, offset, length);
        return mac.doFinal();
    }

    /** Why a stored entry was not trusted, in words for the console. */
    static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;

        Rejected(String reason) {
            super(reason);
        }
    }
}
