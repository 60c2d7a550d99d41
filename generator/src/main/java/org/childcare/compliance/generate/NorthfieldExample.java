package org.childcare.compliance.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The example authority, Northfield City Council (fictional, DfE code 999): its self-assessment
 * for 2010-11 and, for trends, the one for 2009-10. Regenerate with
 *
 * <pre>
 * mvn -q -pl generator -am process-classes -Pregenerate-example
 * </pre>
 *
 * <p>The rates are set so that 2010-11 grades as an adequate-to-good authority under the default
 * bands (criteria.md): most criteria Good, a few Outstanding, a few Adequate, none Inadequate and
 * no critical findings. 2009-10 is worse in most criteria and better in two (S47-02, HLT-04), so
 * the trend shows improvement with a couple of declines. {@code children/hand-written.yaml} is
 * not generated and is left alone.
 */
public final class NorthfieldExample {
    public static final long SEED = 2011;
    public static final long PREVIOUS_SEED = 2010;

    private NorthfieldExample() {}

    static List<TeamSpec> teams() {
        return List.of(
                new TeamSpec("assessment-east", Cohort.CHILD_IN_NEED, 6),
                new TeamSpec("assessment-west", Cohort.CHILD_IN_NEED, 6),
                new TeamSpec("safeguarding-north", Cohort.PROTECTION, 7),
                new TeamSpec("safeguarding-south", Cohort.PROTECTION, 7),
                new TeamSpec("looked-after-north", Cohort.LOOKED_AFTER, 5),
                new TeamSpec("looked-after-south", Cohort.LOOKED_AFTER, 5),
                new TeamSpec("leaving-care", Cohort.LEAVING_CARE, 4));
    }

    /**
     * Rates for 2010-11 with the grade each is meant to give (bands from criteria.md). The global
     * compliance (0.9) covers what is not listed.
     */
    static Map<String, Double> currentRates() {
        Map<String, Double> r = new LinkedHashMap<>();
        r.put("REF-01", 0.92);   // Good (95/85/70)
        r.put("REF-02", 0.82);   // 18% re-referrals: Good (<=15/20/25)
        r.put("ASM-01", 0.88);   // Good
        r.put("ASM-02", 0.965);  // Good (98/95/90)
        r.put("ASM-03", 0.80);   // Good (90/75/60)
        r.put("ASM-04", 0.98);   // Adequate (100/100/95): limits SAFE to Adequate
        r.put("S47-01", 0.90);   // Good
        r.put("S47-02", 0.78);   // Adequate: declined from 2009-10
        r.put("S47-03", 0.965);  // Good (98/95/90)
        r.put("CP-01", 0.80);    // Good (90/75/60); national 66
        r.put("CP-02", 0.85);    // Good (90/75/50), lowest agency
        r.put("CP-03", 0.93);    // Good (95/90/80), no critical gaps
        r.put("CP-04", 0.86);    // Good (90/80/65)
        r.put("CP-05", 0.89);    // Good
        r.put("CP-06", 0.965);   // Good (98/95/85)
        r.put("CP-07", 0.72);    // Adequate (90/75/60)
        r.put("CP-08", 0.78);    // Good (90/70/50)
        r.put("CP-09", 0.70);    // Adequate (90/75/60)
        r.put("CP-10", 0.93);    // 7% cancelled: Good (<=5/10/15)
        r.put("CP-11", 0.975);   // 2.5% lasted two years: Good (<=2/4/6)
        r.put("CP-12", 0.84);    // 16% repeat plans: Good (<=13/21/27)
        r.put("CP-13", 1.0);     // Outstanding: every child on a plan has a qualified worker
        r.put("LAC-01", 0.93);   // Good (95/90/80), no critical gaps
        r.put("LAC-02", 0.85);   // Good (90/80/65)
        r.put("LAC-03", 0.965);  // Good (98/95/85)
        r.put("LAC-04", 0.90);   // Good
        r.put("LAC-05", 0.88);   // Good
        r.put("LAC-06", 0.80);   // Good (90/75/60)
        r.put("LAC-07", 0.92);   // 8% three or more placements: Good (<=7/10/12)
        r.put("LAC-08", 0.74);   // Good (75/68/60)
        r.put("LAC-09", 0.93);   // Good (98/90/80)
        r.put("LAC-10", 0.85);   // Good (90/80/70)
        r.put("LAC-11", 0.88);   // Good
        r.put("LAC-12", 1.0);    // Outstanding: every flagged child screened
        r.put("LAC-13", 0.84);   // Good (95/80/60)
        r.put("HLT-01", 0.89);   // Good
        r.put("HLT-02", 0.90);   // Good (93/85/70)
        r.put("HLT-03", 0.86);   // Good (90/80/70)
        r.put("HLT-04", 0.84);   // Good (90/80/70): declined from Outstanding in 2009-10
        r.put("HLT-05", 0.86);   // Good (95/80/70), lowest health agency
        r.put("EDU-01", 0.88);   // Good
        r.put("EDU-02", 0.80);   // Good (90/75/60)
        r.put("EDU-03", 0.94);   // 6% missed over 25 days: Good (<=5/8/12)
        r.put("EDU-04", 0.93);   // 7% excluded: Good (<=5/10/15)
        r.put("CL-01", 0.90);    // Good
        r.put("CL-02", 0.90);    // Good (94/87/77)
        r.put("CL-03", 0.57);    // Good (64/51/44)
        r.put("CL-04", 0.97);    // Outstanding (95/90/80)
        r.put("WF-01", 0.70);    // average caseload about 16: Good (<=15/18/22)
        r.put("WF-02", 1.0);     // Outstanding: newly qualified caseloads protected
        r.put("WF-03", 0.91);    // 9% vacancies: Good (<=4/13/30)
        r.put("WF-04", 0.92);    // 8% agency: Good (<=3/13/32)
        r.put("WF-05", 0.82);    // about 12% turnover: Good (<=10/15/24)
        r.put("WF-06", 0.97);    // Good (100/95/85)
        r.put("SUP-01", 0.88);   // Good
        r.put("SUP-02", 0.90);   // Good
        r.put("SUP-03", 0.80);   // Good (90/75/60)
        r.put("REC-01", 0.82);   // Good (90/75/60)
        r.put("REC-02", 0.80);   // Good (90/75/60)
        r.put("REC-03", 0.86);   // Good (90/80/65)
        r.put("SA-01", 1.0);     // Outstanding: declared indicators agree with the cases
        r.put("LADO-01", 0.97);  // Outstanding
        r.put("CMP-01", 0.90);   // Good
        r.put("CMP-02", 0.80);   // Good (90/75/60)
        r.put("LSCB-01", 1.0);   // Outstanding: independent chair and a recent annual report
        r.put("LSCB-02", 0.85);  // Good (95/80/65), lowest agency
        r.put("LSCB-03", 1.0);   // Outstanding: dashboard in use
        r.put("LSCB-04", 0.88);  // Good
        r.put("LSCB-05", 1.0);   // Outstanding: two or more multi-agency audits
        r.put("PART-01", 0.84);  // Good (95/80/70), lowest non-health agency
        r.put("EQD-01", 0.80);   // Good (90/75/60)
        r.put("EQD-02", 1.0);    // no group treated worse
        r.put("AMB-01", 1.0);    // evidence met: Good
        r.put("AMB-02", 1.0);    // evidence met: Good
        r.put("LAC-14", 1.0);    // evidence met: Good
        return r;
    }

    /** 2009-10: worse in most criteria, better in S47-02 and HLT-04. */
    static Map<String, Double> previousRates() {
        Map<String, Double> r = new LinkedHashMap<>(currentRates());
        r.put("REF-01", 0.80);
        r.put("REF-02", 0.78);
        r.put("ASM-01", 0.78);
        r.put("ASM-02", 0.93);
        r.put("ASM-03", 0.70);
        r.put("ASM-04", 0.97);
        r.put("S47-01", 0.80);
        r.put("S47-02", 0.88);
        r.put("S47-03", 0.93);
        r.put("CP-01", 0.68);
        r.put("CP-02", 0.70);
        r.put("CP-03", 0.86);
        r.put("CP-04", 0.75);
        r.put("CP-05", 0.80);
        r.put("CP-06", 0.92);
        r.put("CP-07", 0.64);
        r.put("CP-08", 0.62);
        r.put("CP-09", 0.64);
        r.put("CP-10", 0.88);
        r.put("CP-11", 0.955);
        r.put("CP-12", 0.80);
        r.put("LAC-01", 0.87);
        r.put("LAC-02", 0.75);
        r.put("LAC-03", 0.93);
        r.put("LAC-05", 0.80);
        r.put("LAC-06", 0.68);
        r.put("LAC-07", 0.89);
        r.put("LAC-09", 0.88);
        r.put("LAC-11", 0.75);
        r.put("LAC-13", 0.70);
        r.put("HLT-01", 0.80);
        r.put("HLT-02", 0.84);
        r.put("HLT-04", 0.93);
        r.put("HLT-05", 0.78);
        r.put("EDU-01", 0.80);
        r.put("EDU-02", 0.70);
        r.put("EDU-03", 0.90);
        r.put("EDU-04", 0.88);
        r.put("CL-01", 0.82);
        r.put("CL-04", 0.93);
        r.put("WF-01", 0.40);
        r.put("WF-02", 0.85);
        r.put("WF-03", 0.85);
        r.put("WF-04", 0.86);
        r.put("WF-05", 0.78);
        r.put("WF-06", 0.90);
        r.put("SUP-01", 0.80);
        r.put("SUP-02", 0.82);
        r.put("SUP-03", 0.70);
        r.put("REC-01", 0.70);
        r.put("REC-02", 0.68);
        r.put("REC-03", 0.75);
        r.put("SA-01", 0.8);
        r.put("LADO-01", 0.88);
        r.put("CMP-01", 0.82);
        r.put("LSCB-02", 0.75);
        r.put("LSCB-03", 0.0);
        r.put("LSCB-04", 0.75);
        r.put("LSCB-05", 0.0);
        r.put("PART-01", 0.76);
        r.put("EQD-01", 0.72);
        r.put("EQD-02", 0.9);
        return r;
    }

    private static final String HEADER = String.join("\n",
            "Northfield City Council (a fictional authority): self-assessment %s.",
            "Generated by org.childcare.compliance.generate.NorthfieldExample, seed %d: do not edit by hand,",
            "regenerate (see examples/northfield/README.md).");

    public static GeneratorSettings current() {
        List<Node> evidence = new ArrayList<>(List.of(
                Defaults.evidence("AMB-01", "Northfield Children and Young People's Plan 2011-14",
                        "Agreed by all partners in March 2011; safeguarding and looked after children are two of its five priorities"),
                Defaults.evidence("AMB-02", "Children's scrutiny committee minutes 2010-11; budget report February 2011",
                        "Members scrutinise safeguarding quarterly; the social care budget rose with demand"),
                Defaults.evidence("LAC-14", "Children in care council annual report 2010-11",
                        "The council's placement review changed the foster carers' handbook"),
                Defaults.evidence("LSCB-03", "Northfield LSCB performance dashboard",
                        "Reviewed at every board meeting since June 2010")));
        return GeneratorSettings.builder()
                .seed(SEED)
                .children(600)
                .authority("Northfield City Council", "999")
                .period(LocalDate.of(2010, 4, 1), LocalDate.of(2011, 3, 31))
                .asAt(LocalDate.of(2011, 3, 31))
                .framework("slac-2009")
                .profile("full")
                .compliance(0.9)
                .rates(currentRates())
                .teams(teams())
                .previous("../previous/")
                .standards(Map.of("CP-03.maxIntervalWorkingDays", 10))
                .evidence(evidence)
                .header(String.format(HEADER, "2010-11", SEED))
                .build();
    }

    public static GeneratorSettings previous() {
        List<Node> evidence = List.of(
                Defaults.evidence("AMB-01", "Northfield Children and Young People's Plan 2008-11",
                        "Agreed by all partners; refreshed in 2009"),
                Defaults.evidence("AMB-02", "Children's scrutiny committee minutes 2009-10",
                        "Members received two safeguarding reports in the year"),
                Defaults.evidence("LSCB-03", "LSCB business plan 2009-10",
                        "A performance dashboard was planned but not yet in use"));
        Map<String, Node> benchmarks = new LinkedHashMap<>(Defaults.benchmarks());
        benchmarks.remove("CP-01");
        return current().toBuilder()
                .seed(PREVIOUS_SEED)
                .children(560)
                .period(LocalDate.of(2009, 4, 1), LocalDate.of(2010, 3, 31))
                .asAt(LocalDate.of(2010, 3, 31))
                .rates(previousRates())
                .previous(null)
                .standards(Map.of())
                .benchmarks(benchmarks)
                .evidence(evidence)
                .header(String.format(HEADER, "2009-10", PREVIOUS_SEED))
                .build();
    }

    /**
     * Writes {@code self-assessment/} (all but {@code children/hand-written.yaml}) and {@code
     * previous/} under the example directory.
     *
     * @return the files written
     */
    public static List<Path> write(Path exampleDir) throws IOException {
        List<Path> files = new ArrayList<>();
        files.addAll(new Generator(current()).writeDirectory(exampleDir.resolve("self-assessment"),
                DocumentWriter.Format.YAML, 0).files());
        files.addAll(new Generator(previous()).writeDirectory(exampleDir.resolve("previous"),
                DocumentWriter.Format.YAML, 0).files());
        return files;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "examples/northfield");
        for (Path p : write(dir)) {
            System.err.println("wrote " + p);
        }
    }
}
