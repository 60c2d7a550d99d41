package org.childcare.compliance.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.childcare.compliance.engine.Outcome;
import org.childcare.compliance.model.SelfAssessment;
import org.junit.jupiter.api.Test;

class EvidenceChecksTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule());

    private static SelfAssessment read(String yaml) throws Exception {
        return YAML.readValue(yaml, SelfAssessment.class);
    }

    @Test
    void eachAttestationIsAnOutcomeAboutTheAuthority() throws Exception {
        SelfAssessment sa = read("""
                schemaVersion: 1
                authority: { name: Northfield City Council }
                period: { start: 2011-04-01, end: 2012-03-31 }
                evidence:
                  - { criterion: AMB-01, met: true, source: "Children and Young People's Plan 2011-15", note: "Agreed by all partners" }
                  - { criterion: AMB-01, met: false, source: "  Board minutes  " }
                  - { criterion: LAC-14, met: false, note: "No council this year" }
                """);
        Outcome met = EvidenceChecks.attestation("AMB-01", sa.getEvidence().get(0), sa);
        assertTrue(met.isMet());
        assertEquals("Northfield City Council", met.getSubject());
        assertEquals("Children and Young People's Plan 2011-15", met.getRecord());
        assertEquals("attested as met: Children and Young People's Plan 2011-15 (Agreed by all partners)", met.getMessage());

        Outcome notMet = EvidenceChecks.attestation("AMB-01", sa.getEvidence().get(1), sa);
        assertFalse(notMet.isMet());
        assertEquals("attested as not met: Board minutes", notMet.getMessage());

        Outcome noSource = EvidenceChecks.attestation("LAC-14", sa.getEvidence().get(2), sa);
        assertEquals("LAC-14", noSource.getRecord(), "without a source the record is the criterion");
        assertEquals("attested as not met (No council this year)", noSource.getMessage());
    }
}
