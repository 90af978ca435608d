package org.timestation.ledger;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Typed reads over a parsed canonical payload, and a builder for new ones. */
public final class Payload {
    private final Map<String, Object> fields;

    private Payload(Map<String, Object> fields) {
        this.fields = fields;
    }

    public static Payload parse(String canonical) {
        return new Payload(CanonicalJson.parseObject(canonical));
    }

    @SuppressWarnings("unchecked")
    public static Payload of(Object map) {
        if (!(map instanceof Map)) {
            throw new CanonicalJson.MalformedPayloadException("expected an object, got " + map);
        }
        return new Payload((Map<String, Object>) map);
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean has(String key) {
        return fields.get(key) != null;
    }

    public String str(String key) {
        Object v = require(key);
        if (!(v instanceof String s)) {
            throw bad(key, "a string");
        }
        return s;
    }

    public Optional<String> optStr(String key) {
        return has(key) ? Optional.of(str(key)) : Optional.empty();
    }

    public long num(String key) {
        Object v = require(key);
        if (!(v instanceof Long n)) {
            throw bad(key, "an integer");
        }
        return n;
    }

    public long num(String key, long fallback) {
        return has(key) ? num(key) : fallback;
    }

    public boolean bool(String key) {
        Object v = require(key);
        if (!(v instanceof Boolean b)) {
            throw bad(key, "true or false");
        }
        return b;
    }

    public boolean bool(String key, boolean fallback) {
        return has(key) ? bool(key) : fallback;
    }

    public List<?> list(String key) {
        Object v = require(key);
        if (!(v instanceof List<?> l)) {
            throw bad(key, "a list");
        }
        return l;
    }

    public Payload obj(String key) {
        return of(require(key));
    }

    public Map<String, Object> asMap() {
        return fields;
    }

    private Object require(String key) {
        Object v = fields.get(key);
        if (v == null) {
            throw new CanonicalJson.MalformedPayloadException("missing field '" + key + "'");
        }
        return v;
    }

    private static CanonicalJson.MalformedPayloadException bad(String key, String what) {
        return new CanonicalJson.MalformedPayloadException("field '" + key + "' is not " + what);
    }

    /** Builds a payload; null values are left out. */
    public static final class Builder {
        private final TreeMap<String, Object> fields = new TreeMap<>();

        public Builder put(String key, Object value) {
            if (value != null) {
                fields.put(key, value);
            }
            return this;
        }

        public Map<String, Object> map() {
            return fields;
        }

        public String encode() {
            return CanonicalJson.encode(fields);
        }
    }
}
