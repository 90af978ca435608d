package org.timestation.admin.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timestation.communitylog.MerkleTree;
import org.timestation.community.Community;
import org.timestation.datafolder.DataFolder;
import org.timestation.demo.DemoCommunity;
import org.timestation.ledger.FeedHead;
import org.timestation.load.LoadGenerator;
import org.timestation.sync.EnrollmentCode;
import org.timestation.sync.StationSync;
import org.timestation.time.ManualClock;

/**
 * The soak: several stations with simulated residents ({@link LoadGenerator}) sync in turns through the
 * fault proxy with random faults, and converge. The test run uses a short form (4 stations, 40
 * operations each, about 2 minutes); the full form of the replication issue is
 * {@code -Dsoak.stations=20 -Dsoak.operations=1200} (at least 2,000 events per station; see docs/testing.md).
 */
class SoakTest {
    private static final int STATIONS = Integer.getInteger("soak.stations", 4);
    private static final int OPERATIONS = Integer.getInteger("soak.operations", 40);
    @TempDir
    Path dir;

    @Test
    void stationsWithResidentsSyncingThroughRandomFaultsConverge() throws Exception {
        DemoCommunity.generate(dir.resolve("hub"), DemoCommunity.Options.of(60, 1, 9,
                LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(2 + LoadGenerator.budget((long) STATIONS * OPERATIONS).toDays()))
                /* the demo ends early enough for every resident's time to fit before now */);
        Random random = new Random(17);
        try (Hub hub = Hub.open(dir.resolve("hub"), Clock.systemUTC())) {
            HubTls tls = HubTls.openOrCreate(dir.resolve("hub"), new SecureRandom());
            try (HubServer server = new HubServer(hub, tls, "127.0.0.1", 0, Clock.systemUTC());
                 FaultProxy proxy = new FaultProxy(server.start(), 100_000)) {
                URI via = URI.create("https://127.0.0.1:" + proxy.port() + "/");
                Community[] stations = new Community[STATIONS];
                // one simulated "now" for the whole community: stations' clocks agree, as NTP makes them
                ManualClock now = new ManualClock(Instant.EPOCH, ZoneId.of("Asia/Shanghai")); // the generators start it after the ledger's last event
                LoadGenerator[] residents = new LoadGenerator[STATIONS];
                try {
                    for (int s = 0; s < STATIONS; s++) {
                        String node = "soak-" + s;
                        EnrollTokens.Issued t = hub.tokens().issue(node, node, Duration.ofHours(1), false, new SecureRandom());
                        StationSync.Outcome e = StationSync.enroll(dir.resolve(node), new EnrollmentCode(via, tls.fingerprint(), t.tokenId(), t.secret(),
                                node, t.expiresAt()), Clock.systemUTC(), new SecureRandom());
                        assertThat(e.exit()).as(e.message().en()).isZero();
                        stations[s] = DataFolder.at(dir.resolve(node)).open(now);
                        residents[s] = new LoadGenerator(stations[s], now, 100 + s, DemoCommunity.DEMO_PIN);
                    }
                    FaultProxy.Fault[] faults = FaultProxy.Fault.values();
                    int steps = 4;
                    for (int step = 0; step < steps; step++) {
                        for (int s = 0; s < STATIONS; s++) {
                            LoadGenerator.Result r = residents[s].run(OPERATIONS / steps, Instant.now());
                            assertThat(r.done() + r.refused()).as("stopped early: " + r).isEqualTo(OPERATIONS / steps);
                            if (random.nextInt(3) > 0) {
                                proxy.next(faults[1 + random.nextInt(faults.length - 1)]);
                            }
                            StationSync.Outcome o = StationSync.round(stations[s], dir.resolve("soak-" + s), Clock.systemUTC());
                            assertThat(o.code()).as(o.message().en()).isNotIn("fork", "rollback", "rule-broken", "log-forked", "quarantined");
                        }
                    }
                    proxy.clearFaults();
                    for (int pass = 0; pass < 2; pass++) {
                        for (int s = 0; s < STATIONS; s++) {
                            StationSync.Outcome o = StationSync.round(stations[s], dir.resolve("soak-" + s), Clock.systemUTC());
                            assertThat(o.exit()).as(o.message().en()).isZero();
                        }
                    }
                    Map<String, FeedHead> held = hub.community().store().heads();
                    long loadEvents = 0;
                    for (int s = 0; s < STATIONS; s++) {
                        FeedHead mine = stations[s].store().head("soak-" + s);
                        loadEvents += mine.seq();
                        assertThat(held.get("soak-" + s)).isEqualTo(mine);
                    }
                    for (int s = 0; s < STATIONS; s++) { // the last pass pulled everything everyone pushed before it
                        for (FeedHead h : held.values()) {
                            assertThat(stations[s].store().head(h.nodeId())).as("soak-" + s + " holds " + h.nodeId()).isEqualTo(h);
                        }
                    }
                    SameState.assertSameState(hub, stations);
                    assertThat(loadEvents).as("the residents really did things").isGreaterThan(STATIONS * (long) OPERATIONS);
                    assertThat(hub.log().check(hub.community().store())).isEmpty();
                    MerkleTree again = new MerkleTree();
                    hub.log().leaves(0, hub.log().size()).forEach(l -> again.append(l.eventHash()));
                    assertThat(again.root()).isEqualTo(hub.log().tree().root());
                } finally {
                    for (Community c : stations) {
                        if (c != null) {
                            c.close();
                        }
                    }
                }
            }
        }
    }
}
