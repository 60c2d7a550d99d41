package org.childcare.compliance.engine;

/**
 * One rule or catalogue file's text.
 *
 * @param name the file name, e.g. {@code child-protection.drl}; a directory's file with the same
 *     name as a bundled one replaces it
 * @param origin where it came from, for messages: {@code bundled} or the directory's path
 */
public record RuleSource(String name, String origin, String text) {
    public boolean isDrl() {
        return name.endsWith(".drl");
    }

    public boolean isCatalogue() {
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** @return the file name without extension: the concern both files share */
    public String concern() {
        return name.substring(0, name.lastIndexOf('.'));
    }

    /** @return how messages name it: the bundled resource or the auditor's file */
    public String displayName() {
        return "bundled".equals(origin) ? name : origin + "/" + name;
    }
}
