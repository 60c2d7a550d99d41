package org.childcare.compliance.checks;

import org.childcare.compliance.engine.Outcome;
import org.childcare.compliance.model.Evidence;
import org.childcare.compliance.model.SelfAssessment;

/**
 * The evidence criteria (evidence.drl): each {@code evidence:} entry for a criterion is one member
 * of its population, met or not as attested, so that several entries must all be met. The subject
 * is the authority; the record is the entry's source (the document attested), else the criterion.
 */
public final class EvidenceChecks {
    private EvidenceChecks() {}

    /** @return the outcome for one attestation ({@code met} must be present) */
    public static Outcome attestation(String criterion, Evidence evidence, SelfAssessment assessment) {
        boolean met = Boolean.TRUE.equals(evidence.getMet());
        String subject = assessment.getAuthority() == null ? null : assessment.getAuthority().getName();
        String record = blank(evidence.getSource()) ? criterion : evidence.getSource();
        return Outcome.ofSubject(criterion, met, subject, evidence, record, message(evidence));
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
