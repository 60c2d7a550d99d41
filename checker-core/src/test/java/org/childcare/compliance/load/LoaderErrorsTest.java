package org.childcare.compliance.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.childcare.compliance.load.SelfAssessmentLoader.Loaded;
import org.junit.jupiter.api.Test;

/** Each kind of input error, with its exact location and message. */
class LoaderErrorsTest extends LoaderTestSupport {

    @Test
    void unknownKeySuggestsTheKeyThatWasMeant() {
        Path file = write("sa.yaml", HEADER + """
                  - id: C1
                    dateOfBrith: 2005-06-01
                    colour: blue
                """);
        assertEquals(List.of(
                "sa.yaml:11:5: children[0].dateOfBrith: unknown key 'dateOfBrith', did you mean 'dateOfBirth'?",
                "sa.yaml:12:5: children[0].colour: unknown key 'colour'; free-form additions go under 'extensions:'"),
                errors(load(file)));
    }

    @Test
    void snakeCaseAndCaseMistakesAreSuggestedToo() {
        Path file = write("sa.yaml", HEADER + """
                  - id: C1
                    date_of_birth: 2005-06-01
                    AllocatedWorker: SW1
                """);
        assertEquals(List.of(
                "sa.yaml:11:5: children[0].date_of_birth: unknown key 'date_of_birth', did you mean 'dateOfBirth'?",
                "sa.yaml:12:5: children[0].AllocatedWorker: unknown key 'AllocatedWorker', did you mean 'allocatedWorker'?"),
                errors(load(file)));
    }

    @Test
    void typeErrorsDoNotStopTheCollection() {
        Path file = write("sa.yaml", HEADER + """
                  - id: C1
                    dateOfBirth: 2005-06-01
                    gender: femal
                    disability: maybe
                    referrals:
                      - { id: R1, date: 2011-02-30 }
                      - { id: R2, date: 2010-13-01, source: police }
                      - { id: R3, date: next tuesday }
                    careEpisodes:
                      - start: 2011-02-01
                        schoolDaysMissed: three
                        fixedTermExclusions: 1.5
                        placements:
                          - { start: 2011-02-01, distanceFromHomeMiles: "4.5", type: fostr }
                    extensions: { localFlag: true }
                """);
        Loaded loaded = load(file);
        assertEquals(List.of(
                "sa.yaml:12:13: children[0].gender: unknown gender 'femal'; expected one of: female, male, other, unknown (did you mean 'female'?)",
                "sa.yaml:13:17: children[0].disability: expected true or false, found 'maybe'",
                "sa.yaml:15:25: children[0].referrals[0].date: '2011-02-30' is not a date: February 2011 has 28 days",
                "sa.yaml:16:25: children[0].referrals[1].date: '2010-13-01' is not a date: there is no month 13",
                "sa.yaml:17:25: children[0].referrals[2].date: expected a date (YYYY-MM-DD), found 'next tuesday'",
                "sa.yaml:20:27: children[0].careEpisodes[0].schoolDaysMissed: expected a whole number, found 'three'",
                "sa.yaml:21:30: children[0].careEpisodes[0].fixedTermExclusions: expected a whole number, found 1.5",
                "sa.yaml:23:70: children[0].careEpisodes[0].placements[0].type: unknown type 'fostr'; expected one of: foster, kinship, residential, secure, adoption, independent, parents, other (did you mean 'foster'?)"),
                errors(loaded));
        assertFalse(loaded.result().ok());
        assertTrue(loaded.children().isEmpty(), "an invalid child never reaches the sink");
        assertEquals(new RecordCounts(3, 2, 1), loaded.result().counts());
    }

    @Test
    void wrongShapesAreTypeErrors() {
        Path file = write("sa.yaml", HEADER + """
                  - id: C1
                    referrals: { id: R1 }
                    chronology: [true]
                    visits: 3
                  - just text
                  -
                """);
        assertEquals(List.of(
                "sa.yaml:11:16: children[0].referrals: expected a list, found a mapping",
                "sa.yaml:12:17: children[0].chronology: expected a mapping, found a list",
                "sa.yaml:13:5: children[0].visits: unknown key 'visits'; free-form additions go under 'extensions:'",
                "sa.yaml:14:5: children[1]: expected a mapping, found 'just text'",
                "sa.yaml:15:4: children[2]: empty list item: expected a child"),
                errors(load(file)));
    }

    @Test
    void missingRequiredFields() {
        Path file = write("sa.yaml", """
                schemaVersion: 1
                authority: { code: "999" }
                asAt: 2011-09-12
                workforce:
                  workers:
                    - { role: iro }
                evidence:
                  - { criterion: LEAD-01 }
                children:
                  - dateOfBirth: 2005-06-01
                    referrals:
                      - { id: R1, source: police }
                    careEpisodes:
                      - id: E1
                        visits: [{ seen: true }]
                """);
        assertEquals(List.of(
                "sa.yaml:1:1: missing required field 'period'",
                "sa.yaml:2:12: authority: missing required field 'name'",
                "sa.yaml:6:7: workforce.workers[0]: missing required field 'id'",
                "sa.yaml:8:5: evidence[0]: missing required field 'met'",
                "sa.yaml:10:5: children[0]: missing required field 'id'",
                "sa.yaml:12:9: children[0].referrals[0]: missing required field 'date'",
                "sa.yaml:14:9: children[0].careEpisodes[0]: missing required field 'start'",
                "sa.yaml:15:18: children[0].careEpisodes[0].visits[0]: missing required field 'date'"),
                errors(load(file)));
    }

    @Test
    void unknownWorker() {
        Path file = write("sa.yaml", HEADER + """
                  - id: C1
                    allocatedWorker: SW9
                    assessments:
                      - { id: A1, start: 2010-11-03, undertakenBy: SW1, authorisedBy: TM2 }
                """);
        assertEquals(List.of(
                "sa.yaml:11:22: children[0].allocatedWorker: unknown worker 'SW9': no worker with this id in workforce.workers",
                "sa.yaml:13:71: children[0].assessments[0].authorisedBy: unknown worker 'TM2': no worker with this id in workforce.workers"),
                errors(load(file)));
    }

    @Test
    void endBeforeStart() {
        Path file = write("sa.yaml", """
                schemaVersion: 1
                authority: { name: Northfield }
                period: { start: 2011-04-01, end: 2011-03-31 }
                asAt: 2011-09-12
                workforce:
                  workers: [{ id: SW1, started: 2010-09-01, left: 2010-08-31 }]
                lado:
                  allegations: [{ id: L1, received: 2010-10-01, concluded: 2010-09-20 }]
                children:
                  - id: C1
                    protectionPlans:
                      - { id: P1, start: 2010-12-01, end: 2010-11-30, icpc: { date: 2010-12-01, strategyDiscussion: 2010-12-02 } }
                    careEpisodes:
                      - id: E1
                        start: 2011-02-01
                        end: 2011-01-31
                        placements: [{ start: 2011-02-01, end: 2011-01-01 }]
                        missingEpisodes: [{ start: 2011-03-04, returned: 2011-03-05, returnInterview: 2011-03-03 }]
                """);
        assertEquals(List.of(
                "sa.yaml:3:35: period.end: end 2011-03-31 is before start 2011-04-01",
                "sa.yaml:6:51: workforce.workers[0].left: left 2010-08-31 is before started 2010-09-01",
                "sa.yaml:8:60: lado.allegations[0].concluded: concluded 2010-09-20 is before received 2010-10-01",
                "sa.yaml:12:43: children[0].protectionPlans[0].end: end 2010-11-30 is before start 2010-12-01",
                "sa.yaml:12:69: children[0].protectionPlans[0].icpc.date: date 2010-12-01 is before strategyDiscussion 2010-12-02",
                "sa.yaml:16:14: children[0].careEpisodes[0].end: end 2011-01-31 is before start 2011-02-01",
                "sa.yaml:17:48: children[0].careEpisodes[0].placements[0].end: end 2011-01-01 is before start 2011-02-01",
                "sa.yaml:18:87: children[0].careEpisodes[0].missingEpisodes[0].returnInterview: returnInterview 2011-03-03 is before start 2011-03-04",
                "sa.yaml:18:87: children[0].careEpisodes[0].missingEpisodes[0].returnInterview: returnInterview 2011-03-03 is before returned 2011-03-05"),
                errors(load(file)));
    }

    @Test
    void datesAfterAsAtAndBeforeBirth() {
        Path file = write("sa.yaml", HEADER + """
                  - id: C1
                    dateOfBirth: 2005-06-01
                    referrals: [{ id: R1, date: 2011-09-13 }]
                    careEpisodes:
                      - start: 2005-05-31
                        visits: [{ date: 2005-01-01 }]
                  - id: C2
                    yearOfBirth: 2010
                    protectionPlans: [{ coreGroups: [2010-01-04, 2009-12-31], visits: [{ date: 2009-12-30 }] }]
                  - id: C3
                    dateOfBirth: 2012-01-01
                lado:
                  allegations: [{ id: L1, received: 2011-10-01 }]
                """);
        assertEquals(List.of(
                "sa.yaml:12:33: children[0].referrals[0].date: 2011-09-13 is after asAt (2011-09-12), the date the self-assessment describes",
                "sa.yaml:14:16: children[0].careEpisodes[0].start: 2005-05-31 is before the child's date of birth (2005-06-01)",
                "sa.yaml:15:26: children[0].careEpisodes[0].visits[0].date: 2005-01-01 is before the child's date of birth (2005-06-01)",
                "sa.yaml:18:80: children[1].protectionPlans[0].visits[0].date: 2009-12-30 is before the child's year of birth (2010)",
                "sa.yaml:20:18: children[2].dateOfBirth: 2012-01-01 is after asAt (2011-09-12), the date the self-assessment describes",
                "sa.yaml:22:37: lado.allegations[0].received: 2011-10-01 is after asAt (2011-09-12), the date the self-assessment describes"),
                errors(load(file)));
    }

    @Test
    void workWithAnUnbornChildIsNotAnError() {
        // pre-birth referral, assessment, enquiry, conference and plan: ordinary practice; only a
        // visit (or care) needs the child born
        Path file = write("sa.yaml", HEADER + """
                  - id: U1
                    dateOfBirth: 2011-03-01
                    referrals: [{ id: R1, date: 2010-12-01 }]
                    assessments: [{ id: A1, start: 2010-12-02, completed: 2011-01-20 }]
                    s47Enquiries: [{ id: S1, strategyDiscussion: 2010-12-03 }]
                    protectionPlans:
                      - id: P1
                        start: 2011-01-25
                        icpc: { date: 2011-01-25, strategyDiscussion: 2010-12-03 }
                        coreGroups: [2011-02-07]
                        visits: [{ date: 2011-03-08, seen: true }]
                """);
        assertEquals(List.of(), errors(load(file)));
    }

    @Test
    void asAtDefaultsToTheEndOfThePeriod() {
        Path file = write("sa.yaml", """
                schemaVersion: 1
                authority: { name: Northfield }
                period: { start: 2010-04-01, end: 2011-03-31 }
                children:
                  - { id: C1, referrals: [{ date: 2011-04-01 }] }
                """);
        assertEquals(List.of(
                "sa.yaml:5:35: children[0].referrals[0].date: 2011-04-01 is after asAt (2011-03-31), the date the self-assessment describes"),
                errors(load(file)));
    }

    @Test
    void numbersOutOfRange() {
        Path file = write("sa.yaml", """
                schemaVersion: 1
                authority: { name: Northfield }
                period: { start: 2010-04-01, end: 2011-03-31 }
                workforce:
                  establishment: -1
                  turnoverPercent: 101.5
                  workers: [{ id: SW1, caseload: -3 }]
                partnership:
                  trainingCompliance:
                    - { agency: NHS Leeds, sector: health, level: 3, percent: 120 }
                  lscb:
                    seriousCaseReviews: [{ id: SCR1, actions: 14, actionsCompleted: 15 }]
                children:
                  - { id: C1, careEpisodes: [{ start: 2011-02-01, placements: [{ start: 2011-02-01, distanceFromHomeMiles: -4.5 }] }] }
                """);
        assertEquals(List.of(
                "sa.yaml:5:18: workforce.establishment: establishment must not be negative, found -1",
                "sa.yaml:6:20: workforce.turnoverPercent: turnoverPercent must be between 0 and 100, found 101.5",
                "sa.yaml:7:34: workforce.workers[0].caseload: caseload must not be negative, found -3",
                "sa.yaml:10:63: partnership.trainingCompliance[0].percent: percent must be between 0 and 100, found 120",
                "sa.yaml:12:69: partnership.lscb.seriousCaseReviews[0].actionsCompleted: actionsCompleted 15 is more than actions 14",
                "sa.yaml:14:108: children[0].careEpisodes[0].placements[0].distanceFromHomeMiles: distanceFromHomeMiles must not be negative, found -4.5"),
                errors(load(file)));
    }

    @Test
    void duplicateKeysAreReportedWithBothLinesAndReadingGoesOn() {
        Path file = write("sa.yaml", HEADER + """
                  - id: C1
                    gender: female
                    gender: male
                    referrals: [{ id: R1, date: 2010-11-02, date: 2010-11-03 }]
                    extensions: { a: 1, a: 2 }
                """);
        Loaded loaded = load(file);
        assertEquals(List.of(
                "sa.yaml:12:5: children[0].gender: duplicate key 'gender', first given at line 11",
                "sa.yaml:13:45: children[0].referrals[0].date: duplicate key 'date', first given at line 13",
                "sa.yaml:14:25: children[0].extensions.a: duplicate key 'a', first given at line 14"),
                errors(loaded));
    }

    @Test
    void duplicateIdsWithinAKind() {
        Path file = write("sa.yaml", HEADER + """
                  - id: C1
                    referrals: [{ id: R1, date: 2010-11-02 }]
                    assessments: [{ id: R1, start: 2010-11-03 }]
                  - id: C2
                    referrals: [{ id: R1, date: 2010-11-02 }]
                  - id: C1
                """);
        assertEquals(List.of(
                "sa.yaml:14:23: children[1].referrals[0].id: duplicate referral id 'R1', first given at sa.yaml:11:23",
                "sa.yaml:15:9: children[2].id: duplicate child id 'C1', first given at sa.yaml:10:9"),
                errors(load(file)));
    }

    @Test
    void unsupportedSchemaVersion() {
        Path file = write("sa.yaml", """
                schemaVersion: 2
                authority: { name: Northfield }
                """);
        Loaded loaded = load(file);
        assertEquals(List.of("sa.yaml:1:16: schemaVersion: unsupported schemaVersion 2: this checker reads version 1"),
                errors(loaded));
        assertFalse(loaded.result().ok());
    }

    @Test
    void missingSchemaVersion() {
        Path file = write("sa.yaml", """
                authority: { name: Northfield }
                period: { start: 2010-04-01, end: 2011-03-31 }
                """);
        assertEquals(List.of("sa.yaml:1:1: missing required field 'schemaVersion'"), errors(load(file)));
    }

    @Test
    void closedListsOfTextValues() {
        Path file = write("sa.yaml", """
                schemaVersion: 1
                authority: { name: Northfield }
                period: { start: 2010-04-01, end: 2011-03-31 }
                framework: ilacs-2018
                profile: focused-visit
                calendar: { region: wales }
                """);
        assertEquals(List.of(
                "sa.yaml:4:12: framework: unknown framework 'ilacs-2018'; expected one of: slac-2009, ilacs-2023 (did you mean 'ilacs-2023'?)",
                "sa.yaml:5:10: profile: unknown profile 'focused-visit'; expected one of: full, unannounced-cra, focused-visit-children-in-care",
                "sa.yaml:6:21: calendar.region: unknown region 'wales'; expected one of: england-and-wales, scotland, northern-ireland"),
                errors(load(file)));
    }

    @Test
    void aMissingInputIsAnError() {
        Loaded loaded = load(dir.resolve("nothing-here"));
        assertEquals(List.of("nothing-here:0:0: no such file or directory: " + dir.resolve("nothing-here")),
                errors(loaded));
        assertNull(loaded.result().assessment());
    }

    @Test
    void unknownSectionsAtTheTop() {
        Path file = write("sa.yaml", HEADER.replace("children:\n", "chidren: []\nworkfroce: {}\n"));
        assertEquals(List.of(
                "sa.yaml:9:1: chidren: unknown key 'chidren', did you mean 'children'?",
                "sa.yaml:10:1: workfroce: unknown key 'workfroce', did you mean 'workforce'?"),
                errors(load(file)));
    }

    @Test
    void emptyValuesAreAbsent() {
        Path file = write("sa.yaml", HEADER + """
                  - id: C1
                    allocatedWorker:
                    careEpisodes:
                      - start: 2011-02-01
                        end:
                  - id:
                """);
        Loaded loaded = load(file);
        assertEquals(List.of("sa.yaml:15:5: children[1]: missing required field 'id'"), errors(loaded));
        assertNull(loaded.children().get(0).getAllocatedWorker());
        assertNull(loaded.children().get(0).getCareEpisodes().get(0).getEnd());
    }

    @Test
    void yamlMergeKeysAreNotSupported() {
        Path file = write("sa.yaml", HEADER + """
                  - id: C1
                    <<: { gender: male }
                """);
        assertEquals(List.of("sa.yaml:11:5: children[0].<<: YAML merge keys ('<<') are not supported: write the keys out"),
                errors(load(file)));
    }

    @Test
    void moreThanOneJsonObjectIsAnError() {
        Path file = write("sa.json", "{\"schemaVersion\": 1, \"authority\": {\"name\": \"N\"},"
                + " \"period\": {\"start\": \"2010-04-01\", \"end\": \"2011-03-31\"}}\n{}\n");
        assertEquals(List.of("sa.json:2:1: more content after the top object: a file holds one object"),
                errors(load(file)));
    }
}
