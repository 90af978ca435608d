package org.timestation.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.timestation.time.ManualClock;

/** The ledger's small value types and helpers, at their edges. */
class LedgerValuesTest {

    @Test
    void eventIdsAreNodeSlashSeqAndOrderByNodeThenSeq() {
        EventId id = EventId.parse("station-a/12");
        assertThat(id).isEqualTo(new EventId("station-a", 12));
        assertThat(id.toString()).isEqualTo("station-a/12");
        assertThat(EventId.parse("a/b/3")).as("the last slash splits").isEqualTo(new EventId("a/b", 3));
        assertThat(EventId.parse("x/1").seq()).isEqualTo(1);
        for (String bad : new String[] {"/3", "station-a/", "station-a", "station-a/0", "station-a/-1"}) {
            assertThatThrownBy(() -> EventId.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> EventId.parse(null)).isInstanceOf(IllegalArgumentException.class);
        List<EventId> ids = new ArrayList<>(List.of(new EventId("b", 1), new EventId("a", 10), new EventId("a", 9), new EventId("a", 10)));
        ids.sort(null);
        assertThat(ids).containsExactly(new EventId("a", 9), new EventId("a", 10), new EventId("a", 10), new EventId("b", 1));
        assertThat(new EventId("a", 2).compareTo(new EventId("a", 1))).isPositive();
        assertThat(new EventId("a", 1).compareTo(new EventId("a", 1))).isZero();
    }

    @Test
    void hashesAreExactly32BytesAndEqualByContent() {
        byte[] raw = new byte[32];
        raw[0] = 0x12;
        raw[31] = 0x34;
        Hash h = Hash.of(raw);
        raw[0] = 0;
        assertThat(h.bytes()[0]).as("of() copies").isEqualTo((byte) 0x12);
        h.bytes()[1] = 9;
        assertThat(h.bytes()[1]).as("bytes() copies").isZero();
        assertThat(h.hex()).isEqualTo("12" + "00".repeat(30) + "34");
        assertThat(h.toString()).isEqualTo(h.hex());
        assertThat(h.shortHex()).isEqualTo("120000000000");
        assertThat(h).isEqualTo(Hash.ofHex(h.hex())).hasSameHashCodeAs(Hash.ofHex(h.hex())).isNotEqualTo(Hash.ZERO).isNotEqualTo(h.hex());
        assertThat(h.hashCode()).isNotEqualTo(Hash.ZERO.hashCode());
        assertThat(Hash.ZERO.hex()).isEqualTo("00".repeat(32));
        assertThatThrownBy(() -> Hash.of(new byte[31])).hasMessageContaining("got 31");
        assertThatThrownBy(() -> Hash.of(new byte[33])).hasMessageContaining("got 33");
        assertThatThrownBy(() -> Hash.of(null)).hasMessageContaining("got null");
    }

    @Test
    void equalCheckpointsHashAlike() {
        Hash head = Hash.ofHex("cd".repeat(32));
        Checkpoint a = new Checkpoint("n", 3, head, 7L, new byte[64]);
        Checkpoint b = new Checkpoint("n", 3, head, 7L, new byte[64]);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.hashCode()).isNotEqualTo(new Checkpoint("n", 4, head, 7L, new byte[64]).hashCode());
    }

    @Test
    void aCheckpointIsDueAfterEnoughEventsOrEnoughTime() {
        CheckpointPolicy p = new CheckpointPolicy(10, 1000);
        assertThat(p.due(9, 999)).isFalse();
        assertThat(p.due(10, 0)).isTrue();
        assertThat(p.due(0, 1000)).isTrue();
        assertThat(CheckpointPolicy.EVERY_COMMIT.due(1, 0)).isTrue();
        assertThat(new CheckpointPolicy(1, 0)).isEqualTo(CheckpointPolicy.EVERY_COMMIT);
        assertThatThrownBy(() -> new CheckpointPolicy(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CheckpointPolicy(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSignatureWithTheWrongKeyOrOfTheWrongShapeIsNotValid() {
        NodeIdentity node = NodeIdentity.generate("n", new java.security.SecureRandom());
        Checkpoint cp = node.sign(1, Hash.ZERO, 5);
        assertThat(NodeIdentity.verify(cp, node.publicKey())).isTrue();
        assertThat(NodeIdentity.verify(cp, NodeIdentity.generate("n", new java.security.SecureRandom()).publicKey())).isFalse();
        assertThat(NodeIdentity.verify(cp, null)).isFalse();
        assertThat(NodeIdentity.verify(cp, new byte[12])).isFalse();
        byte[] notAPoint = node.publicKey().clone();
        java.util.Arrays.fill(notAPoint, 12, notAPoint.length, (byte) 0xFF);
        assertThat(NodeIdentity.verify(cp, notAPoint)).isFalse();
        assertThat(NodeIdentity.verify(cp.signedBytes(), new byte[63], node.publicKey())).isFalse();
        assertThat(NodeIdentity.verify(cp.signedBytes(), null, node.publicKey())).isFalse();
    }

    @Test
    void theHybridClockWorksFromTheEpochOn() {
        ManualClock epoch = new ManualClock(Instant.EPOCH, ZoneOffset.UTC);
        HybridLogicalClock hlc = new HybridLogicalClock(epoch, 0);
        assertThat(hlc.now()).as("after the stored time 0: millis 0, counter 1").isEqualTo(1L);
        assertThat(HybridLogicalClock.millis(hlc.now())).isZero();
        ManualClock before = new ManualClock(Instant.EPOCH.minusMillis(1), ZoneOffset.UTC);
        assertThatThrownBy(() -> new HybridLogicalClock(before, 0).now()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aWriteThatDoesNotFollowItsFeedSaysWhatItExpectedAndWhatItFound() {
        ChainHasher hasher = new ChainHasher();
        Hash first = hasher.hash("n", 1, 0, "t", "{}", Hash.ZERO);
        Event one = new Event("n", 1, 0, "t", "{}", Hash.ZERO, first);
        Map<String, FeedHead> heads = AppendRule.advance(Map.of(), List.of(one));
        assertThat(heads.get("n")).isEqualTo(new FeedHead("n", 1, first, 0));
        Event three = new Event("n", 3, 0, "t", "{}", first, first);
        assertThatThrownBy(() -> AppendRule.advance(heads, List.of(three))).isInstanceOfSatisfying(SequenceConflictException.class,
                e -> assertThat(e.getMessage()).isEqualTo("event n/3 must follow seq 1 of its feed, but its writer expected 2"));
    }

    @Test
    void payloadReadsAreTypedAndSayWhatIsWrong() {
        Payload p = Payload.parse("{\"b\":true,\"f\":false,\"l\":[1],\"n\":5,\"o\":{\"x\":\"y\"},\"s\":\"t\"}");
        assertThat(p.bool("b")).isTrue();
        assertThat(p.bool("f")).isFalse();
        assertThat(p.bool("missing", true)).isTrue();
        assertThat(p.bool("f", true)).isFalse();
        assertThat(p.num("n")).isEqualTo(5);
        assertThat(p.num("missing", 7)).isEqualTo(7);
        assertThat(p.str("s")).isEqualTo("t");
        assertThat(p.optStr("s")).contains("t");
        assertThat(p.optStr("missing")).isEmpty();
        assertThat(p.list("l")).isEqualTo(List.of(1L));
        assertThat(p.obj("o").str("x")).isEqualTo("y");
        assertThat(p.has("o")).isTrue();
        assertThat(p.has("missing")).isFalse();
        assertThat(p.asMap()).containsOnlyKeys("b", "f", "l", "n", "o", "s");
        assertThatThrownBy(() -> p.bool("n")).hasMessage("field 'n' is not true or false");
        assertThatThrownBy(() -> p.num("s")).hasMessage("field 's' is not an integer");
        assertThatThrownBy(() -> p.str("n")).hasMessage("field 'n' is not a string");
        assertThatThrownBy(() -> p.list("n")).hasMessage("field 'n' is not a list");
        assertThatThrownBy(() -> p.obj("n")).hasMessageContaining("expected an object");
        assertThatThrownBy(() -> p.str("missing")).hasMessage("missing field 'missing'");
        assertThatThrownBy(() -> Payload.of(List.of())).isInstanceOf(CanonicalJson.MalformedPayloadException.class);
        assertThat(Payload.of(Map.of("a", 1L)).num("a")).isEqualTo(1);
    }

    @Test
    void aRowTableStoresWhatChangedSinceTheLastDrainAndLoadsOnlyItsOwnKind() {
        RowTable<Long> t = new RowTable<>("count", String::valueOf, Long::parseLong);
        t.put("a", 1L);
        t.put("b", 2L);
        Map<RowKey, String> out = new TreeMap<>();
        t.drainDirtyRows(out);
        assertThat(out).containsExactly(Map.entry(new RowKey("count", "a"), "1"), Map.entry(new RowKey("count", "b"), "2"));
        out.clear();
        t.drainDirtyRows(out);
        assertThat(out).as("nothing changed since").isEmpty();
        t.put("a", 3L);
        t.drainDirtyRows(out);
        assertThat(out).containsExactly(Map.entry(new RowKey("count", "a"), "3"));
        out.clear();
        t.allRows(out);
        assertThat(out).hasSize(2);
        assertThat(t.load(new RowKey("other", "z"), "9")).isEmpty();
        assertThat(t.get("z")).isEmpty();
        assertThat(t.load(new RowKey("count", "z"), "9")).contains(9L);
        assertThat(t.get("z")).contains(9L);
        assertThat(t.valuesCopy()).containsExactlyInAnyOrder(3L, 2L, 9L);
        t.put("c", 4L);
        t.clear();
        assertThat(t.values()).isEmpty();
        out.clear();
        t.drainDirtyRows(out);
        assertThat(out).as("a cleared table has nothing left to store").isEmpty();
    }

    static final class TwoTables extends RowTable.Part {
        final RowTable<String> first = table("first", s -> s, s -> s);
        final RowTable<String> second = table("second", s -> s, s -> s);
        final List<String> loadedKeys = new ArrayList<>();
        int clears;

        @Override
        protected void loaded(RowTable<?> table, String key, Object value) {
            loadedKeys.add((table == first ? "first:" : "second:") + key + "=" + value);
        }

        @Override
        protected void cleared() {
            clears++;
        }

        @Override
        public String prefix() {
            return "two.";
        }

        @Override
        public void apply(Event e) {
        }
    }

    @Test
    void aPartPassesEveryCallToEachOfItsTables() {
        TwoTables part = new TwoTables();
        assertThat(part.load(new RowKey("second", "k"), "v")).isTrue();
        assertThat(part.load(new RowKey("first", "j"), "w")).isTrue();
        assertThat(part.load(new RowKey("third", "k"), "v")).isFalse();
        assertThat(part.loadedKeys).containsExactly("second:k=v", "first:j=w");
        part.first.put("a", "1");
        part.second.put("b", "2");
        Map<RowKey, String> out = new TreeMap<>();
        part.drainDirtyRows(out);
        assertThat(out).containsOnlyKeys(new RowKey("first", "a"), new RowKey("second", "b"));
        out.clear();
        part.allRows(out);
        assertThat(out).hasSize(4);
        part.clear();
        assertThat(part.clears).isEqualTo(1);
        assertThat(part.first.values()).isEmpty();
        assertThat(part.second.values()).isEmpty();
    }

    @Test
    void aForwardingStorePassesEveryCallOnWithItsArgumentsAndResult() throws Exception {
        List<String> calls = new ArrayList<>();
        Map<Class<?>, Object> results = Map.of(FeedHead.class, FeedHead.empty("x"), Map.class, Map.of("k", "v"), List.class, List.of("e"),
                java.util.Optional.class, java.util.Optional.of("o"), long.class, 42L, boolean.class, true);
        InvocationHandler recorder = (proxy, method, args) -> {
            calls.add(method.getName() + (args == null ? "[]" : java.util.Arrays.toString(args)));
            return results.get(method.getReturnType());
        };
        EventStore delegate = (EventStore) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EventStore.class}, recorder);
        ForwardingEventStore forwarding = new ForwardingEventStore(delegate);
        for (Method m : EventStore.class.getMethods()) {
            if (java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            Object[] args = new Object[m.getParameterCount()];
            for (int i = 0; i < args.length; i++) {
                args[i] = sample(m.getParameterTypes()[i], i);
            }
            calls.clear();
            Object result = m.invoke(forwarding, args);
            assertThat(calls).as(m.getName()).containsExactly(m.getName() + (args.length == 0 ? "[]" : java.util.Arrays.toString(args)));
            if (m.getReturnType() != void.class) {
                assertThat(result).as(m.getName() + "'s result").isEqualTo(results.get(m.getReturnType()));
            }
        }
    }

    private static Object sample(Class<?> type, int i) {
        if (type == String.class) {
            return "s" + i;
        }
        if (type == long.class) {
            return 7L + i;
        }
        if (type == int.class) {
            return 3 + i;
        }
        if (type == byte[].class) {
            return new byte[] {1};
        }
        if (type == EventId.class) {
            return new EventId("n", 1);
        }
        if (type == Map.class || type == java.util.SortedMap.class) {
            return new TreeMap<>(Map.of("w", 1L));
        }
        if (type == Commit.class) {
            return new Commit(List.of(), List.of(), Map.of());
        }
        if (type == java.util.function.Consumer.class) {
            return (java.util.function.Consumer<Object>) x -> { };
        }
        if (type == java.util.function.BiConsumer.class) {
            return (java.util.function.BiConsumer<Object, Object>) (x, y) -> { };
        }
        if (type == java.nio.file.Path.class) {
            return java.nio.file.Path.of("backup-" + i + ".zip");
        }
        if (type == long[].class) {
            return new long[] {5L + i, 2L + i};
        }
        if (type == org.timestation.ledger.EventStore.ArrivedEventVisitor.class) {
            return (org.timestation.ledger.EventStore.ArrivedEventVisitor) (x, y) -> { };
        }
        throw new IllegalStateException("no sample for " + type);
    }
}
