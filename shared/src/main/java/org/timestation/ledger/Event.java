package org.timestation.ledger;

import java.util.Objects;

/**
 * One entry of a node's feed: {@code (node_id, seq, hlc_time, type, canonical payload, prev_hash, hash)}.
 * {@code hash} covers every other field (see {@link ChainHasher}); {@code prev_hash} links the feed.
 */
public record Event(String nodeId, long seq, long hlc, String type, String payload, Hash prevHash, Hash hash) {
    public Event {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(prevHash, "prevHash");
        Objects.requireNonNull(hash, "hash");
    }

    public EventId id() {
        return new EventId(nodeId, seq);
    }

    /** Wall-clock part of the hybrid logical time, in epoch milliseconds. */
    public long epochMillis() {
        return HybridLogicalClock.millis(hlc);
    }

    /** True when {@code hash} is the hash of the other fields. */
    public boolean hashMatches(ChainHasher hasher) {
        return hasher.hash(nodeId, seq, hlc, type, payload, prevHash).equals(hash);
    }
}
