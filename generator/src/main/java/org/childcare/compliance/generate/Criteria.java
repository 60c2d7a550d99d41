package org.childcare.compliance.generate;

import java.util.List;
import java.util.Map;

/** The 75 criterion IDs of criteria.md v1 and how the generator's global knob maps onto them. */
public final class Criteria {
    private Criteria() {}

    public static final List<String> IDS = List.of(
            "REF-01", "REF-02", "ASM-01", "ASM-02", "ASM-03", "ASM-04", "S47-01", "S47-02", "S47-03",
            "CP-01", "CP-02", "CP-03", "CP-04", "CP-05", "CP-06", "CP-07", "CP-08", "CP-09", "CP-10",
            "CP-11", "CP-12", "CP-13",
            "LAC-01", "LAC-02", "LAC-03", "LAC-04", "LAC-05", "LAC-06", "LAC-07", "LAC-08", "LAC-09",
            "LAC-10", "LAC-11", "LAC-12", "LAC-13",
            "HLT-01", "HLT-02", "HLT-03", "HLT-04", "HLT-05",
            "EDU-01", "EDU-02", "EDU-03", "EDU-04",
            "CL-01", "CL-02", "CL-03", "CL-04",
            "WF-01", "WF-02", "WF-03", "WF-04", "WF-05", "WF-06",
            "SUP-01", "SUP-02", "SUP-03",
            "REC-01", "REC-02", "REC-03", "SA-01",
            "LADO-01", "CMP-01", "CMP-02",
            "LSCB-01", "LSCB-02", "LSCB-03", "LSCB-04", "LSCB-05", "PART-01",
            "EQD-01", "EQD-02", "AMB-01", "AMB-02", "LAC-14");

    /**
     * Criteria where lower is better: the knob is the share of the population that does NOT count
     * against the authority (not re-referred, not cancelled, ...), so the measure is about
     * {@code 100 * (1 - rate)}.
     */
    public static final List<String> LOWER_IS_BETTER = List.of(
            "REF-02", "CP-10", "CP-11", "CP-12", "LAC-07", "EDU-03", "EDU-04", "WF-01", "WF-03", "WF-04", "WF-05");

    /**
     * Realism scales for the global knob: with global compliance {@code c} and no override, a
     * criterion's rate is {@code 1 - (1 - c) * scale}. At c = 0.9 this puts measures whose real
     * national spread is far from 90% near a typical authority's figure (CP-11 plans lasting two
     * years 3.5%, care leavers in education, employment or training 55%...). Unlisted: scale 1.
     * Per-criterion overrides are used as given, unscaled.
     */
    public static final Map<String, Double> GLOBAL_SCALE = Map.of(
            "REF-02", 1.8,
            "CP-11", 0.35,
            "CP-12", 1.4,
            "LAC-07", 0.9,
            "LAC-08", 3.0,
            "EDU-03", 0.7,
            "CL-03", 4.5,
            "WF-05", 1.2);
}
