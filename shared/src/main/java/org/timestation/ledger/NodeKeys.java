package org.timestation.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every node's public keys over its feed (decision 0030): the key it started with signs from seq 1,
 * and each later key (a station recovered onto a new machine) from the seq it was registered for,
 * until the next. A checkpoint is checked with the key in force at its seq.
 */
public final class NodeKeys {
    private final Map<String, NavigableMap<Long, byte[]>> keys;

    private NodeKeys(Map<String, NavigableMap<Long, byte[]>> keys) {
        this.keys = keys;
    }

    /** Builds a history, one key at a time: {@link #add} in any order. */
    public static NodeKeys empty() {
        return new NodeKeys(new TreeMap<>());
    }

    /** Adds {@code node}'s key from {@code fromSeq} on (for building; a built history is read-only to its readers). */
    public void add(String node, long fromSeq, byte[] x509PublicKey) {
        keys.computeIfAbsent(node, n -> new TreeMap<>()).put(fromSeq, x509PublicKey.clone());
    }

    /** The key that signs {@code node}'s event {@code seq}, or null when none is registered for it. */
    public byte[] at(String node, long seq) {
        NavigableMap<Long, byte[]> k = keys.get(node);
        Map.Entry<Long, byte[]> e = k == null ? null : k.floorEntry(Math.max(seq, 1));
        return e == null ? null : e.getValue().clone();
    }

    /** The key {@code node} signs with now (its latest), or null. */
    public byte[] current(String node) {
        NavigableMap<Long, byte[]> k = keys.get(node);
        return k == null ? null : k.lastEntry().getValue().clone();
    }

    /** Every key {@code node} ever had, oldest first (a voucher or member code it signed stays good after a recovery). */
    public List<byte[]> all(String node) {
        NavigableMap<Long, byte[]> k = keys.get(node);
        List<byte[]> out = new ArrayList<>();
        if (k != null) {
            k.values().forEach(v -> out.add(v.clone()));
        }
        return out;
    }

    /** {@code node}'s keys by the seq each signs from. */
    public NavigableMap<Long, byte[]> of(String node) {
        NavigableMap<Long, byte[]> k = keys.get(node);
        NavigableMap<Long, byte[]> copy = new TreeMap<>();
        if (k != null) {
            k.forEach((s, v) -> copy.put(s, v.clone()));
        }
        return Collections.unmodifiableNavigableMap(copy);
    }

    public Set<String> nodes() {
        return Collections.unmodifiableSet(keys.keySet());
    }

    /** True when {@code node} holds exactly this key from exactly this seq. */
    public boolean has(String node, long fromSeq, byte[] x509PublicKey) {
        NavigableMap<Long, byte[]> k = keys.get(node);
        return k != null && k.containsKey(fromSeq) && Arrays.equals(k.get(fromSeq), x509PublicKey);
    }

    /** Each node's current key. */
    public Map<String, byte[]> currentKeys() {
        Map<String, byte[]> out = new TreeMap<>();
        keys.forEach((n, k) -> out.put(n, k.lastEntry().getValue().clone()));
        return out;
    }

    /**
     * Why {@code node} may not take {@code x509PublicKey} from {@code fromSeq} on, or null when it may
     * (or already has it). The first key signs from seq 1; a later one comes after the node's last key
     * and after every event already held of its feed ({@code heldSeq}), which the earlier key signed.
     */
    public String refusal(String node, long fromSeq, byte[] x509PublicKey, long heldSeq) {
        NavigableMap<Long, byte[]> k = keys.get(node);
        if (has(node, fromSeq, x509PublicKey)) {
            return null;
        }
        if (k == null) {
            return fromSeq == 1 ? null : "node " + node + " has no key yet: its first key signs from seq 1, not " + fromSeq;
        }
        if (fromSeq <= k.lastKey()) {
            return "node " + node + " already has a different public key from seq " + k.floorKey(fromSeq) + " on";
        }
        if (fromSeq <= heldSeq) {
            return "node " + node + "'s events up to seq " + heldSeq + " are held, signed by its earlier key: a new key cannot sign from seq " + fromSeq;
        }
        return null;
    }
}
