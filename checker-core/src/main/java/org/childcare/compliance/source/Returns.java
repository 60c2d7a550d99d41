package org.childcare.compliance.source;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.childcare.compliance.load.InputProblem;
import org.childcare.compliance.load.LoadOptions;
import org.childcare.compliance.source.annexa.AnnexAOptions;
import org.childcare.compliance.source.annexa.AnnexAReader;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.SelfAssessment;
import org.childcare.compliance.model.SourceReach;
import org.childcare.compliance.source.cin.CinCensusReader;
import org.childcare.compliance.source.cin.CinOptions;
import org.childcare.compliance.source.ssda903.Ssda903Options;
import org.childcare.compliance.source.ssda903.Ssda903Reader;

/**
 * The authority's statutory returns found beside the YAML, read by the reader of each format and
 * merged child by child (sources.md): SSDA903 CSV tables first, then CIN census XML, then Annex A
 * workbooks, in that order of precedence. The YAML loader then merges each YAML child on top ({@link #mergeInto}) and hands
 * the children only the returns know to the evaluation afterwards ({@link #remaining}).
 */
public final class Returns {
    /** The order of precedence of the sources, after YAML (sources.md §4). */
    public static final List<String> PRECEDENCE = List.of("yaml", "ssda903", "cin", "annexA");

    private final List<SourceFile> files = new ArrayList<>();
    private final List<InputProblem> problems = new ArrayList<>();
    private final List<ReturnRead.Quarantined> quarantined = new ArrayList<>();
    private final ChildMerge merge = new ChildMerge();
    private final TreeMap<String, Child> children;
    private final Map<String, String> sourceOf = new TreeMap<>();

    private Returns(TreeMap<String, Child> children) {
        this.children = children;
    }

    /** No returns: a self-assessment of YAML (or JSON) only. */
    public static Returns none() {
        return new Returns(new TreeMap<>());
    }

    /** @return true when {@code file}'s name says it may be a return this checker reads */
    public static boolean isReturnFile(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".csv") || n.endsWith(".xml") || n.endsWith(".xlsx");
    }

    /**
     * Reads every return among {@code files} (CSV: SSDA903 tables, recognised by their header row;
     * XML: a CIN census; XLSX: an Annex A workbook, its names turned into pseudonyms with the key of
     * {@code options}), with the reach the header's {@code sources:} section sets.
     */
    public static Returns read(Path root, List<Path> files, SelfAssessment header, LoadOptions options) {
        boolean lenient = options.lenient();
        int maxErrors = options.maxErrors();
        List<Path> csv = new ArrayList<>();
        List<Path> xml = new ArrayList<>();
        List<Path> xlsx = new ArrayList<>();
        List<InputProblem> unread = new ArrayList<>();
        for (Path f : files) {
            String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
            if (n.endsWith(".csv")) {
                csv.add(f); // the SSDA903 reader names the nearest table of a CSV it does not recognise
            } else if (n.endsWith(".xlsx")) {
                if (AnnexAReader.recognise(f)) {
                    xlsx.add(f);
                } else {
                    unread.add(new InputProblem(root.relativize(f).toString().replace('\\', '/'), 0, 0, "",
                            "not an Annex A workbook: no sheet is one of its lists (List 1 to List 11, by name or header row)"));
                }
            } else if (n.endsWith(".xml")) {
                if (CinCensusReader.recognise(f)) {
                    xml.add(f);
                } else {
                    unread.add(new InputProblem(root.relativize(f).toString().replace('\\', '/'), 0, 0, "",
                            "not a CIN census: the checker reads XML whose root is Message with"
                                    + " Header/CollectionDetails/Collection CIN"));
                }
            }
        }
        List<ReturnRead> reads = new ArrayList<>();
        if (!csv.isEmpty()) {
            reads.add(Ssda903Reader.read(csv, root, Ssda903Options.defaults()
                    .withHistoryFrom(historyFrom(header, "ssda903")).withAsAt(header.getAsAt() != null ? header.getAsAt()
                            : header.getPeriod() == null ? null : header.getPeriod().getEnd())
                    .withLenient(lenient).withMaxErrors(maxErrors)));
        }
        if (!xml.isEmpty()) {
            reads.add(CinCensusReader.read(xml, root, CinOptions.strict().withHistoryFrom(historyFrom(header, "cin"))
                    .withLenient(lenient).withMaxErrors(maxErrors)));
        }
        if (!xlsx.isEmpty()) {
            LocalDate asAt = header.getAsAt() != null ? header.getAsAt()
                    : header.getPeriod() == null ? null : header.getPeriod().getEnd();
            AnnexAOptions annexA = AnnexAOptions.defaults().withAsAt(asAt).withHistoryFrom(historyFrom(header, "annexA"))
                    .withLenient(lenient).withMaxErrors(maxErrors);
            if (options.pseudonymKey() != null) {
                annexA = annexA.withPseudonymKey(options.pseudonymKey());
            }
            reads.add(AnnexAReader.read(xlsx, root, annexA));
        }
        Returns returns = new Returns(new TreeMap<>());
        returns.problems.addAll(unread);
        for (ReturnRead read : reads) {
            returns.files.addAll(read.files());
            returns.problems.addAll(read.problems());
            returns.quarantined.addAll(read.quarantined());
            for (Child c : read.children().values()) {
                Child mine = returns.children.get(c.getId());
                if (mine == null) {
                    returns.children.put(c.getId(), c);
                    returns.sourceOf.put(c.getId(), read.source());
                } else {
                    returns.merge.merge(mine, returns.sourceOf.get(c.getId()), c, read.source());
                }
            }
        }
        returns.files.sort((a, b) -> a.file().compareTo(b.file()));
        return returns;
    }

    private static LocalDate historyFrom(SelfAssessment header, String source) {
        if (header.getSources() == null) {
            return null;
        }
        SourceReach reach = switch (source) {
            case "ssda903" -> header.getSources().getSsda903();
            case "cin" -> header.getSources().getCin();
            default -> header.getSources().getAnnexA();
        };
        return reach == null ? null : reach.getHistoryFrom();
    }

    /**
     * Merges what the returns say of {@code child} into it (the YAML wins wherever both give a value)
     * and takes that child out of the returns, so it is evaluated once.
     */
    public void mergeInto(Child child) {
        Child fromReturns = children.remove(child.getId());
        if (fromReturns != null) {
            merge.merge(child, "yaml", fromReturns, sourceOf.get(child.getId()));
        }
    }

    /** Leaves out the returns' records of a child whose YAML was quarantined. */
    public void drop(String childId) {
        children.remove(childId);
    }

    /** @return the children only the returns know, by id */
    public List<Child> remaining() {
        return List.copyOf(children.values());
    }

    public List<SourceFile> files() {
        return List.copyOf(files);
    }

    public List<InputProblem> problems() {
        return List.copyOf(problems);
    }

    public List<ReturnRead.Quarantined> quarantined() {
        return List.copyOf(quarantined);
    }

    /** @return where two sources disagreed about a value, the first source's value kept */
    public List<ChildMerge.Disagreement> disagreements() {
        return merge.disagreements();
    }
}
