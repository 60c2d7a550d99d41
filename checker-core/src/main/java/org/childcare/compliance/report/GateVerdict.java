package org.childcare.compliance.report;

import java.util.List;

/** Whether the build may pass, and every reason it may not ("area SAFE graded Inadequate"). */
public record GateVerdict(boolean passed, List<String> reasons) {}
