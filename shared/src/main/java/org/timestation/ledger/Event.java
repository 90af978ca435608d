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

    /**
     * The community's one order of events (decision 0029): hybrid time, then node id, then seq. A feed's
     * time never goes back, so each feed keeps its own order in it, and an event comes after everything
     * its writer had seen. Every node applies the events it holds in this order, so the same events
     * give the same projection wherever they are held, whatever order they arrived in.
     */
    public static final java.util.Comparator<Event> HYBRID_ORDER = java.util.Comparator.comparingLong(Event::hlc)
            .thenComparing(Event::nodeId).thenComparingLong(Event::seq);

    /** True when this event comes after {@code other} in {@link #HYBRID_ORDER}. */
    public boolean isAfter(Event other) {
        return HYBRID_ORDER.compare(this, other) > 0;
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
