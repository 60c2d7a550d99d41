package org.childcare.compliance.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Default comparator figures, declared indicators and evidence of generated authorities. */
final class Defaults {
    private Defaults() {}

    /** Criteria whose figure is declared under {@code indicators:}: populations that are plain counts. */
    static final List<String> INDICATORS = List.of("REF-01", "CP-01", "LAC-04", "LADO-01", "CMP-01");

    /**
     * Benchmarks. CP-01's national figure is England's for 2010-11 (66%, criteria.md). The rest are
     * medians of English authorities for the year to March 2016, the first year the DfE published
     * most of these measures: national = all authorities, statisticalNeighbours = Yorkshire and The
     * Humber (a stand-in for a northern city's neighbours). Each says so under {@code extensions}.
     */
    static Map<String, Node> benchmarks() {
        Map<String, Node> m = new LinkedHashMap<>();
        m.put("CP-01", Node.of().with("national", 66).with("statisticalNeighbours", 70));
        m.put("REF-02", median2016(19.5, 23.0));
        m.put("CP-11", median2016(3.9, 4.8));
        m.put("CP-12", median2016(17.2, 15.6));
        m.put("LAC-07", median2016(10, 10));
        m.put("CL-02", median2016(85, 86));
        m.put("CL-03", median2016(50, 55));
        m.put("WF-01", median2016(16.5, 14.9));
        m.put("WF-03", median2016(15, 6.4));
        m.put("WF-04", median2016(13.7, 4.7));
        m.put("WF-05", median2016(15.6, 12.1));
        return m;
    }

    private static Node median2016(double national, double neighbours) {
        return Node.of().with("national", national).with("statisticalNeighbours", neighbours)
                .with("extensions", Node.of().with("year", "2015-16")
                        .with("basis", "DfE medians: England / Yorkshire and The Humber"));
    }

    /** Attestations for the criteria that case data cannot prove. */
    static List<Node> evidence() {
        return List.of(
                evidence("AMB-01", "Children and Young People's Plan",
                        "Agreed by all partners; safeguarding and looked after children are two of its priorities"),
                evidence("AMB-02", "Scrutiny committee minutes and budget report",
                        "Members scrutinise safeguarding quarterly; the budget is set to demand"),
                evidence("LAC-14", "Children in care council annual report",
                        "The council's review of placements changed the foster carer handbook"),
                evidence("LSCB-03", "LSCB performance dashboard",
                        "Reviewed at every board meeting"));
    }

    static Node evidence(String criterion, String source, String note) {
        return Node.of().with("criterion", criterion).with("source", source).with("note", note);
    }
}
