package org.childcare.compliance.report;

import org.childcare.compliance.source.ChildMerge;

import java.time.LocalDate;
import java.util.List;
import org.childcare.compliance.load.QuarantinedRecord;
import org.childcare.compliance.load.RecordCounts;

/**
 * Everything a run concluded, in the shape of {@code report.json} (interfaces.md): every formatter
 * renders this and nothing else, so all formats agree. Lists are in a fixed order (judgements in
 * the order of the Record of main findings, criteria by ID, findings critical first then by file
 * and line) so that the same input gives the same bytes.
 *
 * @param previous the earlier period compared against, or null when no {@code previous:} was given
 */
public record Report(
        int formatVersion,
        Authority authority,
        Period period,
        LocalDate asAt,
        String framework,
        String profile,
        RulesInfo rules,
        GateVerdict gate,
        RecordCounts records,
        List<AreaJudgement> judgements,
        List<CriterionResult> criteria,
        List<AreaForImprovement> areasForImprovement,
        List<QuarantinedRecord> quarantine,
        PreviousPeriod previous,
        List<SourceSummary> sources,
        List<ChildMerge.Disagreement> disagreements) {

    /** A report of a self-assessment read from YAML (or JSON) alone. */
    public Report(int formatVersion, Authority authority, Period period, LocalDate asAt, String framework, String profile,
            RulesInfo rules, GateVerdict gate, RecordCounts records, List<AreaJudgement> judgements,
            List<CriterionResult> criteria, List<AreaForImprovement> areasForImprovement, List<QuarantinedRecord> quarantine,
            PreviousPeriod previous) {
        this(formatVersion, authority, period, asAt, framework, profile, rules, gate, records, judgements, criteria,
                areasForImprovement, quarantine, previous, List.of(), List.of());
    }

    /**
     * One file of the authority's statutory returns that was read (interfaces.md {@code sources}).
     *
     * @param kind what it is, e.g. {@code ssda903-episodes}, {@code cin-census}
     * @param year its collection year, or null
     * @param used false for a file recognised but read by no criterion
     * @param rows data rows read
     * @param children distinct children its rows were about
     * @param ignoredRows rows left out
     * @param ignoredWhy the rows left out, by reason
     * @param criteria the criteria its records fed
     */
    public record SourceSummary(String file, String kind, String year, boolean used, long rows, long children,
            long ignoredRows, java.util.Map<String, Long> ignoredWhy, List<String> criteria) {}

    public static final int FORMAT_VERSION = 1;

    /** The authority reported on. */
    public record Authority(String name, String code) {}

    /** The period under review. */
    public record Period(LocalDate start, LocalDate end) {}

    /**
     * @param version digest of the rule files in force
     * @param overrides local parameter overrides from {@code standards:}
     * @param directory the auditor's rules directory, or null for the bundled rules only
     */
    public record RulesInfo(String version, java.util.Map<String, Double> overrides, String directory) {}

    /** The earlier self-assessment trends are measured against. */
    public record PreviousPeriod(Period period, LocalDate asAt) {}

    public Report withGate(GateVerdict verdict) {
        return new Report(formatVersion, authority, period, asAt, framework, profile, rules, verdict, records, judgements,
                criteria, areasForImprovement, quarantine, previous, sources, disagreements);
    }
}
