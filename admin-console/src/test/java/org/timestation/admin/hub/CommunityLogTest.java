package org.timestation.admin.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timestation.communitylog.Cosignature;
import org.timestation.communitylog.Ed25519Keys;
import org.timestation.communitylog.LogCheckpoint;
import org.timestation.communitylog.MerkleHash;
import org.timestation.communitylog.MerkleProofs;
import org.timestation.communitylog.MerkleTree;
import org.timestation.communitylog.SignedNote;
import org.timestation.datafolder.DataFolder;
import org.timestation.demo.DemoCommunity;
import org.timestation.ledger.Event;
import org.timestation.ledger.EventStore;
import org.timestation.ledger.NodeIdentity;
import org.timestation.time.ManualClock;

/**
 * The hub's log over a demo community's ledger: every event once, in the ledger's order; checkpoints
 * signed by the hub that survive a restart; a log whose stored leaves were cut short refuses to open;
 * the checkpoint in force at a past moment is found; only a cosignature that verifies is kept.
 */
class CommunityLogTest {
    @TempDir
    static Path dir;
    static List<Event> events = new ArrayList<>();
    static NodeIdentity hub;

    @BeforeAll
    static void demo() {
        DemoCommunity.generate(dir, DemoCommunity.Options.of(12, 1, 7, LocalDate.of(2026, 11, 1)));
        hub = DataFolder.at(dir).keys().node();
        try (EventStore store = DataFolder.at(dir).openReadOnly()) {
            store.forEachEvent(events::add);
        }
        assertThat(events.stream().map(Event::nodeId).distinct().count()).as("several nodes' feeds").isGreaterThan(2);
    }

    private static Path fresh(String name) throws Exception {
        Path d = dir.resolve(name);
        java.nio.file.Files.createDirectories(d);
        return d;
    }

    @Test
    void everyEventIsLoggedOnceInOrderAndTheCheckpointSurvivesARestart() throws Exception {
        Path d = fresh("restart");
        ManualClock clock = new ManualClock(java.time.Instant.parse("2026-11-01T00:00:00Z"), java.time.ZoneOffset.UTC);
        SignedNote first;
        try (CommunityLog log = CommunityLog.open(d, hub, clock)) {
            log.append(events.subList(0, 10));
            first = log.checkpoint();
            clock.advance(java.time.Duration.ofHours(2));
            log.append(events); // the first ten again are not logged twice
            assertThat(log.size()).isEqualTo(events.size());
            assertThat(log.checkpoint().text()).isNotEqualTo(first.text());
            assertThat(log.checkpoint()).as("nothing new: the same checkpoint").isSameAs(log.checkpoint());
        }
        try (CommunityLog log = CommunityLog.open(d, hub, clock)) {
            MerkleTree expected = new MerkleTree();
            events.forEach(e -> expected.append(e.hash().bytes()));
            assertThat(log.tree().root()).isEqualTo(expected.root());
            LogCheckpoint c = LogCheckpoint.verified(log.latest().orElseThrow(), log.origin(), log.origin(), log.publicKey());
            assertThat(c.size()).isEqualTo(events.size());
            assertThat(c.root()).isEqualTo(expected.root());
            assertThat(log.leaves(3, 5)).extracting(CommunityLog.Leaf::seq).containsExactly(events.get(3).seq(), events.get(4).seq());
            // the log only grew between the two checkpoints
            LogCheckpoint old = LogCheckpoint.parseBody(first.body());
            assertThat(MerkleProofs.verifyConsistency(10, c.size(), log.tree().consistencyProof(10, c.size()), old.root(), c.root())).isTrue();
            // the bulletin's question: which checkpoint was in force an hour after the first
            assertThat(log.inForceAt(java.time.Instant.parse("2026-11-01T01:00:00Z").toEpochMilli()).orElseThrow().body()).isEqualTo(first.body());
            Event some = events.get(events.size() / 2);
            long index = events.indexOf(some);
            assertThat(MerkleProofs.verifyInclusion(index, c.size(), MerkleHash.leaf(some.hash().bytes()),
                    log.tree().inclusionProof(index, c.size()), c.root())).isTrue();
        }
    }

    @Test
    void aLogMissingEventsOfItsLedgerCatchesUpInTheLedgersOrder() throws Exception {
        Path d = fresh("catchup");
        try (CommunityLog log = CommunityLog.open(d, hub, Clock.systemUTC()); EventStore store = DataFolder.at(dir).openReadOnly()) {
            log.append(events.subList(0, 5)); // the hub stopped after writing its ledger, before its log
            log.catchUp(store);
            assertThat(log.size()).isEqualTo(events.size());
            assertThat(log.leaves(0, events.size())).extracting(CommunityLog.Leaf::seq).containsExactlyElementsOf(events.stream().map(Event::seq).toList());
        }
    }

    @Test
    void aTruncatedLogRefusesToOpen() throws Exception {
        Path d = fresh("truncated");
        try (CommunityLog log = CommunityLog.open(d, hub, Clock.systemUTC())) {
            log.append(events);
            log.checkpoint();
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + d.toAbsolutePath().resolve("hub"), "sa", "")) {
            c.createStatement().executeUpdate("DELETE FROM log_leaf WHERE idx >= 5"); // an insider cuts history short
        }
        assertThatThrownBy(() -> CommunityLog.open(d, hub, Clock.systemUTC())).hasMessageContaining("does not match its own last checkpoint");
    }

    @Test
    void onlyAWitnessCosignatureThatVerifiesIsKept() throws Exception {
        Path d = fresh("cosign");
        NodeIdentity kiosk = NodeIdentity.generate("station-a", new SecureRandom());
        NodeIdentity other = NodeIdentity.generate("station-b", new SecureRandom());
        try (CommunityLog log = CommunityLog.open(d, hub, Clock.systemUTC())) {
            log.append(events);
            SignedNote cp = log.checkpoint();
            long size = events.size();
            SignedNote.Line forged = Cosignature.sign(cp, "station-a", other, 1_800_000_000L); // signed with another key
            assertThat(log.addCosignature(size, "station-a", Ed25519Keys.raw(kiosk.publicKey()), forged)).isFalse();
            assertThat(log.cosigners(size)).isZero();
            SignedNote.Line good = Cosignature.sign(cp, "station-a", kiosk, 1_800_000_000L);
            assertThat(log.addCosignature(size, "station-a", Ed25519Keys.raw(kiosk.publicKey()), good)).isTrue();
            assertThat(log.addCosignature(size + 1, "station-a", Ed25519Keys.raw(kiosk.publicKey()), good)).as("no such checkpoint").isFalse();
            assertThat(log.cosigners(size)).isEqualTo(1);
            assertThat(Cosignature.verify(log.latest().orElseThrow(), "station-a", Ed25519Keys.raw(kiosk.publicKey()))).hasValue(1_800_000_000L);
        }
    }

    @Test
    void theDemoHubHistoryHasACheckpointForEveryHourTheLogGrewDatedThen() throws Exception {
        Path d = fresh("history");
        DemoCommunity.generate(d, DemoCommunity.Options.of(12, 1, 7, LocalDate.of(2026, 11, 1)));
        int signed = DemoHubHistory.build(d);
        assertThat(signed).isGreaterThan(20);
        try (CommunityLog log = CommunityLog.open(d, hub, Clock.systemUTC())) {
            assertThat(log.size()).isEqualTo(events.size());
            // the checkpoint in force in mid-October (the demo runs through October) is smaller than the whole log and verifies
            long endOfOctober = java.time.LocalDate.of(2026, 10, 15).atTime(12, 0).toInstant(java.time.ZoneOffset.ofHours(8)).toEpochMilli();
            SignedNote october = log.inForceAt(endOfOctober).orElseThrow();
            LogCheckpoint c = LogCheckpoint.verified(october, log.origin(), log.origin(), log.publicKey());
            assertThat(c.size()).isPositive().isLessThan(log.size());
            assertThat(c.root()).isEqualTo(log.tree().root(c.size()));
            long lastBefore = events.stream().filter(e -> e.epochMillis() <= endOfOctober).count();
            assertThat(c.size()).as("nothing after the moment, at most an hour's events before it missing").isLessThanOrEqualTo(lastBefore);
            assertThat(LogCheckpoint.parseBody(log.latest().orElseThrow().body()).size()).isEqualTo(events.size());
        }
    }
}
