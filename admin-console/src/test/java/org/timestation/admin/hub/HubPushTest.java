package org.timestation.admin.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timestation.community.Community;
import org.timestation.credit.AccountId;
import org.timestation.credit.CreditEvent;
import org.timestation.credit.Leg;
import org.timestation.credit.Minutes;
import org.timestation.credit.MovementKind;
import org.timestation.datafolder.DataFolder;
import org.timestation.demo.DemoCommunity;
import org.timestation.ledger.ChainHasher;
import org.timestation.ledger.Checkpoint;
import org.timestation.ledger.Event;
import org.timestation.ledger.EventCodec;
import org.timestation.ledger.FeedHead;
import org.timestation.ledger.HybridLogicalClock;
import org.timestation.ledger.NodeIdentity;
import org.timestation.member.Member;
import org.timestation.sync.Wire;

/**
 * The hub takes in a station's feed and refuses, with the reason, everything the design says it must:
 * the same batch twice changes nothing; a gap answers 409 with the next seq; a bad checkpoint 422 and
 * nothing changes; a fork quarantines the node and keeps both statements; a restored old copy is told
 * to recover; a batch that breaks a rule is refused whole and quarantines the node; a revoked or
 * unknown node is refused; and another station pulls what one pushed.
 */
class HubPushTest {
    private static final DemoCommunity.Options DEMO = DemoCommunity.Options.of(12, 1, 7, LocalDate.of(2026, 11, 1));
    @TempDir
    Path dir;
    Hub hub;
    Path station;

    @BeforeEach
    void folders() {
        DemoCommunity.generate(dir.resolve("hub"), DEMO);
        station = dir.resolve("station-a");
        DemoCommunity.generate(station, DEMO, "station-a"); // the same community, as station-a holds it
        hub = Hub.open(dir.resolve("hub"), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        hub.close();
    }

    /** The station does some work of its own; returns its feed after {@code after} and a checkpoint of its head. */
    private Wire.Batch work(Path folder, long after, int rewards) {
        try (Community c = DataFolder.at(folder).open(Clock.systemUTC())) {
            Member m = c.members().all().get(3);
            for (int i = 0; i < rewards; i++) {
                c.credits().reward(m.id(), Minutes.of(10 + i), "帮忙打扫 cleaning", "staff-1");
            }
            return batch(folder, c, after);
        }
    }

    private static Wire.Batch batch(Path folder, Community c, long after) {
        FeedHead head = c.store().head("station-a");
        NodeIdentity key = DataFolder.at(folder).keys().node();
        List<Event> events = c.store().feed("station-a", after, 100_000);
        return new Wire.Batch(events, List.of(key.sign(head.seq(), head.hash(), System.currentTimeMillis())));
    }

    private long held() {
        return hub.community().store().head("station-a").seq();
    }

    @Test
    void aPushIsTakenInLoggedAndTheSameBatchAgainChangesNothing() {
        long before = held();
        long logBefore = hub.log().size();
        Wire.Batch b = work(station, before, 3);
        Hub.PushResult r = hub.push("station-a", b);
        assertThat(r.status()).as(r.reason().en()).isEqualTo(200);
        assertThat(held()).isEqualTo(before + 3);
        assertThat(hub.log().size()).isEqualTo(logBefore + 3);
        assertThat(hub.log().contains("station-a", before + 3)).isTrue();
        Hub.PushResult again = hub.push("station-a", b);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.next()).isEqualTo(before + 4);
        assertThat(hub.log().size()).as("nothing logged twice").isEqualTo(logBefore + 3);
        assertThat(hub.nodes().get("station-a").orElseThrow().lastSync()).isNotNull();
        // the wire format carries the batch unchanged
        assertThat(Wire.decodeBatch(Wire.encode(b)).events()).isEqualTo(b.events());
    }

    @Test
    void aGapAnswers409WithTheNextSeqAndABadCheckpoint422AndNothingChanges() {
        long before = held();
        Wire.Batch b = work(station, before, 3);
        Wire.Batch gap = new Wire.Batch(b.events().subList(1, 3), b.checkpoints());
        Hub.PushResult r = hub.push("station-a", gap);
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("gap");
        assertThat(r.next()).isEqualTo(before + 1);
        Checkpoint good = b.checkpoints().get(0);
        NodeIdentity mallory = NodeIdentity.generate("station-a", new SecureRandom());
        Wire.Batch forged = new Wire.Batch(b.events(), List.of(mallory.sign(good.seq(), good.head(), good.signedAtMillis())));
        Hub.PushResult bad = hub.push("station-a", forged);
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.code()).isEqualTo("bad-checkpoint");
        assertThat(held()).isEqualTo(before);
        assertThat(hub.nodes().get("station-a").orElseThrow().state()).isEqualTo(HubNodes.State.ACTIVE);
    }

    @Test
    void aForkQuarantinesTheNodeKeepsBothStatementsAndRefusesFurtherPushes() throws Exception {
        long before = held();
        Path copy = dir.resolve("copy");
        DemoCommunity.generate(copy, DEMO, "station-a"); // the same station's folder, copied before it worked
        assertThat(hub.push("station-a", work(station, before, 2)).status()).isEqualTo(200);
        Wire.Batch other = work(copy, before, 2); // the copy writes other events at the same seqs
        Hub.PushResult r = hub.push("station-a", other);
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("fork");
        HubNodes.Node n = hub.nodes().get("station-a").orElseThrow();
        assertThat(n.state()).isEqualTo(HubNodes.State.QUARANTINED);
        assertThat(n.reason()).contains("fork at seq " + (before + 1));
        assertThat(hub.nodes().forks("station-a")).singleElement().asString().contains("held {").contains("pushed {");
        assertThat(hub.alerts()).as("the manager's alerts").anySatisfy(a -> {
            assertThat(a.kind()).isEqualTo(HubAlerts.Kind.FORK);
            assertThat(a.node()).isEqualTo("station-a");
        });
        Hub.PushResult after = hub.push("station-a", work(station, before + 2, 1));
        assertThat(after.status()).isEqualTo(403);
        assertThat(after.code()).isEqualTo("quarantined");
        assertThat(after.reason().zh()).contains("隔离");
        // staff release it with a reason, and it syncs again
        hub.act("station-a", HubNodes.State.ACTIVE, "staff-1", "the copy was a test machine, wiped");
        assertThat(hub.push("station-a", work(station, before + 2, 0)).status()).isEqualTo(200);
        assertThat(hub.nodes().acts("station-a")).hasSize(2).last().asString().contains("staff-1");
        // both acts are events of the hub's feed (and so in its log and at every station)
        List<String> acts = hub.community().inspect(s -> s.nodes().of("station-a").stream()
                .map(a -> a.state() + " by " + a.operator() + ": " + a.reason()).toList());
        assertThat(acts).containsExactly("QUARANTINED by hub: fork at seq " + (before + 1), "ACTIVE by staff-1: the copy was a test machine, wiped");
        assertThat(hub.log().contains(hub.nodeId(), hub.community().store().head(hub.nodeId()).seq())).isTrue();
    }

    @Test
    void aRestoredOldCopyIsToldToRecoverFromTheHub() {
        long before = held();
        Path old = dir.resolve("old");
        DemoCommunity.generate(old, DEMO, "station-a"); // yesterday's backup of the station
        assertThat(hub.push("station-a", work(station, before, 2)).status()).isEqualTo(200);
        try (Community c = DataFolder.at(old).open(Clock.systemUTC())) {
            Hub.PushResult r = hub.push("station-a", batch(old, c, before));
            assertThat(r.status()).isEqualTo(409);
            assertThat(r.code()).isEqualTo("rollback");
            assertThat(r.reason().en()).contains("kiosk.jar restore");
        }
        assertThat(held()).isEqualTo(before + 2);
        assertThat(hub.alerts()).as("the manager's alerts").anySatisfy(a -> {
            assertThat(a.kind()).isEqualTo(HubAlerts.Kind.ROLLBACK);
            assertThat(a.detail()).contains("old backup");
        });
        try (Community c = DataFolder.at(old).open(Clock.systemUTC())) {
            assertThat(hub.push("station-a", batch(old, c, before)).code()).isEqualTo("rollback"); // the old copy tries again
        }
        assertThat(hub.alerts().stream().filter(a -> a.kind() == HubAlerts.Kind.ROLLBACK)).as("the same refusal again is one alert, not two")
                .hasSize(1);
    }

    @Test
    void aBatchBreakingARuleIsRefusedWholeAndTheNodeQuarantined() {
        long before = held();
        Wire.Batch honest = work(station, before, 1);
        // an insider with the station's key adds a gift minted from nothing after the honest event
        NodeIdentity key = DataFolder.at(station).keys().node();
        Event last = honest.events().get(0);
        Member m;
        try (Community c = DataFolder.at(station).open(Clock.systemUTC())) {
            m = c.members().all().get(2);
        }
        CreditEvent.Moved minted = new CreditEvent.Moved(MovementKind.GIFT, List.of(new Leg(AccountId.ISSUANCE, AccountId.member(m.id()),
                Minutes.of(600))), null, null, null, null, null, null);
        long hlc = HybridLogicalClock.of(System.currentTimeMillis(), 0);
        String payload = EventCodec.encode(minted);
        var hash = new ChainHasher().hash("station-a", last.seq() + 1, hlc, minted.type(), payload, last.hash());
        Event forged = new Event("station-a", last.seq() + 1, hlc, minted.type(), payload, last.hash(), hash);
        Wire.Batch b = new Wire.Batch(List.of(last, forged), List.of(key.sign(forged.seq(), hash, System.currentTimeMillis())));
        Minutes balanceBefore = hub.community().credits().balance(m.id());
        Hub.PushResult r = hub.push("station-a", b);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.code()).isEqualTo("rule-broken");
        assertThat(r.reason().en()).contains("NOT_ALLOWED_TO_MINT");
        assertThat(held()).as("the honest event before it was refused too: the batch is refused whole").isEqualTo(before);
        assertThat(hub.nodes().get("station-a").orElseThrow().state()).isEqualTo(HubNodes.State.QUARANTINED);
        assertThat(hub.community().credits().balance(m.id())).as("the projection is back to what is stored").isEqualTo(balanceBefore);
        // released, the honest event alone goes in
        hub.act("station-a", HubNodes.State.ACTIVE, "staff-1", "the forged gift was reported to the police; honest feed only");
        assertThat(hub.push("station-a", honest).status()).isEqualTo(200);
        assertThat(held()).isEqualTo(before + 1);
    }

    @Test
    void aStationCannotWriteTheConsolesStaffActsNotEvenNamingARealManager() {
        long before = held();
        Wire.Batch honest = work(station, before, 1);
        NodeIdentity key = DataFolder.at(station).keys().node();
        Event last = honest.events().get(0);
        String manager;
        try (Community c = DataFolder.at(station).open(Clock.systemUTC())) {
            manager = c.members().all().stream().filter(x -> x.has(org.timestation.member.Role.MANAGER)).findFirst().orElseThrow().id();
        }
        // an insider with the station's key lifts a removal, naming the community's real manager as the operator
        org.timestation.ledger.LedgerEvent act = new org.timestation.trust.TrustEvent.IncidentResolved("admin/1", manager, "申诉成立");
        long hlc = HybridLogicalClock.of(System.currentTimeMillis(), 0);
        String payload = EventCodec.encode(act);
        var hash = new ChainHasher().hash("station-a", last.seq() + 1, hlc, act.type(), payload, last.hash());
        Event forged = new Event("station-a", last.seq() + 1, hlc, act.type(), payload, last.hash(), hash);
        Hub.PushResult r = hub.push("station-a", new Wire.Batch(List.of(last, forged), List.of(key.sign(forged.seq(), hash, System.currentTimeMillis()))));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.code()).isEqualTo("rule-broken");
        assertThat(r.reason().en()).contains("trust.incident-resolved").contains("only the console's staff");
        assertThat(held()).isEqualTo(before);
        assertThat(hub.nodes().get("station-a").orElseThrow().state()).isEqualTo(HubNodes.State.QUARANTINED);
        assertThat(hub.alerts()).anySatisfy(a -> assertThat(a.kind()).isEqualTo(HubAlerts.Kind.RULE));
        hub.act("station-a", HubNodes.State.ACTIVE, "staff-1", "checked: a test by the technician");
    }

    @Test
    void aRevokedOrUnknownNodeIsRefused() {
        hub.act("station-b", HubNodes.State.REVOKED, "staff-1", "the station's PC was stolen");
        Hub.PushResult revoked = hub.push("station-b", new Wire.Batch(List.of(), List.of()));
        assertThat(revoked.status()).isEqualTo(403);
        assertThat(revoked.code()).isEqualTo("revoked");
        assertThat(revoked.reason().en()).contains("stolen");
        assertThat(hub.refusal("station-z").orElseThrow().status()).isEqualTo(401);
        assertThat(hub.refusal("station-a")).isEmpty();
    }

    @Test
    void anotherStationPullsWhatOnePushedAndTakesItIn() throws Exception {
        long before = held();
        assertThat(hub.push("station-a", work(station, before, 4)).status()).isEqualTo(200);
        Path b = dir.resolve("station-b");
        DemoCommunity.generate(b, DEMO, "station-b");
        try (Community c = DataFolder.at(b).open(Clock.systemUTC())) {
            Map<String, Long> watermarks = new java.util.HashMap<>();
            c.store().heads().forEach((n, h) -> watermarks.put(n, h.seq()));
            Wire.Batch pulled = Wire.decodeBatch(Wire.encode(hub.pull("station-b", watermarks)));
            assertThat(pulled.events()).hasSize(4).allMatch(e -> e.nodeId().equals("station-a"));
            c.receive(pulled.events(), pulled.checkpoints());
            assertThat(c.store().head("station-a").seq()).isEqualTo(before + 4);
            assertThat(hub.pull("station-b", Map.of("station-a", before + 4, "admin", Long.MAX_VALUE / 2, "station-b", Long.MAX_VALUE / 2,
                    "station-c", Long.MAX_VALUE / 2, "merchant-1", Long.MAX_VALUE / 2)).events())
                    .noneMatch(e -> e.nodeId().equals("station-b")).noneMatch(e -> e.nodeId().equals("station-a"));
        }
        assertThat(Files.exists(dir.resolve("hub").resolve("hub.mv.db"))).isTrue();
    }

    @Test
    void twoStationsSpendingTheSameCreditsOfflineAreBothTakenInAndFlaggedWithBothIds() throws Exception {
        Path b = dir.resolve("station-b");
        DemoCommunity.generate(b, DEMO, "station-b");
        long heldA = held();
        long heldB = hub.community().store().head("station-b").seq();
        String first;
        String second;
        Member spender;
        // the network is down: the same resident spends everything they hold at station a, then again at station b
        try (Community a = DataFolder.at(station).open(Clock.systemUTC()); Community c = DataFolder.at(b).open(Clock.systemUTC())) {
            Member shop = a.members().all().stream().filter(m -> m.has(org.timestation.member.Role.MERCHANT)).findFirst().orElseThrow();
            spender = a.members().all().stream().filter(m -> !m.has(org.timestation.member.Role.MERCHANT))
                    .filter(m -> a.credits().available(m.id()).compareTo(Minutes.of(30)) >= 0).findFirst().orElseThrow();
            Minutes all = a.credits().available(spender.id());
            first = a.credits().redeem(spender.id(), shop.id(), all, "voucher at a").id().toString();
            second = c.credits().redeem(spender.id(), shop.id(), all, "voucher at b").id().toString();
        }
        Wire.Batch fromA;
        Wire.Batch fromB;
        try (Community a = DataFolder.at(station).open(Clock.systemUTC()); Community c = DataFolder.at(b).open(Clock.systemUTC())) {
            fromA = batch(station, a, heldA);
            FeedHead head = c.store().head("station-b");
            fromB = new Wire.Batch(c.store().feed("station-b", heldB, 100_000),
                    List.of(DataFolder.at(b).keys().node().sign(head.seq(), head.hash(), System.currentTimeMillis())));
        }
        // b's push arrives first: nothing is wrong yet; a's, dated earlier, then puts b's spending second
        assertThat(hub.push("station-b", fromB).status()).isEqualTo(200);
        assertThat(hub.conflicts().all()).isEmpty();
        Hub.PushResult r = hub.push("station-a", fromA);
        assertThat(r.status()).as("it happened: applied, not refused").isEqualTo(200);
        assertThat(hub.nodes().get("station-a").orElseThrow().state()).isEqualTo(HubNodes.State.ACTIVE);
        assertThat(hub.nodes().get("station-b").orElseThrow().state()).isEqualTo(HubNodes.State.ACTIVE);
        assertThat(hub.conflicts().all()).singleElement().satisfies(x -> {
            assertThat(x.nodeId() + "/" + x.seq()).as("the spending that came second").isEqualTo(second);
            assertThat(x.other()).as("and the one it came after").isEqualTo(first);
            assertThat(x.rule()).isEqualTo("NOT_HELD");
        });
        assertThat(hub.community().credits().balance(spender.id()).isNegative()).as("both spendings are applied").isTrue();

        // a crash after a push's events were committed and before its conflicts were: the hub judges every event when it opens
        hub.close();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("hub").toAbsolutePath().resolve("hub"), "sa", "")) {
            c.createStatement().executeUpdate("DELETE FROM conflict");
            c.createStatement().executeUpdate("UPDATE conflicts_judged SET events = events - 1");
        }
        hub = Hub.open(dir.resolve("hub"), Clock.systemUTC());
        assertThat(hub.conflicts().all()).singleElement().satisfies(x -> {
            assertThat(x.nodeId() + "/" + x.seq()).isEqualTo(second);
            assertThat(x.other()).isEqualTo(first);
        });
    }

    @Test
    void aStationWritingAnActOnAnotherNodeIsRefusedWholeAndQuarantined() {
        long before = held();
        Wire.Batch forged;
        try (Community c = DataFolder.at(station).open(Clock.systemUTC())) {
            // an insider with station-a's folder writes "station-b revoked by staff" into station-a's own feed
            c.write(sink -> sink.emit(new org.timestation.nodes.NodeEvent.StateChanged("station-b", org.timestation.nodes.NodeState.REVOKED,
                    "staff-1", "stolen")));
            forged = batch(station, c, before);
        }
        Hub.PushResult r = hub.push("station-a", forged);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.code()).isEqualTo("rule-broken");
        assertThat(held()).as("nothing taken in").isEqualTo(before);
        assertThat(hub.nodes().get("station-a").orElseThrow().state()).isEqualTo(HubNodes.State.QUARANTINED);
        assertThat(hub.nodes().get("station-b").orElseThrow().state()).as("the forged act changed nothing").isEqualTo(HubNodes.State.ACTIVE);
        org.timestation.nodes.NodeState b = hub.community().inspect(s -> s.nodes().state("station-b"));
        assertThat(b).isEqualTo(org.timestation.nodes.NodeState.ACTIVE);
    }

    @Test
    void aStationFarBehindPullsSmallPagesInHybridOrderEachFeedCutAtACheckpointAndEndsWithTheHubsState() {
        Path b = dir.resolve("station-b");
        DemoCommunity.generate(b, DEMO, "station-b");
        assertThat(hub.push("station-a", work(station, held(), 30)).status()).isEqualTo(200); // a feed with checkpoints 30 events apart
        Path fresh = dir.resolve("station-n");
        DataFolder.at(fresh).create(new DataFolder.Keys(NodeIdentity.generate("station-n", new java.security.SecureRandom()),
                DataFolder.at(dir.resolve("hub")).keys().communityKey()));
        long total = hub.community().store().eventCount();
        try (Community c = DataFolder.at(fresh).open(Clock.systemUTC())) {
            int pages = 0;
            while (true) {
                Map<String, Long> watermarks = new java.util.HashMap<>();
                c.store().heads().forEach((n, h) -> watermarks.put(n, h.seq()));
                Wire.Batch page = Wire.decodeBatch(Wire.encode(hub.pull("station-n", watermarks, 50)));
                if (page.events().isEmpty()) {
                    break;
                }
                pages++;
                assertThat(pages).as("every page moves on").isLessThan(1_000);
                Map<String, byte[]> known = c.store().nodeKeys();
                page.nodeKeys().nodes().forEach(n -> {
                    if (!known.containsKey(n)) {
                        c.store().registerNodeKey(n, page.nodeKeys().current(n));
                    }
                });
                c.receive(page.events(), page.checkpoints()); // refused unless each feed follows its head and ends on a checkpoint
            }
            assertThat(pages).as("small pages").isGreaterThan(10);
            assertThat(c.store().eventCount()).as("everything, once").isEqualTo(total);
            assertThat(c.store().heads()).isEqualTo(hub.community().store().heads());
            assertThat(c.inspect(org.timestation.community.CommunityState::digest))
                    .isEqualTo(hub.community().inspect(org.timestation.community.CommunityState::digest));
        }
    }

    @Test
    void aStationThatBackdatesAnEventBeforeWhatItAlreadyHeldIsRefusedAndQuarantined() {
        long before = held();
        FeedHead own;
        hub.act("station-b", HubNodes.State.ACTIVE, "staff-1", "checked"); // the hub writes today, after all the station's work
        try (Community c = DataFolder.at(station).open(Clock.systemUTC())) {
            Map<String, Long> watermarks = new java.util.HashMap<>();
            c.store().heads().forEach((n, h) -> watermarks.put(n, h.seq()));
            watermarks.put(hub.nodeId(), hub.community().store().head(hub.nodeId()).seq()); // and the station pulled it
            hub.pull("station-a", watermarks); // two rounds: the hub notes what the station held at each
            hub.pull("station-a", watermarks);
            own = c.store().head("station-a");
        }
        long floor = hub.nodes().pushFloor("station-a");
        assertThat(floor).as("the station held events dated after its own last one").isGreaterThan(own.hlc() + 1);
        // an insider with the station's key writes an event dated just after its own feed, before what it had pulled,
        // to come first in the community's order (a contested request, a card registered twice)
        String payload = org.timestation.ledger.EventCodec.encode(new org.timestation.exchange.ExchangeEvent.LapseTold("station-a/1"));
        long hlc = own.hlc() + 1;
        org.timestation.ledger.Hash h = new org.timestation.ledger.ChainHasher().hash("station-a", own.seq() + 1, hlc, "exchange.lapse-told",
                payload, own.hash());
        Event e = new Event("station-a", own.seq() + 1, hlc, "exchange.lapse-told", payload, own.hash(), h);
        NodeIdentity key = DataFolder.at(station).keys().node();
        Hub.PushResult r = hub.push("station-a", new Wire.Batch(List.of(e), List.of(key.sign(e.seq(), e.hash(), System.currentTimeMillis()))));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.code()).isEqualTo("rule-broken");
        assertThat(r.reason().en()).contains("BACKDATED");
        assertThat(r.reason().zh()).contains("隔离");
        assertThat(held()).as("nothing taken in").isEqualTo(before);
        assertThat(hub.nodes().get("station-a").orElseThrow().state()).isEqualTo(HubNodes.State.QUARANTINED);
    }

    @Test
    void anotherHistoryContinuingPastWhatTheHubHoldsIsAForkToo() {
        long before = held();
        Path copy = dir.resolve("copy2");
        DemoCommunity.generate(copy, DEMO, "station-a");
        assertThat(hub.push("station-a", work(station, before, 2)).status()).isEqualTo(200);
        Wire.Batch past = work(copy, before + 2, 3); // the copy's third event, chained to its own second, not the hub's
        assertThat(past.events()).singleElement().satisfies(e -> assertThat(e.seq()).isEqualTo(before + 3));
        Hub.PushResult r = hub.push("station-a", past);
        assertThat(r.code()).isEqualTo("fork");
        assertThat(hub.nodes().get("station-a").orElseThrow().state()).isEqualTo(HubNodes.State.QUARANTINED);
        assertThat(hub.nodes().forks("station-a")).singleElement().asString().startsWith((before + 2) + ": ");
        assertThat(held()).isEqualTo(before + 2);
    }

    @Test
    void aBatchDatedBeforeWhatTheHubHoldsIsRefusedAndQuarantines() {
        long before = held();
        assertThat(hub.push("station-a", work(station, before, 1)).status()).isEqualTo(200);
        FeedHead head = hub.community().store().head("station-a");
        NodeIdentity key = DataFolder.at(station).keys().node();
        CreditEvent.Moved reward = new CreditEvent.Moved(MovementKind.REWARD, List.of(new Leg(AccountId.ISSUANCE, AccountId.member(
                hub.community().members().all().get(3).id()), Minutes.of(10))), null, null, "打扫 cleaning", "staff-1", null, null);
        String payload = EventCodec.encode(reward);
        long earlier = head.hlc() - 1_000_000;
        var hash = new ChainHasher().hash("station-a", head.seq() + 1, earlier, reward.type(), payload, head.hash());
        Event back = new Event("station-a", head.seq() + 1, earlier, reward.type(), payload, head.hash(), hash);
        Hub.PushResult r = hub.push("station-a", new Wire.Batch(List.of(back), List.of(key.sign(back.seq(), hash, System.currentTimeMillis()))));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.reason().en()).contains("TIME_WENT_BACKWARDS");
        assertThat(held()).isEqualTo(before + 1);
        assertThat(hub.nodes().get("station-a").orElseThrow().state()).isEqualTo(HubNodes.State.QUARANTINED);
    }

    @Test
    void aStationWhoseEnrollmentAnswerWasLostAsksAgainWithTheSameCodeAndKey() {
        EnrollTokens.Issued t = hub.tokens().issue("station-r", "r", java.time.Duration.ofHours(1), false, new SecureRandom());
        NodeIdentity k = NodeIdentity.generate("station-r", new SecureRandom());
        assertThat(hub.enroll(t.tokenId(), t.secret(), "station-r", k.publicKey())).isPresent();
        assertThat(hub.enroll(t.tokenId(), t.secret(), "station-r", k.publicKey())).as("the same key again: answered again").isPresent();
        NodeIdentity other = NodeIdentity.generate("station-r", new SecureRandom());
        assertThat(hub.enroll(t.tokenId(), t.secret(), "station-r", other.publicKey())).as("another key with a used code").isEmpty();
        EnrollTokens.Issued t2 = hub.tokens().issue("station-s", "s", java.time.Duration.ofHours(1), false, new SecureRandom());
        assertThat(hub.enroll(t2.tokenId(), t2.secret(), "station-s", new byte[3])).as("not an Ed25519 key").isEmpty();
        assertThat(hub.community().store().nodeKeys()).doesNotContainKey("station-s");
    }
}
