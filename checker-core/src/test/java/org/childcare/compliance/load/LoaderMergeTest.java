package org.childcare.compliance.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.childcare.compliance.load.SelfAssessmentLoader.Loaded;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.SelfAssessment;
import org.childcare.compliance.model.Worker;
import org.junit.jupiter.api.Test;

/** Directories of files, merged; JSON input; the previous self-assessment. */
class LoaderMergeTest extends LoaderTestSupport {

    @Test
    void filesAreReadInOrderOfTheirRelativePathAndListsConcatenated() {
        write("sa/b.yaml", """
                children:
                  - { id: B1, allocatedWorker: SW2 }
                """);
        write("sa/a.yaml", """
                schemaVersion: 1
                authority: { name: Northfield }
                period: { start: 2010-04-01, end: 2011-03-31 }
                standards: { CP-03.maxIntervalWorkingDays: 10 }
                workforce:
                  establishment: 180
                  workers: [{ id: SW1 }]
                children:
                  - { id: A1, allocatedWorker: SW1 }
                """);
        write("sa/team-c/c.yml", """
                schemaVersion: 1
                standards: { CP-01.band: 5 }
                workforce:
                  workers: [{ id: SW2 }]
                children:
                  - { id: C1 }
                complaints: [{ id: CO1, received: 2010-06-01 }]
                """);
        write("sa/d.json", """
                {"children": [{"id": "D1"}], "complaints": [{"id": "CO2", "received": "2010-07-01"}]}
                """);
        write("sa/notes.txt", "not: [read");
        write("sa/.drafts/x.yaml", "not: [read");
        write("sa/.hidden.yaml", "not: [read");

        Loaded loaded = load(dir.resolve("sa"));
        assertEquals(List.of(), errors(loaded));
        assertEquals(List.of("A1", "B1", "D1", "C1"), loaded.children().stream().map(Child::getId).toList());
        assertEquals(List.of("a.yaml", "b.yaml", "d.json", "team-c/c.yml"),
                loaded.children().stream().map(Child::sourceFile).toList());
        SelfAssessment sa = loaded.result().assessment();
        assertEquals(List.of("SW1", "SW2"), sa.getWorkforce().getWorkers().stream().map(Worker::getId).toList());
        assertEquals("team-c/c.yml", sa.getWorkforce().getWorkers().get(1).sourceFile());
        assertEquals(180, sa.getWorkforce().getEstablishment());
        assertEquals(List.of("CO2", "CO1"), sa.getComplaints().stream().map(c -> c.getId()).toList());
        assertEquals(Map.of("CP-03.maxIntervalWorkingDays", 10, "CP-01.band", 5), sa.getStandards());
        assertEquals(new RecordCounts(8, 8, 0), loaded.result().counts());
    }

    @Test
    void duplicateIdAcrossTwoFiles() {
        write("sa/a.yaml", HEADER + "  - { id: C1 }\n");
        write("sa/b.yaml", "children:\n  - { id: C2 }\n  - { id: C1 }\nworkforce:\n  workers: [{ id: SW1 }]\n");
        assertEquals(List.of(
                "b.yaml:3:11: children[1].id: duplicate child id 'C1', first given at a.yaml:10:11",
                "b.yaml:5:19: workforce.workers[0].id: duplicate worker id 'SW1', first given at a.yaml:7:13"),
                errors(load(dir.resolve("sa"))));
    }

    @Test
    void aSingleValueMayBeGivenInOneFileOnly() {
        write("sa/a.yaml", HEADER);
        write("sa/b.yaml", """
                schemaVersion: 1
                authority:
                  name: Northfield City Council
                workforce: { establishment: 10 }
                standards: { CP-03.maxIntervalWorkingDays: 12 }
                """);
        write("sa/c.yaml", """
                workforce: { establishment: 12 }
                standards: { CP-03.maxIntervalWorkingDays: 15 }
                """);
        assertEquals(List.of(
                "b.yaml:2:1: authority: 'authority' is already given at a.yaml:2:1; only lists and maps are merged"
                        + " across files, anything else may be given in one file only",
                "c.yaml:1:14: workforce.establishment: 'workforce.establishment' is already given at b.yaml:4:14;"
                        + " only lists and maps are merged across files, anything else may be given in one file only",
                "c.yaml:2:14: standards.CP-03.maxIntervalWorkingDays: 'standards.CP-03.maxIntervalWorkingDays' is"
                        + " already given at b.yaml:5:14; a key of a map may be given in one file only"),
                errors(load(dir.resolve("sa"))));
    }

    @Test
    void requiredSectionsMayComeFromAnyFileButMustComeFromOne() {
        write("sa/a.yaml", "schemaVersion: 1\nperiod: { start: 2010-04-01, end: 2011-03-31 }\n");
        write("sa/b.yaml", "children: []\n");
        assertEquals(List.of("a.yaml:1:1: missing required field 'authority' (no file of the directory gives it)"),
                errors(load(dir.resolve("sa"))));
    }

    @Test
    void workerReferencesMayPointIntoLaterFiles() {
        write("sa/a.yaml", HEADER + "  - { id: C1, allocatedWorker: SW7 }\n");
        write("sa/z.yaml", "workforce:\n  workers: [{ id: SW7 }]\n");
        assertEquals(List.of(), errors(load(dir.resolve("sa"))));
    }

    @Test
    void anEmptyDirectoryIsAnError() throws Exception {
        Files.createDirectories(dir.resolve("sa"));
        write("sa/readme.md", "# nothing");
        assertEquals(List.of("sa:0:0: no *.yaml, *.yml or *.json files in the directory"),
                errors(load(dir.resolve("sa"))));
    }

    @Test
    void jsonIsReadIntoTheSameModelWithTheSameErrors() {
        Path file = write("sa.json", """
                {
                  "schemaVersion": 1,
                  "authority": {"name": "Northfield"},
                  "period": {"start": "2010-04-01", "end": "2011-03-31"},
                  "children": [
                    {"id": "C1", "dateOfBirth": "2011-02-30", "gendr": "female", "gender": "f"},
                    {"id": "C2", "referrals": [{"date": "2010-11-02", "date": "2010-11-03"}], "allocatedWorker": "SW9"}
                  ]
                }
                """);
        assertEquals(List.of(
                "sa.json:6:33: children[0].dateOfBirth: '2011-02-30' is not a date: February 2011 has 28 days",
                "sa.json:6:47: children[0].gendr: unknown key 'gendr', did you mean 'gender'?",
                "sa.json:6:76: children[0].gender: unknown gender 'f'; expected one of: female, male, other, unknown",
                "sa.json:7:55: children[1].referrals[0].date: duplicate key 'date', first given at line 7",
                "sa.json:7:98: children[1].allocatedWorker: unknown worker 'SW9': no worker with this id in workforce.workers"),
                errors(load(file)));
    }

    @Test
    void jsonSyntaxErrorsAreLocated() {
        Path file = write("sa.json", "{\n  \"schemaVersion\": 1\n  \"authority\": {}\n}\n");
        assertEquals(List.of("sa.json:3:3: JSON syntax error: Unexpected character ('\"' (code 34)): was expecting"
                + " comma to separate Object entries"), errors(load(file)));
    }

    @Test
    void theSpecExampleAsJsonLoadsLikeTheYaml() throws Exception {
        Path yaml = Path.of(getClass().getResource("/load/full.yaml").toURI());
        JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(yaml.toFile());
        Path json = write("full.json", new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree));

        Loaded fromYaml = load(yaml);
        Loaded fromJson = load(json);
        assertEquals(List.of(), errors(fromJson));
        assertEquals(fromYaml.result().counts(), fromJson.result().counts());
        Child a = fromYaml.children().get(0);
        Child b = fromJson.children().get(0);
        assertEquals(a.getDateOfBirth(), b.getDateOfBirth());
        assertEquals(a.getAssessments().get(0).getQuality().getAbsentParentViews(),
                b.getAssessments().get(0).getQuality().getAbsentParentViews());
        assertEquals(a.getCareEpisodes().get(0).getPlacements().get(0).getDistanceFromHomeMiles(),
                b.getCareEpisodes().get(0).getPlacements().get(0).getDistanceFromHomeMiles());
        assertEquals("children[0].careEpisodes[0].placements[0]", b.getCareEpisodes().get(0).getPlacements().get(0).sourcePath());
        assertEquals("full.json", b.sourceFile());
        assertTrue(b.sourceLine() > 1);
    }

    @Test
    void previousIsRelativeToTheRootDirectoryOrTheRootFilesDirectory() {
        Path file = write("2010-11/sa.yaml", HEADER.replace("children:\n", "previous: ../2009-10/\n"));
        assertEquals(dir.resolve("2009-10").toAbsolutePath(), SelfAssessmentLoader.resolvePrevious(load(file).result()));
        assertEquals(dir.resolve("2009-10").toAbsolutePath(),
                SelfAssessmentLoader.resolvePrevious(load(dir.resolve("2010-11")).result()));
        assertNull(SelfAssessmentLoader.resolvePrevious(load(write("x/sa.yaml", HEADER)).result()));
    }
}
