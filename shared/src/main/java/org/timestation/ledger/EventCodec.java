package org.timestation.ledger;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Encodes {@link LedgerEvent} records as canonical JSON payloads and decodes them back, one codec
 * per record derived from its components (decision 0017). Each component is a payload key (its name,
 * or {@link EventField#key()}); strings, integers, booleans, enums (by name), lists, nested records
 * (objects), {@link Tuple} records (arrays), {@link Scalar} records (their one value) and raw
 * {@code Map<String, Object>} objects are supported. An optional component that is {@code null} is left
 * out. Decoding is strict: an unknown key, a missing required key or a value of the wrong kind is a
 * {@link CanonicalJson.MalformedPayloadException}, so an event that does not fit its type is never
 * half-read.
 */
public final class EventCodec {
    private static final ClassValue<RecordCodec> RECORDS = new ClassValue<>() {
        @Override
        protected RecordCodec computeValue(Class<?> type) {
            return new RecordCodec(type);
        }
    };
    private static final ClassValue<Map<String, Class<?>>> FAMILIES = new ClassValue<>() {
        @Override
        protected Map<String, Class<?>> computeValue(Class<?> family) {
            Map<String, Class<?>> byType = new TreeMap<>();
            for (Class<?> c : permitted(family)) {
                Class<?> clash = byType.put(typeOf(c), c);
                if (clash != null) {
                    throw new IllegalStateException("two event records share the type " + typeOf(c) + ": " + clash + ", " + c);
                }
            }
            return Collections.unmodifiableMap(byType);
        }
    };

    private EventCodec() {
    }

    /** The stored type of an event record ({@link EventType#value()}). */
    public static String typeOf(Class<?> eventRecord) {
        EventType t = eventRecord.getAnnotation(EventType.class);
        if (t == null || !eventRecord.isRecord()) {
            throw new IllegalArgumentException(eventRecord.getName() + " is not an event record annotated with @EventType");
        }
        return t.value();
    }

    /** The canonical payload of {@code event}. */
    public static String encode(LedgerEvent event) {
        return CanonicalJson.encode(RECORDS.get(event.getClass()).encodeObject(event));
    }

    /** Reads {@code payload} as an event of record type {@code type}. */
    public static <E extends LedgerEvent> E decode(Class<E> type, String payload) {
        return type.cast(RECORDS.get(type).decodeObject(CanonicalJson.parseObject(payload), typeOf(type)));
    }

    /**
     * Reads a stored event as a member of {@code family} (a sealed interface of event records), by its
     * type; a type that is not in the family is refused.
     */
    public static <F> F decode(Class<F> family, Event e) {
        Class<?> record = FAMILIES.get(family).get(e.type());
        if (record == null) {
            throw new CanonicalJson.MalformedPayloadException("event " + e.id() + " of type " + e.type() + " is not a "
                    + family.getSimpleName());
        }
        return family.cast(RECORDS.get(record).decodeObject(CanonicalJson.parseObject(e.payload()), e.type()));
    }

    /** The event records of a sealed family, by stored type. */
    public static Map<String, Class<?>> types(Class<?> family) {
        return FAMILIES.get(family);
    }

    /** Every record a sealed interface permits, nested families included. */
    static List<Class<?>> permitted(Class<?> family) {
        Class<?>[] direct = family.getPermittedSubclasses();
        if (direct == null) {
            throw new IllegalArgumentException(family.getName() + " is not a sealed interface of event records");
        }
        List<Class<?>> out = new ArrayList<>();
        for (Class<?> c : direct) {
            if (c.isRecord()) {
                out.add(c);
            } else {
                out.addAll(permitted(c));
            }
        }
        return out;
    }

    /** The fields of an event record (or of a nested record), for generating docs/events.md. */
    public static List<FieldDoc> fields(Class<?> record) {
        return RECORDS.get(record).docs();
    }

    /** One field as documented: payload key, what kind of value, whether it may be left out, and what it means. */
    public record FieldDoc(String key, String kind, boolean optional, String meaning) {
    }

    // ---- converters between Java values and canonical JSON values ----

    private interface Converter {
        Object encode(Object value);

        Object decode(Object json, String where);

        String describe();
    }

    private static Converter converter(Type type) {
        if (type instanceof ParameterizedType p) {
            Type raw = p.getRawType();
            if (raw == List.class) {
                return new ListConverter(converter(p.getActualTypeArguments()[0]));
            }
            if (raw == Map.class && p.getActualTypeArguments()[0] == String.class && p.getActualTypeArguments()[1] == Object.class) {
                return RAW_OBJECT;
            }
            throw new IllegalArgumentException("an event field cannot be of type " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return STRING;
        }
        if (c == long.class || c == Long.class) {
            return LONG;
        }
        if (c == int.class || c == Integer.class) {
            return INT;
        }
        if (c == boolean.class || c == Boolean.class) {
            return BOOLEAN;
        }
        if (c.isEnum()) {
            return new EnumConverter(c);
        }
        if (c.isRecord()) {
            if (c.isAnnotationPresent(Scalar.class)) {
                return new ScalarConverter(c);
            }
            if (c.isAnnotationPresent(Tuple.class)) {
                return new TupleConverter(c);
            }
            return new ObjectConverter(c);
        }
        throw new IllegalArgumentException("an event field cannot be of type " + type);
    }

    private static CanonicalJson.MalformedPayloadException bad(String where, String expected, Object got) {
        String shown = got == null ? "nothing" : got instanceof String s ? "\"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\""
                : got.getClass().getSimpleName();
        return new CanonicalJson.MalformedPayloadException(where + " should be " + expected + ", got " + shown);
    }

    private static final Converter STRING = new Converter() {
        @Override
        public Object encode(Object value) {
            return value;
        }

        @Override
        public Object decode(Object json, String where) {
            if (json instanceof String) {
                return json;
            }
            throw bad(where, "text", json);
        }

        @Override
        public String describe() {
            return "text";
        }
    };

    private static final Converter LONG = new Converter() {
        @Override
        public Object encode(Object value) {
            return ((Number) value).longValue();
        }

        @Override
        public Object decode(Object json, String where) {
            if (json instanceof Long) {
                return json;
            }
            throw bad(where, "an integer", json);
        }

        @Override
        public String describe() {
            return "integer";
        }
    };

    private static final Converter INT = new Converter() {
        @Override
        public Object encode(Object value) {
            return ((Number) value).longValue();
        }

        @Override
        public Object decode(Object json, String where) {
            if (json instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
                return (int) (long) l;
            }
            throw bad(where, "a 32-bit integer", json);
        }

        @Override
        public String describe() {
            return "integer";
        }
    };

    private static final Converter BOOLEAN = new Converter() {
        @Override
        public Object encode(Object value) {
            return value;
        }

        @Override
        public Object decode(Object json, String where) {
            if (json instanceof Boolean) {
                return json;
            }
            throw bad(where, "true or false", json);
        }

        @Override
        public String describe() {
            return "true/false";
        }
    };

    private static final Converter RAW_OBJECT = new Converter() {
        @Override
        public Object encode(Object value) {
            return value;
        }

        @Override
        public Object decode(Object json, String where) {
            if (json instanceof Map<?, ?> m) {
                return Collections.unmodifiableMap(m);
            }
            throw bad(where, "an object", json);
        }

        @Override
        public String describe() {
            return "object";
        }
    };

    private record EnumConverter(Class<?> type) implements Converter {
        @Override
        public Object encode(Object value) {
            return ((Enum<?>) value).name();
        }

        @Override
        public Object decode(Object json, String where) {
            if (json instanceof String s) {
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(s)) {
                        return constant;
                    }
                }
            }
            throw bad(where, "one of " + Arrays.toString(type.getEnumConstants()), json);
        }

        @Override
        public String describe() {
            StringBuilder sb = new StringBuilder("one of ");
            Object[] cs = type.getEnumConstants();
            for (int i = 0; i < cs.length; i++) {
                sb.append(i == 0 ? "" : ", ").append('`').append(((Enum<?>) cs[i]).name()).append('`');
            }
            return sb.toString();
        }
    }

    private record ListConverter(Converter element) implements Converter {
        @Override
        public Object encode(Object value) {
            List<?> list = (List<?>) value;
            List<Object> out = new ArrayList<>(list.size());
            for (Object o : list) {
                out.add(element.encode(o));
            }
            return out;
        }

        @Override
        public Object decode(Object json, String where) {
            if (!(json instanceof List<?> list)) {
                throw bad(where, "a list", json);
            }
            Object[] out = new Object[list.size()];
            for (int i = 0; i < out.length; i++) {
                if (list.get(i) == null) {
                    throw bad(where + "[" + i + "]", element.describe(), null);
                }
                out[i] = element.decode(list.get(i), where + "[" + i + "]");
            }
            return List.of(out);
        }

        @Override
        public String describe() {
            return "list of " + element.describe();
        }
    }

    private static final class ScalarConverter implements Converter {
        private final RecordCodec record;

        ScalarConverter(Class<?> type) {
            this.record = RECORDS.get(type);
            if (record.components.length != 1) {
                throw new IllegalArgumentException(type + " is @Scalar but has " + record.components.length + " components");
            }
        }

        @Override
        public Object encode(Object value) {
            return record.converters[0].encode(record.get(0, value));
        }

        @Override
        public Object decode(Object json, String where) {
            return record.construct(new Object[] {record.converters[0].decode(json, where)}, where);
        }

        @Override
        public String describe() {
            return record.converters[0].describe();
        }
    }

    private static final class TupleConverter implements Converter {
        private final RecordCodec record;

        TupleConverter(Class<?> type) {
            this.record = RECORDS.get(type);
        }

        @Override
        public Object encode(Object value) {
            List<Object> out = new ArrayList<>(record.components.length);
            for (int i = 0; i < record.components.length; i++) {
                out.add(record.converters[i].encode(record.get(i, value)));
            }
            return out;
        }

        @Override
        public Object decode(Object json, String where) {
            if (!(json instanceof List<?> list) || list.size() != record.components.length) {
                throw bad(where, "[" + String.join(", ", record.keys) + "]", json);
            }
            Object[] args = new Object[list.size()];
            for (int i = 0; i < args.length; i++) {
                if (list.get(i) == null) {
                    throw bad(where + "." + record.keys[i], record.converters[i].describe(), null);
                }
                args[i] = record.converters[i].decode(list.get(i), where + "." + record.keys[i]);
            }
            return record.construct(args, where);
        }

        @Override
        public String describe() {
            return "[" + String.join(", ", record.keys) + "]";
        }
    }

    private static final class ObjectConverter implements Converter {
        private final Class<?> type;

        ObjectConverter(Class<?> type) {
            this.type = type;
        }

        @Override
        public Object encode(Object value) {
            return RECORDS.get(type).encodeObject(value);
        }

        @Override
        public Object decode(Object json, String where) {
            if (!(json instanceof Map<?, ?> m)) {
                throw bad(where, "an object", json);
            }
            return RECORDS.get(type).decodeObject(m, where);
        }

        @Override
        public String describe() {
            EventType asEvent = type.getAnnotation(EventType.class);
            return asEvent != null ? "object (the fields of `" + asEvent.value() + "`)" : "object (" + type.getSimpleName() + ")";
        }
    }

    /** The codec of one record: its components as payload keys, in key order. */
    private static final class RecordCodec {
        final Class<?> type;
        final RecordComponent[] components;
        final String[] keys;
        final Converter[] converters;
        final boolean[] required;
        final Constructor<?> constructor;
        /** Component indexes in payload key order (the canonical order of the encoded object). */
        final int[] keyOrder;

        RecordCodec(Class<?> type) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException(type + " is not a record");
            }
            this.type = type;
            this.components = type.getRecordComponents();
            this.keys = new String[components.length];
            this.converters = new Converter[components.length];
            this.required = new boolean[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                EventField f = c.getAnnotation(EventField.class);
                keys[i] = f == null || f.key().isEmpty() ? c.getName() : f.key();
                required[i] = c.getType().isPrimitive() || f == null || !f.optional();
                types[i] = c.getType();
                c.getAccessor().setAccessible(true);
            }
            Integer[] order = new Integer[components.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> keys[a].compareTo(keys[b]));
            this.keyOrder = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
            for (int i = 1; i < keyOrder.length; i++) {
                if (keys[keyOrder[i]].equals(keys[keyOrder[i - 1]])) {
                    throw new IllegalArgumentException(type + " maps two components to the key " + keys[keyOrder[i]]);
                }
            }
            try {
                this.constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " has no canonical constructor", e);
            }
            // converters last: a record may nest itself only through a list, which resolves lazily
            for (int i = 0; i < components.length; i++) {
                converters[i] = converter(components[i].getGenericType());
            }
        }

        Object get(int i, Object record) {
            try {
                return components[i].getAccessor().invoke(record);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(e.getCause());
            }
        }

        Map<String, Object> encodeObject(Object record) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (int i : keyOrder) {
                Object v = get(i, record);
                if (v != null) {
                    out.put(keys[i], converters[i].encode(v));
                } else if (required[i]) {
                    throw new IllegalArgumentException(type.getSimpleName() + "." + keys[i] + " is required");
                }
            }
            return out;
        }

        Object decodeObject(Map<?, ?> json, String where) {
            Object[] args = new Object[components.length];
            int found = 0;
            for (int i = 0; i < components.length; i++) {
                Object v = json.get(keys[i]);
                if (v == null) {
                    if (json.containsKey(keys[i])) {
                        found++; // an explicit null: the same as left out
                    }
                    if (required[i]) {
                        throw bad(where + "." + keys[i], converters[i].describe(), null);
                    }
                    continue;
                }
                found++;
                args[i] = converters[i].decode(v, where + "." + keys[i]);
            }
            if (found != json.size()) {
                List<Object> unknown = new ArrayList<>(json.keySet());
                unknown.removeAll(Arrays.asList(keys));
                throw new CanonicalJson.MalformedPayloadException(where + " has fields its type does not know: " + unknown);
            }
            return construct(args, where);
        }

        Object construct(Object[] args, String where) {
            try {
                return constructor.newInstance(args);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof CanonicalJson.MalformedPayloadException m) {
                    throw m;
                }
                throw new CanonicalJson.MalformedPayloadException(where + " is not a valid " + type.getSimpleName() + ": "
                        + (cause == null ? e : cause.getMessage()));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        List<FieldDoc> docs() {
            List<FieldDoc> out = new ArrayList<>();
            for (int i : keyOrder) {
                EventField f = components[i].getAnnotation(EventField.class);
                out.add(new FieldDoc(keys[i], converters[i].describe(), !required[i], f == null ? "" : f.value()));
            }
            return out;
        }
    }
}
