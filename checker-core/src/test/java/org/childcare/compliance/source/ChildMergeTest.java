package org.childcare.compliance.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Gender;
import org.childcare.compliance.model.PlanContent;
import org.childcare.compliance.model.PlanKnownFrom;
import org.childcare.compliance.model.ProtectionPlan;
import org.childcare.compliance.model.Visit;
import org.junit.jupiter.api.Test;

class ChildMergeTest {
    private static final LocalDate START = LocalDate.of(2024, 2, 1);

    private static Child child(String id) {
        Child c = new Child();
        c.setId(id);
        return c;
    }

    private static ProtectionPlan plan(LocalDate start) {
        ProtectionPlan p = new ProtectionPlan();
        p.setStart(start);
        return p;
    }

    private static Visit visit(String date) {
        Visit v = new Visit();
        v.setDate(LocalDate.parse(date));
        v.setSeen(true);
        return v;
    }

    @Test
    void aPlanFromTheCensusAndTheSamePlanInYamlAreOnePlanWithTheAuditFieldsOfTheYaml() {
        Child yaml = child("C1");
        ProtectionPlan audited = plan(START);
        PlanContent content = new PlanContent();
        content.setOutcomes(true);
        audited.setContent(content);
        yaml.setProtectionPlans(new ArrayList<>(List.of(audited)));

        Child census = child("C1");
        ProtectionPlan fromCensus = plan(START);
        fromCensus.setId("C1/plan/2024-02-01");
        fromCensus.setReviewConferences(new ArrayList<>(List.of(LocalDate.of(2024, 4, 20))));
        PlanKnownFrom known = new PlanKnownFrom();
        known.setReviewConferences(LocalDate.of(2024, 4, 1));
        fromCensus.setKnownFrom(known);
        census.setProtectionPlans(new ArrayList<>(List.of(fromCensus, plan(LocalDate.of(2023, 1, 5)))));

        ChildMerge merge = new ChildMerge();
        merge.merge(yaml, "yaml", census, "cin");

        assertEquals(2, yaml.getProtectionPlans().size(), "matched on the start date; the other plan is added");
        ProtectionPlan one = yaml.getProtectionPlans().get(0);
        assertSame(content, one.getContent(), "the YAML's audit stays");
        assertEquals("C1/plan/2024-02-01", one.getId(), "the census fills in what the YAML lacks");
        assertEquals(List.of(LocalDate.of(2024, 4, 20)), one.getReviewConferences());
        assertEquals(LocalDate.of(2024, 4, 1), one.knownFrom("reviewConferences"), "known only as far as the census reaches");
    }

    @Test
    void listsAreUnitedByDateAndAListTheYamlGaveWhole() {
        Child yaml = child("C1");
        ProtectionPlan p = plan(START);
        p.setVisits(new ArrayList<>(List.of(visit("2024-02-05"), visit("2024-02-16"))));
        yaml.setProtectionPlans(new ArrayList<>(List.of(p)));

        Child annexA = child("C1");
        ProtectionPlan latest = plan(START);
        latest.setVisits(new ArrayList<>(List.of(visit("2024-02-16"))));
        PlanKnownFrom known = new PlanKnownFrom();
        known.setVisits(LocalDate.of(2024, 2, 16));
        latest.setKnownFrom(known);
        annexA.setProtectionPlans(new ArrayList<>(List.of(latest)));

        new ChildMerge().merge(yaml, "yaml", annexA, "annexA");

        ProtectionPlan merged = yaml.getProtectionPlans().get(0);
        assertEquals(2, merged.getVisits().size(), "the same visit is one visit");
        assertNull(merged.knownFrom("visits"), "the YAML gave the visits without a date: complete");
    }

    @Test
    void theFirstSourceWinsAValueAndADifferentValueIsADisagreement() {
        Child yaml = child("C1");
        yaml.setGender(Gender.FEMALE);
        Child ssda903 = child("C1");
        ssda903.setGender(Gender.MALE);
        ssda903.setEthnicity("WBRI");

        ChildMerge merge = new ChildMerge();
        merge.merge(yaml, "yaml", ssda903, "ssda903");

        assertEquals(Gender.FEMALE, yaml.getGender());
        assertEquals("WBRI", yaml.getEthnicity());
        assertEquals(List.of(new ChildMerge.Disagreement("C1", "C1", "gender", "FEMALE", "yaml", "MALE", "ssda903")),
                merge.disagreements());
    }
}
