package org.childcare.compliance.report.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.childcare.compliance.report.Report;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;

/** Same report, same bytes: UTF-8, LF only, nothing from the clock or the machine. */
class DeterminismTest {

    static Stream<Arguments> formatsAndReports() {
        Stream.Builder<Arguments> all = Stream.builder();
        for (String name : ReportFormats.names()) {
            all.add(Arguments.of(name, "northfield", (Supplier<Report>) ReportFixtures::northfield));
            all.add(Arguments.of(name, "ilacs", (Supplier<Report>) ReportFixtures::ilacsFocusedVisit));
            all.add(Arguments.of(name, "hostile", (Supplier<Report>) ReportFixtures::hostile));
        }
        return all.build();
    }

    @ParameterizedTest(name = "{0} of {1}")
    @MethodSource("formatsAndReports")
    void sameReportSameBytes(String name, String fixture, Supplier<Report> report) throws CharacterCodingException {
        ReportFormat format = ReportFormats.get(name);
        byte[] first = Outputs.bytes(format, report.get());
        byte[] again = Outputs.bytes(format, report.get());
        assertArrayEquals(first, again);
        assertArrayEquals(first, Outputs.bytes(ReportFormats.get(name), report.get()), "a new formatter writes the same");
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(first)).toString();
        assertFalse(text.contains("\r"), "LF line ends only");
        assertEquals('\n', text.charAt(text.length() - 1), "ends with a newline");
        assertFalse(text.contains(LocalDate.now().toString()), "no date of today");
        assertFalse(text.contains(Outputs.buildDir().toString()), "no path of this machine");
    }
}
