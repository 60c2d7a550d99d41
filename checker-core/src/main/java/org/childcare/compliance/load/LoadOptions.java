package org.childcare.compliance.load;

import java.nio.file.Path;

/**
 * How strictly and how far the loader reads. The limits protect a run from hostile or broken input:
 * each breach is an input error naming the file, never an OutOfMemoryError or StackOverflowError.
 */
public record LoadOptions(
        boolean lenient, int maxErrors, long maxDocumentBytes, int maxNestingDepth, int maxAliases, Path pseudonymKey) {

    /**
     * Options with the default pseudonym key. {@code pseudonymKey} is the authority's key file for
     * turning names in an Annex A workbook into worker ids; null for the default,
     * {@code ~/.config/compliance/pseudonym.key}.
     */
    public LoadOptions(boolean lenient, int maxErrors, long maxDocumentBytes, int maxNestingDepth, int maxAliases) {
        this(lenient, maxErrors, maxDocumentBytes, maxNestingDepth, maxAliases, null);
    }

    public LoadOptions withPseudonymKey(Path value) {
        return new LoadOptions(lenient, maxErrors, maxDocumentBytes, maxNestingDepth, maxAliases, value);
    }

    /** 64 MiB per file: ten times the largest authority we know of, far below the heap. */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;

    public static LoadOptions strict() {
        return new LoadOptions(false, 100, DEFAULT_MAX_DOCUMENT_BYTES, 50, 50);
    }

    public static LoadOptions lenientMode() {
        return strict().withLenient(true);
    }

    public LoadOptions withLenient(boolean value) {
        return new LoadOptions(value, maxErrors, maxDocumentBytes, maxNestingDepth, maxAliases, pseudonymKey);
    }

    public LoadOptions withMaxDocumentBytes(long value) {
        return new LoadOptions(lenient, maxErrors, value, maxNestingDepth, maxAliases, pseudonymKey);
    }

    public LoadOptions withMaxErrors(int value) {
        return new LoadOptions(lenient, value, maxDocumentBytes, maxNestingDepth, maxAliases, pseudonymKey);
    }

    public LoadOptions withMaxNestingDepth(int value) {
        return new LoadOptions(lenient, maxErrors, maxDocumentBytes, value, maxAliases, pseudonymKey);
    }

    public LoadOptions withMaxAliases(int value) {
        return new LoadOptions(lenient, maxErrors, maxDocumentBytes, maxNestingDepth, value, pseudonymKey);
    }
}
