package org.childcare.compliance.load;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.childcare.compliance.model.Allegation;
import org.childcare.compliance.model.Assessment;
import org.childcare.compliance.model.Authority;
import org.childcare.compliance.model.CalendarSettings;
import org.childcare.compliance.model.CareEpisode;
import org.childcare.compliance.model.Child;
import org.childcare.compliance.model.Coded;
import org.childcare.compliance.model.Complaint;
import org.childcare.compliance.model.EducationPlan;
import org.childcare.compliance.model.Evidence;
import org.childcare.compliance.model.HealthAssessment;
import org.childcare.compliance.model.Icpc;
import org.childcare.compliance.model.Located;
import org.childcare.compliance.model.LscbMeeting;
import org.childcare.compliance.model.MissingEpisode;
import org.childcare.compliance.model.MultiAgencyAudit;
import org.childcare.compliance.model.Oversight;
import org.childcare.compliance.model.Period;
import org.childcare.compliance.model.Placement;
import org.childcare.compliance.model.ProtectionPlan;
import org.childcare.compliance.model.Referral;
import org.childcare.compliance.model.Review;
import org.childcare.compliance.model.S47Enquiry;
import org.childcare.compliance.model.SelfAssessment;
import org.childcare.compliance.model.SeriousCaseReview;
import org.childcare.compliance.model.Supervision;
import org.childcare.compliance.model.TrainingCompliance;
import org.childcare.compliance.model.Visit;
import org.childcare.compliance.model.Worker;
import org.childcare.compliance.model.Workforce;

/**
 * What the format allows where, derived from the model classes by reflection (the same fields and
 * names Jackson would bind: {@code @JsonProperty} renames and {@code @JsonIgnore} are honoured) plus
 * the format's rules that the types cannot say: required fields, id kinds, date order, ranges.
 */
final class Schema {

    enum Kind { STRING, INT, DOUBLE, BOOL, DATE, ENUM, BEAN, LIST, MAP, ANY }

    /** The type of a value. */
    static final class ValueType {
        final Kind kind;
        final ValueType element; // LIST element, MAP value
        final Class<?> raw;
        ClassInfo bean; // BEAN, filled lazily for recursive types
        EnumInfo enumInfo;

        ValueType(Kind kind, ValueType element, Class<?> raw) {
            this.kind = kind;
            this.element = element;
            this.raw = raw;
        }
    }

    /** One key of a mapping. */
    static final class Prop {
        final String name;
        final int index;
        final Field field;
        final ValueType type;
        boolean required;
        Double min;
        Double max;
        List<String> allowed; // for free-text fields with a closed list of values
        boolean workerRef;

        Prop(String name, int index, Field field, ValueType type) {
            this.name = name;
            this.index = index;
            this.field = field;
            this.type = type;
        }

        Object get(Object target) {
            try {
                return field.get(target);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        void set(Object target, Object value) {
            try {
                field.set(target, value);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A start and end that must be in order. */
    record Order(Prop earlier, Prop later) {}

    /** A model class. */
    static final class ClassInfo {
        final Class<?> type;
        final Constructor<?> constructor;
        final Prop[] props;
        final Map<String, Prop> byName = new HashMap<>();
        final List<String> names = new ArrayList<>();
        final List<Order> orders = new ArrayList<>();
        /** unique-id kind such as "child", or null */
        String idKind;
        Prop idProp;
        /** quarantinable record kind (child, worker, allegation, complaint), or null */
        String recordKind;
        /** a container merged key by key across files (it has lists or maps); else given once */
        boolean mergeable;
        /** its dates are events that must not be after asAt */
        boolean eventDates = true;

        ClassInfo(Class<?> type, Constructor<?> constructor, Prop[] props) {
            this.type = type;
            this.constructor = constructor;
            this.props = props;
            for (Prop p : props) {
                byName.put(p.name, p);
                names.add(p.name);
            }
        }

        Located newInstance() {
            try {
                return (Located) constructor.newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot create " + type.getName(), e);
            }
        }

        Prop prop(String name) {
            Prop p = byName.get(name);
            if (p == null) {
                throw new IllegalStateException(type.getSimpleName() + " has no field " + name);
            }
            return p;
        }
    }

    /** An enum of the format, by the codes users write. */
    static final class EnumInfo {
        final Map<String, Object> byCode = new LinkedHashMap<>();
        final List<String> codes = new ArrayList<>();

        EnumInfo(Class<?> type) {
            for (Object constant : type.getEnumConstants()) {
                String code = ((Coded) constant).code();
                try {
                    JsonProperty renamed = type.getField(((Enum<?>) constant).name()).getAnnotation(JsonProperty.class);
                    if (renamed != null && !renamed.value().isEmpty()) {
                        code = renamed.value();
                    }
                } catch (NoSuchFieldException e) {
                    // keep the code
                }
                byCode.put(code, constant);
                codes.add(code);
            }
        }
    }

    private static final Map<Class<?>, ClassInfo> CLASSES = new ConcurrentHashMap<>();
    private static final Map<Class<?>, EnumInfo> ENUMS = new ConcurrentHashMap<>();

    static final ClassInfo ROOT;

    static {
        ROOT = info(SelfAssessment.class);
        // required fields: marked **required** in self-assessment-format.md (and on the model's getters)
        required(SelfAssessment.class, "schemaVersion", "authority", "period");
        required(Authority.class, "name");
        required(Period.class, "start", "end");
        required(Child.class, "id");
        required(Referral.class, "date");
        required(Assessment.class, "start");
        required(S47Enquiry.class, "strategyDiscussion");
        required(Icpc.class, "date");
        required(CareEpisode.class, "start");
        required(Placement.class, "start");
        required(Worker.class, "id");
        required(Evidence.class, "criterion", "met");
        required(Visit.class, "date");
        required(Review.class, "date");
        required(HealthAssessment.class, "date");
        required(EducationPlan.class, "date");
        required(MissingEpisode.class, "start");
        required(Oversight.class, "date");
        required(Supervision.class, "date");
        required(LscbMeeting.class, "date");
        required(MultiAgencyAudit.class, "date");
        required(Allegation.class, "received");
        required(Complaint.class, "received");

        idKind(Child.class, "child");
        idKind(Referral.class, "referral");
        idKind(Assessment.class, "assessment");
        idKind(S47Enquiry.class, "s47 enquiry");
        idKind(ProtectionPlan.class, "protection plan");
        idKind(CareEpisode.class, "care episode");
        idKind(Worker.class, "worker");
        idKind(Allegation.class, "allegation");
        idKind(Complaint.class, "complaint");
        idKind(SeriousCaseReview.class, "serious case review");

        info(Child.class).recordKind = "child";
        info(Worker.class).recordKind = "worker";
        info(Allegation.class).recordKind = "allegation";
        info(Complaint.class).recordKind = "complaint";

        order(Period.class, "start", "end");
        order(Referral.class, "date", "decisionDate");
        order(Assessment.class, "start", "completed");
        order(ProtectionPlan.class, "start", "end");
        order(Icpc.class, "strategyDiscussion", "date");
        order(CareEpisode.class, "start", "end");
        order(Placement.class, "start", "end");
        order(MissingEpisode.class, "start", "returned");
        order(MissingEpisode.class, "start", "returnInterview");
        order(MissingEpisode.class, "returned", "returnInterview");
        order(Worker.class, "started", "left");
        order(Allegation.class, "received", "initialConsideration");
        order(Allegation.class, "received", "concluded");
        order(Complaint.class, "received", "stage1Response");

        // not events: the period and calendar may reach past the snapshot date
        info(SelfAssessment.class).eventDates = false;
        info(Period.class).eventDates = false;
        info(CalendarSettings.class).eventDates = false;

        info(Child.class).prop("allocatedWorker").workerRef = true;
        info(Assessment.class).prop("undertakenBy").workerRef = true;
        info(Assessment.class).prop("authorisedBy").workerRef = true;

        // every count, caseload, distance and percentage is at least 0 (set in build); then:
        range(Workforce.class, "turnoverPercent", 0, 100);
        range(TrainingCompliance.class, "percent", 0, 100);
        range(TrainingCompliance.class, "level", 1, null);
        range(Child.class, "yearOfBirth", 1900, null);
        info(SelfAssessment.class).prop("schemaVersion").min = null;
        info(SelfAssessment.class).prop("framework").allowed = List.of("slac-2009", "ilacs-2023");
        info(SelfAssessment.class).prop("profile").allowed =
                List.of("full", "unannounced-cra", "focused-visit-children-in-care");
    }

    private Schema() {}

    static ClassInfo info(Class<?> type) {
        ClassInfo known = CLASSES.get(type);
        if (known != null) {
            return known;
        }
        synchronized (CLASSES) {
            known = CLASSES.get(type);
            if (known != null) {
                return known;
            }
            return build(type);
        }
    }

    static EnumInfo enumInfo(Class<?> type) {
        return ENUMS.computeIfAbsent(type, EnumInfo::new);
    }

    private static ClassInfo build(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            List<Field> own = new ArrayList<>();
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())
                        || f.isSynthetic() || f.isAnnotationPresent(JsonIgnore.class)) {
                    continue;
                }
                own.add(f);
            }
            fields.addAll(0, own); // superclass fields (extensions) last in declaration order is fine either way
        }
        // subclass fields first, then Located's extensions
        fields.sort((a, b) -> Boolean.compare(a.getDeclaringClass() == Located.class,
                b.getDeclaringClass() == Located.class));
        if (fields.size() > 64) {
            throw new IllegalStateException(type.getName() + " has more than 64 fields"); // the loader's bit masks
        }
        Prop[] props = new Prop[fields.size()];
        for (int i = 0; i < props.length; i++) {
            Field f = fields.get(i);
            f.setAccessible(true);
            JsonProperty renamed = f.getAnnotation(JsonProperty.class);
            String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : f.getName();
            ValueType vt = typeOf(f.getGenericType());
            Prop p = new Prop(name, i, f, vt);
            if (vt.kind == Kind.INT || vt.kind == Kind.DOUBLE) {
                p.min = 0.0;
            }
            props[i] = p;
        }
        Constructor<?> ctor;
        try {
            ctor = type.getDeclaredConstructor();
            ctor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getName() + " needs a no-argument constructor", e);
        }
        ClassInfo info = new ClassInfo(type, ctor, props);
        CLASSES.put(type, info); // before resolving nested types: allows recursion
        for (Prop p : props) {
            resolve(p.type);
            if (p.type.kind == Kind.LIST || (p.type.kind == Kind.MAP && !"extensions".equals(p.name))) {
                info.mergeable = true;
            }
        }
        return info;
    }

    private static void resolve(ValueType vt) {
        if (vt.kind == Kind.BEAN && vt.bean == null) {
            vt.bean = info(vt.raw);
        } else if (vt.kind == Kind.ENUM) {
            vt.enumInfo = enumInfo(vt.raw);
        } else if (vt.element != null) {
            resolve(vt.element);
        }
    }

    private static ValueType typeOf(Type type) {
        if (type instanceof ParameterizedType pt) {
            Class<?> raw = (Class<?>) pt.getRawType();
            Type[] args = pt.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw)) {
                return new ValueType(Kind.LIST, typeOf(args[0]), raw);
            }
            if (Map.class.isAssignableFrom(raw)) {
                if (args[0] != String.class) {
                    throw new IllegalStateException("map keys must be strings: " + type);
                }
                return new ValueType(Kind.MAP, typeOf(args[1]), raw);
            }
            throw new IllegalStateException("unsupported model type " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return new ValueType(Kind.STRING, null, c);
        }
        if (c == Integer.class || c == int.class) {
            return new ValueType(Kind.INT, null, c);
        }
        if (c == Double.class || c == double.class) {
            return new ValueType(Kind.DOUBLE, null, c);
        }
        if (c == Boolean.class || c == boolean.class) {
            return new ValueType(Kind.BOOL, null, c);
        }
        if (c == LocalDate.class) {
            return new ValueType(Kind.DATE, null, c);
        }
        if (c.isEnum() && Coded.class.isAssignableFrom(c)) {
            return new ValueType(Kind.ENUM, null, c);
        }
        if (Located.class.isAssignableFrom(c)) {
            return new ValueType(Kind.BEAN, null, c);
        }
        if (c == Object.class) {
            return new ValueType(Kind.ANY, null, c);
        }
        throw new IllegalStateException("unsupported model type " + type);
    }

    private static void required(Class<?> type, String... names) {
        for (String n : names) {
            info(type).prop(n).required = true;
        }
    }

    private static void idKind(Class<?> type, String kind) {
        ClassInfo info = info(type);
        info.idKind = kind;
        info.idProp = info.prop("id");
    }

    /**
     * The pairs of dates of a record that must come in order ({@code start} before {@code end}), as
     * {earlier, later} field names: the one list of them, for the loader and for
     * {@link org.childcare.compliance.validate.ChildDates}.
     */
    static List<String[]> datePairs(Class<?> type) {
        List<String[]> pairs = new ArrayList<>();
        for (Order o : info(type).orders) {
            pairs.add(new String[] {o.earlier().name, o.later().name});
        }
        return pairs;
    }

    private static void order(Class<?> type, String earlier, String later) {
        ClassInfo info = info(type);
        info.orders.add(new Order(info.prop(earlier), info.prop(later)));
    }

    private static void range(Class<?> type, String name, double min, Integer max) {
        Prop p = info(type).prop(name);
        p.min = min;
        p.max = max == null ? null : max.doubleValue();
    }

    /** @return the record kinds a quarantine can hold, for documentation and tests */
    static Set<String> recordKinds() {
        return Set.of("child", "worker", "allegation", "complaint");
    }
}
