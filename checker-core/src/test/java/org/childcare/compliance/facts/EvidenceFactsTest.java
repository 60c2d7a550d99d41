package org.childcare.compliance.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.childcare.compliance.model.SelfAssessment;
import org.junit.jupiter.api.Test;

class EvidenceFactsTest {
    @Test
    void anAttestationIsAboutTheAuthorityAndNamesTheDocumentAttested() {
        SelfAssessment sa = WorkforceFactsTest.read("""
                schemaVersion: 1
                authority: { name: Northfield City Council }
                period: { start: 2011-04-01, end: 2012-03-31 }
                evidence:
                  - { criterion: AMB-01, met: true, source: "Children and Young People's Plan 2011-15", note: "Agreed by all partners" }
                  - { criterion: AMB-01, met: false, source: "  Board minutes  " }
                  - { criterion: LAC-14, met: false, note: "No council this year" }
                """, SelfAssessment.class);
        assertEquals("Northfield City Council", EvidenceFacts.subject(sa));
        assertEquals("Children and Young People's Plan 2011-15", EvidenceFacts.record(sa.getEvidence().get(0)));
        assertEquals("attested as met: Children and Young People's Plan 2011-15 (Agreed by all partners)",
                EvidenceFacts.message(sa.getEvidence().get(0)));
        assertEquals("Board minutes", EvidenceFacts.record(sa.getEvidence().get(1)));
        assertEquals("attested as not met: Board minutes", EvidenceFacts.message(sa.getEvidence().get(1)));
        assertEquals("LAC-14", EvidenceFacts.record(sa.getEvidence().get(2)), "without a source the record is the criterion");
        assertEquals("attested as not met (No council this year)", EvidenceFacts.message(sa.getEvidence().get(2)));
    }

    @Test
    void anAuthorityWithoutANameIsNoSubject() {
        assertNull(EvidenceFacts.subject(new SelfAssessment()));
    }
}
