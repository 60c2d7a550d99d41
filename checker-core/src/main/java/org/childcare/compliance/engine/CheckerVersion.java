package org.childcare.compliance.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The checker's own version, as the build wrote it into {@code checker-version.properties}
 * (a filtered resource, so it is there in {@code target/classes} as much as in the jar); the
 * jar manifest's Implementation-Version when that file is missing, e.g. after repackaging.
 *
 * <p>It is part of the key of compiled rules ({@link CompiledRules#key}): compiled rules refer to
 * this product's classes, and rules stored by one version must not be run by another.
 */
public final class CheckerVersion {
    static final String RESOURCE = "/org/childcare/compliance/checker-version.properties";
    private static final String UNKNOWN = "unknown";
    private static final String CURRENT = read();

    private CheckerVersion() {}

    /** e.g. {@code 1.0.0}; {@code unknown} only when the build left no trace of it. */
    public static String current() {
        return CURRENT;
    }

    private static String read() {
        try (InputStream in = CheckerVersion.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version", "").strip();
                // "${project.version}" left as is: the file was copied without filtering
                if (!version.isEmpty() && !version.contains("${")) {
                    return version;
                }
            }
        } catch (IOException e) {
            // fall through to the manifest
        }
        String fromManifest = CheckerVersion.class.getPackage().getImplementationVersion();
        return fromManifest == null || fromManifest.isBlank() ? UNKNOWN : fromManifest;
    }
}
