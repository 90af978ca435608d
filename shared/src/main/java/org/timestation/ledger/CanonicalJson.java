package org.timestation.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical payload encoding: JSON restricted to objects, arrays, strings, 64-bit integers,
 * booleans and null; object keys sorted by UTF-16 code units, no white space, no floats, strings
 * escaped minimally ({@code \" \\ \n \r \t}, other control characters as {@code &#92;u00XX}, all else
 * literal UTF-8). The parser accepts only that form, so {@code encode(parse(s)).equals(s)} for every
 * payload it accepts: a byte that differs is a different payload, never a harmless re-spelling.
 */
public final class CanonicalJson {
    private CanonicalJson() {
    }

    public static String encode(Object value) {
        StringBuilder out = new StringBuilder(128);
        write(out, value);
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static void write(StringBuilder out, Object v) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            string(out, s);
        } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            out.append(((Number) v).longValue());
        } else if (v instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (v instanceof Map<?, ?> m) {
            Map<String, Object> sorted = isSorted((Map<String, Object>) m) ? (Map<String, Object>) m : new TreeMap<>((Map<String, Object>) m);
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : sorted.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(out, e.getKey());
                out.append(':');
                write(out, e.getValue());
            }
            out.append('}');
        } else if (v instanceof List<?> l) {
            out.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(out, l.get(i));
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("not a canonical JSON value: " + v.getClass().getName());
        }
    }

    private static boolean isSorted(Map<String, Object> m) {
        if (m instanceof TreeMap<?, ?> t && t.comparator() == null) {
            return true;
        }
        String previous = null;
        for (String k : m.keySet()) {
            if (previous != null && previous.compareTo(k) >= 0) {
                return false;
            }
            previous = k;
        }
        return true;
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        int n = s.length();
        int run = 0; // start of the characters not yet copied: copied in one go up to the next one to escape
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && !Character.isSurrogate(c)) {
                continue;
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw new MalformedTextException(i);
            }
            out.append(s, run, i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
            }
            run = i + 1;
        }
        out.append(s, run, n);
        out.append('"');
    }

    /** Parses a canonical payload; anything not in canonical form is refused. */
    public static Object parse(String text) {
        Parser p = new Parser(text);
        Object v = p.value();
        if (p.i != text.length()) {
            throw p.error("trailing characters");
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseObject(String text) {
        Object v = parse(text);
        if (!(v instanceof Map)) {
            throw new MalformedPayloadException("payload is not an object");
        }
        return (Map<String, Object>) v;
    }

    /**
     * Refuses text with an unpaired UTF-16 surrogate. Such text has no UTF-8 form: it would be stored
     * and hashed as {@code ?}, so two different texts would hash the same.
     */
    public static void requireWellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new MalformedTextException(i);
            }
        }
    }

    /** Text with an unpaired surrogate (no UTF-8 form). */
    public static final class MalformedTextException extends RuntimeException {
        private final int index;

        public MalformedTextException(int index) {
            super("the text has an unpaired UTF-16 surrogate at index " + index + ": it has no UTF-8 form");
            this.index = index;
        }

        public int index() {
            return index;
        }
    }

    /** Thrown for any payload that is not canonical JSON. */
    public static final class MalformedPayloadException extends RuntimeException {
        public MalformedPayloadException(String message) {
            super(message);
        }
    }

    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        MalformedPayloadException error(String what) {
            return new MalformedPayloadException(what + " at offset " + i);
        }

        /** Objects and arrays nest at most this deep: a hostile text of 60,000 '[' is refused, not a stack overflow. */
        private static final int MAX_DEPTH = 64;
        private int depth;

        Object value() {
            if (i >= s.length()) {
                throw error("unexpected end");
            }
            char c = s.charAt(i);
            switch (c) {
                case '{':
                case '[':
                    if (++depth > MAX_DEPTH) {
                        throw error("nested deeper than " + MAX_DEPTH);
                    }
                    try {
                        return c == '{' ? object() : array();
                    } finally {
                        depth--;
                    }
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", null);
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        return number();
                    }
                    throw error("unexpected character");
            }
        }

        private Object literal(String word, Object v) {
            if (!s.startsWith(word, i)) {
                throw error("bad literal");
            }
            i += word.length();
            return v;
        }

        private Long number() {
            int start = i;
            if (s.charAt(i) == '-') {
                i++;
            }
            int digits = i;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            int n = i - digits;
            if (n == 0 || (n > 1 && s.charAt(digits) == '0') || (n == 1 && s.charAt(digits) == '0' && digits > start)) {
                throw error("non-canonical number");
            }
            if (i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                throw error("fractions are not allowed");
            }
            try {
                return Long.parseLong(s, start, i, 10);
            } catch (NumberFormatException e) {
                throw error("number out of range");
            }
        }

        private String string() {
            i++; // opening quote
            StringBuilder b = null;
            int runStart = i;
            while (true) {
                if (i >= s.length()) {
                    throw error("unterminated string");
                }
                char c = s.charAt(i);
                if (c == '"') {
                    String out = b == null ? s.substring(runStart, i) : b.append(s, runStart, i).toString();
                    i++;
                    return out;
                }
                if (Character.isSurrogate(c)) {
                    // an escape never makes a surrogate, so the raw characters are all there is to check
                    if (!Character.isHighSurrogate(c) || i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                        throw error("unpaired surrogate in string");
                    }
                    i += 2;
                    continue;
                }
                if (c < 0x20) {
                    throw error("raw control character in string");
                }
                if (c == '\\') {
                    if (b == null) {
                        b = new StringBuilder();
                    }
                    b.append(s, runStart, i);
                    if (i + 1 >= s.length()) {
                        throw error("bad escape");
                    }
                    char e = s.charAt(i + 1);
                    switch (e) {
                        case '"' -> b.append('"');
                        case '\\' -> b.append('\\');
                        case 'n' -> b.append('\n');
                        case 'r' -> b.append('\r');
                        case 't' -> b.append('\t');
                        case 'u' -> {
                            if (i + 6 > s.length()) {
                                throw error("bad escape");
                            }
                            String hex = s.substring(i + 2, i + 6);
                            int cp;
                            try {
                                cp = Integer.parseInt(hex, 16);
                            } catch (NumberFormatException ex) {
                                throw error("bad escape");
                            }
                            if (cp >= 0x20 || cp == '\n' || cp == '\r' || cp == '\t'
                                    || !hex.equals(String.format("%04x", cp))) {
                                throw error("non-canonical escape");
                            }
                            b.append((char) cp);
                            i += 4;
                        }
                        default -> throw error("bad escape");
                    }
                    i += 2;
                    runStart = i;
                } else {
                    i++;
                }
            }
        }

        private Map<String, Object> object() {
            i++;
            // keys arrive sorted (checked below), so insertion order is the canonical order
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            if (i < s.length() && s.charAt(i) == '}') {
                i++;
                return m;
            }
            String previous = null;
            while (true) {
                if (i >= s.length() || s.charAt(i) != '"') {
                    throw error("expected key");
                }
                String key = string();
                if (previous != null && previous.compareTo(key) >= 0) {
                    throw error("keys not sorted or duplicated");
                }
                previous = key;
                expect(':');
                m.put(key, value());
                if (i < s.length() && s.charAt(i) == ',') {
                    i++;
                    continue;
                }
                expect('}');
                return m;
            }
        }

        private List<Object> array() {
            i++;
            List<Object> l = new ArrayList<>();
            if (i < s.length() && s.charAt(i) == ']') {
                i++;
                return Collections.unmodifiableList(l);
            }
            while (true) {
                l.add(value());
                if (i < s.length() && s.charAt(i) == ',') {
                    i++;
                    continue;
                }
                expect(']');
                return Collections.unmodifiableList(l);
            }
        }

        private void expect(char c) {
            if (i >= s.length() || s.charAt(i) != c) {
                throw error("expected '" + c + "'");
            }
            i++;
        }
    }
}
