package org.timestation.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.timestation.community.TestStation;
import org.timestation.credit.AccountId;
import org.timestation.credit.Minutes;
import org.timestation.ledger.h2.H2EventStore;
import org.timestation.member.Member;

class VerifierTest {
    H2EventStore store;
    TestStation t;
    Member a;
    Member b;

    String name;

    @BeforeEach
    void build() {
        name = "verify-" + UUID.randomUUID();
        store = H2EventStore.inMemory(name);
        t = new TestStation(store, "station-a");
        a = t.register("甲", 70);
        b = t.register("乙", 40, org.timestation.member.Role.VOLUNTEER);
        t.fundPool(600);
        t.earn(b, 240);
        for (int i = 0; i < 5; i++) {
            t.serve(a, b, 30);
            t.community.credits().gift(t.tapCard(b), a.id(), Minutes.of(15), null);
        }
    }

    @AfterEach
    void close() {
        t.close();
    }

    VerificationReport verify() {
        return Verifier.verify(store);
    }

    @Test
    void anUntouchedLedgerIsIntact() {
        VerificationReport r = verify();
        assertThat(r.intact()).as(r.summary()).isTrue();
        assertThat(r.events()).isEqualTo(store.eventCount());
        assertThat(r.summary()).startsWith("intact: " + store.eventCount() + " events in 1 feeds");
    }

    @Test
    void changingAnyFieldOfAnEventIsCaughtAndNamesTheEvent() throws SQLException {
        for (String field : Tamper.EVENT_FIELDS) {
            close();
            build();
            Tamper tamper = new Tamper(store);
            assertThat(tamper.flipByte(5, field, 3, 0x01)).as(field).isTrue();
            VerificationReport r = verify();
            assertThat(r.intact()).as(field).isFalse();
            assertThat(r.findings()).as(field).anyMatch(f -> f.nodeId() != null);
        }
    }

    @Test
    void aChangedAmountIsCaughtAsAnAlteredEvent() throws SQLException {
        new Tamper(store);
        int changed = store.connection().createStatement().executeUpdate("UPDATE event SET payload = REPLACE(payload, ',30]', ',3000]')"
                + " WHERE pos = (SELECT MIN(pos) FROM event WHERE payload LIKE '%,30]%')");
        store.connection().commit();
        assertThat(changed).isEqualTo(1);
        VerificationReport r = verify();
        assertThat(r.intact()).isFalse();
        assertThat(r.findings()).anyMatch(f -> f.what().contains("altered"));
    }

    @Test
    void aDeletedEventIsCaught() throws SQLException {
        assertThat(new Tamper(store).deleteEvent(4)).isTrue();
        VerificationReport r = verify();
        assertThat(r.intact()).isFalse();
        assertThat(r.findings()).anyMatch(f -> f.what().contains("missing or out of order"));
    }

    @Test
    void deletingTheLastEventsIsCaughtByTheSignedCheckpoint() throws SQLException {
        Tamper tamper = new Tamper(store);
        tamper.deleteEvent(tamper.eventCount() - 1);
        VerificationReport r = verify();
        assertThat(r.intact()).isFalse();
        assertThat(r.findings()).anyMatch(f -> f.what().contains("events were deleted"));
    }

    @Test
    void reorderedEventsAreCaught() throws SQLException {
        new Tamper(store).swapEvents(6, 7);
        VerificationReport r = verify();
        assertThat(r.intact()).isFalse();
    }

    @Test
    void anEditedStoredBalanceIsCaught() throws SQLException {
        new Tamper(store).setStoredBalance(AccountId.member(b.id()).value(), "{\"b\":999999,\"lots\":[]}");
        VerificationReport r = verify();
        assertThat(r.intact()).isFalse();
        assertThat(r.findings()).anyMatch(f -> f.what().contains("balance of member:" + b.id()));
        assertThat(r.findings()).anyMatch(f -> f.what().contains("stored balances sum to"));
    }

    @Test
    void aForgedCheckpointSignatureIsCaught() throws SQLException {
        new Tamper(store).flipCheckpointSignature(2);
        VerificationReport r = verify();
        assertThat(r.intact()).isFalse();
        assertThat(r.findings()).anyMatch(f -> f.what().contains("signature is not valid"));
    }

    @Test
    void rebuildRestoresAnEditedProjectionFromTheEvents() throws SQLException {
        Minutes pool = t.community.credits().balance(AccountId.POOL);
        assertThat(pool).as("the pool paid the elder's shortfalls: 30 + 4 x 15").isEqualTo(Minutes.of(600 - 90));
        new Tamper(store).setStoredBalance(AccountId.POOL.value(), "{\"b\":1,\"lots\":[]}");
        assertThat(verify().intact()).isFalse();
        t.community.rebuild();
        assertThat(verify().intact()).isTrue();
        assertThat(t.community.credits().balance(AccountId.POOL)).isEqualTo(pool);
    }

    /** Appends an event with a correct hash over {@code prev}, signed or not: what the holder of the node key can write. */
    private org.timestation.ledger.Event append(org.timestation.ledger.Hash prev, boolean signed) {
        org.timestation.ledger.FeedHead head = store.head("station-a");
        String payload = "{\"member\":\"" + a.id() + "\"}";
        long hlc = head.hlc() + 1;
        org.timestation.ledger.Hash h = new org.timestation.ledger.ChainHasher().hash("station-a", head.seq() + 1, hlc, "cocreation.applied",
                payload, prev);
        org.timestation.ledger.Event e = new org.timestation.ledger.Event("station-a", head.seq() + 1, hlc, "cocreation.applied", payload, prev, h);
        java.util.List<org.timestation.ledger.Checkpoint> cps = signed ? java.util.List.of(t.node.sign(e.seq(), h, t.clock.millis()))
                : java.util.List.of();
        store.commit(new org.timestation.ledger.Commit(java.util.List.of(e), cps, java.util.Map.of()));
        return e;
    }

    @Test
    void anEventWhoseOwnHashIsRightButThatDoesNotLinkToItsPredecessorIsCaught() throws SQLException {
        org.timestation.ledger.FeedHead head = store.head("station-a");
        // written straight into the table (the store itself refuses a broken link)
        org.timestation.ledger.Hash wrongPrev = org.timestation.ledger.Hash.ofHex("aa".repeat(32));
        String payload = "{\"member\":\"" + a.id() + "\"}";
        org.timestation.ledger.Hash h = new org.timestation.ledger.ChainHasher().hash("station-a", head.seq() + 1, head.hlc() + 1,
                "cocreation.applied", payload, wrongPrev);
        try (var ps = store.connection().prepareStatement("INSERT INTO event (node_id, seq, hlc, type, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, "station-a");
            ps.setLong(2, head.seq() + 1);
            ps.setLong(3, head.hlc() + 1);
            ps.setString(4, "cocreation.applied");
            ps.setString(5, payload);
            ps.setBytes(6, wrongPrev.bytes());
            ps.setBytes(7, h.bytes());
            ps.executeUpdate();
        }
        store.connection().commit();
        VerificationReport r = verify();
        assertThat(r.findings()).anyMatch(f -> f.seq() == head.seq() + 1 && f.what().contains("prev_hash does not link"));
        assertThat(r.findings()).noneMatch(f -> f.seq() == head.seq() + 1 && f.what().contains("altered"));
    }

    @Test
    void aSignedCheckpointThatNamesAnotherHeadThanTheEventIsCaught() {
        long seq = store.head("station-a").seq();
        store.commit(new org.timestation.ledger.Commit(java.util.List.of(), java.util.List.of(t.node.sign(seq - 3,
                org.timestation.ledger.Hash.ofHex("bb".repeat(32)), t.clock.millis())), java.util.Map.of()));
        VerificationReport r = verify();
        assertThat(r.findings()).anyMatch(f -> f.seq() == seq - 3 && f.what().contains("the signed checkpoint names head"));
    }

    @Test
    void aFeedWhoseLastEventsAreNotSignedIsCaught() {
        org.timestation.ledger.Event e = append(store.head("station-a").hash(), false);
        VerificationReport r = verify();
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.seq()).isEqualTo(e.seq());
            assertThat(f.what()).contains("not covered by a signed checkpoint");
        });
        append(e.hash(), true);
        assertThat(verify().findings()).as("signed again: only the projection lags, which is no finding")
                .noneMatch(f -> f.what().contains("signed checkpoint"));
    }

    @Test
    void theReportCountsWhatItChecked() {
        VerificationReport r = verify();
        long[] checkpoints = {0};
        store.forEachCheckpoint(c -> checkpoints[0]++);
        long[] rows = {0};
        store.forEachProjectionRow((k, v) -> rows[0]++);
        assertThat(r.events()).isEqualTo(store.eventCount()).isGreaterThan(20);
        assertThat(r.feeds()).isEqualTo(1);
        assertThat(r.checkpoints()).isEqualTo(checkpoints[0]).isPositive();
        assertThat(r.projectionRows()).isEqualTo(rows[0]).isPositive();
        assertThat(r.stateDigest()).isEqualTo(t.community.inspect(org.timestation.community.CommunityState::digest));
        assertThat(r.onlyProjection()).as("nothing to mend").isFalse();
    }

    @Test
    void eachAlterationIsNamedForWhatItIs() throws SQLException {
        Tamper tamper = new Tamper(store);
        assertThat(tamper.flipByte(5, "payload", 3, 0x01)).isTrue();
        VerificationReport r = verify();
        assertThat(r.findings()).filteredOn(f -> f.seq() == 6).extracting(Finding::what).first().isEqualTo(
                "content does not match its hash: the event was altered");
        assertThat(r.summary()).startsWith("NOT intact: " + r.findings().size() + " finding(s) in " + store.eventCount() + " events; first: ");
    }

    @Test
    void aGapInTheSequenceIsNamedAsAMissingEvent() throws SQLException {
        assertThat(new Tamper(store).deleteEvent(4)).isTrue();
        VerificationReport r = verify();
        assertThat(r.findings()).filteredOn(f -> f.seq() == 6).extracting(Finding::what)
                .contains("expected seq 5 here: an event is missing or out of order", "prev_hash does not link to the previous event: the chain is broken");
    }

    @Test
    void aStoredFeedHeadThatDiffersFromTheEventsIsCaught() throws SQLException {
        new Tamper(store);
        try (var st = store.connection().createStatement()) {
            st.executeUpdate("UPDATE feed_head SET seq = seq - 1");
        }
        store.connection().commit();
        VerificationReport r;
        try (H2EventStore reopened = H2EventStore.inMemory(name)) { // the open store keeps its heads in memory; a new one reads the table
            r = Verifier.verify(reopened);
        }
        assertThat(r.findings()).anyMatch(f -> f.what().contains("the stored feed head (seq " + (store.eventCount() - 1) + ") differs from the events"));
    }

    @Test
    void aCheckpointWithoutARegisteredKeyOrDatedInTheFutureIsCaught() throws SQLException {
        VerificationReport later = Verifier.verify(store, java.time.Clock.fixed(t.clock.instant().minus(java.time.Duration.ofMinutes(6)),
                java.time.ZoneOffset.UTC), n -> true);
        assertThat(later.findings()).anyMatch(f -> f.what().startsWith("rule IN_THE_FUTURE broken: the checkpoint was signed at"));
        VerificationReport atTheEdge = Verifier.verify(store, java.time.Clock.fixed(t.clock.instant().minus(java.time.Duration.ofMinutes(5)),
                java.time.ZoneOffset.UTC), n -> true);
        assertThat(atTheEdge.findings()).noneMatch(f -> f.what().contains("checkpoint was signed at"));
        new Tamper(store);
        try (var st = store.connection().createStatement()) {
            st.executeUpdate("DROP TRIGGER IF EXISTS node_key_append_only");
            st.executeUpdate("DELETE FROM node_key");
        }
        store.connection().commit();
        assertThat(verify().findings()).anyMatch(f -> f.what().equals("no public key is registered for this node"));
    }

    @Test
    void moreThanAHundredFindingsAreCountedNotListed() throws SQLException {
        new Tamper(store);
        try (var st = store.connection().createStatement()) {
            st.executeUpdate("UPDATE event SET payload = payload || ' '");
        }
        store.connection().commit();
        VerificationReport r = verify();
        assertThat(r.findings()).hasSize(100);
        assertThat(r.findingsLeftOut()).isPositive();
        assertThat(r.summary()).startsWith("NOT intact: " + (100 + r.findingsLeftOut()) + " finding(s)");
        assertThat(r.onlyProjection()).isFalse();
    }

    @Test
    void anUnreadableStoredRowIsAFindingNotACrash() throws SQLException {
        new Tamper(store);
        try (var st = store.connection().createStatement()) {
            st.executeUpdate("UPDATE projection SET v = 'x' WHERE kind = 'watermark'");
            st.executeUpdate("UPDATE projection SET v = 'not json' WHERE kind = 'account' AND k = 'pool'");
        }
        store.connection().commit();
        VerificationReport r = verify();
        assertThat(r.findings()).extracting(Finding::what).contains("projection row watermark:station-a is unreadable", "projection row account:pool is unreadable");
    }

    @Test
    void extraAndMissingStoredRowsAreNamed() throws SQLException {
        new Tamper(store);
        try (var st = store.connection().createStatement()) {
            st.executeUpdate("INSERT INTO projection (kind, k, v) VALUES ('account', 'member:MFORGED0000', '{\"b\":0,\"lots\":[]}')");
            st.executeUpdate("DELETE FROM projection WHERE kind = 'account' AND k = 'pool'");
        }
        store.connection().commit();
        VerificationReport r = verify();
        assertThat(r.findings()).extracting(Finding::what)
                .anyMatch(w -> w.equals("projection row account:member:MFORGED0000 is stored but no event makes it"))
                .anyMatch(w -> w.startsWith("projection row account:pool is missing from the store (events give {\"b\":"));
        assertThat(r.onlyProjection()).as("a rebuild mends it").isTrue();
        for (Finding f : r.findings()) {
            assertThat(f.kind()).isEqualTo(Finding.Kind.PROJECTION);
        }
    }

    @Test
    void aProjectionWrittenWhileVerifyingIsSaidNotMistakenForTampering() {
        // The watermarks are read before the events and the rows after them: a program that commits in
        // between (verify is meant for a closed station) must be named, not compared against.
        org.timestation.ledger.ForwardingEventStore writing = new org.timestation.ledger.ForwardingEventStore(store) {
            @Override
            public void forEachProjectionRow(java.util.function.BiConsumer<org.timestation.ledger.RowKey, String> visitor) {
                super.forEachProjectionRow((k, v) -> visitor.accept(k, k.kind().equals("watermark") ? Long.toString(Long.parseLong(v) + 1) : v));
            }
        };
        VerificationReport r = Verifier.verify(writing);
        assertThat(r.intact()).isFalse();
        assertThat(r.findings()).extracting(Finding::what)
                .anyMatch(w -> w.startsWith("the stored projection changed while it was verified") && w.contains("Verify again with the station closed"));
        assertThat(verify().intact()).as("the same store, read still").isTrue();
    }
}
