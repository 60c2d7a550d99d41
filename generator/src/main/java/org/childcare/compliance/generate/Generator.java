package org.childcare.compliance.generate;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.childcare.compliance.generate.DocumentWriter.Format;

/**
 * Deterministic synthetic self-assessments (format v1) for tests, benchmarks and the example
 * authority. The same {@link GeneratorSettings} give the same bytes on every machine: all
 * randomness comes from {@code SplittableRandom}s seeded from {@link GeneratorSettings#seed()}, no
 * hash-ordered collection reaches the output and lines end with {@code \n}.
 *
 * <p>Children are made and written one at a time, so memory does not grow with their number (the
 * workforce, about one worker per ten children, is held). Output is one YAML or JSON document, or a
 * directory laid out as an authority keeps it: {@code authority}, {@code workforce} and {@code
 * partnership} files plus {@code children/} with one file per team or per chunk of children.
 *
 * <pre>
 * java -cp ... org.childcare.compliance.generate.Generator --children 10000 --seed 7 --out target/gen.yaml
 * </pre>
 */
public final class Generator {
    /** More teams than this and a directory gets children files by chunk, not by team. */
    public static final int MAX_TEAM_FILES = 64;
    /** Children per file in chunked directories: about 50 MB of YAML, under the loader's 64 MiB. */
    public static final int DEFAULT_CHUNK = 20_000;

    private final GeneratorSettings settings;

    public Generator(GeneratorSettings settings) {
        this.settings = settings;
    }

    public GeneratorSettings settings() {
        return settings;
    }

    /**
     * What was written.
     *
     * @param criteriaDrawn the criteria whose rate the generation drew, sorted: those it made data for
     */
    public record Summary(long children, int workers, List<Path> files, Map<Cohort, Long> cohorts,
            Set<String> criteriaDrawn) {}

    /**
     * Writes to {@code out}: a file ending {@code .json} is one JSON document, any other file one
     * YAML document; an existing directory gets the directory layout (YAML, one children file per
     * team).
     */
    public Summary write(Path out) throws IOException {
        String name = out.toString();
        if (Files.isDirectory(out)) {
            return writeDirectory(out, Format.YAML, 0);
        }
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (Writer w = new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8)) {
            Summary s = writeDocument(w, Format.forFileName(name));
            return new Summary(s.children(), s.workers(), List.of(out), s.cohorts(), s.criteriaDrawn());
        }
    }

    /** Writes the whole self-assessment as one document; closes {@code out}. */
    public Summary writeDocument(Writer out, Format format) throws IOException {
        Run run = prepare();
        AuthorityParts parts = new AuthorityParts(run);
        Map<Cohort, Long> cohorts;
        try (DocumentWriter doc = DocumentWriter.create(format, out)) {
            header(doc);
            for (Map.Entry<String, Object> e : parts.header().entrySet()) {
                doc.field(e.getKey(), e.getValue());
            }
            doc.beginList("children");
            cohorts = children(run, (team, child) -> doc.item(child));
            doc.endList();
            doc.field("workforce", StaffGenerator.section(run));
            tail(doc, parts);
        }
        return new Summary(settings.children(), run.staff.size(), List.of(), cohorts, run.criteriaDrawn());
    }

    /**
     * Writes the directory layout: {@code authority}, {@code workforce} and {@code partnership}
     * files and {@code children/}, with one file per team ({@code childrenPerFile} 0, while there are
     * at most {@link #MAX_TEAM_FILES} teams; beyond that chunks of {@link #DEFAULT_CHUNK}) or files of
     * at most {@code childrenPerFile} children ({@code children/part-0001.yaml}, ...).
     */
    public Summary writeDirectory(Path dir, Format format, int childrenPerFile) throws IOException {
        Run run = prepare();
        if (childrenPerFile <= 0 && run.teams.size() > MAX_TEAM_FILES) {
            childrenPerFile = DEFAULT_CHUNK;
        }
        AuthorityParts parts = new AuthorityParts(run);
        String ext = "." + format.extension();
        Path childrenDir = dir.resolve("children");
        Files.createDirectories(childrenDir);
        List<Path> files = new ArrayList<>();

        Path authority = dir.resolve("authority" + ext);
        try (DocumentWriter doc = open(authority, format)) {
            header(doc);
            for (Map.Entry<String, Object> e : parts.header().entrySet()) {
                doc.field(e.getKey(), e.getValue());
            }
        }
        files.add(authority);

        Map<Cohort, Long> cohorts;
        if (childrenPerFile <= 0) {
            Map<TeamSpec, DocumentWriter> writers = new LinkedHashMap<>();
            try {
                for (TeamSpec t : run.teams) {
                    Path p = childrenDir.resolve(t.name() + ext);
                    if (writers.containsKey(t) || files.contains(p)) {
                        throw new IllegalArgumentException("two teams named " + t.name());
                    }
                    DocumentWriter doc = open(p, format);
                    header(doc);
                    doc.beginList("children");
                    writers.put(t, doc);
                    files.add(p);
                }
                cohorts = children(run, (team, child) -> writers.get(team).item(child));
            } finally {
                for (DocumentWriter doc : writers.values()) {
                    doc.endList();
                    doc.close();
                }
            }
        } else {
            Chunks chunks = new Chunks(childrenDir, format, childrenPerFile, files);
            try {
                cohorts = children(run, (team, child) -> chunks.item(child));
            } finally {
                chunks.close();
            }
        }

        Path workforce = dir.resolve("workforce" + ext);
        try (DocumentWriter doc = open(workforce, format)) {
            header(doc);
            doc.field("workforce", StaffGenerator.section(run));
        }
        files.add(workforce);
        Path partnership = dir.resolve("partnership" + ext);
        try (DocumentWriter doc = open(partnership, format)) {
            header(doc);
            tail(doc, parts);
        }
        files.add(partnership);
        return new Summary(settings.children(), run.staff.size(), List.copyOf(files), cohorts, run.criteriaDrawn());
    }

    private Run prepare() {
        Run run = new Run(settings);
        StaffGenerator.build(run);
        return run;
    }

    private void header(DocumentWriter doc) throws IOException {
        if (settings.header() != null) {
            doc.comment(settings.header());
        }
    }

    private static void tail(DocumentWriter doc, AuthorityParts parts) throws IOException {
        doc.field("lado", parts.lado());
        doc.field("complaints", parts.complaints());
        doc.field("partnership", parts.partnership());
        Node indicators = parts.indicators();
        if (!indicators.isEmpty()) {
            doc.field("indicators", indicators);
        }
        doc.field("evidence", parts.evidence());
    }

    private static DocumentWriter open(Path p, Format format) throws IOException {
        return DocumentWriter.create(format, new OutputStreamWriter(Files.newOutputStream(p), StandardCharsets.UTF_8));
    }

    @FunctionalInterface
    private interface ChildOut {
        void accept(TeamSpec team, Node child) throws IOException;
    }

    /** Makes every child in order, each cohort's children dealt to its teams in turn. */
    private Map<Cohort, Long> children(Run run, ChildOut out) throws IOException {
        Map<Cohort, List<TeamSpec>> teamsOf = new EnumMap<>(Cohort.class);
        for (TeamSpec t : run.teams) {
            teamsOf.computeIfAbsent(t.cohort(), c -> new ArrayList<>()).add(t);
        }
        double[] weights = settings.cohortShares();
        Cohort[] cohorts = Cohort.values();
        for (int c = 0; c < cohorts.length; c++) {
            if (weights[c] > 0 && !teamsOf.containsKey(cohorts[c])) {
                throw new IllegalArgumentException("no team for " + cohorts[c]);
            }
        }
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double[] current = new double[weights.length];
        long[] counts = new long[weights.length];
        ChildFactory factory = new ChildFactory(run);
        for (int i = 0; i < settings.children(); i++) {
            // smooth weighted round robin: exact shares, cohorts interleaved
            int best = -1;
            for (int c = 0; c < weights.length; c++) {
                current[c] += weights[c];
                if (weights[c] > 0 && (best < 0 || current[c] > current[best])) {
                    best = c;
                }
            }
            current[best] -= total;
            Cohort cohort = cohorts[best];
            List<TeamSpec> teams = teamsOf.get(cohort);
            TeamSpec team = teams.get((int) (counts[best] % teams.size()));
            counts[best]++;
            out.accept(team, factory.make(i, cohort, team));
        }
        Map<Cohort, Long> result = new EnumMap<>(Cohort.class);
        for (int c = 0; c < cohorts.length; c++) {
            result.put(cohorts[c], counts[c]);
        }
        return result;
    }

    /** Children files of at most n children each. */
    private final class Chunks {
        private final Path dir;
        private final Format format;
        private final int perFile;
        private final List<Path> files;
        private DocumentWriter doc;
        private int inFile;
        private int fileNo;

        Chunks(Path dir, Format format, int perFile, List<Path> files) {
            this.dir = dir;
            this.format = format;
            this.perFile = perFile;
            this.files = files;
        }

        void item(Node child) throws IOException {
            if (doc == null || inFile == perFile) {
                close();
                Path p = dir.resolve(String.format(Locale.ROOT, "part-%04d.%s", ++fileNo, format.extension()));
                doc = open(p, format);
                header(doc);
                doc.beginList("children");
                files.add(p);
                inFile = 0;
            }
            doc.item(child);
            inFile++;
        }

        void close() throws IOException {
            if (doc != null) {
                doc.endList();
                doc.close();
                doc = null;
            }
        }
    }

    // ------------------------------------------------------------------ command line

    private static final String USAGE = String.join("\n",
            "usage: Generator [options] --out PATH",
            "  --out PATH             a .yaml/.yml or .json file, or a directory (ending in /) for the",
            "                         authority/workforce/partnership/children layout",
            "  --children N           number of children (default 1000)",
            "  --seed S               random seed (default 1)",
            "  --authority NAME       authority name (default Synthetic Borough Council)",
            "  --code CODE            DfE authority code (default 998)",
            "  --period START..END    period under review (default 2010-04-01..2011-03-31)",
            "  --as-at DATE           snapshot date (default the period end)",
            "  --framework F          slac-2009 (default) or ilacs-2023",
            "  --profile P            full (default), unannounced-cra, focused-visit-children-in-care",
            "  --compliance C         global probability that an element is met, 0..1 (default 0.9)",
            "  --rate ID=R            per-criterion probability, e.g. --rate CP-03=0.6 (repeatable)",
            "  --severe S             share of CP-03/CP-13/LAC-01 breaches that are critical (default 0)",
            "  --format yaml|json     format of a directory's files (default yaml)",
            "  --children-per-file N  directory output: chunks of N children instead of one file per team",
            "  --previous PATH        the 'previous:' reference to write",
            "  --quiet                no summary on standard error");

    public static void main(String[] args) throws IOException {
        int status = run(args, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** The command line, testable: @return 0 on success, 2 on a usage error. */
    static int run(String[] args, PrintStream err) throws IOException {
        GeneratorSettings.Builder b = GeneratorSettings.builder();
        Path out = null;
        String outArg = null;
        Format format = Format.YAML;
        int perFile = 0;
        boolean quiet = false;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--help") || a.equals("-h")) {
                    err.println(USAGE);
                    return 0;
                }
                if (a.equals("--quiet")) {
                    quiet = true;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                String v = args[++i];
                switch (a) {
                    case "--out" -> {
                        out = Path.of(v);
                        outArg = v;
                    }
                    case "--children" -> b.children(Integer.parseInt(v));
                    case "--seed" -> b.seed(Long.parseLong(v));
                    case "--authority" -> b.authority(v, b.build().authorityCode());
                    case "--code" -> b.authority(b.build().authorityName(), v);
                    case "--period" -> {
                        String[] p = v.split("\\.\\.");
                        if (p.length != 2) {
                            throw new IllegalArgumentException("--period START..END");
                        }
                        b.period(LocalDate.parse(p[0]), LocalDate.parse(p[1]));
                    }
                    case "--as-at" -> b.asAt(LocalDate.parse(v));
                    case "--framework" -> b.framework(v);
                    case "--profile" -> b.profile(v);
                    case "--compliance" -> b.compliance(Double.parseDouble(v));
                    case "--rate" -> {
                        int eq = v.indexOf('=');
                        if (eq < 0) {
                            throw new IllegalArgumentException("--rate ID=R");
                        }
                        b.rate(v.substring(0, eq), Double.parseDouble(v.substring(eq + 1)));
                    }
                    case "--severe" -> b.severeShare(Double.parseDouble(v));
                    case "--format" -> format = Format.valueOf(v.toUpperCase(Locale.ROOT));
                    case "--children-per-file" -> perFile = Integer.parseInt(v);
                    case "--previous" -> b.previous(v);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (out == null) {
                throw new IllegalArgumentException("--out is required");
            }
        } catch (RuntimeException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        GeneratorSettings settings;
        try {
            settings = b.build();
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        long t0 = System.nanoTime();
        Generator g = new Generator(settings);
        boolean directory = Files.isDirectory(out) || outArg.endsWith("/") || outArg.endsWith(java.io.File.separator)
                || perFile > 0;
        Summary s = directory ? g.writeDirectory(out, format, perFile) : g.write(out);
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (!quiet) {
            long bytes = 0;
            List<Path> files = s.files().isEmpty() ? List.of(out) : s.files();
            for (Path p : files) {
                bytes += Files.size(p);
            }
            err.printf(Locale.ROOT, "%d children (%s), %d workers, %d file(s), %.1f MB in %.2f s (%.0f children/s)%n",
                    s.children(), s.cohorts(), s.workers(), files.size(), bytes / 1e6, seconds,
                    s.children() / Math.max(seconds, 1e-9));
        }
        return 0;
    }
}
