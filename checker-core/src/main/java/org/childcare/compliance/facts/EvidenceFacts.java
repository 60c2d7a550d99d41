package org.childcare.compliance.facts;

import org.childcare.compliance.model.Evidence;
import org.childcare.compliance.model.SelfAssessment;

/**
 * Facts for the evidence criteria (evidence.drl): who an attestation is about (the authority),
 * which record it names (its source, the document attested, else the criterion) and how a finding
 * words it. Whether it was met is the attestation's own {@code met}, read by the rules.
 */
public final class EvidenceFacts {
    private EvidenceFacts() {}

    /** The subject of an attestation: the authority's name (null when the self-assessment gives none). */
    public static String subject(SelfAssessment assessment) {
        return assessment.getAuthority() == null ? null : assessment.getAuthority().getName();
    }

    /** The record of an attestation: its source, stripped, else the criterion it attests. */
    public static String record(Evidence evidence) {
        return blank(evidence.getSource()) ? evidence.getCriterion() : evidence.getSource().strip();
    }

    /** @return e.g. {@code attested as not met: Children and Young People's Plan 2011-15 (not agreed by health)} */
    public static String message(Evidence evidence) {
        StringBuilder s = new StringBuilder(Boolean.TRUE.equals(evidence.getMet()) ? "attested as met" : "attested as not met");
        if (!blank(evidence.getSource())) {
            s.append(": ").append(evidence.getSource().strip());
        }
        if (!blank(evidence.getNote())) {
            s.append(" (").append(evidence.getNote().strip()).append(')');
        }
        return s.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
