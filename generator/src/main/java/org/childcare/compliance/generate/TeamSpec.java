package org.childcare.compliance.generate;

/**
 * A social work team: its children (one cohort) and its staff, a team manager plus
 * {@code socialWorkers} practitioners (one of them unqualified when there are four or more).
 *
 * @param name file-name-safe team name, e.g. {@code safeguarding-north}
 */
public record TeamSpec(String name, Cohort cohort, int socialWorkers) {
    public TeamSpec {
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("team name must be lower-case letters, digits and '-': " + name);
        }
        if (socialWorkers < 2) {
            throw new IllegalArgumentException("a team needs at least 2 social workers: " + name);
        }
    }
}
