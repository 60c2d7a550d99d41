package org.childcare.compliance.source;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.childcare.compliance.model.Assessment;
import org.childcare.compliance.model.CareEpisode;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.EducationPlan;
import org.childcare.compliance.model.HealthAssessment;
import org.childcare.compliance.model.KnownFrom;
import org.childcare.compliance.model.Located;
import org.childcare.compliance.model.MissingEpisode;
import org.childcare.compliance.model.Oversight;
import org.childcare.compliance.model.Placement;
import org.childcare.compliance.model.ProtectionPlan;
import org.childcare.compliance.model.Referral;
import org.childcare.compliance.model.Review;
import org.childcare.compliance.model.S47Enquiry;
import org.childcare.compliance.model.Visit;

/**
 * One child from several sources (sources.md §4): the records that describe the same thing are one
 * record, matched on their date (referrals on {@code date}, assessments on {@code start}, s47s on
 * {@code strategyDiscussion}, plans, care episodes and placements on {@code start}); list entries
 * (visits, reviews, review conferences, health assessments ...) are united and de-duplicated by
 * date. For a single value the first source that gives it wins, so sources are merged in order of
 * precedence: YAML, then SSDA903, then the CIN census, then Annex A. Two sources giving different
 * values is not an error: it is a {@link Disagreement}, listed under data quality.
 *
 * <p>Known history: a list the first source gives without {@code knownFrom} is complete and stays
 * so; otherwise a merged list is known from the earliest date of the sources that supplied it.
 *
 * <p>Fields are merged by their declared type, so a field added to the model merges without a change
 * here; only the date that identifies a record of each kind is named below.
 */
public final class ChildMerge {
    /** What two sources said differently about one field of one child's record. */
    public record Disagreement(String child, String record, String field, String kept, String keptFrom, String other,
            String otherFrom) {}

    /** The date field that identifies a record of each kind within its list. */
    private static final Map<Class<?>, String> KEY = Map.ofEntries(
            Map.entry(Referral.class, "date"), Map.entry(Assessment.class, "start"),
            Map.entry(S47Enquiry.class, "strategyDiscussion"), Map.entry(ProtectionPlan.class, "start"),
            Map.entry(CareEpisode.class, "start"), Map.entry(Placement.class, "start"), Map.entry(Visit.class, "date"),
            Map.entry(Review.class, "date"), Map.entry(HealthAssessment.class, "date"),
            Map.entry(EducationPlan.class, "date"), Map.entry(MissingEpisode.class, "start"),
            Map.entry(Oversight.class, "date"));

    private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();

    private final List<Disagreement> disagreements = new ArrayList<>();

    /**
     * Merges {@code from} into {@code into}, which wins wherever both give a value.
     *
     * @param intoSource the source {@code into} came from ({@code yaml}, {@code ssda903} ...), for disagreements
     * @param fromSource the source of {@code from}
     */
    public void merge(Child into, String intoSource, Child from, String fromSource) {
        mergeObject(into.getId(), into.getId(), into, intoSource, from, fromSource);
    }

    /** @return every disagreement found so far, in the order found */
    public List<Disagreement> disagreements() {
        return List.copyOf(disagreements);
    }

    private void mergeObject(String child, String record, Object into, String intoSource, Object from, String fromSource) {
        KnownHistory before = KnownHistory.of(into, from);
        for (Field f : fields(into.getClass())) {
            try {
                Object a = f.get(into);
                Object b = f.get(from);
                if (b == null || a instanceof KnownFrom) {
                    if (a == null && !(b instanceof KnownFrom)) {
                        f.set(into, b);
                    }
                    continue; // known history is settled below, once the lists are merged
                }
                if (a == null) {
                    f.set(into, b);
                } else if (a instanceof List<?> la && b instanceof List<?> lb) {
                    f.set(into, mergeList(child, record, f, la, intoSource, lb, fromSource));
                } else if (a instanceof Located && b instanceof Located) {
                    mergeObject(child, record, a, intoSource, b, fromSource);
                } else if (!Objects.equals(a, b) && !(a instanceof Map)) {
                    disagreements.add(new Disagreement(child, record, f.getName(), String.valueOf(a), intoSource,
                            String.valueOf(b), fromSource));
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot merge " + f, e);
            }
        }
        before.settle(into);
    }

    /**
     * The known history of a record's lists before a merge: which of the two sources supplied each
     * list, and from when each knew it. After the merge a list is known from the earliest of the
     * sources that supplied it, a list given without a date (complete) being the earliest of all.
     */
    private record KnownHistory(Field knownFrom, Map<String, LocalDate[]> lists) {
        private static final LocalDate COMPLETE = LocalDate.MIN;

        static KnownHistory of(Object into, Object from) {
            Field kf = field(into.getClass(), "knownFrom");
            if (kf == null) {
                return new KnownHistory(null, Map.of());
            }
            try {
                KnownFrom a = (KnownFrom) kf.get(into);
                KnownFrom b = (KnownFrom) kf.get(from);
                Map<String, LocalDate[]> lists = new TreeMap<>();
                for (Field list : fields(kf.getType())) {
                    Field owned = field(into.getClass(), list.getName());
                    LocalDate mine = owned.get(into) == null ? null : a == null || a.of(list.getName()) == null ? COMPLETE
                            : a.of(list.getName());
                    LocalDate theirs = owned.get(from) == null ? null : b == null || b.of(list.getName()) == null ? COMPLETE
                            : b.of(list.getName());
                    lists.put(list.getName(), new LocalDate[] {mine, theirs});
                }
                return new KnownHistory(kf, lists);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        void settle(Object into) {
            if (knownFrom == null) {
                return;
            }
            try {
                KnownFrom merged = (KnownFrom) knownFrom.getType().getDeclaredConstructor().newInstance();
                boolean any = false;
                for (Map.Entry<String, LocalDate[]> e : lists.entrySet()) {
                    LocalDate mine = e.getValue()[0];
                    LocalDate theirs = e.getValue()[1];
                    LocalDate earliest = mine == null ? theirs : theirs == null ? mine : mine.isBefore(theirs) ? mine : theirs;
                    if (earliest != null && earliest != COMPLETE) {
                        field(knownFrom.getType(), e.getKey()).set(merged, earliest);
                        any = true;
                    }
                }
                knownFrom.set(into, any ? merged : null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot merge the known history of " + into.getClass().getSimpleName(), e);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<Object> mergeList(String child, String record, Field f, List<?> a, String intoSource, List<?> b,
            String fromSource) {
        List<Object> merged = new ArrayList<>(a);
        Class<?> element = elementType(f);
        if (element == LocalDate.class) {
            for (Object d : b) {
                if (!merged.contains(d)) {
                    merged.add(d);
                }
            }
            merged.sort((x, y) -> ((Comparable) x).compareTo(y));
            return merged;
        }
        String key = KEY.get(element);
        Field keyField = key == null ? null : field(element, key);
        for (Object other : b) {
            Object same = null;
            if (keyField != null) {
                Object otherKey = keyOf(other, keyField);
                for (Object mine : merged) {
                    if (otherKey != null && otherKey.equals(keyOf(mine, keyField))) {
                        same = mine;
                        break;
                    }
                }
            }
            if (same == null) {
                merged.add(other);
            } else {
                mergeObject(child, recordName(same, record), same, intoSource, other, fromSource);
            }
        }
        return merged;
    }

    /** A plan is matched on its start, else its conference date, as the rules take its start. */
    private static Object keyOf(Object record, Field keyField) {
        if (record instanceof ProtectionPlan p) {
            return p.getEffectiveStart();
        }
        try {
            return keyField.get(record);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recordName(Object record, String fallback) {
        try {
            Field id = field(record.getClass(), "id");
            Object value = id == null ? null : id.get(record);
            return value == null ? fallback : value.toString();
        } catch (IllegalAccessException e) {
            return fallback;
        }
    }

    private static Class<?> elementType(Field f) {
        if (f.getGenericType() instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }

    private static Field field(Class<?> type, String name) {
        for (Field f : fields(type)) {
            if (f.getName().equals(name)) {
                return f;
            }
        }
        return null;
    }

    /** The model fields of a record: its own and its superclasses', not Located's bookkeeping. */
    private static List<Field> fields(Class<?> type) {
        return FIELDS.computeIfAbsent(type, t -> {
            List<Field> list = new ArrayList<>();
            for (Class<?> c = t; c != null && c != Located.class && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers())) {
                        f.setAccessible(true);
                        list.add(f);
                    }
                }
            }
            return List.copyOf(list);
        });
    }

    /** Merges each source's children into {@code into} in order of precedence; the first source wins. */
    public static TreeMap<String, Child> byPrecedence(List<ReturnRead> reads, ChildMerge merge) {
        TreeMap<String, Child> into = new TreeMap<>();
        Map<String, String> sourceOf = new TreeMap<>();
        for (ReturnRead read : reads) {
            for (Child c : read.children().values()) {
                Child mine = into.get(c.getId());
                if (mine == null) {
                    into.put(c.getId(), c);
                    sourceOf.put(c.getId(), read.source());
                } else {
                    merge.merge(mine, sourceOf.get(c.getId()), c, read.source());
                }
            }
        }
        return into;
    }
}
