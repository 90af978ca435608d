package org.timestation.admin.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timestation.communitylog.MerkleTree;
import org.timestation.community.Community;
import org.timestation.credit.Minutes;
import org.timestation.datafolder.DataFolder;
import org.timestation.demo.DemoCommunity;
import org.timestation.ledger.CanonicalJson;
import org.timestation.ledger.Event;
import org.timestation.ledger.FeedHead;
import org.timestation.sync.EnrollmentCode;
import org.timestation.sync.HubClient;
import org.timestation.sync.StationSync;
import org.timestation.sync.Wire;

/**
 * Two stations sync through a proxy that drops connections before the request, cuts requests in the
 * middle, loses the hub's answers and partitions the network for seconds, while the hub restarts once
 * and batches arrive twice and out of order. Afterwards everything converges: every station's feed is
 * at the hub exactly as the station holds it, both stations hold every feed the hub holds, all three
 * hold the same projection (verify's {@code state:} digest), nothing is duplicated, and the hub's root
 * equals the root recomputed from its leaves.
 */
class FaultConvergenceTest {
    private static final DemoCommunity.Options DEMO = DemoCommunity.Options.of(12, 1, 7, LocalDate.of(2026, 11, 1));
    private static final FaultProxy.Fault[] CYCLE = FaultProxy.Fault.values();
    @TempDir
    Path dir;

    @Test
    void everyFaultLeavesTheStationsAndTheHubConverged() throws Exception {
        DemoCommunity.generate(dir.resolve("hub"), DEMO);
        Hub hub = Hub.open(dir.resolve("hub"), Clock.systemUTC());
        HubTls tls = HubTls.openOrCreate(dir.resolve("hub"), new SecureRandom());
        HubServer server = new HubServer(hub, tls, "127.0.0.1", 0, Clock.systemUTC());
        try (FaultProxy proxy = new FaultProxy(server.start(), 2_000)) {
            URI via = URI.create("https://127.0.0.1:" + proxy.port() + "/");
            String[] names = {"station-p", "station-q"};
            Community[] stations = new Community[2];
            for (int i = 0; i < 2; i++) {
                EnrollTokens.Issued t = hub.tokens().issue(names[i], names[i], Duration.ofHours(1), false, new SecureRandom());
                EnrollmentCode code = new EnrollmentCode(via, tls.fingerprint(), t.tokenId(), t.secret(), names[i], t.expiresAt());
                assertThat(StationSync.enroll(dir.resolve(names[i]), code, Clock.systemUTC(), new SecureRandom()).exit()).isZero();
                stations[i] = DataFolder.at(dir.resolve(names[i])).open(Clock.systemUTC());
            }
            try {
                int faultAt = 0;
                java.util.List<String> outcomes = new java.util.ArrayList<>();
                for (int round = 0; round < 10; round++) {
                    if (round == 5) { // the hub restarts (its process ends, its folder stays)
                        server.close();
                        hub.close();
                        hub = Hub.open(dir.resolve("hub"), Clock.systemUTC());
                        server = new HubServer(hub, tls, "127.0.0.1", 0, Clock.systemUTC());
                        proxy.retarget(server.start());
                    }
                    for (int s = 0; s < 2; s++) {
                        Community c = stations[s];
                        for (int k = 0; k <= (round + s) % 3; k++) {
                            c.credits().reward(c.members().all().get(1 + k).id(), Minutes.of(5 + round), "打扫楼道 " + round, "staff-1");
                        }
                        proxy.next(CYCLE[faultAt++ % CYCLE.length], CYCLE[faultAt++ % CYCLE.length]);
                        StationSync.Outcome o = StationSync.round(c, dir.resolve(names[s]), Clock.systemUTC());
                        assertThat(o.code()).as(o.message().en()).isNotIn("fork", "rollback", "rule-broken", "log-forked", "quarantined");
                        outcomes.add(o.code());
                    }
                }
                proxy.clearFaults();
                duplicatedAndReorderedBatches(hub, tls, via, stations[0], dir.resolve(names[0]));
                // the network heals: rounds until both are in sync twice in a row (bounded)
                for (int pass = 0; pass < 3; pass++) {
                    for (int s = 0; s < 2; s++) {
                        StationSync.Outcome o = StationSync.round(stations[s], dir.resolve(names[s]), Clock.systemUTC());
                        assertThat(o.exit()).as(o.message().en()).isZero();
                    }
                }
                Map<String, FeedHead> held = hub.community().store().heads();
                for (int s = 0; s < 2; s++) {
                    FeedHead mine = stations[s].store().head(names[s]);
                    assertThat(held.get(names[s])).as("the hub holds " + names[s] + " exactly as it does").isEqualTo(mine);
                    for (FeedHead h : held.values()) {
                        assertThat(stations[s].store().head(h.nodeId())).as(names[s] + " holds " + h.nodeId()).isEqualTo(h);
                    }
                }
                SameState.assertSameState(hub, stations);
                long total = held.values().stream().mapToLong(FeedHead::seq).sum();
                assertThat(hub.community().store().eventCount()).as("nothing duplicated").isEqualTo(total);
                assertThat(hub.log().size()).isEqualTo(total);
                assertThat(hub.log().check(hub.community().store())).as("every event in the log exactly once").isEmpty();
                MerkleTree again = new MerkleTree();
                hub.log().leaves(0, hub.log().size()).forEach(l -> again.append(l.eventHash()));
                assertThat(again.root()).isEqualTo(hub.log().tree().root());
                assertThat(proxy.served()).isGreaterThan(40);
                assertThat(outcomes).as("the faults really broke rounds, and some rounds went through").contains("unreachable").contains("ok");
                assertThat(held.get("station-p").seq() + held.get("station-q").seq()).as("all the work arrived").isGreaterThanOrEqualTo(40);
            } finally {
                for (Community c : stations) {
                    c.close();
                }
            }
        } finally {
            server.close();
            hub.close();
        }
    }

    /** The station's next events pushed as two batches, the second first, each twice: the hub ends up with both, once. */
    private static void duplicatedAndReorderedBatches(Hub hub, HubTls tls, URI via, Community c, Path folder) throws Exception {
        long held = hub.community().store().head("station-p").seq();
        for (int k = 0; k < 4; k++) {
            c.credits().reward(c.members().all().get(2).id(), Minutes.of(7), "重排 reorder", "staff-1");
        }
        List<Event> events = c.store().feed("station-p", held, 100);
        assertThat(events).hasSize(4);
        var key = DataFolder.at(folder).keys().node();
        Wire.Batch first = new Wire.Batch(events.subList(0, 2), List.of(key.sign(events.get(1).seq(), events.get(1).hash(), System.currentTimeMillis())));
        Wire.Batch second = new Wire.Batch(events.subList(2, 4), List.of(key.sign(events.get(3).seq(), events.get(3).hash(), System.currentTimeMillis())));
        HubClient client = new HubClient(via, tls.fingerprint(), key, Clock.systemUTC());
        assertThat(CanonicalJson.parseObject(client.signed("POST", "/sync/push", Wire.encode(second)).body())).containsEntry("code", "gap");
        assertThat(client.signed("POST", "/sync/push", Wire.encode(first)).status()).isEqualTo(200);
        assertThat(client.signed("POST", "/sync/push", Wire.encode(first)).status()).isEqualTo(200);
        assertThat(client.signed("POST", "/sync/push", Wire.encode(second)).status()).isEqualTo(200);
        assertThat(client.signed("POST", "/sync/push", Wire.encode(second)).status()).isEqualTo(200);
        assertThat(hub.community().store().head("station-p").seq()).isEqualTo(held + 4);
    }
}
