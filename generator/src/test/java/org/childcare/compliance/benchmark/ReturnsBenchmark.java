package org.childcare.compliance.benchmark;

import static org.childcare.compliance.benchmark.CheckBenchmark.millisSince;
import static org.childcare.compliance.benchmark.CheckBenchmark.print;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.childcare.compliance.check.CheckRequest;
import org.childcare.compliance.check.CheckResult;
import org.childcare.compliance.check.Checker;
import org.childcare.compliance.check.Evaluated;
import org.childcare.compliance.check.Evaluator;
import org.childcare.compliance.engine.RuleBase;
import org.childcare.compliance.generate.DocumentWriter.Format;
import org.childcare.compliance.generate.Generator;
import org.childcare.compliance.generate.GeneratorSettings;
import org.childcare.compliance.generate.ReturnsWriter;
import org.childcare.compliance.grading.GateOptions;
import org.childcare.compliance.load.LoadOptions;
import org.childcare.compliance.load.LoadResult;
import org.childcare.compliance.load.SelfAssessmentLoader;
import org.childcare.compliance.source.ReturnRead;
import org.childcare.compliance.source.cin.CinCensusReader;
import org.childcare.compliance.source.cin.CinOptions;
import org.childcare.compliance.source.ssda903.Ssda903Options;
import org.childcare.compliance.source.ssda903.Ssda903Reader;

/**
 * The returns measurement of docs/performance.md, beside {@link CheckBenchmark}'s YAML and JSON
 * figures: a generated authority written as one year's SSDA903 tables and CIN census by {@link
 * ReturnsWriter}, then read (each reader alone, then the loader on the folder: YAML header, both
 * readers and the merge) and checked whole. Not a test: it asserts nothing and runs by hand.
 *
 * <pre>
 * ReturnsBenchmark N [DIR]   N children; the generated YAML and the returns kept in DIR when given
 * </pre>
 */
public final class ReturnsBenchmark {
    private static final String HEADER = String.join("\n",
            "schemaVersion: 1",
            "authority: { name: Synthetic Borough Council, code: \"998\" }",
            "period: { start: 2010-04-01, end: 2011-03-31 }",
            "asAt: 2011-03-31",
            "");

    private ReturnsBenchmark() {}

    public static void main(String[] args) throws Exception {
        int children = Integer.parseInt(args[0]);
        Path data = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("returns-benchmark");
        Path yaml = data.resolve("yaml");
        Path folder = data.resolve("returns");
        Path returns = folder.resolve("returns");
        if (!Files.exists(returns.resolve("export (3).csv"))) {
            long t = System.nanoTime();
            Files.createDirectories(yaml);
            GeneratorSettings settings = GeneratorSettings.builder().seed(children).children(children).build();
            new Generator(settings).writeDirectory(yaml, Format.YAML, Generator.DEFAULT_CHUNK);
            long generated = millisSince(t);
            t = System.nanoTime();
            ReturnsWriter.Written written;
            try (ReturnsWriter writer = new ReturnsWriter(returns, 2011, "998", children)) {
                LoadResult loaded = new SelfAssessmentLoader(LoadOptions.strict()).load(yaml, writer);
                if (!loaded.ok()) {
                    throw new IllegalStateException("generated data has input errors: " + loaded.errors());
                }
                written = writer.finish();
            }
            Files.writeString(folder.resolve("authority.yaml"), HEADER);
            print("write", "%d children generated in %d ms, written as returns in %d ms (not part of the check): %d in"
                    + " the SSDA903 tables, %d in the census", children, generated, millisSince(t),
                    written.ssda903Children(), written.censusChildren());
        }
        List<Path> csv;
        List<Path> xml;
        long bytes;
        try (Stream<Path> files = Files.list(returns)) {
            List<Path> all = files.sorted().toList();
            csv = all.stream().filter(p -> p.toString().endsWith(".csv")).toList();
            xml = all.stream().filter(p -> p.toString().endsWith(".xml")).toList();
            bytes = all.stream().mapToLong(p -> p.toFile().length()).sum();
        }
        print("input", "%d children, %.1f MB in %d CSV tables and %d census", children, bytes / 1e6, csv.size(), xml.size());

        long t = System.nanoTime();
        ReturnRead ssda903 = Ssda903Reader.read(csv, folder, Ssda903Options.defaults());
        long ssda903Millis = millisSince(t);
        t = System.nanoTime();
        ReturnRead census = CinCensusReader.read(xml, folder, CinOptions.strict());
        long censusMillis = millisSince(t);
        if (!ssda903.problems().isEmpty() || !census.problems().isEmpty()) {
            throw new IllegalStateException("the returns do not read: " + ssda903.problems() + census.problems());
        }
        long rows = ssda903.files().stream().mapToLong(f -> f.rows()).sum();
        print("ssda903 reader", "%d ms: %d rows, %d children (%.0f rows/s)", ssda903Millis, rows,
                ssda903.children().size(), rows * 1000.0 / Math.max(1, ssda903Millis));
        print("census reader", "%d ms: %d children (%.1f MB/s)", censusMillis, census.children().size(),
                xml.get(0).toFile().length() / 1e3 / Math.max(1, censusMillis));

        // the loader on the folder: the YAML header, both readers and the merge, children discarded
        t = System.nanoTime();
        long[] count = new long[1];
        LoadResult loaded = new SelfAssessmentLoader(LoadOptions.strict()).load(folder, header -> {}, c -> count[0]++);
        long loadMillis = millisSince(t);
        if (!loaded.ok()) {
            throw new IllegalStateException("the folder does not load: " + loaded.errors());
        }
        print("load returns", "%d ms: %d children read and merged (%.0f children/s)", loadMillis, count[0],
                count[0] * 1000.0 / Math.max(1, loadMillis));

        t = System.nanoTime();
        RuleBase rules = RuleBase.load(null);
        long rulesMillis = millisSince(t);
        Evaluated[] evaluated = new Evaluated[1];
        t = System.nanoTime();
        CheckResult result = new Checker(request -> evaluated[0] = Evaluator.evaluate(request, rules))
                .check(CheckRequest.of(folder), GateOptions.defaults());
        long checkMillis = millisSince(t);
        Evaluated.Timings timings = evaluated[0].timings();
        print("check returns", "%d ms: rules ready %d ms, read %d ms, evaluate %d ms, grade %d ms",
                rulesMillis + checkMillis, rulesMillis, timings.readMillis(), timings.evaluateMillis(),
                Math.max(0, checkMillis - timings.readMillis() - timings.evaluateMillis()));
        print("result", "%d records read; %d criteria graded", result.report().records().read(),
                result.report().criteria().stream().filter(c -> c.grade() != null).count());
    }
}
