package org.childcare.compliance.generate;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.childcare.compliance.model.Allegation;
import org.childcare.compliance.model.Assessment;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Complaint;
import org.childcare.compliance.model.Icpc;
import org.childcare.compliance.model.MissingEpisode;
import org.childcare.compliance.model.Referral;
import org.childcare.compliance.model.SelfAssessment;
import org.childcare.compliance.model.Worker;

/**
 * The validity rules of self-assessment-format.md, checked independently of the loader on bound
 * data: no date after asAt, no end before its start, nothing in a child's record before the birth,
 * worker references that exist, ids unique within their kind. Reflection walks every getter of the
 * model, so a field added to the model is covered without touching this class.
 */
final class ValidityChecks {
    private final LocalDate asAt;
    private final List<String> problems = new ArrayList<>();
    private final Map<Class<?>, Set<String>> ids = new HashMap<>();
    private final Set<String> workers = new HashSet<>();

    private ValidityChecks(LocalDate asAt) {
        this.asAt = asAt;
    }

    static List<String> check(SelfAssessment sa, Collection<Child> children) {
        LocalDate asAt = sa.getAsAt() != null ? sa.getAsAt() : sa.getPeriod().getEnd();
        ValidityChecks c = new ValidityChecks(asAt);
        if (!Integer.valueOf(1).equals(sa.getSchemaVersion())) {
            c.problems.add("schemaVersion is not 1");
        }
        if (sa.getAuthority() == null || sa.getAuthority().getName() == null || sa.getPeriod() == null) {
            c.problems.add("authority name or period missing");
        }
        if (sa.getWorkforce() != null) {
            for (Worker w : sa.getWorkforce().getWorkers()) {
                c.workers.add(w.getId());
            }
        }
        c.walk(sa, "", null);
        for (Child child : children) {
            c.walk(child, child.getId(), child.effectiveDateOfBirth());
            c.ref(child.getId() + ".allocatedWorker", child.getAllocatedWorker());
            for (Assessment a : child.getAssessments()) {
                c.ref(child.getId() + "." + a.getId() + ".undertakenBy", a.getUndertakenBy());
                c.ref(child.getId() + "." + a.getId() + ".authorisedBy", a.getAuthorisedBy());
            }
        }
        return c.problems;
    }

    private void ref(String where, String worker) {
        if (worker != null && !workers.contains(worker)) {
            problems.add(where + ": no worker " + worker);
        }
    }

    private void walk(Object o, String path, LocalDate born) {
        if (o == null) {
            return;
        }
        if (o instanceof LocalDate d) {
            if (d.isAfter(asAt) && !path.endsWith(".expectedDateOfBirth")) { // a forecast may follow asAt
                problems.add(path + ": " + d + " is after asAt " + asAt);
            }
            if (born != null && d.isBefore(born) && !path.endsWith(".dateOfBirth")) {
                problems.add(path + ": " + d + " is before the birth " + born);
            }
            return;
        }
        if (o instanceof Collection<?> list) {
            int i = 0;
            for (Object x : list) {
                walk(x, path + "[" + i++ + "]", born);
            }
            return;
        }
        if (o instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                walk(e.getValue(), path + "." + e.getKey(), born);
            }
            return;
        }
        Class<?> type = o.getClass();
        if (!type.getPackageName().equals("org.childcare.compliance.model") || type.isEnum()) {
            return;
        }
        Map<String, Object> values = new HashMap<>();
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() == 0 && m.getName().startsWith("get") && !Modifier.isStatic(m.getModifiers())
                    && !m.getName().equals("getClass") && !m.getName().equals("getExtensions")) {
                try {
                    values.put(m.getName().substring(3), m.invoke(o));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        if (o instanceof SelfAssessment) {
            values.remove("Children");
        }
        Object id = values.get("Id");
        if (id instanceof String s && !ids.computeIfAbsent(type, k -> new HashSet<>()).add(s)) {
            problems.add(path + ": duplicate " + type.getSimpleName() + " id " + s);
        }
        order(path, values, "Start", "End");
        if (o instanceof Referral) {
            order(path, values, "Date", "DecisionDate");
        } else if (o instanceof Assessment) {
            order(path, values, "Start", "Completed");
        } else if (o instanceof Icpc) {
            order(path, values, "StrategyDiscussion", "Date");
        } else if (o instanceof MissingEpisode) {
            order(path, values, "Start", "Returned");
            order(path, values, "Returned", "ReturnInterview");
        } else if (o instanceof Worker) {
            order(path, values, "Started", "Left");
        } else if (o instanceof Allegation) {
            order(path, values, "Received", "InitialConsideration");
            order(path, values, "InitialConsideration", "Concluded");
        } else if (o instanceof Complaint) {
            order(path, values, "Received", "Stage1Response");
        }
        for (Map.Entry<String, Object> e : new java.util.TreeMap<>(values).entrySet()) {
            String name = Character.toLowerCase(e.getKey().charAt(0)) + e.getKey().substring(1);
            walk(e.getValue(), path + "." + name, born);
        }
    }

    private void order(String path, Map<String, Object> values, String first, String second) {
        if (values.get(first) instanceof LocalDate a && values.get(second) instanceof LocalDate b && b.isBefore(a)) {
            problems.add(path + ": " + second + " " + b + " is before " + first + " " + a);
        }
    }
}
