package org.childcare.compliance.generate;

/** The group a generated child belongs to, which decides the work the child's record holds. */
public enum Cohort {
    /** Referred and assessed; some s47 enquiries; no plan, not looked after. */
    CHILD_IN_NEED("assessment"),
    /** On a child protection plan in or around the period (some also earlier plans, some into care). */
    PROTECTION("safeguarding"),
    /** Looked after in or around the period; those 16 or over are also eligible care leavers. */
    LOOKED_AFTER("looked-after"),
    /** Relevant and former relevant care leavers. */
    LEAVING_CARE("leaving-care");

    private final String teamKind;

    Cohort(String teamKind) {
        this.teamKind = teamKind;
    }

    /** @return the kind of team that holds these children, used in generated team names */
    public String teamKind() {
        return teamKind;
    }
}
