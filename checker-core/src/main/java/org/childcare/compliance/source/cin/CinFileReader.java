package org.childcare.compliance.source.cin;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import org.childcare.compliance.load.InputProblem;
import org.childcare.compliance.model.Assessment;
import org.childcare.compliance.model.AssessmentType;
import org.childcare.compliance.model.Icpc;
import org.childcare.compliance.model.Located;
import org.childcare.compliance.model.ReferralOutcome;
import org.childcare.compliance.model.Referral;
import org.childcare.compliance.model.S47Enquiry;
import org.childcare.compliance.model.S47Outcome;
import org.childcare.compliance.source.SourceFile;

/**
 * Reads one census file, one {@code Child} at a time, into {@link ChildDraft}s handed to the run as
 * each is finished: nothing of a file is held but the child being read. Every problem names the
 * element and the line and column where its start tag begins.
 */
final class CinFileReader {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Elements of the census the mapping does not use: passed over without a word. */
    private static final Set<String> NOT_USED = Set.of(
            "UPN", "FormerUPN", "UPNunknown", "PersonDeathDate", "PrimaryNeedCode", "CINclosureDate",
            "ReasonForClosure", "CINPlanDates", "AssessmentInternalReviewDate", "FactorsIdentifiedAtAssessment",
            "InitialCPCtarget", "ICPCnotRequired", "InitialCategoryOfAbuse");

    /** A date as read, with where its element starts. */
    private record Dated(LocalDate date, int line, int column) {}

    /** A date a record cannot do without: as read, and whether a wrong value was already reported. */
    private final class Required {
        Dated value;
        private boolean wrong;

        void read(ChildDraft d) throws XMLStreamException {
            value = date(d);
            wrong = rejected;
        }

        /** @return true when it was given; else reports it missing, unless a wrong value was reported already */
        boolean given(ChildDraft d, int line, int column, String record, String element) {
            if (value == null && !wrong) {
                bad(d, line, column, record + " has no " + element);
            }
            return value != null;
        }
    }

    /** A {@code Section47} as read: the enquiry, its start and the conference it gives, if any. */
    private record Section47(S47Enquiry enquiry, String path, Dated start, Dated conference) {}

    private final CinRun run;
    private final String file;
    private final CinHeader header;
    private final LocalDate historyFrom;
    private CinXml xml;
    /** Whether the last value read was reported as wrong: a wrong required date is not also reported missing. */
    private boolean rejected;

    private long rows;
    private final Set<String> ids = new HashSet<>();
    private final Map<String, Long> ignored = new TreeMap<>();
    private final Set<String> columns = new LinkedHashSet<>();

    CinFileReader(CinRun run, String file, CinHeader header) {
        this.run = run;
        this.file = file;
        this.header = header;
        LocalDate given = run.options().historyFrom();
        this.historyFrom = given != null ? given : header.yearStart();
    }

    /** Reads the file; problems go to the run, children to the run as each is read. */
    SourceFile read(Path path) {
        if (header.problem() != null) {
            run.fileError(new InputProblem(file, header.line(), header.column(), null, header.problem()));
        } else if (historyFrom == null) {
            run.fileError(new InputProblem(file, 0, 0, null, "the census gives no Header/CollectionDetails/"
                    + "ReferenceDate or Year, so its year, and how far back its review conferences reach, is"
                    + " unknown; add them, or give sources.cin.historyFrom"));
        }
        ChildDraft current = null;
        try (CinXml opened = CinXml.open(path)) {
            xml = opened;
            xml.root(true);
            while (xml.next()) {
                if (xml.name.equals("Children")) {
                    int index = 0;
                    while (xml.next()) {
                        if (!xml.name.equals("Child")) {
                            other();
                            continue;
                        }
                        index++;
                        rows++;
                        current = new ChildDraft(file, xml.line, xml.column, "Child[" + index + "]", historyFrom);
                        child(current);
                        offer(current);
                        current = null;
                    }
                } else if (xml.name.equals("Header")) {
                    xml.skip(); // read before the children, when the file was recognised
                } else {
                    other();
                }
            }
        } catch (CinXml.RefusedDoctype refused) {
            run.fileError(new InputProblem(file, refused.line, refused.column, null, refused.getMessage()));
        } catch (XMLStreamException e) {
            unreadable(current, e);
        } catch (IOException e) {
            unreadable(current, e);
        }
        return new SourceFile(file, "cin-census", header.yearLabel(), true, rows, ids.size(), ignored,
                List.copyOf(columns));
    }

    /** The rest of the file cannot be read: a file error; the child being read is incomplete, so it is left out. */
    private void unreadable(ChildDraft current, Exception e) {
        int line = xml == null ? 0 : xml.line;
        int column = xml == null ? 0 : xml.column;
        String message = null;
        int[] wrongBytes = xml == null ? null : xml.wrongBytesAt();
        if (wrongBytes != null) {
            line = wrongBytes[0];
            column = wrongBytes[1];
            message = "the file is not valid " + xml.charset().name() + " text from here";
        }
        for (Throwable cause = e; message == null && cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException coding) {
                message = coding.getMessage();
            }
        }
        if (message == null && e instanceof XMLStreamException stax && stax.getLocation() != null) {
            Location at = stax.getLocation();
            line = at.getLineNumber();
            column = at.getColumnNumber();
            message = "not well-formed XML: " + parserMessage(stax);
        }
        if (message == null) {
            message = "the file could not be read: " + e.getMessage();
        }
        if (current != null) {
            ignored.merge("child cut short by the unreadable end of the file", 1L, Long::sum);
        }
        run.fileError(new InputProblem(file, Math.max(line, 0), Math.max(column, 0), null,
                message + "; the rest of the file was not read"));
    }

    /** The JDK puts "ParseError at [row,col]:[3,18]\nMessage: " before the reason; the location is ours to give. */
    private static String parserMessage(XMLStreamException e) {
        String text = String.valueOf(e.getMessage());
        int at = text.indexOf("Message: ");
        return (at >= 0 ? text.substring(at + "Message: ".length()) : text).strip();
    }

    private void offer(ChildDraft draft) {
        if (draft.id() != null) {
            ids.add(draft.id());
        }
        switch (run.offer(draft)) {
            case KEPT -> {
                // merged into the run's children
            }
            case INVALID -> ignored.merge(run.options().lenient() ? "child quarantined" : "child with input errors",
                    1L, Long::sum);
            case ALREADY_LEFT_OUT -> ignored.merge("child left out for errors in another census file", 1L, Long::sum);
        }
    }

    // ------------------------------------------------------------------ elements

    private void child(ChildDraft d) throws XMLStreamException {
        int line = xml.line;
        int column = xml.column;
        int details = 0;
        while (xml.next()) {
            switch (xml.name) {
                case "ChildIdentifiers" -> identifiers(d);
                case "ChildCharacteristics" -> characteristics(d);
                case "CINdetails" -> details(d, d.path + "/CINdetails[" + ++details + "]");
                default -> other();
            }
        }
        if (d.id() == null) {
            bad(d, line, column, "Child has no ChildIdentifiers/LAchildID, so its records cannot be joined to anyone");
        }
    }

    private void identifiers(ChildDraft d) throws XMLStreamException {
        used("ChildIdentifiers");
        while (xml.next()) {
            switch (xml.name) {
                case "LAchildID" -> {
                    int line = xml.line;
                    int column = xml.column;
                    String id = value(d);
                    if (id != null) {
                        d.child.setId(id);
                        d.child.locateKey("id", file, line, column);
                    }
                }
                case "PersonBirthDate" -> {
                    Dated born = date(d);
                    if (born != null) {
                        d.child.setDateOfBirth(born.date());
                        place(d.child, "dateOfBirth", born);
                    }
                }
                case "ExpectedPersonBirthDate" -> {
                    Dated expected = date(d);
                    if (expected != null) {
                        d.child.setExpectedDateOfBirth(expected.date());
                        place(d.child, "expectedDateOfBirth", expected);
                    }
                }
                case "GenderCurrent" -> gender(d, CinCodes.GENDER_CURRENT, "a gender code");
                case "Sex" -> gender(d, CinCodes.SEX, "a sex code");
                default -> other();
            }
        }
    }

    private void gender(ChildDraft d, Map<String, org.childcare.compliance.model.Gender> codes, String what)
            throws XMLStreamException {
        int line = xml.line;
        int column = xml.column;
        var gender = code(d, codes, what, CinCodes.allowed(codes.keySet()));
        if (gender != null) {
            d.child.setGender(gender);
            d.child.locateKey("gender", file, line, column);
        }
    }

    private void characteristics(ChildDraft d) throws XMLStreamException {
        used("ChildCharacteristics");
        while (xml.next()) {
            switch (xml.name) {
                case "Ethnicity" -> {
                    int line = xml.line;
                    int column = xml.column;
                    String code = listed(d, CinCodes.ETHNICITY, "an ethnicity code");
                    if (code != null) {
                        d.child.setEthnicity(code);
                        d.child.locateKey("ethnicity", file, line, column);
                    }
                }
                case "Disabilities" -> disabilities(d);
                default -> other();
            }
        }
    }

    private void disabilities(ChildDraft d) throws XMLStreamException {
        used("Disabilities");
        int line = xml.line;
        int column = xml.column;
        Boolean disabled = null;
        while (xml.next()) {
            if (!xml.name.equals("Disability")) {
                other();
                continue;
            }
            String code = listed(d, CinCodes.DISABILITY, "a disability code");
            if (code != null) {
                disabled = Boolean.TRUE.equals(disabled) || !code.equals("NONE");
            }
        }
        if (disabled != null) {
            d.child.setDisability(disabled);
            d.child.locateKey("disability", file, line, column);
        }
    }

    private void details(ChildDraft d, String path) throws XMLStreamException {
        used("CINdetails");
        int line = xml.line;
        int column = xml.column;
        Referral referral = new Referral();
        referral.locate(file, line, column, path);
        Required referred = new Required();
        Dated conference = null;
        Boolean nfa = null;
        int[] nfaAt = null;
        List<Assessment> assessments = new ArrayList<>();
        List<Section47> enquiries = new ArrayList<>();
        List<ChildDraft.PlanDraft> plans = new ArrayList<>();
        while (xml.next()) {
            switch (xml.name) {
                case "CINreferralDate" -> {
                    referred.read(d);
                }
                case "ReferralSource" -> {
                    int at = xml.line;
                    int col = xml.column;
                    var source = code(d, CinCodes.REFERRAL_SOURCE, "a referral source code",
                            CinCodes.allowed(CinCodes.REFERRAL_SOURCE.keySet()));
                    if (source != null) {
                        referral.setSource(source);
                        referral.locateKey("source", file, at, col);
                    }
                }
                case "DateOfInitialCPC" -> conference = date(d);
                case "ReferralNFA" -> {
                    nfaAt = new int[] {xml.line, xml.column};
                    nfa = code(d, CinCodes.YES_NO, "a yes/no value", "0, 1, true, false");
                }
                case "Assessments" -> {
                    Assessment assessment = assessment(d, path + "/Assessments[" + (assessments.size() + 1) + "]");
                    if (assessment != null) {
                        assessments.add(assessment);
                    }
                }
                case "Section47" -> {
                    Section47 enquiry = section47(d, path + "/Section47[" + (enquiries.size() + 1) + "]");
                    if (enquiry != null) {
                        enquiries.add(enquiry);
                    }
                }
                case "ChildProtectionPlans" -> {
                    ChildDraft.PlanDraft plan = plan(d, path + "/ChildProtectionPlans[" + (plans.size() + 1) + "]");
                    if (plan != null) {
                        plans.add(plan);
                    }
                }
                default -> other();
            }
        }
        if (referred.given(d, line, column, "CINdetails", "CINreferralDate")) {
            referral.setDate(referred.value.date());
            place(referral, "date", referred.value);
        }
        // what the referral led to, the most serious first: no further action is said outright
        ReferralOutcome outcome = null;
        if (Boolean.TRUE.equals(nfa)) {
            outcome = ReferralOutcome.NFA;
        } else if (!enquiries.isEmpty()) {
            outcome = ReferralOutcome.S47;
        } else if (!assessments.isEmpty()) {
            outcome = ReferralOutcome.ASSESSMENT;
        }
        if (outcome != null) {
            referral.setOutcome(outcome);
            if (outcome == ReferralOutcome.NFA) {
                referral.locateKey("outcome", file, nfaAt[0], nfaAt[1]);
            } else {
                referral.locateKey("outcome", file, line, column);
            }
        }
        for (Section47 enquiry : enquiries) {
            if (enquiry.conference() != null) {
                enquiry.enquiry().setOutcome(S47Outcome.ICPC);
                place(enquiry.enquiry(), "outcome", enquiry.conference());
            }
        }
        for (ChildDraft.PlanDraft plan : plans) {
            joinConference(plan, path, conference, enquiries);
        }
        if (referred.value != null) {
            d.referrals.merge(referred.value.date(), referral, (older, newer) -> CinMerge.referral(older, newer));
        }
        for (Assessment assessment : assessments) {
            d.assessments.merge(assessment.getStart(), assessment, CinMerge::assessment);
        }
        for (Section47 enquiry : enquiries) {
            d.s47Enquiries.merge(enquiry.start().date(), enquiry.enquiry(), CinMerge::s47);
        }
        for (ChildDraft.PlanDraft plan : plans) {
            d.plans.merge(plan.plan.getStart(), plan, CinMerge::plan);
        }
    }

    /**
     * The initial conference that started a plan is the one of the same {@code CINdetails} held on
     * the plan's start date (given on the {@code CINdetails} or on one of its {@code Section47}s);
     * its strategy discussion is the start of the enquiry that led to it: the one that gives that
     * conference, else the latest to start on or before it.
     */
    private void joinConference(ChildDraft.PlanDraft draft, String path, Dated onDetails, List<Section47> enquiries) {
        LocalDate start = draft.plan.getStart();
        Dated conference = null;
        String conferencePath = null;
        if (onDetails != null && onDetails.date().equals(start)) {
            conference = onDetails;
            conferencePath = path + "/DateOfInitialCPC";
        } else {
            for (Section47 enquiry : enquiries) {
                if (enquiry.conference() != null && enquiry.conference().date().equals(start)) {
                    conference = enquiry.conference();
                    conferencePath = enquiry.path() + "/DateOfInitialCPC";
                    break;
                }
            }
        }
        if (conference == null) {
            return; // a plan whose conference is not in this census (an earlier year, another authority)
        }
        Icpc icpc = new Icpc();
        icpc.locate(file, conference.line(), conference.column(), conferencePath);
        icpc.setDate(conference.date());
        place(icpc, "date", conference);
        Section47 led = null;
        for (Section47 enquiry : enquiries) {
            if (enquiry.conference() != null && enquiry.conference().date().equals(conference.date())) {
                led = enquiry;
                break;
            }
        }
        if (led == null) {
            for (Section47 enquiry : enquiries) {
                LocalDate began = enquiry.start().date();
                if (!began.isAfter(conference.date()) && (led == null || began.isAfter(led.start().date()))) {
                    led = enquiry;
                }
            }
        }
        if (led != null) {
            icpc.setStrategyDiscussion(led.start().date());
            place(icpc, "strategyDiscussion", led.start());
            if (led.enquiry().getOutcome() == null) {
                led.enquiry().setOutcome(S47Outcome.ICPC);
                place(led.enquiry(), "outcome", conference);
            }
        }
        draft.plan.setIcpc(icpc);
    }

    private Assessment assessment(ChildDraft d, String path) throws XMLStreamException {
        used("Assessments");
        int line = xml.line;
        int column = xml.column;
        Assessment assessment = new Assessment();
        assessment.locate(file, line, column, path);
        assessment.setType(AssessmentType.SINGLE);
        Required started = new Required();
        while (xml.next()) {
            switch (xml.name) {
                case "AssessmentActualStartDate" -> {
                    started.read(d);
                }
                case "AssessmentAuthorisationDate" -> {
                    Dated authorised = date(d);
                    if (authorised != null) {
                        assessment.setCompleted(authorised.date());
                        place(assessment, "completed", authorised);
                    }
                }
                default -> other();
            }
        }
        if (!started.given(d, line, column, "Assessments", "AssessmentActualStartDate")) {
            return null;
        }
        assessment.setStart(started.value.date());
        place(assessment, "start", started.value);
        return assessment;
    }

    private Section47 section47(ChildDraft d, String path) throws XMLStreamException {
        used("Section47");
        int line = xml.line;
        int column = xml.column;
        S47Enquiry enquiry = new S47Enquiry();
        enquiry.locate(file, line, column, path);
        Required started = new Required();
        Dated conference = null;
        while (xml.next()) {
            switch (xml.name) {
                case "S47ActualStartDate" -> {
                    started.read(d);
                }
                case "DateOfInitialCPC" -> conference = date(d);
                default -> other();
            }
        }
        if (!started.given(d, line, column, "Section47", "S47ActualStartDate")) {
            return null;
        }
        enquiry.setStrategyDiscussion(started.value.date());
        place(enquiry, "strategyDiscussion", started.value);
        return new Section47(enquiry, path, started.value, conference);
    }

    private ChildDraft.PlanDraft plan(ChildDraft d, String path) throws XMLStreamException {
        used("ChildProtectionPlans");
        int line = xml.line;
        int column = xml.column;
        ChildDraft.PlanDraft draft = new ChildDraft.PlanDraft();
        var plan = draft.plan;
        plan.locate(file, line, column, path);
        Required started = new Required();
        while (xml.next()) {
            switch (xml.name) {
                case "CPPstartDate" -> {
                    started.read(d);
                }
                case "CPPendDate" -> {
                    Dated ended = date(d);
                    if (ended != null) {
                        plan.setEnd(ended.date());
                        place(plan, "end", ended);
                    }
                }
                case "LatestCategoryOfAbuse" -> {
                    int at = xml.line;
                    int col = xml.column;
                    var category = code(d, CinCodes.CATEGORY, "a category of abuse",
                            CinCodes.allowed(CinCodes.CATEGORY.keySet()));
                    if (category != null) {
                        plan.setCategory(category);
                        plan.locateKey("category", file, at, col);
                    }
                }
                case "NumberOfPreviousCPP" -> {
                    int at = xml.line;
                    int col = xml.column;
                    Integer previous = count(d);
                    if (previous != null) {
                        plan.setPreviousPlans(previous);
                        plan.locateKey("previousPlans", file, at, col);
                    }
                }
                case "Reviews" -> {
                    used("Reviews");
                    while (xml.next()) {
                        if (!xml.name.equals("CPPreviewDate")) {
                            other();
                            continue;
                        }
                        Dated review = date(d);
                        if (review != null) {
                            draft.reviews.put(review.date(), new Located.Place(file, review.line(), review.column()));
                        }
                    }
                }
                default -> other();
            }
        }
        if (!started.given(d, line, column, "ChildProtectionPlans", "CPPstartDate")) {
            return null;
        }
        plan.setStart(started.value.date());
        place(plan, "start", started.value);
        if (d.historyFrom != null) {
            // the census lists the reviews of its own year: before that, or before the plan began, nothing is known
            draft.reviewsKnownFrom = d.historyFrom.isAfter(started.value.date()) ? d.historyFrom : started.value.date();
        }
        return draft;
    }

    // ------------------------------------------------------------------ values

    /** @return the current element's trimmed value, or null when it is empty or not a value */
    private String value(ChildDraft d) throws XMLStreamException {
        String element = xml.name;
        int line = xml.line;
        int column = xml.column;
        String text = xml.text();
        used(element);
        if (xml.hadElements) {
            bad(d, line, column, element + " should hold a value, not other elements");
            return null;
        }
        if (xml.overlong) {
            bad(d, line, column, element + " holds more than " + CinXml.MAX_VALUE_CHARS
                    + " characters; a census value is a date, a code or an id");
            return null;
        }
        return text.isEmpty() ? null : text;
    }

    private Dated date(ChildDraft d) throws XMLStreamException {
        rejected = false;
        String element = xml.name;
        int line = xml.line;
        int column = xml.column;
        String text = value(d);
        if (text == null) {
            return null;
        }
        LocalDate date = null;
        if (ISO_DATE.matcher(text).matches()) {
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                date = null;
            }
        }
        if (date == null) {
            bad(d, line, column, element + " '" + shown(text) + "' is not a date; expected YYYY-MM-DD");
            return null;
        }
        return new Dated(date, line, column);
    }

    private <V> V code(ChildDraft d, Map<String, V> codes, String what, String allowed) throws XMLStreamException {
        String element = xml.name;
        int line = xml.line;
        int column = xml.column;
        String text = value(d);
        if (text == null) {
            return null;
        }
        V meaning = codes.get(CinCodes.normalise(text));
        if (meaning == null) {
            bad(d, line, column, element + " '" + shown(text) + "' is not " + what + "; expected one of " + allowed);
        }
        return meaning;
    }

    /** @return a code of {@code codes} as the table spells it, or null */
    private String listed(ChildDraft d, List<String> codes, String what) throws XMLStreamException {
        String element = xml.name;
        int line = xml.line;
        int column = xml.column;
        String text = value(d);
        if (text == null) {
            return null;
        }
        String code = CinCodes.normalise(text);
        if (!codes.contains(code)) {
            bad(d, line, column, element + " '" + shown(text) + "' is not " + what + "; expected one of "
                    + CinCodes.allowed(codes));
            return null;
        }
        return code;
    }

    private Integer count(ChildDraft d) throws XMLStreamException {
        String element = xml.name;
        int line = xml.line;
        int column = xml.column;
        String text = value(d);
        if (text == null) {
            return null;
        }
        if (text.matches("\\d{1,6}")) {
            return Integer.valueOf(text);
        }
        bad(d, line, column, element + " '" + shown(text) + "' is not a count; expected a whole number, 0 or more");
        return null;
    }

    /**
     * An element the mapping does not read: known census elements pass silently, anything else is
     * counted once per name for the file's report. A name-like element is never read: names do not
     * pass (its text is not even looked at).
     */
    private void other() throws XMLStreamException {
        String element = xml.name;
        if (!NOT_USED.contains(element)) {
            String reason = element.toLowerCase(Locale.ROOT).contains("name")
                    ? "element " + element + " not read: names are never read"
                    : "unknown element " + element + " (not read)";
            ignored.merge(reason, 1L, Long::sum);
        }
        xml.skip();
    }

    private void used(String element) {
        columns.add(element);
    }

    private void place(Located record, String key, Dated dated) {
        record.locateKey(key, file, dated.line(), dated.column());
    }

    private void bad(ChildDraft d, int line, int column, String message) {
        rejected = true;
        d.problems.add(new InputProblem(file, line, column, null, message));
    }

    /** A value as an error message shows it: at most 40 characters, so a stray block of text is not repeated. */
    static String shown(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
