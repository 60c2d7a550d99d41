package org.childcare.compliance.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.childcare.compliance.engine.Finding;

/**
 * The lists an inspector asks for first on the day, when the data includes an Annex A workbook: the
 * children on a plan not visited within the interval, the children in care overdue a visit, a review
 * or a health assessment, the care leavers without a reviewed pathway plan; each by team, each child
 * by id with the finding that says which date makes it overdue. They are the findings of the
 * criteria that judge those things, so with only the latest events known (Annex A) they are exactly
 * "overdue on asAt".
 */
public final class InspectionDay {
    /** One list: its heading, the criterion behind it, and its children by team. */
    public record OverdueList(String title, String criterion, SortedMap<String, List<Finding>> byTeam, long total,
            long shown) {}

    /** The criteria behind the lists, in the order an inspector asks, with the list's heading. */
    private static final Map<String, String> LISTS = orderedLists();

    /** The team of a child whose data names none. */
    public static final String NO_TEAM = "(no team recorded)";

    private InspectionDay() {}

    private static Map<String, String> orderedLists() {
        Map<String, String> lists = new java.util.LinkedHashMap<>();
        lists.put("CP-03", "Children on a plan not visited within the interval");
        lists.put("LAC-01", "Children in care overdue a visit");
        lists.put("LAC-03", "Children in care overdue a review");
        lists.put("HLT-02", "Children in care overdue a health assessment");
        lists.put("CL-01", "Care leavers without a reviewed pathway plan");
        return Collections.unmodifiableMap(lists);
    }

    /** @return true when the report's data includes an Annex A workbook */
    public static boolean applies(Report report) {
        return report.sources() != null && report.sources().stream().anyMatch(s -> s.kind().startsWith("annex-a"));
    }

    /** @return the lists, in the order an inspector asks for them; empty when the data has no workbook */
    public static List<OverdueList> lists(Report report) {
        if (!applies(report)) {
            return List.of();
        }
        List<OverdueList> lists = new ArrayList<>();
        LISTS.forEach((id, title) -> report.criteria().stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(c -> {
            SortedMap<String, List<Finding>> byTeam = new TreeMap<>();
            for (Finding f : c.findings()) {
                byTeam.computeIfAbsent(f.team() == null ? NO_TEAM : f.team(), k -> new ArrayList<>()).add(f);
            }
            byTeam.values().forEach(l -> l.sort((a, b) -> a.subject().compareTo(b.subject())));
            lists.add(new OverdueList(title, id, byTeam, Math.max(c.findingsTotal(), c.findings().size()), c.findings().size()));
        }));
        return lists;
    }
}
