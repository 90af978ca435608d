package org.timestation.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** An {@link EventStore} in memory: for tests and for verifying a store's content off to the side. */
public final class InMemoryEventStore implements EventStore {
    private final List<Event> arrival = new ArrayList<>();
    private final Map<String, List<Event>> feeds = new HashMap<>();
    private final Map<String, FeedHead> heads = new HashMap<>();
    private final Map<String, TreeMap<Long, Checkpoint>> checkpoints = new HashMap<>();
    private final NodeKeys keys = NodeKeys.empty();
    private final TreeMap<RowKey, String> projection = new TreeMap<>();
    private final Map<String, String> meta = new TreeMap<>();
    private final Map<String, String> nodeState = new TreeMap<>();

    @Override
    public synchronized FeedHead head(String nodeId) {
        return heads.getOrDefault(nodeId, FeedHead.empty(nodeId));
    }

    @Override
    public synchronized Map<String, FeedHead> heads() {
        return Map.copyOf(heads);
    }

    @Override
    public synchronized void commit(Commit commit) {
        Map<String, FeedHead> next = AppendRule.advance(heads, commit.events());
        for (Event e : commit.events()) {
            arrival.add(e);
            feeds.computeIfAbsent(e.nodeId(), k -> new ArrayList<>()).add(e);
        }
        heads.putAll(next);
        for (Checkpoint c : commit.checkpoints()) {
            checkpoints.computeIfAbsent(c.nodeId(), k -> new TreeMap<>()).put(c.seq(), c);
        }
        commit.removedRows().forEach(projection::remove);
        projection.putAll(commit.projectionRows());
    }

    @Override
    public synchronized List<Event> eventsInHybridOrder(long fromHlc, int limit) {
        return arrival.stream().filter(e -> e.hlc() >= fromHlc).sorted(Event.HYBRID_ORDER).limit(limit).toList();
    }

    @Override
    public synchronized void forEachEventInHybridOrder(long fromHlc, ArrivedEventVisitor visitor) {
        List<Map.Entry<Event, Long>> out = new ArrayList<>();
        for (int i = 0; i < arrival.size(); i++) {
            if (arrival.get(i).hlc() >= fromHlc) {
                out.add(Map.entry(arrival.get(i), (long) i));
            }
        }
        out.sort(Map.Entry.comparingByKey(Event.HYBRID_ORDER));
        out.forEach(en -> visitor.accept(en.getKey(), en.getValue()));
    }

    @Override
    public synchronized void forEachEvent(Consumer<Event> visitor) {
        List.copyOf(arrival).forEach(visitor);
    }

    @Override
    public synchronized void forEachEventAfter(Map<String, Long> watermarks, Consumer<Event> visitor) {
        for (Event e : List.copyOf(arrival)) {
            if (e.seq() > watermarks.getOrDefault(e.nodeId(), 0L)) {
                visitor.accept(e);
            }
        }
    }

    @Override
    public synchronized List<Event> feed(String nodeId, long afterSeq, int limit) {
        List<Event> feed = feeds.getOrDefault(nodeId, List.of());
        int from = (int) Math.min(Math.max(afterSeq, 0), feed.size());
        return List.copyOf(feed.subList(from, (int) Math.min(feed.size(), (long) from + limit)));
    }

    @Override
    public synchronized Optional<Event> event(EventId id) {
        List<Event> feed = feeds.getOrDefault(id.nodeId(), List.of());
        return id.seq() <= feed.size() ? Optional.of(feed.get((int) id.seq() - 1)) : Optional.empty();
    }

    @Override
    public synchronized long eventCount() {
        return arrival.size();
    }

    @Override
    public synchronized void forEachCheckpoint(Consumer<Checkpoint> visitor) {
        new TreeMap<>(checkpoints).values().forEach(m -> m.values().forEach(visitor));
    }

    @Override
    public synchronized Optional<Checkpoint> latestCheckpoint(String nodeId) {
        TreeMap<Long, Checkpoint> m = checkpoints.get(nodeId);
        return m == null || m.isEmpty() ? Optional.empty() : Optional.of(m.lastEntry().getValue());
    }

    @Override
    public synchronized Optional<Checkpoint> checkpointAtOrBefore(String nodeId, long seq) {
        TreeMap<Long, Checkpoint> m = checkpoints.get(nodeId);
        return m == null ? Optional.empty() : Optional.ofNullable(m.floorEntry(seq)).map(java.util.Map.Entry::getValue);
    }

    @Override
    public synchronized Optional<Checkpoint> checkpointAfter(String nodeId, long seq) {
        TreeMap<Long, Checkpoint> m = checkpoints.get(nodeId);
        return m == null ? Optional.empty() : Optional.ofNullable(m.higherEntry(seq)).map(java.util.Map.Entry::getValue);
    }

    @Override
    public synchronized void registerNodeKey(String nodeId, long fromSeq, byte[] x509PublicKey) {
        String refused = keys.refusal(nodeId, fromSeq, x509PublicKey, head(nodeId).seq());
        if (refused != null) {
            throw new IllegalArgumentException(refused);
        }
        keys.add(nodeId, fromSeq, x509PublicKey);
    }

    @Override
    public synchronized NodeKeys nodeKeyHistory() {
        NodeKeys copy = NodeKeys.empty();
        for (String n : keys.nodes()) {
            keys.of(n).forEach((from, k) -> copy.add(n, from, k));
        }
        return copy;
    }

    @Override
    public synchronized Optional<String> meta(String key) {
        return Optional.ofNullable(meta.get(key));
    }

    @Override
    public synchronized void recordMeta(String key, String value) {
        String existing = meta.get(key);
        if (existing != null && !existing.equals(value)) {
            throw new IllegalArgumentException("this ledger's " + key + " is already recorded as something else");
        }
        meta.put(key, value);
    }

    @Override
    public synchronized Optional<String> nodeState(String key) {
        return Optional.ofNullable(nodeState.get(key));
    }

    @Override
    public synchronized void putNodeState(String key, String value) {
        if (value == null) {
            nodeState.remove(key);
        } else {
            nodeState.put(key, value);
        }
    }

    @Override
    public synchronized void forEachProjectionRow(BiConsumer<RowKey, String> visitor) {
        new TreeMap<>(projection).forEach(visitor);
    }

    @Override
    public synchronized void replaceProjection(SortedMap<RowKey, String> rows) {
        projection.clear();
        projection.putAll(rows);
    }

    @Override
    public void close() {
        // nothing to release
    }
}
