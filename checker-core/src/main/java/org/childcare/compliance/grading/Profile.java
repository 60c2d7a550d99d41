package org.childcare.compliance.grading;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which criteria count, and which rows of the Record of main findings are shown, for one kind of
 * inspection. This class is the one place the mapping lives; the table:
 *
 * <table>
 * <caption>Profiles</caption>
 * <tr><th>profile</th><th>criteria</th><th>slac-2009 rows</th><th>ilacs-2023 rows</th></tr>
 * <tr><td>{@code full}</td><td>all</td><td>all</td><td>all</td></tr>
 * <tr><td>{@code unannounced-cra}</td><td>REF-*, ASM-*, S47-*, CP-*, WF-*, SUP-*</td>
 *     <td>Safeguarding services (OVERALL, CAP, SAFE … EQD)</td><td>OVERALL, HELP, LEADERS</td></tr>
 * <tr><td>{@code focused-visit-children-in-care}</td>
 *     <td>LAC-*, HLT-01 to HLT-04, EDU-*, WF-*, SUP-*, REC-*, SA-01</td>
 *     <td>Services for looked after children (LAC-OVERALL, LAC-CAP, LAC-HEALTHY … LAC-EQD)</td>
 *     <td>OVERALL, CARE, LEADERS</td></tr>
 * </table>
 *
 * <p><b>Why rows as well as criteria.</b> Workforce and supervision criteria inform areas in both
 * slac-2009 sections and, in ilacs-2023, every judgement (criteria.md). Selecting criteria alone
 * would therefore show, in an unannounced inspection of contact, referral and assessment, a
 * "Services for looked after children: Leadership and management" row graded from caseloads only,
 * and CARE and LEAVERS judgements graded from workforce figures only: judgements that inspection
 * never makes. A profile therefore also names the rows it can judge; within those, a row with no
 * selected criterion is not shown at all (rather than shown as "not in scope"), so that the
 * report, the console and the gate only ever speak about what the profile judges.
 *
 * <p><b>Why these criteria.</b> {@code unannounced-cra} follows the unannounced inspections of
 * contact, referral and assessment (Leeds, January 2011): referral, assessment, s47 enquiries,
 * child protection, and the workforce and supervision that carry them. {@code
 * focused-visit-children-in-care} follows the focused visit to Leeds children in care (2018):
 * looked after children, their health and education, the workforce and its supervision, recording
 * and management oversight (REC-*), and the accuracy of the authority's self-assessment (SA-01),
 * which such visits test against what inspectors find. It leaves out HLT-05 (health agencies'
 * safeguarding training, a safeguarding-services matter) and care leavers (CL-*), which have their
 * own judgement and are not the subject of a children-in-care visit.
 *
 * <p>Criteria outside the profile are still measured and listed in the report (marked not in
 * profile), but no judgement, area for improvement or gate condition counts them.
 */
public final class Profile {
    public static final String FULL = "full";
    public static final String UNANNOUNCED_CRA = "unannounced-cra";
    public static final String FOCUSED_VISIT_CHILDREN_IN_CARE = "focused-visit-children-in-care";

    private static final List<String> SAFEGUARDING_ROWS =
            List.of("OVERALL", "CAP", "SAFE", "QOP", "HEALTH", "AMB", "LEAD", "PMQA", "PART", "EQD");
    private static final List<String> LOOKED_AFTER_ROWS = List.of("LAC-OVERALL", "LAC-CAP", "LAC-HEALTHY", "LAC-SAFE",
            "LAC-ENJOY", "LAC-CONTRIB", "LAC-ECON", "LAC-QOP", "LAC-AMB", "LAC-LEAD", "LAC-PMQA", "LAC-EQD");

    // ---- the table -------------------------------------------------------------------------
    // criteria: exact IDs or PREFIX-* ; rows: per framework, absent = every row of the framework
    private static final List<Profile> ALL = List.of(
            new Profile(FULL, List.of("*"), Map.of()),
            new Profile(UNANNOUNCED_CRA,
                    List.of("REF-*", "ASM-*", "S47-*", "CP-*", "WF-*", "SUP-*"),
                    Map.of(Framework.SLAC_2009, SAFEGUARDING_ROWS,
                            Framework.ILACS_2023, List.of("OVERALL", "HELP", "LEADERS"))),
            new Profile(FOCUSED_VISIT_CHILDREN_IN_CARE,
                    List.of("LAC-*", "HLT-01", "HLT-02", "HLT-03", "HLT-04", "EDU-*", "WF-*", "SUP-*", "REC-*", "SA-01"),
                    Map.of(Framework.SLAC_2009, LOOKED_AFTER_ROWS,
                            Framework.ILACS_2023, List.of("OVERALL", "CARE", "LEADERS"))));
    // ----------------------------------------------------------------------------------------

    private final String id;
    private final List<String> criteria;
    private final Map<String, List<String>> rows;

    private Profile(String id, List<String> criteria, Map<String, List<String>> rows) {
        this.id = id;
        this.criteria = List.copyOf(criteria);
        this.rows = Map.copyOf(rows);
    }

    /** @throws IllegalArgumentException for an unknown profile */
    public static Profile of(String id) {
        for (Profile p : ALL) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException(
                "unknown profile '" + id + "' (full, unannounced-cra or focused-visit-children-in-care)");
    }

    /** @return the profile names, in the order of the table */
    public static List<String> names() {
        return ALL.stream().map(p -> p.id).toList();
    }

    public String id() {
        return id;
    }

    /** @return the criteria patterns as the table writes them ({@code CP-*}, {@code SA-01}, {@code *}) */
    public List<String> criteriaPatterns() {
        return criteria;
    }

    /** @return true when the criterion counts in this profile's judgements */
    public boolean selects(String criterionId) {
        for (String pattern : criteria) {
            if (pattern.equals("*") || pattern.equals(criterionId)
                    || (pattern.endsWith("*") && criterionId.startsWith(pattern.substring(0, pattern.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** @return true when the row can be shown under this profile (it still needs a selected criterion) */
    public boolean covers(String framework, String rowKey) {
        List<String> keys = rows.get(framework);
        return keys == null || keys.contains(rowKey);
    }

    /** @return the row keys this profile limits {@code framework} to, or null for every row */
    public Set<String> rowsIn(String framework) {
        List<String> keys = rows.get(framework);
        return keys == null ? null : Set.copyOf(keys);
    }

    @Override
    public String toString() {
        return id;
    }
}
