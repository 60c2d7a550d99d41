package org.childcare.compliance.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.childcare.compliance.model.WorkerRole;

/** One generated member of the workforce. */
final class Staff {
    final String id;
    final WorkerRole role;
    final TeamSpec team;
    boolean qualified;
    LocalDate qualifiedOn;
    boolean agency;
    LocalDate started;
    LocalDate left;
    Integer caseload;
    final List<Node> supervision = new ArrayList<>();
    LocalDate appraisal;
    /** Newly qualified at asAt (first 12 months after qualifying). */
    boolean newlyQualified;

    Staff(String id, WorkerRole role, TeamSpec team) {
        this.id = id;
        this.role = role;
        this.team = team;
    }

    boolean inPostOn(LocalDate d) {
        return !started.isAfter(d) && (left == null || !left.isBefore(d));
    }

    boolean practitioner() {
        return role == WorkerRole.SOCIAL_WORKER || role == WorkerRole.ADVANCED_PRACTITIONER;
    }

    Node toNode() {
        return Node.of()
                .with("id", id)
                .with("role", role)
                .with("qualified", qualified)
                .with("qualifiedOn", qualifiedOn)
                .with("agency", agency)
                .with("started", started)
                .with("left", left)
                .with("caseload", caseload)
                .withList("supervision", supervision)
                .with("appraisal", appraisal);
    }
}
