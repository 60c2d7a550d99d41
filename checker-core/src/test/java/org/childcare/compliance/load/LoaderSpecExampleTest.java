package org.childcare.compliance.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.childcare.compliance.load.SelfAssessmentLoader.Loaded;
import org.childcare.compliance.model.Assessment;
import org.childcare.compliance.model.CareEpisode;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Located;
import org.childcare.compliance.model.Placement;
import org.childcare.compliance.model.PlacementType;
import org.childcare.compliance.model.ProtectionPlan;
import org.childcare.compliance.model.ReferralOutcome;
import org.childcare.compliance.model.Region;
import org.childcare.compliance.model.SelfAssessment;
import org.childcare.compliance.model.TriState;
import org.junit.jupiter.api.Test;

/** The example of self-assessment-format.md (plus the team manager it refers to) binds completely. */
class LoaderSpecExampleTest {

    private static Loaded example() throws Exception {
        Path file = Path.of(LoaderSpecExampleTest.class.getResource("/load/full.yaml").toURI());
        return SelfAssessmentLoader.loadAll(file, LoadOptions.strict());
    }

    @Test
    void loadsWithoutErrors() throws Exception {
        Loaded loaded = example();
        assertEquals(List.of(), loaded.result().errors());
        assertTrue(loaded.result().ok());
        // one child, two workers, one allegation, one complaint
        assertEquals(new RecordCounts(5, 5, 0), loaded.result().counts());
    }

    @Test
    void bindsEverySection() throws Exception {
        Loaded loaded = example();
        SelfAssessment sa = loaded.result().assessment();
        assertEquals(1, sa.getSchemaVersion());
        assertEquals("999", sa.getAuthority().getCode());
        assertEquals(LocalDate.of(2011, 9, 12), sa.getAsAt());
        assertEquals("slac-2009", sa.getFramework());
        assertEquals(Region.ENGLAND_AND_WALES, sa.getCalendar().getRegion());
        assertEquals(List.of(LocalDate.of(2011, 4, 29)), sa.getCalendar().getExtraNonWorkingDays());
        assertEquals(Map.of("CP-03.maxIntervalWorkingDays", 10), sa.getStandards());
        assertEquals(70.0, sa.getBenchmarks().get("CP-01").getStatisticalNeighbours());
        assertEquals(Map.of("CP-01", 47.0, "WF-02", 21.0), sa.getIndicators());
        assertEquals("../2009-10/", sa.getPrevious());
        assertEquals(11.0, sa.getWorkforce().getTurnoverPercent());
        assertEquals(83.7, sa.getPartnership().getTrainingCompliance().get(0).getPercent());
        assertEquals(12, sa.getPartnership().getLscb().getSeriousCaseReviews().get(0).getActionsCompleted());
        assertEquals("Agreed by all partners, March 2011", sa.getEvidence().get(0).getNote());
        assertEquals(List.of(), sa.getChildren(), "children are streamed, not kept");

        Child child = loaded.children().get(0);
        assertEquals(ReferralOutcome.ASSESSMENT, child.getReferrals().get(0).getOutcome());
        Assessment assessment = child.getAssessments().get(0);
        assertEquals(TriState.NOT_APPLICABLE, assessment.getQuality().getAbsentParentViews());
        assertEquals(Boolean.FALSE, assessment.getQuality().getPreviousInterventionsEvaluated());
        ProtectionPlan plan = child.getProtectionPlans().get(0);
        assertNull(plan.getEnd());
        assertEquals(Boolean.FALSE, plan.getIcpc().getAttendance().getGp());
        assertEquals(2, plan.getCoreGroups().size());
        CareEpisode episode = child.getCareEpisodes().get(0);
        Placement placement = episode.getPlacements().get(0);
        assertEquals(PlacementType.FOSTER, placement.getType());
        assertEquals(4.5, placement.getDistanceFromHomeMiles());
        assertEquals(LocalDate.of(2011, 3, 7), episode.getMissingEpisodes().get(0).getReturnInterview());
        assertEquals(LocalDate.of(2011, 2, 15), child.getCareLeaver().getPathwayPlan().getReviews().get(0));
    }

    @Test
    void everyRecordIsLocated() throws Exception {
        Loaded loaded = example();
        Child child = loaded.children().get(0);
        assertLocated(child, 21, 5, "children[0]");
        assertLocated(child.getAssessments().get(0).getQuality(), 45, 11, "children[0].assessments[0].quality");
        assertLocated(child.getProtectionPlans().get(0).getIcpc().getAttendance(), 68, 23,
                "children[0].protectionPlans[0].icpc.attendance");
        assertLocated(child.getCareEpisodes().get(0).getPlacements().get(0), 89, 13,
                "children[0].careEpisodes[0].placements[0]");
        assertLocated(child.getCareEpisodes().get(0).getVisits().get(0), 97, 13, "children[0].careEpisodes[0].visits[0]");
        SelfAssessment sa = loaded.result().assessment();
        assertLocated(sa, 1, 1, "");
        assertLocated(sa.getAuthority(), 3, 3, "authority");
        assertLocated(sa.getWorkforce().getWorkers().get(0), 128, 7, "workforce.workers[0]");
        assertLocated(sa.getLado().getAllegations().get(0), 148, 7, "lado.allegations[0]");
    }

    @Test
    void listsAndMapsAreReadOnly() throws Exception {
        Loaded loaded = example();
        assertThrows(UnsupportedOperationException.class, () -> loaded.children().get(0).getReferrals().clear());
        assertThrows(UnsupportedOperationException.class,
                () -> loaded.result().assessment().getWorkforce().getWorkers().clear());
        assertThrows(UnsupportedOperationException.class, () -> loaded.result().assessment().getStandards().clear());
    }

    private static void assertLocated(Located record, int line, int column, String path) {
        assertEquals("full.yaml:" + line + ":" + column + " " + path, record.sourceFile() + ":" + record.sourceLine()
                + ":" + record.sourceColumn() + " " + record.sourcePath());
    }
}
