package org.timestation.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract every {@link EventStore} keeps. Each implementation runs this whole suite. */
public abstract class EventStoreConformanceTest {
    protected EventStore store;
    final NodeIdentity node = NodeIdentity.generate("node-a", new SecureRandom());
    final ChainHasher hasher = new ChainHasher();

    protected abstract EventStore create();

    @BeforeEach
    void open() {
        store = create();
    }

    @AfterEach
    void close() {
        store.close();
    }

    protected List<Event> chain(String nodeId, FeedHead after, int n) {
        List<Event> out = new ArrayList<>();
        long seq = after.seq();
        Hash prev = after.hash();
        for (int i = 0; i < n; i++) {
            seq++;
            String payload = "{\"n\":" + seq + "}";
            long hlc = HybridLogicalClock.of(1_700_000_000_000L + seq, 0);
            Hash h = hasher.hash(nodeId, seq, hlc, "test.event", payload, prev);
            out.add(new Event(nodeId, seq, hlc, "test.event", payload, prev, h));
            prev = h;
        }
        return out;
    }

    @Test
    void anEmptyFeedHasSeqZeroAndTheZeroHash() {
        assertThat(store.head("node-a")).isEqualTo(FeedHead.empty("node-a"));
        assertThat(store.eventCount()).isZero();
    }

    @Test
    void appendedEventsAreReadBackInFeedAndArrivalOrder() {
        List<Event> a = chain("node-a", FeedHead.empty("node-a"), 3);
        List<Event> b = chain("node-b", FeedHead.empty("node-b"), 2);
        store.commit(new Commit(a.subList(0, 2), List.of(), Map.of()));
        store.commit(new Commit(b, List.of(), Map.of()));
        store.commit(new Commit(a.subList(2, 3), List.of(), Map.of()));
        List<Event> all = new ArrayList<>();
        store.forEachEvent(all::add);
        assertThat(all).containsExactly(a.get(0), a.get(1), b.get(0), b.get(1), a.get(2));
        assertThat(store.feed("node-a", 1, 10)).containsExactly(a.get(1), a.get(2));
        assertThat(store.feed("node-a", 0, 1)).containsExactly(a.get(0));
        assertThat(store.event(new EventId("node-b", 2))).contains(b.get(1));
        assertThat(store.event(new EventId("node-b", 3))).isEmpty();
        assertThat(store.head("node-a").seq()).isEqualTo(3);
        assertThat(store.head("node-a").hash()).isEqualTo(a.get(2).hash());
        assertThat(store.eventCount()).isEqualTo(5);
    }

    @Test
    void eventsAreReadInHybridOrderWithWhereTheyArrived() {
        List<Event> a = chain("node-a", FeedHead.empty("node-a"), 3); // times 1, 2, 3
        List<Event> b = chain("node-b", FeedHead.empty("node-b"), 2); // times 1, 2: the same as a's, after a's by node id
        store.commit(new Commit(a, List.of(), Map.of()));
        store.commit(new Commit(b, List.of(), Map.of()));
        List<Event> order = new ArrayList<>();
        Map<EventId, Long> arrived = new java.util.HashMap<>();
        store.forEachEventInHybridOrder(0, (e, arrival) -> {
            order.add(e);
            arrived.put(e.id(), arrival);
        });
        assertThat(order).containsExactly(a.get(0), b.get(0), a.get(1), b.get(1), a.get(2));
        assertThat(order).isSortedAccordingTo(Event.HYBRID_ORDER);
        assertThat(List.of(arrived.get(a.get(0).id()), arrived.get(a.get(1).id()), arrived.get(a.get(2).id()), arrived.get(b.get(0).id()),
                arrived.get(b.get(1).id()))).as("arrival order: a's commit, then b's").isSorted().doesNotHaveDuplicates();
        List<Event> from = new ArrayList<>();
        store.forEachEventInHybridOrder(a.get(1).hlc(), (e, arrival) -> from.add(e));
        assertThat(from).containsExactly(a.get(1), b.get(1), a.get(2));
        assertThat(store.eventsInHybridOrder(0, 3)).containsExactly(a.get(0), b.get(0), a.get(1));
        assertThat(store.eventsInHybridOrder(a.get(1).hlc(), 10)).containsExactly(a.get(1), b.get(1), a.get(2));
    }

    @Test
    void aCommitRemovesTheProjectionRowsItNamesAndKeepsTheOthers() {
        RowKey x = new RowKey("account", "x");
        RowKey y = new RowKey("account", "y");
        RowKey z = new RowKey("statement", "z");
        store.commit(new Commit(List.of(), List.of(), Map.of(x, "1", y, "2")));
        store.commit(new Commit(chain("node-a", FeedHead.empty("node-a"), 1), List.of(), Map.of(z, "3"), java.util.Set.of(x)));
        Map<RowKey, String> rows = new TreeMap<>();
        store.forEachProjectionRow(rows::put);
        assertThat(rows).isEqualTo(Map.of(y, "2", z, "3"));
        assertThat(store.eventCount()).as("the events of the same commit landed").isEqualTo(1);
    }

    @Test
    void aWriteMustStateTheSequenceItFollows() {
        List<Event> a = chain("node-a", FeedHead.empty("node-a"), 3);
        store.commit(new Commit(a.subList(0, 1), List.of(), Map.of()));
        assertThatThrownBy(() -> store.commit(new Commit(a.subList(2, 3), List.of(), Map.of())))
                .isInstanceOf(SequenceConflictException.class);
        assertThatThrownBy(() -> store.commit(new Commit(a.subList(0, 1), List.of(), Map.of())))
                .as("the same seq twice").isInstanceOf(SequenceConflictException.class);
        assertThat(store.eventCount()).isEqualTo(1);
    }

    @Test
    void anEventThatDoesNotLinkToTheHeadIsRefused() {
        List<Event> a = chain("node-a", FeedHead.empty("node-a"), 1);
        List<Event> other = chain("node-a", new FeedHead("node-a", 1, Hash.ofHex("11".repeat(32)), 0), 1);
        store.commit(new Commit(a, List.of(), Map.of()));
        assertThatThrownBy(() -> store.commit(new Commit(other, List.of(), Map.of()))).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.eventCount()).isEqualTo(1);
    }

    @Test
    void aCommitLandsWholeOrNotAtAll() {
        List<Event> a = chain("node-a", FeedHead.empty("node-a"), 3);
        Checkpoint cp = node.sign(3, a.get(2).hash(), 1L);
        List<Event> broken = List.of(a.get(0), a.get(2)); // gap inside the commit
        assertThatThrownBy(() -> store.commit(new Commit(broken, List.of(cp), Map.of(new RowKey("account", "pool"), "x"))))
                .isInstanceOf(SequenceConflictException.class);
        assertThat(store.eventCount()).isZero();
        assertThat(store.latestCheckpoint("node-a")).isEmpty();
        List<String> rows = new ArrayList<>();
        store.forEachProjectionRow((k, v) -> rows.add(k.toString()));
        assertThat(rows).isEmpty();
    }

    @Test
    void checkpointsAndProjectionRowsAreStoredWithTheirEvents() {
        List<Event> a = chain("node-a", FeedHead.empty("node-a"), 2);
        Checkpoint cp = node.sign(2, a.get(1).hash(), 42L);
        store.commit(new Commit(a, List.of(cp), Map.of(new RowKey("b", "2"), "two", new RowKey("a", "1"), "one")));
        assertThat(store.latestCheckpoint("node-a")).contains(cp);
        assertThat(NodeIdentity.verify(store.latestCheckpoint("node-a").orElseThrow(), node.publicKey())).isTrue();
        Map<RowKey, String> rows = new TreeMap<>();
        List<RowKey> order = new ArrayList<>();
        store.forEachProjectionRow((k, v) -> {
            rows.put(k, v);
            order.add(k);
        });
        assertThat(order).containsExactly(new RowKey("a", "1"), new RowKey("b", "2"));
        assertThat(rows).containsEntry(new RowKey("a", "1"), "one").containsEntry(new RowKey("b", "2"), "two");
        store.commit(new Commit(List.of(), List.of(), Map.of(new RowKey("a", "1"), "uno")));
        rows.clear();
        store.forEachProjectionRow(rows::put);
        assertThat(rows).as("a row stored again replaces its value").containsExactly(Map.entry(new RowKey("a", "1"), "uno"),
                Map.entry(new RowKey("b", "2"), "two"));
        store.replaceProjection(new TreeMap<>(Map.of(new RowKey("c", "3"), "three")));
        rows.clear();
        store.forEachProjectionRow(rows::put);
        assertThat(rows).containsExactly(Map.entry(new RowKey("c", "3"), "three"));
        Checkpoint stored = store.latestCheckpoint("node-a").orElseThrow();
        assertThat(stored.nodeId()).isEqualTo("node-a");
        assertThat(stored.seq()).isEqualTo(2);
        assertThat(stored.head()).isEqualTo(a.get(1).hash());
        assertThat(stored.signedAtMillis()).isEqualTo(42L);
        assertThat(stored.signature()).isEqualTo(cp.signature());
    }

    @Test
    void factsAboutTheLedgerAreRecordedOnceAndNeverChanged() {
        assertThat(store.meta("node")).isEmpty();
        store.recordMeta("node", "node-a");
        store.recordMeta("node", "node-a");
        assertThatThrownBy(() -> store.recordMeta("node", "node-b")).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.meta("node")).contains("node-a");
        assertThat(store.meta("other")).isEmpty();
    }

    @Test
    void aNodeKeepsTheFirstPublicKeyItRegistered() {
        store.registerNodeKey("node-a", node.publicKey());
        store.registerNodeKey("node-a", node.publicKey());
        byte[] other = NodeIdentity.generate("node-a", new SecureRandom()).publicKey();
        assertThatThrownBy(() -> store.registerNodeKey("node-a", other)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.nodeKeys().get("node-a")).isEqualTo(node.publicKey());
    }

    @Test
    void aLaterKeySignsFromItsSeqOnAfterTheEventsHeldAndNeverReplacesAnEarlierOne() {
        store.registerNodeKey("node-a", node.publicKey());
        store.commit(new Commit(chain("node-a", FeedHead.empty("node-a"), 3), List.of(), Map.of()));
        byte[] later = NodeIdentity.generate("node-a", new SecureRandom()).publicKey();
        // a key from a seq already held would re-sign events the first key signed
        assertThatThrownBy(() -> store.registerNodeKey("node-a", 3, later)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("held");
        store.registerNodeKey("node-a", 4, later);
        store.registerNodeKey("node-a", 4, later); // the same again: nothing changes
        byte[] third = NodeIdentity.generate("node-a", new SecureRandom()).publicKey();
        assertThatThrownBy(() -> store.registerNodeKey("node-a", 4, third)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already has a different public key from seq 4");
        assertThatThrownBy(() -> store.registerNodeKey("node-a", 1, third)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.registerNodeKey("node-b", 5, third)).as("a first key signs from seq 1").isInstanceOf(IllegalArgumentException.class);
        NodeKeys keys = store.nodeKeyHistory();
        assertThat(keys.at("node-a", 3)).isEqualTo(node.publicKey());
        assertThat(keys.at("node-a", 4)).isEqualTo(later);
        assertThat(keys.at("node-a", 99)).isEqualTo(later);
        assertThat(keys.at("node-b", 1)).isNull();
        assertThat(keys.current("node-b")).isNull();
        assertThat(keys.current("node-a")).isEqualTo(later);
        assertThat(keys.all("node-b")).isEmpty();
        assertThat(keys.all("node-a")).containsExactly(node.publicKey(), later);
        assertThat(store.nodeKeys().get("node-a")).as("the current key").isEqualTo(later);
        store.registerNodeKey("node-a", later); // the current key again, as a station opening registers its own: nothing changes
        assertThat(store.nodeKeyHistory().of("node-a")).hasSize(2);
    }
}
