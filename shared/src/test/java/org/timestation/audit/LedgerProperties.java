package org.timestation.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.timestation.community.CommunityState;
import org.timestation.community.TestStation;
import org.timestation.credit.AccountId;
import org.timestation.credit.Minutes;
import org.timestation.ledger.Checkpoint;
import org.timestation.ledger.Event;
import org.timestation.ledger.InMemoryEventStore;
import org.timestation.ledger.RowKey;
import org.timestation.ledger.h2.H2EventStore;
import org.timestation.member.Member;
import org.timestation.member.Role;
import org.timestation.text.DomainException;

/** Properties of the ledger over arbitrary sequences of operations (valid or refused). */
class LedgerProperties {

    /** One thing a person or the scheduler might do. Amounts and people are indexes into small ranges. */
    record Op(int kind, int a, int b, int minutes, int days) {
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> op = Combinators.combine(Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 4), Arbitraries.integers().between(-30, 400), Arbitraries.integers().between(0, 200))
                .as(Op::new);
        return op.list().ofMinSize(1).ofMaxSize(40);
    }

    static List<Member> people(TestStation t) {
        List<Member> p = new ArrayList<>();
        p.add(t.register("老甲", 80));
        p.add(t.register("乙", 30, Role.VOLUNTEER));
        p.add(t.register("丙", 45, Role.VOLUNTEER));
        p.add(t.register("丁商店", 50, Role.MERCHANT));
        p.add(t.register("戊", 66));
        t.fundPool(240);
        return p;
    }

    static void run(TestStation t, List<Member> p, Op op) {
        t.clock.advance(Duration.ofDays(op.days()));
        Member a = p.get(op.a());
        Member b = p.get(op.b());
        Minutes m = Minutes.of(op.minutes());
        var c = t.community.credits();
        try {
            switch (op.kind()) {
                case 0, 1 -> {
                    if (op.minutes() > 0) {
                        t.serve(a, b, op.minutes());
                    } else {
                        c.payForService(a.id(), b.id(), m, "r"); // refused before anything is written
                    }
                }
                case 2 -> c.gift(t.tapCard(a), b.id(), m, null);
                case 3 -> c.redeem(a.id(), b.id(), m, "v");
                case 4 -> c.reward(a.id(), m, "activity", "staff-1");
                case 5 -> c.expireDue();
                case 6 -> c.penalize(a.id(), m, "false report", "staff-1");
                default -> {
                    List<Event> moved = new ArrayList<>();
                    t.store.forEachEvent(e -> {
                        if (e.type().equals("credit.moved")) {
                            moved.add(e);
                        }
                    });
                    if (!moved.isEmpty()) {
                        c.reverse(moved.get(Math.floorMod(op.minutes(), moved.size())).id(), "correction", "staff-1");
                    }
                }
            }
        } catch (DomainException refused) {
            // refusals are part of the sequence: they must leave no trace
        }
    }

    @Property(tries = 150)
    void noSequenceOfOperationsCreatesOrDestroysCredits(@ForAll("operations") List<Op> ops) {
        try (TestStation t = new TestStation()) {
            List<Member> p = people(t);
            for (Op op : ops) {
                run(t, p, op);
                Minutes total = t.community.inspect(s -> s.credits().total());
                assertThat(total).isEqualTo(Minutes.ZERO);
            }
        }
    }

    @Property(tries = 150)
    void aRebuildEqualsTheLiveProjection(@ForAll("operations") List<Op> ops) {
        try (TestStation t = new TestStation()) {
            List<Member> p = people(t);
            ops.forEach(op -> run(t, p, op));
            SortedMap<RowKey, String> live = t.community.inspect(CommunityState::rows);
            assertThat(CommunityState.rebuild(t.store).rows()).isEqualTo(live);
            SortedMap<RowKey, String> stored = new java.util.TreeMap<>();
            t.store.forEachProjectionRow(stored::put);
            assertThat(stored).isEqualTo(live);
        }
    }

    /** A batch as it would be replicated: one commit's events and the checkpoint signing it. */
    record Batch(List<Event> events, Checkpoint checkpoint) {
    }

    static List<Batch> batches(TestStation station, long afterSeq) {
        List<Batch> out = new ArrayList<>();
        List<Checkpoint> cps = new ArrayList<>();
        station.store.forEachCheckpoint(c -> {
            if (c.nodeId().equals(station.community.nodeId()) && c.seq() > afterSeq) {
                cps.add(c);
            }
        });
        long from = afterSeq;
        for (Checkpoint c : cps) {
            out.add(new Batch(station.store.feed(c.nodeId(), from, (int) (c.seq() - from)), c));
            from = c.seq();
        }
        return out;
    }

    @Property(tries = 60)
    void theSameEventsInAnyOrderGiveTheSameProjection(@ForAll("operations") List<Op> opsA, @ForAll("operations") List<Op> opsB,
                                                       @ForAll long shuffleSeed) {
        try (TestStation a = new TestStation(new InMemoryEventStore(), "station-a");
             TestStation b = new TestStation(new InMemoryEventStore(), "station-b")) {
            List<Member> p = people(a);
            // station b learns the members from a's feed, then both work offline
            b.store.registerNodeKey("station-a", a.store.nodeKeys().get("station-a"));
            for (Batch batch : batches(a, 0)) {
                b.community.receive(batch.events(), List.of(batch.checkpoint()));
            }
            long aStart = a.store.head("station-a").seq();
            opsA.forEach(op -> run(a, p, op));
            opsB.forEach(op -> run(b, p, op));
            List<Batch> fromA = batches(a, aStart);
            List<Batch> fromB = batches(b, 0);

            SortedMap<RowKey, String> first = hubRows(a, b, fromA, fromB, new java.util.Random(shuffleSeed));
            SortedMap<RowKey, String> second = hubRows(a, b, fromA, fromB, new java.util.Random(~shuffleSeed));
            assertThat(accounts(first)).as("the accounts compared are there").isNotEmpty();
            assertThat(second).as("every row (balances, lots, statements, requests), whatever order the hub took the batches in")
                    .isEqualTo(first);

            // and each station, once it has the other's feed, holds exactly what the hub holds, live and stored
            java.time.Instant later = a.clock.instant().isAfter(b.clock.instant()) ? a.clock.instant() : b.clock.instant();
            a.clock.set(later);
            b.clock.set(later);
            a.store.registerNodeKey("station-b", b.store.nodeKeys().get("station-b"));
            fromB.forEach(batch -> a.community.receive(batch.events(), List.of(batch.checkpoint())));
            fromA.forEach(batch -> b.community.receive(batch.events(), List.of(batch.checkpoint())));
            for (TestStation station : List.of(a, b)) {
                assertThat(station.community.inspect(CommunityState::rows)).as(station.community.nodeId()).isEqualTo(first);
                assertThat(station.community.inspect(CommunityState::digest)).isEqualTo(CommunityState.digestOf(first));
                SortedMap<RowKey, String> stored = new java.util.TreeMap<>();
                station.community.seal();
                station.store.forEachProjectionRow(stored::put);
                assertThat(stored).as("stored at " + station.community.nodeId()).isEqualTo(first);
            }
        }
    }

    /** The account rows (balance and lots) among a projection's rows. */
    static SortedMap<RowKey, String> accounts(SortedMap<RowKey, String> rows) {
        SortedMap<RowKey, String> out = new java.util.TreeMap<>();
        rows.forEach((k, v) -> {
            if (k.kind().equals("account")) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** A hub that already has the registrations takes in both stations' batches in a random interleaving. */
    private static SortedMap<RowKey, String> hubRows(TestStation a, TestStation b, List<Batch> fromA, List<Batch> fromB,
                                                         java.util.Random random) {
        java.time.Instant later = a.clock.instant().isAfter(b.clock.instant()) ? a.clock.instant() : b.clock.instant();
        try (TestStation hub = new TestStation("admin", new org.timestation.time.ManualClock(later, TestStation.ZONE))) {
            hub.store.registerNodeKey("station-a", a.store.nodeKeys().get("station-a"));
            hub.store.registerNodeKey("station-b", b.store.nodeKeys().get("station-b"));
            long registered = a.store.feed("station-a", 0, Integer.MAX_VALUE).size() - countAfter(fromA);
            for (Batch batch : batches(a, 0)) {
                if (batch.checkpoint().seq() <= registered) {
                    hub.community.receive(batch.events(), List.of(batch.checkpoint()));
                }
            }
            int i = 0;
            int j = 0;
            while (i < fromA.size() || j < fromB.size()) {
                boolean takeA = j >= fromB.size() || (i < fromA.size() && random.nextBoolean());
                Batch batch = takeA ? fromA.get(i++) : fromB.get(j++);
                hub.community.receive(batch.events(), List.of(batch.checkpoint()));
            }
            VerificationReport report = Verifier.verify(hub.store, java.time.Clock.fixed(later, java.time.ZoneOffset.UTC), "admin"::equals);
            assertThat(report.intact()).as(report.findings().toString()).isTrue();
            assertThat(report.stateDigest()).as("verify's state: line").isEqualTo(hub.community.inspect(CommunityState::digest));
            return hub.community.inspect(CommunityState::rows);
        }
    }

    private static long countAfter(List<Batch> batches) {
        return batches.stream().mapToLong(x -> x.events().size()).sum();
    }

    @Property(tries = 80)
    void anySingleByteTamperIsDetected(@ForAll @IntRange(min = 0, max = 10_000) int eventPick,
                                       @ForAll @IntRange(min = 0, max = 6) int fieldPick,
                                       @ForAll @IntRange(min = 0, max = 10_000) int bytePick,
                                       @ForAll @IntRange(min = 1, max = 255) int xor) throws SQLException {
        H2EventStore store = H2EventStore.inMemory("tamper-" + UUID.randomUUID());
        try (TestStation t = new TestStation(store, "station-a")) {
            List<Member> p = people(t);
            run(t, p, new Op(0, 1, 2, 90, 1));
            run(t, p, new Op(2, 2, 0, 30, 1));
            run(t, p, new Op(3, 2, 3, 30, 1));
            Tamper tamper = new Tamper(store);
            boolean changed = tamper.flipByte(eventPick % tamper.eventCount(), Tamper.EVENT_FIELDS[fieldPick], bytePick, xor);
            Assume.that(changed); // a seq flipped onto another event's seq is refused by the database itself
            VerificationReport r = Verifier.verify(store);
            assertThat(r.intact()).as("flipped %s of event %d", Tamper.EVENT_FIELDS[fieldPick], eventPick).isFalse();
        }
    }
}
