package org.childcare.compliance.checks;

import java.util.Set;
import org.childcare.compliance.engine.Context;
import org.childcare.compliance.engine.Figure;
import org.childcare.compliance.engine.GroupFigure;
import org.childcare.compliance.engine.Outcome;
import org.childcare.compliance.model.Assessment;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Located;

/**
 * Equality and diversity criteria (equality.drl): EQD-01 audited assessments that consider equality
 * and diversity (child-level), EQD-02 equality groups' rates against the whole population's
 * (summary-level, from the {@link GroupFigure}s of CP-03, LAC-01 and ASM-01).
 */
public final class EqualityChecks {
    /** The criteria whose group rates EQD-02 compares. */
    public static final Set<String> EQD02_CRITERIA = Set.of("CP-03", "LAC-01", "ASM-01");

    /** The group the engine files children under when the dimension is not recorded: not a group. */
    public static final String NOT_RECORDED = "not recorded";

    private EqualityChecks() {}

    /** What a check decided, in plain English. */
    public record Result(boolean met, String message) {
        public Outcome outcome(String criterion, Child child, Located where, String record) {
            return Outcome.of(criterion, met, child, where, record, message);
        }

        public Outcome outcome(String criterion, String subject, Located where, String record) {
            return Outcome.ofSubject(criterion, met, subject, where, record, message);
        }
    }

    /** EQD-01: the audit of an assessment found equality and diversity considered. */
    public static Result equalityConsidered(Assessment a) {
        boolean met = a.getQuality().getEqualityAndDiversity();
        return new Result(met, "assessment started on " + a.getStart() + (met ? ": equality and diversity considered"
                : ": the audit found equality and diversity not considered"));
    }

    /**
     * EQD-02's population: a group (not "not recorded") of one of CP-03, LAC-01 and ASM-01 with at
     * least minGroup members.
     */
    public static boolean groupJudged(GroupFigure g, Context ctx) {
        return EQD02_CRITERIA.contains(g.criterion()) && !NOT_RECORDED.equals(g.group())
                && g.population() >= ctx.intParam("EQD-02", "minGroup");
    }

    /** The subject of a group's outcome: "gender female", "ethnicity WBRI", "disability disabled". */
    public static String groupName(GroupFigure g) {
        return g.dimension() + " " + g.group();
    }

    /**
     * EQD-02: the group's rate is within maxGapPoints of the criterion's rate over the whole
     * population (either way: a group far above the whole also means others far below).
     */
    public static Result groupGap(GroupFigure g, Figure overall, Context ctx) {
        double limit = ctx.param("EQD-02", "maxGapPoints");
        double gap = Math.abs(g.rate() - overall.computed());
        String text = g.criterion() + " " + WorkforceChecks.number(g.rate()) + "% for " + groupName(g) + " (" + g.met() + " of "
                + g.population() + ") against " + WorkforceChecks.number(overall.computed()) + "% overall (gap "
                + WorkforceChecks.number(gap) + " points, limit " + WorkforceChecks.number(limit) + ")";
        // the overall figure carries one decimal: compare at that precision
        return new Result(Math.round(gap * 10) <= Math.round(limit * 10), text);
    }
}
