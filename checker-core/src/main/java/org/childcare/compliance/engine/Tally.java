package org.childcare.compliance.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.childcare.compliance.model.Child;

/** Running counts for one criterion while children stream past; memory does not grow with them. */
final class Tally {
    private final int findingsKept;
    long met;
    long notMet;
    long notYetDue;
    /** reason → members left out for want of data */
    final Map<String, Long> missing = new TreeMap<>();
    long partialHistory;
    /** the files whose records the criterion judged (met, breached or not yet due): a handful per authority */
    final java.util.Set<String> files = new java.util.TreeSet<>();
    double valueSum;
    long valueCount;
    long findingsTotal;
    long critical;
    Measure measure;
    final Map<String, long[]> parts = new TreeMap<>();
    /** part → {sum of values, count}, for parts whose outcomes carry a value (a percentage) */
    final Map<String, double[]> partValues = new TreeMap<>();
    /** dimension → group → {children, children met}: see {@link #groups()} */
    private final Map<String, Map<String, long[]>> groups = new TreeMap<>();
    /**
     * The child whose judged outcomes are being gathered for the equality groups, and whether all of
     * them were met so far. A child's outcomes arrive together (children are evaluated one at a
     * time), so the child is counted once, when the next child's first outcome or the figures are asked for.
     */
    private Child groupChild;
    private boolean groupChildMet;
    final List<Finding> findings = new ArrayList<>();

    Tally(int findingsKept) {
        this.findingsKept = findingsKept;
    }

    void add(Outcome o, boolean partsAreFindings) {
        boolean main = o.getPart() == null;
        if (o.getStatus() == Outcome.Status.MISSING) {
            if (main) {
                missing.merge(o.getMessage(), 1L, Long::sum);
            }
            return;
        }
        if (o.getFile() != null) {
            files.add(o.getFile());
        }
        if (o.getStatus() == Outcome.Status.NOT_YET_DUE) {
            if (main) {
                notYetDue++;
            }
            return;
        }
        if (main) {
            if (o.isPartialHistory()) {
                partialHistory++;
            }
            if (o.isMet()) {
                met++;
            } else {
                notMet++;
            }
            if (o.getValue() != null) {
                valueSum += o.getValue();
                valueCount++;
            }
            if (o.getChild() != null) {
                gatherForGroups(o.getChild(), o.isMet());
            }
        } else {
            long[] p = parts.computeIfAbsent(o.getPart(), k -> new long[2]);
            p[0]++;
            if (o.isMet()) {
                p[1]++;
            }
            if (o.getValue() != null) {
                double[] v = partValues.computeIfAbsent(o.getPart(), k -> new double[2]);
                v[0] += o.getValue();
                v[1]++;
            }
        }
        if (!o.isMet() && (main || partsAreFindings || o.isCritical())) {
            findingsTotal++;
            if (o.isCritical()) {
                critical++;
            }
            if (o.isCritical() || findings.size() < findingsKept) {
                findings.add(new Finding(o.getSubject(), o.getRecord(), o.getFile(), o.getLine(), o.getMessage(), o.isCritical(),
                        o.getChild() == null ? null : o.getChild().getAllocatedTeam(), o.getPlace()));
            }
        }
    }

    /**
     * The criterion's figures per equality group (dimension → group → {children, children met}),
     * counting each child once: met when every judged record of theirs was met. Groups compare
     * children, not plans or placements, so a child with three plans does not weigh three times.
     */
    Map<String, Map<String, long[]>> groups() {
        flushGroupChild();
        return groups;
    }

    private void gatherForGroups(Child child, boolean isMet) {
        if (child != groupChild) {
            flushGroupChild();
            groupChild = child;
            groupChildMet = true;
        }
        groupChildMet &= isMet;
    }

    private void flushGroupChild() {
        if (groupChild != null) {
            countGroups(groupChild, groupChildMet);
            groupChild = null;
        }
    }

    private void countGroups(Child child, boolean isMet) {
        count("ethnicity", child.getEthnicity() == null ? "not recorded" : child.getEthnicity(), isMet);
        count("gender", child.getGender() == null ? "not recorded" : child.getGender().code(), isMet);
        count("disability", child.getDisability() == null ? "not recorded" : child.getDisability() ? "disabled" : "not disabled", isMet);
    }

    private void count(String dimension, String group, boolean isMet) {
        long[] g = groups.computeIfAbsent(dimension, k -> new TreeMap<>()).computeIfAbsent(group, k -> new long[2]);
        g[0]++;
        if (isMet) {
            g[1]++;
        }
    }

    long population() {
        return met + notMet;
    }
}
