package org.childcare.compliance.facts;

import java.util.Collection;
import org.childcare.compliance.engine.GroupFigure;
import org.childcare.compliance.model.Assessment;

/**
 * Facts and wording of the equality and diversity criteria (equality.drl): EQD-01 audited
 * assessments that consider equality and diversity, EQD-02 equality groups' rates against the whole
 * population's, from the {@link GroupFigure}s the engine builds after the child phase (each child
 * counted once per criterion: met when all its judged records were met).
 */
public final class EqualityFacts {
    /** The group the engine files children under when the dimension is not recorded: not a group. */
    public static final String NOT_RECORDED = "not recorded";

    private EqualityFacts() {}

    /** EQD-01's message: when the assessment started and what its audit found. */
    public static String equalityConsidered(Assessment a, boolean considered) {
        return "assessment started on " + a.getStart() + (considered ? ": equality and diversity considered"
                : ": the audit found equality and diversity not considered");
    }

    /** The subject of a group's outcome: "gender female", "ethnicity WBRI", "disability disabled". */
    public static String groupName(GroupFigure g) {
        return g.dimension() + " " + g.group();
    }

    /** @return the children of a criterion in all groups of one dimension: its whole population */
    public static long children(Collection<GroupFigure> dimension) {
        return dimension.stream().mapToLong(GroupFigure::population).sum();
    }

    /** @return the children met of a criterion in all groups of one dimension */
    public static long childrenMet(Collection<GroupFigure> dimension) {
        return dimension.stream().mapToLong(GroupFigure::met).sum();
    }

    /** @return the whole population's rate (children met as a percentage); 0 when there are no children */
    public static double overallRate(Collection<GroupFigure> dimension) {
        long children = children(dimension);
        return children == 0 ? 0 : 100.0 * childrenMet(dimension) / children;
    }

    /**
     * @return the points between the group's rate and the whole population's (either way: a group far
     *     above the whole also means others far below), at one decimal, the precision of the report
     */
    public static double gap(GroupFigure g, Collection<GroupFigure> dimension) {
        return Math.round(Math.abs(g.rate() - overallRate(dimension)) * 10.0) / 10.0;
    }

    /** EQD-02's message: both rates (of children), the group's counts, the gap and the limit. */
    public static String gapText(GroupFigure g, Collection<GroupFigure> dimension, double limit) {
        return g.criterion() + " " + SupervisionAndRecordingFacts.number(g.rate()) + "% for " + groupName(g) + " (" + g.met()
                + " of " + g.population() + ") against " + SupervisionAndRecordingFacts.number(overallRate(dimension))
                + "% overall (gap " + SupervisionAndRecordingFacts.number(gap(g, dimension)) + " points, limit "
                + SupervisionAndRecordingFacts.number(limit) + ")";
    }
}
