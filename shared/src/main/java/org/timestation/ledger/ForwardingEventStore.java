package org.timestation.ledger;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Passes every call to another store; extend it to watch or change one behaviour (fault injection). */
public class ForwardingEventStore implements EventStore {
    private final EventStore delegate;

    public ForwardingEventStore(EventStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public FeedHead head(String nodeId) {
        return delegate.head(nodeId);
    }

    @Override
    public Map<String, FeedHead> heads() {
        return delegate.heads();
    }

    @Override
    public void commit(Commit commit) {
        delegate.commit(commit);
    }

    @Override
    public void forEachEvent(Consumer<Event> visitor) {
        delegate.forEachEvent(visitor);
    }

    @Override
    public List<Event> eventsInHybridOrder(long fromHlc, int limit) {
        return delegate.eventsInHybridOrder(fromHlc, limit);
    }

    @Override
    public void forEachEventInHybridOrder(long fromHlc, ArrivedEventVisitor visitor) {
        delegate.forEachEventInHybridOrder(fromHlc, visitor);
    }

    @Override
    public void forEachEventAfter(Map<String, Long> watermarks, Consumer<Event> visitor) {
        delegate.forEachEventAfter(watermarks, visitor);
    }

    @Override
    public List<Event> feed(String nodeId, long afterSeq, int limit) {
        return delegate.feed(nodeId, afterSeq, limit);
    }

    @Override
    public Optional<Event> event(EventId id) {
        return delegate.event(id);
    }

    @Override
    public long eventCount() {
        return delegate.eventCount();
    }

    @Override
    public void forEachCheckpoint(Consumer<Checkpoint> visitor) {
        delegate.forEachCheckpoint(visitor);
    }

    @Override
    public Optional<Checkpoint> latestCheckpoint(String nodeId) {
        return delegate.latestCheckpoint(nodeId);
    }

    @Override
    public Optional<Checkpoint> checkpointAtOrBefore(String nodeId, long seq) {
        return delegate.checkpointAtOrBefore(nodeId, seq);
    }

    @Override
    public Optional<Checkpoint> checkpointAfter(String nodeId, long seq) {
        return delegate.checkpointAfter(nodeId, seq);
    }

    @Override
    public void registerNodeKey(String nodeId, long fromSeq, byte[] x509PublicKey) {
        delegate.registerNodeKey(nodeId, fromSeq, x509PublicKey);
    }

    @Override
    public NodeKeys nodeKeyHistory() {
        return delegate.nodeKeyHistory();
    }

    @Override
    public void registerNodeKey(String nodeId, byte[] x509PublicKey) {
        delegate.registerNodeKey(nodeId, x509PublicKey);
    }

    @Override
    public Map<String, byte[]> nodeKeys() {
        return delegate.nodeKeys();
    }

    @Override
    public Optional<String> nodeState(String key) {
        return delegate.nodeState(key);
    }

    @Override
    public void putNodeState(String key, String value) {
        delegate.putNodeState(key, value);
    }

    @Override
    public Optional<String> meta(String key) {
        return delegate.meta(key);
    }

    @Override
    public void recordMeta(String key, String value) {
        delegate.recordMeta(key, value);
    }

    @Override
    public void forEachProjectionRow(BiConsumer<RowKey, String> visitor) {
        delegate.forEachProjectionRow(visitor);
    }

    @Override
    public void forEachProjectionRow(String kind, BiConsumer<RowKey, String> visitor) {
        delegate.forEachProjectionRow(kind, visitor);
    }

    @Override
    public void replaceProjection(SortedMap<RowKey, String> rows) {
        delegate.replaceProjection(rows);
    }

    @Override
    public boolean compactIfWasteful() {
        return delegate.compactIfWasteful();
    }

    @Override
    public long[] compact() {
        return delegate.compact();
    }

    @Override
    public void backupTo(java.nio.file.Path zip) {
        delegate.backupTo(zip);
    }

    @Override
    public List<String> schemaDamage() {
        return delegate.schemaDamage();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
