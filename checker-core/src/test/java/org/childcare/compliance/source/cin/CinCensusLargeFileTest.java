package org.childcare.compliance.source.cin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Gender;
import org.childcare.compliance.model.ProtectionPlan;
import org.childcare.compliance.model.ReferralOutcome;
import org.childcare.compliance.source.ReturnRead;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated census of a large authority, streamed child by child: every child is read right, and
 * positions stay exact far past the parser's buffers and the reader's ring of tag positions
 * (hundreds of thousands of start tags). Correctness only; speed is for the bench.
 */
class CinCensusLargeFileTest {
    private static final int CHILDREN = 12_000;
    private static final LocalDate YEAR_START = LocalDate.parse("2023-04-01");

    @TempDir
    static Path dir;
    static Path census;
    /** Line of each child's {@code <Child>} tag, and of the last child's wrong GenderCurrent, as written. */
    static int[] childLines = new int[CHILDREN + 1];
    static int wrongGenderLine;

    @BeforeAll
    static void generate() throws IOException {
        census = dir.resolve("cin_census_large.xml");
        try (BufferedWriter out = Files.newBufferedWriter(census, StandardCharsets.UTF_8)) {
            int[] line = {0};
            Line write = text -> {
                out.write(text);
                out.write('\n');
                line[0]++;
            };
            write.line("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
            write.line("<Message xmlns=\"http://www.example.org/cin\">");
            write.line("  <Header><CollectionDetails><Collection>CIN</Collection><Year>2024</Year>"
                    + "<ReferenceDate>2024-03-31</ReferenceDate></CollectionDetails></Header>");
            write.line("  <Children>");
            for (int i = 1; i <= CHILDREN; i++) {
                childLines[i] = line[0] + 1;
                write.line("    <Child>");
                write.line("      <ChildIdentifiers>");
                write.line("        <LAchildID>L" + i + "</LAchildID>");
                write.line("        <PersonBirthDate>" + LocalDate.parse("2008-01-01").plusDays(i % 3000) + "</PersonBirthDate>");
                if (i == CHILDREN) {
                    wrongGenderLine = line[0] + 1;
                    write.line("        <GenderCurrent>7</GenderCurrent>");
                } else {
                    write.line("        <GenderCurrent>" + (i % 2 == 0 ? 2 : 1) + "</GenderCurrent>");
                }
                write.line("      </ChildIdentifiers>");
                write.line("      <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>");
                write.line("      <CINdetails>");
                write.line("        <CINreferralDate>" + referral(i) + "</CINreferralDate>");
                write.line("        <ReferralSource>6</ReferralSource>");
                write.line("        <Assessments><AssessmentActualStartDate>" + referral(i).plusDays(1)
                        + "</AssessmentActualStartDate><FactorsIdentifiedAtAssessment><AssessmentFactors>21"
                        + "</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>");
                write.line("        <ReferralNFA>0</ReferralNFA>");
                if (i % 5 == 0) {
                    write.line("        <ChildProtectionPlans><CPPstartDate>" + referral(i).plusDays(20)
                            + "</CPPstartDate><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse>"
                            + "<NumberOfPreviousCPP>0</NumberOfPreviousCPP><Reviews><CPPreviewDate>"
                            + referral(i).plusDays(100) + "</CPPreviewDate></Reviews></ChildProtectionPlans>");
                }
                write.line("      </CINdetails>");
                write.line("    </Child>");
            }
            write.line("  </Children>");
            write.line("</Message>");
        }
    }

    private interface Line {
        void line(String text) throws IOException;
    }

    private static LocalDate referral(int child) {
        return YEAR_START.plusDays(child % 200);
    }

    @Test
    void everyChildIsReadAndTheOneWrongValueIsFoundExactlyWhereItIs() {
        ReturnRead strict = CinCensusReader.read(List.of(census), dir, CinOptions.strict());
        assertEquals(List.of("cin_census_large.xml:" + wrongGenderLine
                + ":9: GenderCurrent '7' is not a gender code; expected one of 0, 1, 2, 9"),
                strict.problems().stream().map(Object::toString).toList());

        ReturnRead read = CinCensusReader.read(List.of(census), dir, CinOptions.strict().withLenient(true));
        assertEquals(List.of(), read.problems());
        assertEquals(CHILDREN - 1, read.children().size());
        assertEquals(CHILDREN, read.files().get(0).rows());
        assertEquals(childLines[CHILDREN], read.quarantined().get(0).line());
        for (int i = 1; i < CHILDREN; i++) {
            Child child = read.children().get("L" + i);
            assertEquals(childLines[i], child.sourceLine(), "child " + i);
            assertEquals(5, child.sourceColumn());
            assertEquals("Child[" + i + "]", child.sourcePath());
            assertEquals(i % 2 == 0 ? Gender.FEMALE : Gender.MALE, child.getGender());
            assertEquals(LocalDate.parse("2008-01-01").plusDays(i % 3000), child.getDateOfBirth());
            assertEquals(referral(i), child.getReferrals().get(0).getDate());
            assertEquals(ReferralOutcome.ASSESSMENT, child.getReferrals().get(0).getOutcome());
            assertNull(child.getReferrals().get(0).getRereferralWithin12Months());
            assertEquals(referral(i).plusDays(1), child.getAssessments().get(0).getStart());
            assertEquals(childLines[i] + 10, child.getAssessments().get(0).sourceLine());
            if (i % 5 == 0) {
                ProtectionPlan plan = child.getProtectionPlans().get(0);
                assertEquals(referral(i).plusDays(20), plan.getStart());
                assertEquals(List.of(referral(i).plusDays(100)), plan.getReviewConferences());
                assertEquals(plan.getStart(), plan.knownFrom("reviewConferences"));
                assertEquals(childLines[i] + 12, plan.keyPlace("start").line());
            } else {
                assertEquals(List.of(), child.getProtectionPlans());
            }
        }
    }
}
