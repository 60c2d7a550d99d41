package org.childcare.compliance.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * One mapping of the document being written, keys in insertion order. Values are scalars
 * ({@code String}, {@code LocalDate}, {@code Number}, {@code Boolean}, {@link #NULL}), lists or
 * nodes. {@link #put} skips Java nulls, so optional fields that have no value are simply absent;
 * {@link #NULL} writes an explicit {@code null}.
 */
public final class Node extends LinkedHashMap<String, Object> {
    private static final long serialVersionUID = 1L;

    /** An explicit {@code null} in the output. */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    public static Node of() {
        return new Node();
    }

    /** Adds {@code key: value} unless value is a Java null. */
    public Node with(String key, Object value) {
        if (value != null) {
            super.put(key, value);
        }
        return this;
    }

    /** Adds {@code key: [..]} unless the list is null or empty. */
    public Node withList(String key, List<?> value) {
        if (value != null && !value.isEmpty()) {
            super.put(key, value);
        }
        return this;
    }

    /** @return the list stored under key, creating it */
    @SuppressWarnings("unchecked")
    public <T> List<T> list(String key) {
        return (List<T>) computeIfAbsent(key, k -> new ArrayList<>());
    }
}
