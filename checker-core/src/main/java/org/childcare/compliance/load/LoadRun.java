package org.childcare.compliance.load;

import static com.fasterxml.jackson.core.JsonToken.END_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.END_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.FIELD_NAME;
import static com.fasterxml.jackson.core.JsonToken.START_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.START_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_FALSE;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NULL;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_FLOAT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_STRING;
import static com.fasterxml.jackson.core.JsonToken.VALUE_TRUE;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.childcare.compliance.load.Schema.ClassInfo;
import org.childcare.compliance.load.Schema.Kind;
import org.childcare.compliance.load.Schema.Order;
import org.childcare.compliance.load.Schema.Prop;
import org.childcare.compliance.load.Schema.ValueType;
import org.childcare.compliance.load.Tokens.Recording;
import org.childcare.compliance.load.Tokens.Replay;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.source.ReturnRead;
import org.childcare.compliance.source.Returns;
import org.childcare.compliance.validate.ChildDates;
import org.childcare.compliance.validate.DateRules;
import org.childcare.compliance.model.Located;
import org.childcare.compliance.model.Period;
import org.childcare.compliance.model.SelfAssessment;
import org.childcare.compliance.model.SeriousCaseReview;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/** One run of the loader over one input: see {@link SelfAssessmentLoader} for what it does. */
final class LoadRun {

    /** Alias expansion may copy at most this many tokens per file, however few aliases do it. */
    static final int MAX_EXPANDED_TOKENS = 1_000_000;

    /** A quarantined record lists this many of its problems, then how many more. */
    static final int MAX_REASONS = 10;

    private static final Object INVALID = new Object();
    private static final ValueType CHILD = childType();
    private static final ValueType ANY = anyType();
    private static final ClassInfo ROOT = Schema.ROOT;
    private static final Prop SCHEMA_VERSION = ROOT.prop("schemaVersion");
    private static final Prop CHILDREN = ROOT.prop("children");
    private static final ClassInfo CHILD_INFO = Schema.info(Child.class);
    private static final ClassInfo SCR_INFO = Schema.info(SeriousCaseReview.class);

    /** An input file. */
    static final class Source {
        final Path path;
        final String name;
        final boolean json;
        boolean broken;
        boolean hasChildren;

        Source(Path path, String name) {
            this.path = path;
            this.name = name;
            this.json = name.toLowerCase(Locale.ROOT).endsWith(".json");
        }
    }

    /** A place in the input. */
    record Place(Source source, int line, int column) {
        @Override
        public String toString() {
            return source.name + ":" + line + ":" + column;
        }
    }

    /** A record that lenient mode can quarantine: a child, worker, allegation or complaint. */
    static final class Record {
        final String kind;
        final Source source;
        final int line;
        final String path;
        final List<InputProblem> reasons = new ArrayList<>(0); // the first few, for the report
        int problems;
        Located bean;
        boolean invalid;

        Record(String kind, Source source, int line, String path) {
            this.kind = kind;
            this.source = source;
            this.line = line;
            this.path = path;
        }

        String subject() {
            Object id = bean == null ? null : Schema.info(bean.getClass()).idProp.get(bean);
            return id == null ? path : id.toString();
        }
    }

    /** The file cannot be read further; its problem is already reported. */
    private static final class BrokenFile extends RuntimeException {
        BrokenFile() {
            super(null, null, false, false);
        }
    }

    /** Too many errors: the run stops. */
    private static final class TooManyErrors extends RuntimeException {
        TooManyErrors() {
            super(null, null, false, false);
        }
    }

    private final LoadOptions options;
    private final Path root;
    private final ChildSink sink;
    private final YAMLFactory yamlFactory;
    private final JsonFactory jsonFactory;

    private final List<Source> sources = new ArrayList<>();
    /** Statutory returns beside the YAML (SSDA903 CSV, CIN census XML): read and merged by source.Returns. */
    private final List<Path> returnFiles = new ArrayList<>();
    private Returns returns = Returns.none();
    private final List<InputProblem> errors = new ArrayList<>();
    private InputProblem stopped;
    private final List<QuarantinedRecord> quarantined = new ArrayList<>();
    private long read;
    private long leftOut;
    private SelfAssessment assessment;

    // across files
    private final Map<String, Place> firstPlace = new HashMap<>();
    private final Map<String, Map<String, Place>> ids = new HashMap<>();
    private Set<String> workerIds = Set.of();
    private final List<Record> headerRecords = new ArrayList<>();
    private final DateLog headerDates = new DateLog();
    private final DateLog childDates = new DateLog();
    private Place schemaVersionPlace;
    private final Set<String> rootKeys = new java.util.HashSet<>();
    private LocalDate asAt;
    private boolean streaming; // pass 2: children

    // per file
    private Source file;
    private Map<String, Recording> anchors;
    private int aliases;
    private long expanded;
    private int depth;
    private Record current;

    private final java.util.function.Consumer<SelfAssessment> onHeader;

    LoadRun(LoadOptions options, Path root, java.util.function.Consumer<SelfAssessment> onHeader, ChildSink sink,
            YAMLFactory yamlFactory, JsonFactory jsonFactory) {
        this.onHeader = onHeader;
        this.options = options;
        this.root = root;
        this.sink = sink;
        this.yamlFactory = yamlFactory;
        this.jsonFactory = jsonFactory;
    }

    LoadResult run() {
        try {
            if (findSources()) {
                for (Source s : sources) {
                    header(s);
                }
                if (assessment != null) {
                    afterHeaders();
                    if (assessment.getPeriod() != null && assessment.getPeriod().getStart() != null
                            && assessment.getPeriod().getEnd() != null) {
                        onHeader.accept(assessment);
                    }
                    streaming = true;
                    readReturns();
                    for (Source s : sources) {
                        if (!s.broken && s.hasChildren) {
                            children(s);
                        }
                    }
                    childrenOnlyInReturns();
                }
            }
        } catch (TooManyErrors e) {
            // stopped: errors so far are reported with the final "too many errors"
        }
        List<InputProblem> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparing(InputProblem::file)
                .thenComparingInt(InputProblem::line)
                .thenComparingInt(InputProblem::column));
        if (stopped != null) {
            sorted.add(stopped);
        }
        List<QuarantinedRecord> q = new ArrayList<>(quarantined);
        q.sort(Comparator.comparing(QuarantinedRecord::file).thenComparingInt(QuarantinedRecord::line));
        return new LoadResult(root, assessment, List.copyOf(sorted), List.copyOf(q),
                new RecordCounts(read, read - leftOut, leftOut), returns.files(), returns.disagreements());
    }

    // ------------------------------------------------------------------ inputs

    private boolean findSources() {
        String rootName = root.getFileName() == null ? root.toString() : root.getFileName().toString();
        if (Files.isRegularFile(root)) {
            sources.add(new Source(root, rootName));
            return true;
        }
        if (!Files.isDirectory(root)) {
            addError(new InputProblem(rootName, 0, 0, "", "no such file or directory: " + root));
            return false;
        }
        List<Source> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                    if (attrs.isRegularFile() && !hidden(f)
                            && (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json"))) {
                        found.add(new Source(f, root.relativize(f).toString().replace('\\', '/')));
                    } else if (attrs.isRegularFile() && !hidden(f) && Returns.isReturnFile(n)) {
                        returnFiles.add(f);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            addError(new InputProblem(rootName, 0, 0, "", "cannot list the directory: " + e.getMessage()));
            return false;
        }
        if (found.isEmpty()) {
            addError(new InputProblem(rootName, 0, 0, "", returnFiles.isEmpty()
                    ? "no *.yaml, *.yml or *.json files in the directory"
                    : "statutory returns need a YAML file beside them with the header sections (schemaVersion, authority,"
                            + " period, asAt ...): returns carry no reporting period that fits an inspection"));
            return false;
        }
        returnFiles.sort(Comparator.naturalOrder());
        found.sort(Comparator.comparing(s -> s.name));
        sources.addAll(found);
        return true;
    }

    private static boolean hidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }

    private void begin(Source s) {
        file = s;
        anchors = new HashMap<>();
        aliases = 0;
        expanded = 0;
        depth = 0;
        current = null;
    }

    /** Size, encoding and emptiness, before any parsing. */
    private boolean readable(Source s) {
        try {
            long size = Files.size(s.path);
            if (size > options.maxDocumentBytes()) {
                fileError(s, 0, 0, "", "the file is " + size + " bytes, larger than the limit of "
                        + options.maxDocumentBytes() + " bytes (maxDocumentBytes)");
                return false;
            }
            if (size == 0) {
                fileError(s, 0, 0, "", "the file is empty: expected a self-assessment starting with schemaVersion: 1");
                return false;
            }
            Utf8.Bad bad = Utf8.check(s.path);
            if (bad != null) {
                fileError(s, bad.line(), bad.column(), "", String.format(
                        "the file is not UTF-8 text: byte 0x%02X cannot start or continue a character here;"
                                + " save the file as UTF-8", bad.value()));
                return false;
            }
            return true;
        } catch (NoSuchFileException e) {
            fileError(s, 0, 0, "", "the file disappeared while it was being read");
            return false;
        } catch (IOException e) {
            fileError(s, 0, 0, "", "cannot read the file: " + e.getMessage());
            return false;
        }
    }

    private JsonParser open(Source s) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(s.path), 1 << 16);
        return s.json ? jsonFactory.createParser(in) : yamlFactory.createParser(in);
    }

    // ------------------------------------------------------------------ pass 1: everything but children

    private void header(Source s) {
        begin(s);
        if (!readable(s)) {
            s.broken = true;
            return;
        }
        try (JsonParser parser = open(s)) {
            Tokens t = new Tokens.Live(parser);
            try {
                JsonToken first = t.next();
                if (first == null) {
                    fileError(s, 0, 0, "", "the file is empty: expected a self-assessment starting with schemaVersion: 1");
                    s.broken = true;
                    return;
                }
                if (first != START_OBJECT) {
                    fileError(s, t.line(), t.column(), "", "expected a mapping of sections (schemaVersion,"
                            + " authority, period, children, …) at the top of the file, found " + describe(t));
                    s.broken = true;
                    return;
                }
                if (assessment == null) {
                    assessment = new SelfAssessment();
                    assessment.locate(s.name, t.line(), t.column(), "");
                }
                readBean(t, ROOT, assessment, "");
                if (t.next() != null) {
                    fileError(s, t.line(), t.column(), "", s.json
                            ? "more content after the top object: a file holds one object"
                            : "a second YAML document ('---') in the same file: a file holds one document;"
                                    + " start another file instead");
                }
            } catch (IOException e) {
                syntaxError(s, parser, e);
                s.broken = true;
            }
        } catch (BrokenFile e) {
            s.broken = true;
        } catch (IOException e) {
            fileError(s, 0, 0, "", "cannot read the file: " + e.getMessage());
            s.broken = true;
        } finally {
            current = null;
        }
    }

    /** Checks that need every header: required sections, asAt, dates of workers, LADO, complaints… */
    private void afterHeaders() {
        Source first = sources.stream().filter(s -> !s.broken).findFirst().orElse(sources.get(0));
        String where = sources.size() > 1 ? " (no file of the directory gives it)" : "";
        boolean complete = sources.stream().noneMatch(s -> s.broken); // else a missing section may be unread
        for (Prop p : ROOT.props) {
            if (complete && p.required && !rootKeys.contains(p.name)) {
                fileError(first, 1, 1, "", "missing required field '" + p.name + "'" + where);
            }
        }
        Period period = assessment.getPeriod();
        asAt = assessment.getAsAt() != null ? assessment.getAsAt() : period == null ? null : period.getEnd();
        if (assessment.getAsAt() != null && period != null && period.getStart() != null
                && assessment.getAsAt().isBefore(period.getStart())) {
            Place p = firstPlace.get("asAt");
            problem(null, p.source(), p.line(), p.column(), "asAt", "asAt " + assessment.getAsAt()
                    + " is before the period starts (" + period.getStart() + ")");
        }
        for (int i = 0; i < headerDates.size; i++) {
            if (asAt != null && headerDates.dates[i].isAfter(asAt)) {
                problem(headerDates.records[i], headerDates.sources[i], headerDates.lines[i], headerDates.columns[i],
                        headerDates.path(i), afterAsAt(headerDates.dates[i]));
            }
        }
        headerDates.clear();
        Set<Object> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Record r : headerRecords) {
            settle(r);
            if (r.invalid) {
                dropped.add(r.bean);
            }
        }
        freeze(ROOT, assessment, dropped);
        Map<String, Place> workers = ids.get("worker");
        workerIds = workers == null ? Set.of() : workers.keySet();
    }

    /** Lists and maps of merged sections become read-only; quarantined records leave them. */
    private static void freeze(ClassInfo info, Located target, Set<Object> dropped) {
        for (Prop p : info.props) {
            Object value = p.get(target);
            if (value == null) {
                continue;
            }
            if (p.type.kind == Kind.LIST) {
                List<?> list = (List<?>) value;
                if (!dropped.isEmpty()) {
                    list = list.stream().filter(o -> !dropped.contains(o)).toList();
                }
                p.set(target, Collections.unmodifiableList(list));
            } else if (p.type.kind == Kind.MAP) {
                p.set(target, Collections.unmodifiableMap((Map<?, ?>) value));
            } else if (p.type.kind == Kind.BEAN && p.type.bean.mergeable) {
                freeze(p.type.bean, (Located) value, dropped);
            }
        }
    }

    // ------------------------------------------------------------------ returns beside the YAML

    /** Reads the statutory returns once the header (asAt, sources:) is known; their problems are input errors. */
    private void readReturns() {
        if (returnFiles.isEmpty()) {
            return;
        }
        returns = Returns.read(root, returnFiles, assessment, options);
        for (InputProblem p : returns.problems()) {
            addError(p);
        }
        for (ReturnRead.Quarantined q : returns.quarantined()) {
            read++;
            leftOut++;
            quarantined.add(new QuarantinedRecord("child", q.child(), q.file(), q.line(), q.reason()));
        }
    }

    /** After the YAML children: the children only the returns know, each checked like any other, then evaluated. */
    private void childrenOnlyInReturns() {
        for (Child child : returns.remaining()) {
            read++;
            List<InputProblem> problems = ChildDates.check(child, asAt);
            if (problems.isEmpty()) {
                sink.accept(child);
                continue;
            }
            leftOut++;
            if (options.lenient()) {
                InputProblem first = problems.get(0);
                quarantined.add(new QuarantinedRecord("child", child.getId(), first.file(), first.line(),
                        String.join("; ", problems.stream().map(p -> p.line() + ":" + p.column() + ": " + p.message()).toList())));
            } else {
                problems.forEach(this::addError);
            }
        }
    }

    // ------------------------------------------------------------------ pass 2: children, one at a time

    private void children(Source s) {
        begin(s);
        try (JsonParser parser = open(s)) {
            Tokens t = new Tokens.Live(parser);
            try {
                t.next(); // the top mapping, checked in pass 1
                enter(t, "");
                while (t.next() == FIELD_NAME) {
                    String key = t.text();
                    t.next();
                    if (CHILDREN.name.equals(key)) {
                        streamChildren(t);
                    } else {
                        skipValue(t, key);
                    }
                }
            } catch (IOException e) {
                syntaxError(s, parser, e);
            }
        } catch (BrokenFile e) {
            // reported
        } catch (IOException e) {
            fileError(s, 0, 0, "", "cannot read the file: " + e.getMessage());
        } finally {
            current = null;
        }
    }

    private void streamChildren(Tokens t) throws IOException {
        if (t.isAlias() || t.anchor() != null) {
            Tokens replay = replayOf(t, "children");
            if (replay == null) {
                return;
            }
            t = replay;
        }
        if (t.current() == VALUE_NULL) {
            return;
        }
        if (t.current() != START_ARRAY) {
            problem(t.line(), t.column(), "children", "expected a list of children, found " + describe(t));
            skipValue(t, "children");
            return;
        }
        enter(t, "children");
        int i = 0;
        while (t.next() != END_ARRAY) {
            readValue(t, CHILD, null, ROOT, "children", null, i++);
        }
        depth--;
    }

    // ------------------------------------------------------------------ records

    private Object readRecord(Tokens t, ClassInfo info, String path) throws IOException {
        Record record = new Record(info.recordKind, file, t.line(), path);
        Record outer = current;
        current = record;
        try {
            if (streaming) {
                childDates.clear();
            }
            if (t.current() == VALUE_NULL) {
                problem(t.line(), t.column(), path, "empty list item: expected a " + info.recordKind);
            } else {
                record.bean = readBean(t, info, null, path);
                if (streaming && record.bean instanceof Child child) {
                    checkChildDates(child);
                }
            }
        } finally {
            current = outer;
        }
        read++;
        if (!streaming) {
            headerRecords.add(record);
            return record.bean == null ? INVALID : record.bean;
        }
        settle(record);
        if (!record.invalid) {
            returns.mergeInto((Child) record.bean); // what the returns say of the same child, the YAML winning
            sink.accept((Child) record.bean);
        } else if (record.bean instanceof Child child && child.getId() != null) {
            returns.drop(child.getId());
        }
        return INVALID; // children are streamed, never kept
    }

    /** Counts a finished record and, in lenient mode, quarantines it when it is invalid. */
    private void settle(Record r) {
        if (!r.invalid) {
            return;
        }
        leftOut++;
        if (options.lenient()) {
            StringBuilder reason = new StringBuilder();
            int shown = 0;
            for (InputProblem p : r.reasons) {
                if (shown++ > 0) {
                    reason.append("; ");
                }
                reason.append(p.line()).append(':').append(p.column()).append(": ");
                if (p.path() != null && !p.path().isEmpty()) {
                    reason.append(p.path()).append(": ");
                }
                reason.append(p.message());
            }
            if (r.problems > shown) {
                reason.append("; and ").append(r.problems - shown).append(" more");
            }
            quarantined.add(new QuarantinedRecord(r.kind, r.subject(), r.source.name, r.line, reason.toString()));
        }
    }

    private void checkChildDates(Child child) {
        LocalDate born = child.getDateOfBirth();
        Integer year = child.getYearOfBirth();
        DateLog log = childDates;
        for (int i = 0; i < log.size; i++) {
            LocalDate d = log.dates[i];
            String after = DateRules.afterAsAt(d, asAt);
            if (after != null) {
                problem(log.lines[i], log.columns[i], log.path(i), after);
            }
            if (!log.births[i]) {
                continue;
            }
            String before = DateRules.beforeBirth(d, born, year);
            if (before != null) {
                problem(log.lines[i], log.columns[i], log.path(i), before);
            }
        }
        log.clear();
    }

    private String afterAsAt(LocalDate d) {
        return DateRules.afterAsAt(d, asAt);
    }

    // ------------------------------------------------------------------ values

    /**
     * Reads the value at the current token. Returns the value, null for an explicit null, or
     * INVALID after reporting why. Leaves the stream on the value's last token.
     */
    private Object readValue(Tokens t, ValueType type, Prop prop, ClassInfo owner, String parent, String key,
            int index) throws IOException {
        if (t.isAlias() || t.anchor() != null) {
            Tokens replay = replayOf(t, join(parent, key, index));
            if (replay == null) {
                return INVALID;
            }
            t = replay;
        }
        switch (type.kind) {
            case BEAN:
                if (type.bean.recordKind != null) {
                    return readRecord(t, type.bean, join(parent, key, index));
                }
                if (t.current() == VALUE_NULL) {
                    return null;
                }
                Located bean = readBean(t, type.bean, null, join(parent, key, index));
                return bean == null ? INVALID : bean;
            case LIST:
                return readList(t, type, owner, join(parent, key, index));
            case MAP:
                return readMap(t, type, join(parent, key, index), null, null);
            case ANY:
                return readAny(t, join(parent, key, index));
            default:
                return readScalar(t, type, prop, owner, parent, key, index);
        }
    }

    /** A mapping into a model object; with {@code target}, merged into that object (pass 1 sections). */
    private Located readBean(Tokens t, ClassInfo info, Located target, String path) throws IOException {
        if (t.current() != START_OBJECT) {
            problem(t.line(), t.column(), path, "expected a mapping, found " + describe(t));
            skipValue(t, path);
            return null;
        }
        int line = t.line();
        int column = t.column();
        enter(t, path);
        boolean merging = target != null;
        Located object = merging ? target : info.newInstance();
        if (!merging) {
            object.locate(file.name, line, column, path);
        }
        long[] places = new long[info.props.length];
        int[] keyLines = new int[info.props.length];
        long invalid = 0;
        while (t.next() == FIELD_NAME) {
            String key = t.text();
            int keyLine = t.line();
            int keyColumn = t.column();
            t.next();
            Prop p = info.byName.get(key);
            if (p == null) {
                unknownKey(info, key, keyLine, keyColumn, path);
                skipValue(t, join(path, key, -1));
                continue;
            }
            if (keyLines[p.index] != 0) {
                problem(keyLine, keyColumn, join(path, key, -1), "duplicate key '" + key + "', first given at line "
                        + keyLines[p.index]);
                skipValue(t, join(path, key, -1));
                continue;
            }
            keyLines[p.index] = keyLine;
            places[p.index] = pack(t.line(), t.column());
            if (merging) {
                if (info == ROOT) {
                    rootKeys.add(p.name);
                }
                mergeProp(t, info, p, object, path, keyLine, keyColumn);
                continue;
            }
            Object value = readValue(t, p.type, p, info, path, p.name, -1);
            if (value == INVALID) {
                invalid |= 1L << p.index;
            } else if (value != null) {
                p.set(object, freeze(value));
            } else {
                object.markGivenNull(p.name); // absent and null differ: allocatedWorker: null is "unallocated"
            }
        }
        depth--;
        if (!merging) {
            finish(info, object, places, invalid, line, column, path);
        }
        return object;
    }

    /** Pass 1: lists and maps merge across files; anything else may be given in one file only. */
    private void mergeProp(Tokens t, ClassInfo info, Prop p, Located object, String path, int keyLine, int keyColumn)
            throws IOException {
        String where = join(path, p.name, -1);
        if (info == ROOT && p == CHILDREN) {
            file.hasChildren = true;
            skipValue(t, where); // read in pass 2
            return;
        }
        if (info == ROOT && p == SCHEMA_VERSION) {
            // every file may say which version it is written in
            Object value = readValue(t, p.type, p, info, path, p.name, -1);
            if (value instanceof Integer v) {
                if (v != 1) {
                    problem(t.line(), t.column(), where, "unsupported schemaVersion " + v
                            + ": this checker reads version 1");
                    throw new BrokenFile(); // the rest would be read against the wrong format
                }
                if (schemaVersionPlace == null) {
                    schemaVersionPlace = new Place(file, keyLine, keyColumn);
                    p.set(object, v);
                }
            }
            return;
        }
        if (t.isAlias() || t.anchor() != null) {
            Tokens replay = replayOf(t, where);
            if (replay == null) {
                return;
            }
            t = replay;
        }
        Object existing = p.get(object);
        switch (p.type.kind) {
            case LIST: {
                Object value = readList(t, p.type, info, where);
                if (value instanceof List<?> list) {
                    if (existing == null) {
                        p.set(object, list);
                    } else {
                        @SuppressWarnings("unchecked")
                        List<Object> into = (List<Object>) existing;
                        into.addAll(list);
                    }
                }
                return;
            }
            case MAP: {
                @SuppressWarnings("unchecked")
                Map<String, Object> into = (Map<String, Object>) existing;
                Object value = readMap(t, p.type, where, into, object);
                if (existing == null && value instanceof Map) {
                    p.set(object, value);
                }
                return;
            }
            case BEAN:
                if (p.type.bean.mergeable) {
                    if (t.current() == VALUE_NULL) {
                        return;
                    }
                    Located section = (Located) existing;
                    if (section == null && t.current() == START_OBJECT) {
                        section = p.type.bean.newInstance();
                        section.locate(file.name, t.line(), t.column(), where);
                        p.set(object, section);
                    }
                    if (section == null) {
                        problem(t.line(), t.column(), where, "expected a mapping, found " + describe(t));
                        skipValue(t, where);
                    } else {
                        readBean(t, p.type.bean, section, where);
                    }
                    return;
                }
                break;
            default:
                break;
        }
        Place first = firstPlace.get(where);
        if (existing != null && first != null) {
            problem(keyLine, keyColumn, where, "'" + where + "' is already given at " + first
                    + "; only lists and maps are merged across files, anything else may be given in one file only");
            skipValue(t, where);
            return;
        }
        Object value = readValue(t, p.type, p, info, path, p.name, -1);
        if (value != INVALID && value != null) {
            p.set(object, freeze(value));
            firstPlace.put(where, new Place(file, keyLine, keyColumn));
        }
    }

    /** Checks of a whole object: required fields, order of dates, ids, worker references. */
    private void finish(ClassInfo info, Located object, long[] places, long invalid, int line, int column,
            String path) {
        for (Prop p : info.props) {
            if (p.required && (invalid & (1L << p.index)) == 0 && p.get(object) == null) {
                problem(line, column, path, "missing required field '" + p.name + "'");
            }
        }
        for (Order o : info.orders) {
            LocalDate earlier = (LocalDate) o.earlier().get(object);
            LocalDate later = (LocalDate) o.later().get(object);
            String wrong = DateRules.outOfOrder(o.earlier().name, earlier, o.later().name, later);
            if (wrong != null) {
                long at = places[o.later().index];
                problem(unpackLine(at), unpackColumn(at), join(path, o.later().name, -1), wrong);
            }
        }
        if (info.idKind != null) {
            Object id = info.idProp.get(object);
            if (id != null) {
                long at = places[info.idProp.index];
                Place here = new Place(file, unpackLine(at), unpackColumn(at));
                Place before = ids.computeIfAbsent(info.idKind, k -> new HashMap<>()).putIfAbsent((String) id, here);
                if (before != null) {
                    problem(here.line(), here.column(), join(path, "id", -1), "duplicate " + info.idKind + " id '" + id
                            + "', first given at " + before);
                }
            }
        }
        if (streaming) {
            for (Prop p : info.props) {
                if (p.workerRef) {
                    Object worker = p.get(object);
                    // a pseudonymised worker from an Annex A workbook (as compliance:import writes it) need not
                    // be in the workforce list: criteria that need the worker's facts count it as missing data
                    if (worker != null && !workerIds.contains(worker)
                            && !org.childcare.compliance.source.annexa.Pseudonyms.isPseudonym(worker.toString())) {
                        long at = places[p.index];
                        problem(unpackLine(at), unpackColumn(at), join(path, p.name, -1), "unknown worker '" + worker
                                + "': no worker with this id in workforce.workers");
                    }
                }
            }
        }
        if (info == CHILD_INFO) {
            Child child = (Child) object;
            Integer year = child.getYearOfBirth();
            long at = places[info.prop("yearOfBirth").index];
            if (year != null && child.getDateOfBirth() != null && child.getDateOfBirth().getYear() != year) {
                problem(unpackLine(at), unpackColumn(at), join(path, "yearOfBirth", -1), "yearOfBirth " + year
                        + " does not match dateOfBirth " + child.getDateOfBirth());
            } else if (year != null && asAt != null && year > asAt.getYear()) {
                problem(unpackLine(at), unpackColumn(at), join(path, "yearOfBirth", -1), "yearOfBirth " + year
                        + " is after asAt (" + asAt + "), the date the self-assessment describes");
            }
        } else if (info == SCR_INFO) {
            SeriousCaseReview scr = (SeriousCaseReview) object;
            if (scr.getActions() != null && scr.getActionsCompleted() != null
                    && scr.getActionsCompleted() > scr.getActions()) {
                long at = places[info.prop("actionsCompleted").index];
                problem(unpackLine(at), unpackColumn(at), join(path, "actionsCompleted", -1), "actionsCompleted "
                        + scr.getActionsCompleted() + " is more than actions " + scr.getActions());
            }
        }
    }

    private Object readList(Tokens t, ValueType type, ClassInfo owner, String path) throws IOException {
        if (t.current() == VALUE_NULL) {
            return null;
        }
        if (t.current() != START_ARRAY) {
            problem(t.line(), t.column(), path, "expected a list, found " + describe(t));
            skipValue(t, path);
            return INVALID;
        }
        enter(t, path);
        List<Object> list = new ArrayList<>();
        int i = 0;
        while (t.next() != END_ARRAY) {
            int line = t.line();
            int column = t.column();
            Object value = readValue(t, type.element, null, owner, path, null, i);
            if (value == null) {
                problem(line, column, join(path, null, i), "empty list item");
            } else if (value != INVALID) {
                list.add(value);
            }
            i++;
        }
        depth--;
        return list;
    }

    /**
     * A mapping with free keys (standards, benchmarks, indicators, extensions).
     *
     * @param owner the section whose map this is when its keys may be spread across files (each key
     *     in one file only, and its place remembered on the owner); null for a map read in one piece
     */
    private Object readMap(Tokens t, ValueType type, String path, Map<String, Object> into, Located owner)
            throws IOException {
        boolean acrossFiles = owner != null;
        if (t.current() == VALUE_NULL) {
            return null;
        }
        if (t.current() != START_OBJECT) {
            problem(t.line(), t.column(), path, "expected a mapping, found " + describe(t));
            skipValue(t, path);
            return INVALID;
        }
        enter(t, path);
        Map<String, Object> map = into != null ? into : new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        while (t.next() == FIELD_NAME) {
            String key = t.text();
            int keyLine = t.line();
            int keyColumn = t.column();
            t.next();
            String where = join(path, key, -1);
            Integer before = lines.putIfAbsent(key, keyLine);
            if (before != null) {
                problem(keyLine, keyColumn, where, "duplicate key '" + key + "', first given at line " + before);
                skipValue(t, where);
                continue;
            }
            Place first = acrossFiles ? firstPlace.get(where) : null;
            if (first != null) {
                problem(keyLine, keyColumn, where, "'" + where + "' is already given at " + first
                        + "; a key of a map may be given in one file only");
                skipValue(t, where);
                continue;
            }
            Object value = readValue(t, type.element, null, null, path, key, -1);
            if (value == INVALID || (value == null && type.element.kind != Kind.ANY)) {
                continue;
            }
            map.put(key, freeze(value));
            if (acrossFiles) {
                firstPlace.put(where, new Place(file, keyLine, keyColumn));
                owner.locateKey(where, file.name, keyLine, keyColumn);
            }
        }
        depth--;
        return map;
    }

    /** Free-form content: maps, lists, text, numbers, booleans. */
    private Object readAny(Tokens t, String path) throws IOException {
        switch (t.current()) {
            case START_OBJECT:
                return readMap(t, MAP_OF_ANY, path, null, null);
            case START_ARRAY: {
                enter(t, path);
                List<Object> list = new ArrayList<>();
                int i = 0;
                while (t.next() != END_ARRAY) {
                    Object v = readValue(t, ANY, null, null, path, null, i++);
                    list.add(v == INVALID ? null : freeze(v));
                }
                depth--;
                return list;
            }
            case VALUE_NUMBER_INT:
                return t.number();
            case VALUE_NUMBER_FLOAT:
                return t.number().doubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                return t.text();
        }
    }

    private static final ValueType MAP_OF_ANY = mapOfAny();

    private Object readScalar(Tokens t, ValueType type, Prop prop, ClassInfo owner, String parent, String key,
            int index) throws IOException {
        JsonToken token = t.current();
        if (token == VALUE_NULL) {
            return null;
        }
        if (token == START_OBJECT || token == START_ARRAY) {
            problem(t.line(), t.column(), join(parent, key, index), "expected " + expected(type) + ", found "
                    + describe(t));
            skipValue(t, join(parent, key, index));
            return INVALID;
        }
        String name = key != null ? key : parent;
        switch (type.kind) {
            case STRING: {
                String text = t.text();
                if (prop != null && prop.allowed != null && !prop.allowed.contains(text)) {
                    return badCode(t, text, prop.allowed, name, parent, key, index);
                }
                return text;
            }
            case BOOL:
                if (token == VALUE_TRUE || token == VALUE_FALSE) {
                    return token == VALUE_TRUE;
                }
                if (token == VALUE_STRING && ("true".equals(t.text()) || "false".equals(t.text()))) {
                    return Boolean.valueOf(t.text());
                }
                return mismatch(t, type, parent, key, index);
            case INT: {
                Long whole = null;
                if (token == VALUE_NUMBER_INT) {
                    Number n = t.number();
                    whole = n instanceof Integer || n instanceof Long ? n.longValue() : null;
                    if (whole == null) {
                        return tooLarge(t, parent, key, index);
                    }
                } else if (token == VALUE_STRING && t.text().trim().matches("[-+]?\\d{1,18}")) {
                    whole = Long.parseLong(t.text().trim());
                }
                if (whole == null) {
                    return mismatch(t, type, parent, key, index);
                }
                if (whole > Integer.MAX_VALUE || whole < Integer.MIN_VALUE) {
                    return tooLarge(t, parent, key, index);
                }
                return inRange(t, prop, name, whole.intValue(), parent, key, index);
            }
            case DOUBLE: {
                Double number = null;
                if (token == VALUE_NUMBER_INT || token == VALUE_NUMBER_FLOAT) {
                    number = t.number().doubleValue();
                } else if (token == VALUE_STRING && t.text().trim().matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
                    number = Double.valueOf(t.text().trim());
                }
                if (number == null || number.isNaN() || number.isInfinite()) {
                    return mismatch(t, type, parent, key, index);
                }
                return inRange(t, prop, name, number, parent, key, index);
            }
            case DATE: {
                if (token != VALUE_STRING) {
                    return mismatch(t, type, parent, key, index);
                }
                String text = t.text();
                LocalDate date = parseDate(text);
                if (date == null) {
                    problem(t.line(), t.column(), join(parent, key, index), whyNotDate(text));
                    return INVALID;
                }
                // an expected date of birth is a forecast, not an event: it may well follow asAt
                if (owner != null && owner.eventDates && !DateRules.mayFollowAsAt(key)) {
                    boolean birth = streaming && DateRules.needsTheChildBorn(parent);
                    (streaming ? childDates : headerDates).add(date, t.line(), t.column(), parent, key, index, birth,
                            current, file);
                }
                return date;
            }
            case ENUM: {
                String code = token == VALUE_TRUE ? "true" : token == VALUE_FALSE ? "false" : t.text();
                Object constant = type.enumInfo.byCode.get(code);
                if (constant == null) {
                    return badCode(t, code, type.enumInfo.codes, name, parent, key, index);
                }
                return constant;
            }
            default:
                throw new IllegalStateException("not a scalar: " + type.kind);
        }
    }

    private Object badCode(Tokens t, String text, List<String> allowed, String name, String parent, String key,
            int index) {
        String guess = Suggest.closest(text, allowed);
        problem(t.line(), t.column(), join(parent, key, index), "unknown " + name + " '" + text
                + "'; expected one of: " + String.join(", ", allowed)
                + (guess == null ? "" : " (did you mean '" + guess + "'?)"));
        return INVALID;
    }

    private Object mismatch(Tokens t, ValueType type, String parent, String key, int index) throws IOException {
        problem(t.line(), t.column(), join(parent, key, index), "expected " + expected(type) + ", found "
                + describe(t));
        return INVALID;
    }

    private Object tooLarge(Tokens t, String parent, String key, int index) throws IOException {
        problem(t.line(), t.column(), join(parent, key, index), "the number " + t.text() + " is too large");
        return INVALID;
    }

    private Object inRange(Tokens t, Prop prop, String name, Number value, String parent, String key, int index) {
        if (prop == null || (prop.min == null && prop.max == null)) {
            return value;
        }
        double v = value.doubleValue();
        boolean low = prop.min != null && v < prop.min;
        boolean high = prop.max != null && v > prop.max;
        if (!low && !high) {
            return value;
        }
        String shown = value instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue()) : value.toString();
        String rule;
        if (prop.max != null) {
            rule = "must be between " + number(prop.min) + " and " + number(prop.max);
        } else if (prop.min == 0) {
            rule = "must not be negative";
        } else {
            rule = "must be at least " + number(prop.min);
        }
        problem(t.line(), t.column(), join(parent, key, index), name + " " + rule + ", found " + shown);
        return INVALID;
    }

    private static String number(Double d) {
        return d == Math.rint(d) ? String.valueOf(d.longValue()) : d.toString();
    }

    private static String expected(ValueType type) {
        switch (type.kind) {
            case STRING:
                return "text";
            case INT:
                return "a whole number";
            case DOUBLE:
                return "a number";
            case BOOL:
                return "true or false";
            case DATE:
                return "a date (YYYY-MM-DD)";
            case ENUM:
                return "one of " + String.join(", ", type.enumInfo.codes);
            case LIST:
                return "a list";
            default:
                return "a mapping";
        }
    }

    private static LocalDate parseDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                    Integer.parseInt(text, 8, 10, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }

    static String whyNotDate(String text) {
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            int year = Integer.parseInt(text.substring(0, 4));
            int month = Integer.parseInt(text.substring(5, 7));
            int day = Integer.parseInt(text.substring(8));
            if (month < 1 || month > 12) {
                return "'" + text + "' is not a date: there is no month " + month;
            }
            int days = YearMonth.of(year, month).lengthOfMonth();
            if (day < 1 || day > days) {
                return "'" + text + "' is not a date: " + Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK)
                        + " " + year + " has " + days + " days";
            }
        }
        return "expected a date (YYYY-MM-DD), found '" + abbreviate(text) + "'";
    }

    private static Object freeze(Object value) {
        if (value instanceof List<?> list) {
            return Collections.unmodifiableList(list);
        }
        if (value instanceof Map<?, ?> map) {
            return Collections.unmodifiableMap(map);
        }
        return value;
    }

    private void unknownKey(ClassInfo info, String key, int line, int column, String path) {
        String message;
        String guess = Suggest.closest(key, info.names);
        if ("<<".equals(key)) {
            message = "YAML merge keys ('<<') are not supported: write the keys out";
        } else if (guess != null) {
            message = "unknown key '" + key + "', did you mean '" + guess + "'?";
        } else {
            message = "unknown key '" + key + "'; free-form additions go under 'extensions:'";
        }
        problem(line, column, join(path, key, -1), message);
    }

    // ------------------------------------------------------------------ YAML anchors and aliases

    /** @return tokens positioned on the anchored or aliased value, or null after reporting why not */
    private Tokens replayOf(Tokens t, String path) throws IOException {
        Recording recording;
        if (t.isAlias()) {
            String name = t.text();
            recording = anchors.get(name);
            if (recording == null) {
                problem(t.line(), t.column(), path, "unknown alias '*" + name + "': no anchor '&" + name
                        + "' before it in this file");
                return null;
            }
            alias(t, path);
            expand(recording.size, t, path);
        } else {
            recording = record(t, path);
        }
        Tokens replay = new Replay(recording);
        replay.next();
        return replay;
    }

    private void alias(Tokens t, String path) {
        if (++aliases > options.maxAliases()) {
            fileError(file, t.line(), t.column(), path, "more than " + options.maxAliases()
                    + " YAML aliases in the file (limit maxAliases): aliases are limited to protect the checker"
                    + " from alias bombs; write the values out");
            throw new BrokenFile();
        }
    }

    private void expand(long tokens, Tokens t, String path) {
        expanded += tokens;
        if (expanded > MAX_EXPANDED_TOKENS) {
            fileError(file, t.line(), t.column(), path, "YAML anchors and aliases copy more than " + MAX_EXPANDED_TOKENS
                    + " values: they are limited to protect the checker from alias bombs; write the values out");
            throw new BrokenFile();
        }
    }

    /** Records the anchored value at the current token (expanding aliases in it) and names it. */
    private Recording record(Tokens t, String path) throws IOException {
        Recording rec = new Recording();
        List<String> names = new ArrayList<>();
        List<int[]> opened = new ArrayList<>(); // {start index, depth}
        names.add(t.anchor());
        opened.add(new int[] {0, 0});
        int d = 0;
        while (true) {
            JsonToken token = t.current();
            boolean ended;
            if (t.isAlias()) {
                Recording target = anchors.get(t.text());
                alias(t, path);
                if (target == null) {
                    problem(t.line(), t.column(), path, "unknown alias '*" + t.text() + "': no anchor '&" + t.text()
                            + "' before it in this file");
                    rec.add(VALUE_NULL, null, null, t.line(), t.column());
                } else {
                    expand(target.size, t, path);
                    rec.addAll(target, 0, target.size);
                }
                ended = true;
            } else {
                if (rec.size > 0 && token != FIELD_NAME && token != END_OBJECT && token != END_ARRAY) {
                    String anchor = t.anchor();
                    if (anchor != null) {
                        names.add(anchor);
                        opened.add(new int[] {rec.size, d});
                    }
                }
                Number number = token == VALUE_NUMBER_INT || token == VALUE_NUMBER_FLOAT ? t.number() : null;
                rec.add(token, t.text(), number, t.line(), t.column());
                expand(1, t, path);
                if (token == START_OBJECT || token == START_ARRAY) {
                    d++;
                    if (depth + d > options.maxNestingDepth()) {
                        tooDeep(t, path);
                    }
                } else if (token == END_OBJECT || token == END_ARRAY) {
                    d--;
                }
                ended = token != FIELD_NAME && token != START_OBJECT && token != START_ARRAY;
            }
            while (ended && !opened.isEmpty() && opened.get(opened.size() - 1)[1] == d) {
                int last = opened.size() - 1;
                int start = opened.remove(last)[0];
                String name = names.remove(last);
                anchors.put(name, start == 0 ? rec : rec.slice(start, rec.size));
            }
            if (ended && d == 0) {
                return rec;
            }
            if (t.next() == null) {
                throw new IOException("unexpected end of input");
            }
        }
    }

    /** Skips the value at the current token, still counting aliases and remembering anchors. */
    private void skipValue(Tokens t, String path) throws IOException {
        if (t.isAlias()) {
            alias(t, path);
            return;
        }
        if (t.anchor() != null) {
            record(t, path);
            return;
        }
        JsonToken token = t.current();
        if (token != START_OBJECT && token != START_ARRAY) {
            return;
        }
        int d = 1;
        while (d > 0) {
            token = t.next();
            if (token == null) {
                throw new IOException("unexpected end of input");
            }
            if (token == END_OBJECT || token == END_ARRAY) {
                d--;
            } else if (token == FIELD_NAME) {
                continue;
            } else if (t.isAlias()) {
                alias(t, path);
            } else if (t.anchor() != null) {
                record(t, path);
            } else if (token == START_OBJECT || token == START_ARRAY) {
                d++;
                if (depth + d > options.maxNestingDepth()) {
                    tooDeep(t, path);
                }
            }
        }
    }

    private void enter(Tokens t, String path) {
        if (++depth > options.maxNestingDepth()) {
            tooDeep(t, path);
        }
    }

    private void tooDeep(Tokens t, String path) {
        fileError(file, t.line(), t.column(), path, "nested more than " + options.maxNestingDepth()
                + " levels deep (limit maxNestingDepth)");
        throw new BrokenFile();
    }

    // ------------------------------------------------------------------ problems

    private void problem(int line, int column, String path, String message) {
        problem(current, file, line, column, path, message);
    }

    /** A problem in a record goes to that record (quarantine) in lenient mode, else it is an error. */
    private void problem(Record record, Source source, int line, int column, String path, String message) {
        InputProblem p = new InputProblem(source.name, line, column, path, message);
        if (record != null) {
            record.invalid = true;
            if (options.lenient()) {
                if (record.problems++ < MAX_REASONS) {
                    record.reasons.add(p);
                }
                return;
            }
        }
        addError(p);
    }

    /** A problem of the file itself (syntax, limits, encoding, headers): an error in every mode. */
    private void fileError(Source source, int line, int column, String path, String message) {
        addError(new InputProblem(source.name, line, column, path, message));
    }

    private void addError(InputProblem p) {
        if (errors.size() >= options.maxErrors()) {
            stopped = new InputProblem(p.file(), p.line(), p.column(), "", "too many errors, stopping");
            throw new TooManyErrors();
        }
        errors.add(p);
    }

    private void syntaxError(Source s, JsonParser parser, IOException e) {
        int line = 0;
        int column = 0;
        String message = null;
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof MarkedYAMLException m && m.getProblemMark() != null) {
                Mark mark = m.getProblemMark();
                line = mark.getLine() + 1;
                column = mark.getColumn() + 1;
                message = yamlMessage(m);
                break;
            }
            if (c instanceof ReaderException r) {
                int[] at = position(s, r.getPosition());
                line = at[0];
                column = at[1];
                message = String.format("character U+%04X is not allowed in YAML; remove it", r.getCodePoint());
                break;
            }
            if (c instanceof StreamConstraintsException sc) {
                JsonLocation at = parser.currentLocation();
                line = at.getLineNr();
                column = at.getColumnNr();
                message = sc.getMessage() != null && sc.getMessage().contains("nesting depth")
                        ? "nested more than " + options.maxNestingDepth() + " levels deep (limit maxNestingDepth)"
                        : "the file is larger than the limit of " + options.maxDocumentBytes()
                                + " bytes (maxDocumentBytes)";
                break;
            }
            if (c.getMessage() != null && c.getMessage().contains("exceeds the limit")) {
                message = "the file is larger than the limit of " + options.maxDocumentBytes()
                        + " bytes (maxDocumentBytes)";
                break;
            }
        }
        if (message == null && e instanceof JsonProcessingException j) {
            JsonLocation at = j.getLocation();
            if (at != null) {
                line = Math.max(at.getLineNr(), 0);
                column = Math.max(at.getColumnNr(), 0);
            }
            String original = j.getOriginalMessage();
            message = (s.json ? "JSON" : "YAML") + " syntax error: " + (original == null ? "" : original.trim());
        }
        if (message == null) {
            message = "cannot read the file: " + e.getMessage();
        }
        fileError(s, line, column, "", message);
    }

    private static String yamlMessage(MarkedYAMLException m) {
        String problem = m.getProblem() == null ? "" : m.getProblem().trim();
        if (problem.contains("(TAB)") || problem.contains("\t")) {
            return "YAML syntax error: a tab character is used for indentation; indent with spaces";
        }
        if (problem.startsWith("expected <block end>")) {
            return "YAML syntax error: bad indentation: this line does not line up with the lines above it"
                    + (m.getContextMark() == null ? "" : " (the block starting at line "
                            + (m.getContextMark().getLine() + 1) + ")");
        }
        if (problem.startsWith("mapping values are not allowed here")) {
            return "YAML syntax error: unexpected ':' (quote a value that contains ': ', or check the indentation)";
        }
        String opened = m.getContextMark() == null ? "" : " at line " + (m.getContextMark().getLine() + 1)
                + ", column " + (m.getContextMark().getColumn() + 1);
        if (problem.startsWith("expected ',' or ']'")) {
            return "YAML syntax error: the list opened with '['" + opened + " is not closed with ']'";
        }
        if (problem.startsWith("expected ',' or '}'")) {
            return "YAML syntax error: the mapping opened with '{'" + opened + " is not closed with '}'";
        }
        String context = m.getContext() == null ? "" : m.getContext().trim();
        return "YAML syntax error: " + problem + (context.isEmpty() ? "" : " (" + context + ")");
    }

    /** Line and column of the code point at {@code position}, for SnakeYAML's reader errors. */
    private static int[] position(Source s, int position) {
        try {
            String text = Files.readString(s.path, StandardCharsets.UTF_8);
            int line = 1;
            int column = 1;
            int count = 0;
            for (int i = 0; i < text.length() && count < position; i += Character.charCount(text.codePointAt(i))) {
                if (text.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
                count++;
            }
            return new int[] {line, column};
        } catch (IOException | RuntimeException e) {
            return new int[] {0, 0};
        }
    }

    // ------------------------------------------------------------------ helpers

    static String join(String parent, String key, int index) {
        String base = parent == null ? "" : parent;
        if (key != null) {
            base = base.isEmpty() ? key : base + "." + key;
        }
        return index >= 0 ? base + "[" + index + "]" : base;
    }

    private static String describe(Tokens t) throws IOException {
        JsonToken token = t.current();
        if (token == null) {
            return "the end of the file";
        }
        switch (token) {
            case START_OBJECT:
                return "a mapping";
            case START_ARRAY:
                return "a list";
            case VALUE_NULL:
                return "nothing";
            case VALUE_STRING:
                return "'" + abbreviate(t.text()) + "'";
            default:
                return t.text();
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    private static long pack(int line, int column) {
        return ((long) line << 32) | (column & 0xFFFFFFFFL);
    }

    private static int unpackLine(long packed) {
        return (int) (packed >>> 32);
    }

    private static int unpackColumn(long packed) {
        return (int) packed;
    }

    private static ValueType childType() {
        ValueType t = new ValueType(Kind.BEAN, null, Child.class);
        t.bean = Schema.info(Child.class);
        return t;
    }

    private static ValueType anyType() {
        return new ValueType(Kind.ANY, null, Object.class);
    }

    private static ValueType mapOfAny() {
        return new ValueType(Kind.MAP, anyType(), Map.class);
    }
}
