package org.childcare.compliance.report.format;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.childcare.compliance.model.Benchmark;

/** The one JSON writer of the JSON and SARIF formats: sorted keys, ISO dates, two-space indent, LF. */
final class JsonSupport {

    /** Benchmarks print only the figures given, without the loader's {@code extensions}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties({"extensions"})
    abstract static class BenchmarkMixin {}

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .addMixIn(Benchmark.class, BenchmarkMixin.class)
            .build();

    private static final ObjectWriter WRITER = MAPPER.writer(printer());

    private JsonSupport() {}

    private static DefaultPrettyPrinter printer() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    /** Writes {@code value} pretty-printed, then a final newline; flushes, does not close. */
    static void write(Object value, OutputStream out) throws IOException {
        WRITER.writeValue(out, value);
        out.write("\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
