package org.childcare.compliance.catalogue;

/** When an area for improvement is due, soonest first. */
public enum Timescale {
    IMMEDIATELY("immediately", "Immediately"),
    WITHIN_THREE_MONTHS("3m", "Within three months"),
    WITHIN_SIX_MONTHS("6m", "Within six months");

    private final String code;
    private final String heading;

    Timescale(String code, String heading) {
        this.code = code;
        this.heading = heading;
    }

    /** @return {@code immediately}, {@code 3m} or {@code 6m} as in report.json and the gate */
    public String code() {
        return code;
    }

    /** @return the heading inspection reports use */
    public String heading() {
        return heading;
    }

    public static Timescale fromCode(String code) {
        for (Timescale t : values()) {
            if (t.code.equals(code) || (t == IMMEDIATELY && "now".equals(code))) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown timescale '" + code + "' (immediately, 3m or 6m)");
    }
}
