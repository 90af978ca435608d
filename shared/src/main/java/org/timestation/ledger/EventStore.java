package org.timestation.ledger;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Where feeds, checkpoints, node keys and the stored projection live. Events are only ever
 * appended: there is no way to change or remove one. Implementations: {@code H2EventStore} (every
 * station) and {@link InMemoryEventStore} (tests); both pass the same conformance suite.
 */
public interface EventStore extends AutoCloseable {

    /** The head of {@code nodeId}'s feed ({@link FeedHead#empty} when it has no events). */
    FeedHead head(String nodeId);

    /** Heads of every feed held here, by node id. */
    Map<String, FeedHead> heads();

    /**
     * Writes {@code commit} atomically. Each event's seq must be its feed's head seq + 1 (earlier
     * events of the same commit count), else {@link SequenceConflictException} and nothing is written.
     */
    void commit(Commit commit);

    /** Every event in the order this store received them (its arrival order). */
    void forEachEvent(Consumer<Event> visitor);

    /**
     * Events not covered by {@code watermarks} (node id to last seq applied; a node missing from it
     * counts as 0), in arrival order: what a projection stored at those watermarks has yet to apply.
     */
    void forEachEventAfter(Map<String, Long> watermarks, Consumer<Event> visitor);

    /** An event and its place in the store's arrival order (a number that grows with each event received; gaps allowed). */
    @FunctionalInterface
    interface ArrivedEventVisitor {
        void accept(Event e, long arrival);
    }

    /**
     * Every event whose hybrid time is at least {@code fromHlc}, in {@link Event#HYBRID_ORDER} (the order
     * the projection applies them in, decision 0029), each with its arrival position.
     */
    void forEachEventInHybridOrder(long fromHlc, ArrivedEventVisitor visitor);

    /** At most {@code limit} events whose hybrid time is at least {@code fromHlc}, in {@link Event#HYBRID_ORDER} (a pull's page). */
    List<Event> eventsInHybridOrder(long fromHlc, int limit);

    /** Events of one feed with {@code seq > afterSeq}, ascending, at most {@code limit}. */
    List<Event> feed(String nodeId, long afterSeq, int limit);

    Optional<Event> event(EventId id);

    long eventCount();

    void forEachCheckpoint(Consumer<Checkpoint> visitor);

    Optional<Checkpoint> latestCheckpoint(String nodeId);

    /** The node's checkpoint with the largest seq at or before {@code seq} (the hub cuts a pull there). */
    default Optional<Checkpoint> checkpointAtOrBefore(String nodeId, long seq) {
        Checkpoint[] best = {null};
        forEachCheckpoint(c -> {
            if (c.nodeId().equals(nodeId) && c.seq() <= seq && (best[0] == null || c.seq() > best[0].seq())) {
                best[0] = c;
            }
        });
        return Optional.ofNullable(best[0]);
    }

    /** The node's checkpoint with the smallest seq after {@code seq}. */
    default Optional<Checkpoint> checkpointAfter(String nodeId, long seq) {
        Checkpoint[] best = {null};
        forEachCheckpoint(c -> {
            if (c.nodeId().equals(nodeId) && c.seq() > seq && (best[0] == null || c.seq() < best[0].seq())) {
                best[0] = c;
            }
        });
        return Optional.ofNullable(best[0]);
    }

    /**
     * Records a node's first public key (it signs from seq 1); its current key again is a no-op, a
     * different one is refused.
     */
    default void registerNodeKey(String nodeId, byte[] x509PublicKey) {
        if (!java.util.Arrays.equals(nodeKeys().get(nodeId), x509PublicKey)) {
            registerNodeKey(nodeId, 1, x509PublicKey);
        }
    }

    /**
     * Records that {@code nodeId}'s key from {@code fromSeq} on is {@code x509PublicKey} (decision
     * 0030: a station recovered onto a new machine). The same again is a no-op; anything
     * {@link NodeKeys#refusal} refuses (an earlier seq, a seq already held) throws
     * IllegalArgumentException and changes nothing.
     */
    void registerNodeKey(String nodeId, long fromSeq, byte[] x509PublicKey);

    /** Every node's keys over its feed. */
    NodeKeys nodeKeyHistory();

    /** Each node's current key (the one its signed requests and new checkpoints use). */
    default Map<String, byte[]> nodeKeys() {
        return nodeKeyHistory().currentKeys();
    }

    /** A fact about this ledger itself (its node, the community key's check value), if recorded. */
    Optional<String> meta(String key);

    /**
     * Records a fact about this ledger, once: the same value again is a no-op, a different one is
     * refused ({@link IllegalArgumentException}) and nothing is written.
     */
    void recordMeta(String key, String value);

    /** The stored projection rows in key order. */
    void forEachProjectionRow(BiConsumer<RowKey, String> visitor);

    /** The stored projection rows of one kind, in key order. */
    default void forEachProjectionRow(String kind, BiConsumer<RowKey, String> visitor) {
        forEachProjectionRow((k, v) -> {
            if (k.kind().equals(kind)) {
                visitor.accept(k, v);
            }
        });
    }

    /** Replaces the whole stored projection (used by rebuild; projections are not events). */
    void replaceProjection(SortedMap<RowKey, String> rows);

    /** This node's own state (not replicated, not a fact of the community): wrong PIN counts and locks. */
    Optional<String> nodeState(String key);

    /** Sets (or, with {@code null}, removes) a value of this node's own state, durably. */
    void putNodeState(String key, String value);

    /**
     * Rewrites the store's file without the space old versions of its pages hold, when that space has
     * grown large; nothing committed is lost (a store that is not a growing file does nothing).
     * Returns whether it compacted.
     */
    default boolean compactIfWasteful() {
        return false;
    }

    /** Rewrites the store's file without old pages now; its size before and after in bytes ({0, 0}: not a file). */
    default long[] compact() {
        return new long[] {0, 0};
    }

    /**
     * Writes a consistent copy of the store, taken while it is in use, as a zip to {@code zip}.
     *
     * @throws UnsupportedOperationException for a store that is not a file
     */
    default void backupTo(java.nio.file.Path zip) {
        throw new UnsupportedOperationException("this ledger is not a file: nothing to back up");
    }

    /**
     * Parts of the database schema that were found missing when the store was opened for checking
     * (a dropped append-only trigger): evidence of tampering for the verifier. Empty otherwise.
     */
    default List<String> schemaDamage() {
        return List.of();
    }

    @Override
    void close();
}
