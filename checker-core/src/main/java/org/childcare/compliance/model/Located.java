package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * A record of the self-assessment that remembers where it was written, so that every finding and
 * every input error can point a user at the file and line to fix.
 */
public abstract class Located {
    @JsonIgnore private String file;
    @JsonIgnore private int line;
    @JsonIgnore private int column;
    @JsonIgnore private String path;

    /** Where each key of this record's free-form maps (standards, indicators…) was given; made when needed. */
    @JsonIgnore private Map<String, Place> keyPlaces;

    /** A place in the self-assessment's files. */
    public record Place(String file, int line, int column) {}

    /** Keys given with an explicit null ({@code allocatedWorker: null}); null when there were none, the usual case. */
    @JsonIgnore private java.util.Set<String> givenNull;

    /** Free-form additions the format does not define; never read by a rule. */
    @JsonProperty("extensions")
    private Map<String, Object> extensions;

    /** Called once by the loader as the record is read; not part of the data. */
    public final void locate(String file, int line, int column, String path) {
        this.file = file;
        this.line = line;
        this.column = column;
        this.path = path;
    }

    /** @return the file the record was read from, relative to the self-assessment root */
    public final String sourceFile() {
        return file;
    }

    /** @return the 1-based line where the record starts, 0 when unknown */
    public final int sourceLine() {
        return line;
    }

    /** @return the 1-based column where the record starts, 0 when unknown */
    public final int sourceColumn() {
        return column;
    }

    /** @return the record's path in the document, such as {@code children[3].careEpisodes[0]} */
    public final String sourcePath() {
        return path;
    }

    /** Called by the loader for each key of a free-form map, e.g. {@code standards.CP-01.maxWorkingDays}. */
    public final void locateKey(String keyPath, String file, int line, int column) {
        if (keyPlaces == null) {
            keyPlaces = new java.util.HashMap<>();
        }
        keyPlaces.put(keyPath, new Place(file, line, column));
    }

    /** @return where the key {@code keyPath} of one of this record's maps was given, or null when unknown */
    public final Place keyPlace(String keyPath) {
        return keyPlaces == null ? null : keyPlaces.get(keyPath);
    }

    /**
     * Called by the loader for a key written with an explicit null. Absent and null differ in the
     * format: {@code allocatedWorker: null} says the child is unallocated, an absent key says nothing.
     */
    public final void markGivenNull(String key) {
        if (givenNull == null) {
            givenNull = new java.util.HashSet<>(2);
        }
        givenNull.add(key);
    }

    /** @return true when {@code key} was written with an explicit null */
    public final boolean isGivenNull(String key) {
        return givenNull != null && givenNull.contains(key);
    }

    /** @return the keys written with an explicit null, sorted; empty when there were none */
    public final java.util.SortedSet<String> givenNullKeys() {
        return givenNull == null ? java.util.Collections.emptySortedSet() : new java.util.TreeSet<>(givenNull);
    }

    public final Map<String, Object> getExtensions() {
        return extensions == null ? Map.of() : extensions;
    }
}
