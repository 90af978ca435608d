package org.timestation.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.timestation.credit.Minutes;
import org.timestation.ledger.Checkpoint;
import org.timestation.ledger.Commit;
import org.timestation.ledger.Event;
import org.timestation.ledger.InMemoryEventStore;
import org.timestation.ledger.LedgerStorageException;
import org.timestation.ledger.NodeIdentity;
import org.timestation.ledger.RowKey;
import org.timestation.member.Member;
import org.timestation.policy.Policy;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

class CommunityTest {

    /** A store whose next commit fails, like a full disk. */
    static final class FailingStore extends org.timestation.ledger.ForwardingEventStore {
        boolean failNext;

        FailingStore() {
            super(new InMemoryEventStore());
        }

        @Override
        public void commit(Commit commit) {
            if (failNext) {
                failNext = false;
                throw new LedgerStorageException("disk full", null);
            }
            super.commit(commit);
        }
    }

    @Test
    void whenTheStoreFailsNothingOfTheWriteIsKeptInMemoryEither() {
        FailingStore store = new FailingStore();
        try (TestStation t = new TestStation(store, "station-a")) {
            Member a = t.register("甲", 40);
            Member b = t.register("乙", 40);
            t.earn(a, 120);
            SortedMap<RowKey, String> before = t.community.inspect(CommunityState::rows);
            store.failNext = true;
            assertThatThrownBy(() -> t.community.credits().gift(t.tapCard(a), b.id(), Minutes.of(60), null))
                    .isInstanceOf(LedgerStorageException.class);
            SortedMap<RowKey, String> after = t.community.inspect(CommunityState::rows);
            assertThat(after).isEqualTo(before);
            // and the node carries on from the stored head
            t.community.credits().gift(t.tapCard(a), b.id(), Minutes.of(60), null);
            assertThat(t.community.credits().balance(b.id())).isEqualTo(Minutes.of(60));
            assertThat(org.timestation.audit.Verifier.verify(store).intact()).isTrue();
        }
    }

    @Test
    void aBatchOfCommandsLandsTogetherWithOneSignedCheckpoint() {
        try (TestStation t = new TestStation()) {
            Member a = t.register("甲", 40);
            Member b = t.register("乙", 40);
            long checkpointsBefore = countCheckpoints(t);
            t.community.write(sink -> {
                t.earn(a, 60);
                t.earn(b, 60);
                t.community.credits().gift(t.tapCard(a), b.id(), Minutes.of(30), null);
                return null;
            });
            assertThat(countCheckpoints(t)).isEqualTo(checkpointsBefore + 1);
            assertThat(t.store.latestCheckpoint(t.community.nodeId()).orElseThrow().seq())
                    .isEqualTo(t.store.head(t.community.nodeId()).seq());
        }
    }

    @Test
    void aRefusedCommandInsideABatchLeavesTheRestOfTheBatchIntact() {
        try (TestStation t = new TestStation()) {
            Member a = t.register("甲", 40);
            Member b = t.register("乙", 40);
            t.community.write(sink -> {
                t.earn(a, 60);
                try {
                    t.community.credits().gift(t.tapCard(a), a.id(), Minutes.of(30), null);
                } catch (DomainException refused) {
                    assertThat(refused.code()).isEqualTo(ErrorCode.SELF_TRANSFER);
                }
                t.community.credits().gift(t.tapCard(a), b.id(), Minutes.of(30), null);
                return null;
            });
            assertThat(t.community.credits().balance(b.id())).isEqualTo(Minutes.of(30));
        }
    }

    @Test
    void aNestedWriteThatFailsAfterWritingUndoesTheWholeBatch() {
        try (TestStation t = new TestStation()) {
            Member a = t.register("甲", 40);
            long events = t.store.eventCount();
            assertThatThrownBy(() -> t.community.write(outer -> {
                t.earn(a, 60);
                try {
                    t.community.write(inner -> {
                        inner.emit(new org.timestation.cocreation.CoCreationEvent.Applied(a.id()));
                        throw new IllegalStateException("boom after writing");
                    });
                } catch (IllegalStateException swallowed) {
                    // a careless caller swallows it: the outer write must still be undone
                }
                return null;
            })).hasMessageContaining("nested write failed");
            assertThat(t.store.eventCount()).isEqualTo(events);
            assertThat(t.community.credits().balance(a.id())).isEqualTo(Minutes.ZERO);
        }
    }

    @Test
    void changingThePolicyIsAnEventThatTheRulesFollowAtOnce() {
        try (TestStation t = new TestStation()) {
            Member a = t.register("甲", 40);
            Member b = t.register("乙", 40);
            Event change = t.community.policy().change(Policy.DEFAULT.with("floorMinutes", -600L), "manager-1", "社区决议 vote");
            assertThat(change.type()).isEqualTo("policy.changed");
            assertThat(change.payload()).contains("\"floorMinutes\":-600").contains("\"operator\":\"manager-1\"");
            t.community.credits().payForService(a.id(), b.id(), Minutes.of(600), "r");
            assertThat(t.community.credits().balance(a.id())).isEqualTo(Minutes.of(-600));
            assertThatThrownBy(() -> t.community.policy().change(Policy.DEFAULT.with("floorMinutes", 60L), "manager-1", "x"))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_POLICY));
            assertThatThrownBy(() -> t.community.policy().change(Policy.DEFAULT, "manager-1", ""))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.REASON_REQUIRED));
            // since when the rules in force apply: the change's own time, who and why; kept in the stored projection too
            org.timestation.policy.PolicyHolder.Since since = new org.timestation.policy.PolicyHolder.Since(change.epochMillis(), "manager-1", "社区决议 vote");
            assertThat(t.community.policy().since()).contains(since);
            org.timestation.policy.PolicyHolder holder = new org.timestation.policy.PolicyHolder();
            assertThat(holder.since()).isEmpty();
            holder.apply(change);
            java.util.Map<org.timestation.ledger.RowKey, String> rows = new java.util.HashMap<>();
            holder.allRows(rows);
            org.timestation.policy.PolicyHolder loaded = new org.timestation.policy.PolicyHolder();
            rows.forEach(loaded::load);
            assertThat(loaded.since()).contains(since);
            assertThat(loaded.get().floorMinutes()).isEqualTo(-600);
            t.community.rebuild();
            assertThat(t.community.policy().since()).contains(since);
        }
    }

    @Test
    void theDefaultPolicyHoldsTheHandbookRules() {
        Policy p = Policy.DEFAULT;
        assertThat(p.floorMinutes()).isEqualTo(-5 * 60);
        assertThat(p.expiryMonths()).isEqualTo(24);
        assertThat(p.reminderMonths()).isEqualTo(1);
        assertThat(p.eligibleAge()).isEqualTo(65);
        assertThat(p.fenPerCredit()).isEqualTo(500);
        assertThat(p.matchRadiusMeters()).isEqualTo(3000);
        assertThat(p.unmatchedHours()).isEqualTo(6);
        assertThat(p.confirmWindowHours()).isEqualTo(24);
        assertThat(p.captainActivityMinParticipants()).isEqualTo(10);
        assertThat(p.captainActivityRewardMinutes()).isEqualTo(300);
        assertThat(p.captainOfMonthMinutes()).isEqualTo(3000);
        assertThat(p.proposalAdoptedMinutes()).isEqualTo(1200);
        assertThat(p.falseReportMultiplier()).isEqualTo(2);
        assertThat(p.trustBase()).isEqualTo(100);
        assertThat(Policy.fromMap(p.toMap())).isEqualTo(p);
    }

    @Test
    void eventsFromAnotherStationAreTakenInOnlyWithAValidSignedCheckpoint() {
        InMemoryEventStore hubStore = new InMemoryEventStore();
        try (TestStation kiosk = new TestStation(); TestStation hub = new TestStation(hubStore, "admin")) {
            kiosk.register("甲", 40);
            List<Event> feed = kiosk.store.feed(kiosk.community.nodeId(), 0, 100);
            Checkpoint cp = kiosk.store.latestCheckpoint(kiosk.community.nodeId()).orElseThrow();
            assertThatThrownBy(() -> hub.community.receive(feed, List.of(cp))).as("unknown key")
                    .hasMessageContaining("no valid signed checkpoint");
            hubStore.registerNodeKey(kiosk.community.nodeId(), kiosk.store.nodeKeys().get(kiosk.community.nodeId()));
            byte[] sig = cp.signature();
            sig[0] ^= 1;
            Checkpoint forged = new Checkpoint(cp.nodeId(), cp.seq(), cp.head(), cp.signedAtMillis(), sig);
            assertThatThrownBy(() -> hub.community.receive(feed, List.of(forged))).hasMessageContaining("no valid signed checkpoint");
            assertThat(hubStore.eventCount()).isZero();
            hub.community.receive(feed, List.of(cp));
            assertThat(hub.community.members().all()).hasSize(1);
            assertThat(org.timestation.audit.Verifier.verify(hubStore).intact()).isTrue();
        }
    }

    @Test
    void aRebuildGivesTheSameProjectionRowsByteForByte() {
        try (TestStation t = new TestStation()) {
            Member a = t.register("甲", 70);
            Member b = t.register("乙", 40);
            t.fundPool(300);
            t.earn(b, 100);
            t.community.credits().payForService(a.id(), b.id(), Minutes.of(90), "r");
            t.community.credits().gift(t.tapCard(b), a.id(), Minutes.of(45), null);
            SortedMap<RowKey, String> live = t.community.inspect(CommunityState::rows);
            SortedMap<RowKey, String> stored = new TreeMap<>();
            t.store.forEachProjectionRow(stored::put);
            assertThat(stored).isEqualTo(live);
            assertThat(CommunityState.rebuild(t.store).rows()).isEqualTo(live);
        }
    }

    @Test
    void inABurstOneSignatureCoversManyCommitsAndTheHeadIsSealedOnClose() {
        InMemoryEventStore store = new InMemoryEventStore();
        org.timestation.time.ManualClock clock = new org.timestation.time.ManualClock(TestStation.START, TestStation.ZONE);
        NodeIdentity id = node("station-burst");
        org.timestation.member.IdNumberHasher hasher = new org.timestation.member.IdNumberHasher(new byte[32]);
        try (Community c = new Community(store, false, id, hasher, clock)) {
            Member a = TestStation.registerInto(c, "甲", 1); // first commit: signed
            for (int i = 0; i < 10; i++) {
                c.credits().reward(a.id(), Minutes.of(10), "burst", "staff-1"); // same instant: not signed yet
            }
            assertThat(store.latestCheckpoint("station-burst").orElseThrow().seq()).isEqualTo(1);
            assertThat(org.timestation.audit.Verifier.verify(store).summary()).contains("not covered by a signed checkpoint");
            clock.advance(java.time.Duration.ofSeconds(60));
            c.credits().reward(a.id(), Minutes.of(10), "after a minute", "staff-1");
            assertThat(store.latestCheckpoint("station-burst").orElseThrow().seq()).isEqualTo(12);
            c.credits().reward(a.id(), Minutes.of(10), "unsigned until close", "staff-1");
        }
        assertThat(store.latestCheckpoint("station-burst").orElseThrow().seq()).isEqualTo(13);
    }

    @Test
    void aQuietNodeSealsAnUnsignedTailOnceItIsAMinuteOldWithoutWaitingForTheNextCommit() {
        InMemoryEventStore store = new InMemoryEventStore();
        org.timestation.time.ManualClock clock = new org.timestation.time.ManualClock(TestStation.START, TestStation.ZONE);
        org.timestation.member.IdNumberHasher hasher = new org.timestation.member.IdNumberHasher(new byte[32]);
        try (Community c = new Community(store, false, node("station-quiet"), hasher, clock)) {
            Member a = TestStation.registerInto(c, "甲", 1); // signed
            c.credits().reward(a.id(), Minutes.of(10), "quiet", "staff-1"); // the same instant: unsigned
            assertThat(c.sealIfDue()).as("not a minute old yet").isFalse();
            clock.advance(java.time.Duration.ofSeconds(59));
            assertThat(c.sealIfDue()).isFalse();
            clock.advance(java.time.Duration.ofSeconds(1));
            assertThat(c.sealIfDue()).isTrue();
            assertThat(store.latestCheckpoint("station-quiet").orElseThrow().seq()).isEqualTo(2);
            assertThat(org.timestation.audit.Verifier.verify(store).summary()).doesNotContain("not covered by a signed checkpoint");
            clock.advance(java.time.Duration.ofMinutes(5));
            assertThat(c.sealIfDue()).as("nothing new to sign").isFalse();
        }
        assertThat(org.timestation.audit.Verifier.verify(store).intact()).isTrue();
    }

    @Test
    void theProjectionIsStoredPerCommitBatchAndANodeThatCrashedCatchesUpWhenItOpens() {
        InMemoryEventStore store = new InMemoryEventStore();
        org.timestation.time.ManualClock clock = new org.timestation.time.ManualClock(TestStation.START, TestStation.ZONE);
        NodeIdentity id = node("station-crash");
        org.timestation.member.IdNumberHasher hasher = new org.timestation.member.IdNumberHasher(new byte[32]);
        Community first = new Community(store, false, id, hasher, clock);
        Member a = TestStation.registerInto(first, "甲", 1);
        Member b = TestStation.registerInto(first, "乙", 2);
        for (int i = 0; i < 5; i++) {
            first.credits().reward(a.id(), Minutes.of(60), "burst", "staff-1");
        }
        first.credits().gift(TestStation.tapInto(first, 1), b.id(), Minutes.of(90), null);
        SortedMap<RowKey, String> stored = new TreeMap<>();
        store.forEachProjectionRow(stored::put);
        assertThat(stored.get(new RowKey("watermark", "station-crash"))).as("stored at the first commit only").isEqualTo("1");
        assertThat(org.timestation.audit.Verifier.verify(store).findings())
                .as("the stored projection matches the events up to its watermark").noneMatch(f -> f.what().contains("projection"));
        // the node dies without closing; a new one opens the same store
        try (Community second = new Community(store, false, id, hasher, clock)) {
            assertThat(second.credits().balance(a.id())).isEqualTo(Minutes.of(300 - 90));
            assertThat(second.credits().balance(b.id())).isEqualTo(Minutes.of(90));
            SortedMap<RowKey, String> live = second.inspect(CommunityState::rows);
            assertThat(live).isEqualTo(CommunityState.rebuild(store).rows());
        }
        stored.clear();
        store.forEachProjectionRow(stored::put);
        assertThat(stored).as("sealed on close").isEqualTo(CommunityState.rebuild(store).rows());
        assertThat(org.timestation.audit.Verifier.verify(store).intact()).isTrue();
    }

    @Test
    void aStoredProjectionClaimingEventsThatAreNotThereIsCaught() {
        try (TestStation t = new TestStation()) {
            t.register("甲", 40);
            TreeMap<RowKey, String> rows = new TreeMap<>();
            t.store.forEachProjectionRow(rows::put);
            rows.put(new RowKey("watermark", t.community.nodeId()), "99");
            t.store.replaceProjection(rows);
            assertThat(org.timestation.audit.Verifier.verify(t.store).findings())
                    .anyMatch(f -> f.what().contains("claims events that are not in the feeds"));
        }
    }

    private static long countCheckpoints(TestStation t) {
        List<Checkpoint> all = new ArrayList<>();
        t.store.forEachCheckpoint(all::add);
        return all.size();
    }

    static NodeIdentity node(String id) {
        return NodeIdentity.generate(id, new SecureRandom());
    }
}
