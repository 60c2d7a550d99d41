package org.childcare.compliance.source.cin;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.childcare.compliance.load.InputProblem;
import org.childcare.compliance.model.Assessment;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Located;
import org.childcare.compliance.model.PlanKnownFrom;
import org.childcare.compliance.model.ProtectionPlan;
import org.childcare.compliance.model.Referral;
import org.childcare.compliance.model.S47Enquiry;
import org.childcare.compliance.source.ReturnRead;
import org.childcare.compliance.source.SourceFile;

/**
 * Reads the Children in Need census, the XML return every English authority sends the DfE each
 * year, into format v1 children: referrals, single assessments, section 47 enquiries and child
 * protection plans with their review conferences (see docs/sources-cin.md for the mapping).
 *
 * <p>Files are streamed one {@code Child} at a time; document type declarations are refused, so no
 * entity is ever expanded. Several census years of one authority merge by child id, records matched
 * on their dates. Each record is located at its element, and each date at its own element.
 */
public final class CinCensusReader {
    /** The {@code sources:} key of the census, as {@link ReturnRead#source()} names it. */
    public static final String SOURCE = "cin";

    private CinCensusReader() {}

    /**
     * @return true when {@code xml} is a {@code .xml} file whose root element is {@code Message} and
     *     whose {@code Header/CollectionDetails/Collection} is {@code CIN}; only its start is read
     */
    public static boolean recognise(Path xml) {
        Path name = xml.getFileName();
        if (name == null || !name.toString().toLowerCase(Locale.ROOT).endsWith(".xml")) {
            return false;
        }
        CinHeader header = CinHeader.read(xml);
        return header != null && header.isCin();
    }

    /**
     * Reads the census files of one authority.
     *
     * @param files the census files (those {@link #recognise} accepts; any other is an input error)
     * @param root the self-assessment directory, against which files are named in problems and records
     * @param options strictness, error limit and {@code sources.cin.historyFrom}
     */
    public static ReturnRead read(List<Path> files, Path root, CinOptions options) {
        CinRun run = new CinRun(options);
        List<SourceFile> read = new ArrayList<>();
        List<LocalDate[]> years = new ArrayList<>();
        try {
            record Census(Path path, String name, CinHeader header) {}
            List<Census> censuses = new ArrayList<>();
            for (Path path : files) {
                String name = name(root, path);
                CinHeader header = CinHeader.read(path);
                if (header == null || !header.isCin()) {
                    run.fileError(new InputProblem(name, 0, 0, null, "not a CIN census: the root element is not"
                            + " Message with Header/CollectionDetails/Collection CIN"));
                    continue;
                }
                censuses.add(new Census(path, name, header));
            }
            // oldest census first, so that a later year's values win when the same child or record is met again
            censuses.sort(Comparator.comparing((Census c) -> c.header().referenceDate(),
                    Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Census::name));
            for (Census census : censuses) {
                if (census.header().referenceDate() != null) {
                    years.add(new LocalDate[] {census.header().yearStart(), census.header().referenceDate()});
                }
                read.add(new CinFileReader(run, census.name(), census.header()).read(census.path()));
            }
        } catch (CinRun.TooManyErrors stop) {
            // reported as the last error; what was read so far is returned with it
        }
        read.sort(Comparator.comparing(SourceFile::file));
        SortedMap<String, Child> children = new TreeMap<>();
        for (Map.Entry<String, ChildDraft> entry : run.children().entrySet()) {
            children.put(entry.getKey(), finish(entry.getValue(), options.historyFrom(), years));
        }
        return new ReturnRead(SOURCE, read, children, run.errors(), run.quarantined());
    }

    private static String name(Path root, Path file) {
        Path shown = file;
        if (root != null) {
            Path base = root.toAbsolutePath().normalize();
            Path full = file.toAbsolutePath().normalize();
            if (full.startsWith(base)) {
                shown = base.relativize(full);
            }
        }
        return shown.toString().replace('\\', '/');
    }

    /** The child as the format has it: ids, lists in date order, re-referrals and what is known of review conferences. */
    private static Child finish(ChildDraft draft, LocalDate historyFrom, List<LocalDate[]> years) {
        Child child = draft.child;
        String id = child.getId();
        List<Referral> referrals = new ArrayList<>();
        for (Referral referral : draft.referrals.values()) {
            referral.setId(id + "/referral/" + referral.getDate());
            referral.setRereferralWithin12Months(rereferral(referral.getDate(), draft, historyFrom, years));
            referrals.add(referral);
        }
        List<Assessment> assessments = new ArrayList<>();
        for (Assessment assessment : draft.assessments.values()) {
            assessment.setId(id + "/assessment/" + assessment.getStart());
            assessments.add(assessment);
        }
        List<S47Enquiry> enquiries = new ArrayList<>();
        for (S47Enquiry enquiry : draft.s47Enquiries.values()) {
            enquiry.setId(id + "/s47/" + enquiry.getStrategyDiscussion());
            enquiries.add(enquiry);
        }
        List<ProtectionPlan> plans = new ArrayList<>();
        for (ChildDraft.PlanDraft planDraft : draft.plans.values()) {
            ProtectionPlan plan = planDraft.plan;
            plan.setId(id + "/plan/" + plan.getStart());
            // the census gives every review of its year: none listed is none held, from knownFrom on
            List<LocalDate> reviews = new ArrayList<>(planDraft.reviews.keySet());
            int index = 0;
            for (Located.Place place : planDraft.reviews.values()) {
                plan.locateKey("reviewConferences[" + index++ + "]", place.file(), place.line(), place.column());
            }
            plan.setReviewConferences(reviews);
            if (planDraft.reviewsKnownFrom != null) {
                PlanKnownFrom known = new PlanKnownFrom();
                known.locate(plan.sourceFile(), plan.sourceLine(), plan.sourceColumn(), plan.sourcePath());
                known.setReviewConferences(planDraft.reviewsKnownFrom);
                plan.setKnownFrom(known);
            }
            plans.add(plan);
        }
        if (!referrals.isEmpty()) {
            child.setReferrals(referrals);
        }
        if (!assessments.isEmpty()) {
            child.setAssessments(assessments);
        }
        if (!enquiries.isEmpty()) {
            child.setS47Enquiries(enquiries);
        }
        if (!plans.isEmpty()) {
            child.setProtectionPlans(plans);
        }
        return child;
    }

    /**
     * True when the child has another referral in the files in the 12 months before this one; false
     * when there is none and the files cover all of those 12 months; null (unknown) when part of them
     * lies before what the files cover, where an earlier referral may well exist.
     */
    private static Boolean rereferral(LocalDate date, ChildDraft draft, LocalDate historyFrom, List<LocalDate[]> years) {
        LocalDate from = date.minusMonths(12);
        LocalDate earlier = draft.referrals.lowerKey(date);
        if (earlier != null && !earlier.isBefore(from)) {
            return true;
        }
        return covered(from, date, historyFrom, years) ? Boolean.FALSE : null;
    }

    /** @return true when the files give every referral from {@code from} up to (not including) {@code to} */
    static boolean covered(LocalDate from, LocalDate to, LocalDate historyFrom, List<LocalDate[]> years) {
        if (historyFrom != null) {
            return !from.isBefore(historyFrom);
        }
        List<LocalDate[]> sorted = new ArrayList<>(years);
        sorted.sort(Comparator.comparing((LocalDate[] year) -> year[0]));
        LocalDate next = from; // the first day not yet shown to be covered
        for (LocalDate[] year : sorted) {
            if (year[0].isAfter(next)) {
                break;
            }
            if (!year[1].isBefore(next)) {
                next = year[1].plusDays(1);
            }
        }
        return !next.isBefore(to);
    }
}
