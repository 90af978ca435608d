package org.timestation.sync;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.timestation.ledger.CanonicalJson;
import org.timestation.ledger.Checkpoint;
import org.timestation.ledger.Event;
import org.timestation.ledger.Hash;
import org.timestation.ledger.NodeKeys;

/**
 * The JSON a kiosk and the hub exchange, in canonical form both ways: events exactly as stored (so
 * their hashes can be re-checked on arrival), signed feed checkpoints, and nodes' public keys. Reading
 * is strict: any field missing, extra or of the wrong kind refuses the whole message with the reason.
 */
public final class Wire {
    private Wire() {
    }

    /**
     * A batch: events, the checkpoints that sign their feeds' heads, and (from the hub) every node's
     * public keys over its feed (decision 0030).
     */
    public record Batch(List<Event> events, List<Checkpoint> checkpoints, NodeKeys nodeKeys) {
        public Batch {
            events = List.copyOf(events);
            checkpoints = List.copyOf(checkpoints);
        }

        /** A station's push: its events and the checkpoint of its head, no keys. */
        public Batch(List<Event> events, List<Checkpoint> checkpoints) {
            this(events, checkpoints, NodeKeys.empty());
        }
    }

    public static String encode(Batch b) {
        Map<String, Object> m = new TreeMap<>();
        List<Object> events = new ArrayList<>();
        for (Event e : b.events()) {
            Map<String, Object> o = new TreeMap<>();
            o.put("node", e.nodeId());
            o.put("seq", e.seq());
            o.put("hlc", e.hlc());
            o.put("type", e.type());
            o.put("payload", e.payload());
            o.put("prev", e.prevHash().hex());
            o.put("hash", e.hash().hex());
            events.add(o);
        }
        List<Object> cps = new ArrayList<>();
        for (Checkpoint c : b.checkpoints()) {
            cps.add(checkpoint(c));
        }
        m.put("events", events);
        m.put("checkpoints", cps);
        m.put("keys", keys(b.nodeKeys()));
        return CanonicalJson.encode(m);
    }

    /** Nodes' keys over their feeds as JSON: {@code {node: [{from, key (base64 X.509)}, ...]}}. */
    public static Map<String, Object> keys(NodeKeys nodeKeys) {
        Map<String, Object> keys = new TreeMap<>();
        for (String n : nodeKeys.nodes()) {
            List<Object> history = new ArrayList<>();
            nodeKeys.of(n).forEach((from, k) -> history.add(new TreeMap<>(Map.of("from", from, "key", Base64.getEncoder().encodeToString(k)))));
            keys.put(n, history);
        }
        return keys;
    }

    /** Reads {@link #keys(NodeKeys)}; anything else is refused (IllegalArgumentException). */
    public static NodeKeys decodeKeys(Object json) {
        NodeKeys keys = NodeKeys.empty();
        for (Map.Entry<String, Object> k : object(json, "keys").entrySet()) {
            for (Object o : list(k.getValue(), "keys of " + k.getKey())) {
                Map<String, Object> from = object(o, "key", "from", "key");
                keys.add(k.getKey(), number(from, "from"), Base64.getDecoder().decode(string(from, "key")));
            }
        }
        return keys;
    }

    /** One signed feed checkpoint as JSON (fork evidence keeps it this way). */
    public static String encodeCheckpoint(Checkpoint c) {
        return CanonicalJson.encode(checkpoint(c));
    }

    static Map<String, Object> checkpoint(Checkpoint c) {
        Map<String, Object> o = new TreeMap<>();
        o.put("node", c.nodeId());
        o.put("seq", c.seq());
        o.put("head", c.head().hex());
        o.put("at", c.signedAtMillis());
        o.put("sig", Base64.getEncoder().encodeToString(c.signature()));
        return o;
    }

    /** Reads a batch; a malformed one is refused whole with the reason (IllegalArgumentException). */
    public static Batch decodeBatch(String json) {
        try {
            Map<String, Object> m = object(CanonicalJson.parse(json), "batch", "events", "checkpoints", "keys");
            List<Event> events = new ArrayList<>();
            for (Object o : list(m.get("events"), "events")) {
                Map<String, Object> e = object(o, "event", "node", "seq", "hlc", "type", "payload", "prev", "hash");
                events.add(new Event(string(e, "node"), number(e, "seq"), number(e, "hlc"), string(e, "type"), string(e, "payload"),
                        Hash.ofHex(string(e, "prev")), Hash.ofHex(string(e, "hash"))));
            }
            List<Checkpoint> cps = new ArrayList<>();
            for (Object o : list(m.get("checkpoints"), "checkpoints")) {
                cps.add(decodeCheckpoint(o));
            }
            return new Batch(events, cps, decodeKeys(m.get("keys")));
        } catch (CanonicalJson.MalformedPayloadException | CanonicalJson.MalformedTextException | IllegalStateException e) {
            throw new IllegalArgumentException("the batch is not well-formed: " + e.getMessage(), e);
        }
    }

    static Checkpoint decodeCheckpoint(Object o) {
        Map<String, Object> c = object(o, "checkpoint", "node", "seq", "head", "at", "sig");
        return new Checkpoint(string(c, "node"), number(c, "seq"), Hash.ofHex(string(c, "head")), number(c, "at"),
                Base64.getDecoder().decode(string(c, "sig")));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Object o, String what, String... exactKeys) {
        if (!(o instanceof Map)) {
            throw new IllegalArgumentException("the " + what + " is not a JSON object");
        }
        Map<String, Object> m = (Map<String, Object>) o;
        if (exactKeys.length > 0 && !m.keySet().equals(java.util.Set.of(exactKeys))) {
            throw new IllegalArgumentException("the " + what + " has the fields " + m.keySet() + ", expected " + java.util.Arrays.toString(exactKeys));
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o, String what) {
        if (!(o instanceof List)) {
            throw new IllegalArgumentException("the " + what + " are not a JSON array");
        }
        return (List<Object>) o;
    }

    static String string(Map<String, Object> m, String key) {
        if (!(m.get(key) instanceof String s)) {
            throw new IllegalArgumentException("\"" + key + "\" is not text");
        }
        return s;
    }

    static long number(Map<String, Object> m, String key) {
        if (!(m.get(key) instanceof Long l)) {
            throw new IllegalArgumentException("\"" + key + "\" is not a whole number");
        }
        return l;
    }
}
