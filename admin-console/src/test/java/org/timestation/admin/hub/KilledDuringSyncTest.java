package org.timestation.admin.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timestation.communitylog.MerkleTree;
import org.timestation.community.Community;
import org.timestation.credit.Minutes;
import org.timestation.datafolder.DataFolder;
import org.timestation.demo.DemoCommunity;
import org.timestation.ledger.FeedHead;
import org.timestation.sync.EnrollmentCode;
import org.timestation.sync.StationSync;

/**
 * A kiosk process that works and syncs in a loop is killed with SIGKILL (no shutdown hook, no
 * close), three times, each time shortly after a round began. Started again, it syncs and
 * converges: the hub holds its feed exactly as it does, both hold the same projection, nothing is
 * lost or logged twice.
 */
class KilledDuringSyncTest {
    private static final DemoCommunity.Options DEMO = DemoCommunity.Options.of(12, 1, 7, LocalDate.of(2026, 11, 1));
    @TempDir
    Path dir;

    /** The kiosk's process: rewards then a sync round, over and over, saying when each round starts. */
    public static final class SyncingStation {
        public static void main(String[] args) {
            Path folder = Path.of(args[0]);
            try (Community c = DataFolder.at(folder).open(Clock.systemUTC())) {
                for (int round = 0; round < 10_000; round++) {
                    for (int k = 0; k < 20; k++) {
                        c.credits().reward(c.members().all().get(1 + k % 5).id(), Minutes.of(1 + k), "清扫 " + round, "staff-1");
                    }
                    System.out.println("round " + round);
                    System.out.flush();
                    StationSync.round(c, folder, Clock.systemUTC());
                }
            }
        }
    }

    @Test
    void aKioskKilledDuringSyncConvergesWhenItStartsAgain() throws Exception {
        DemoCommunity.generate(dir.resolve("hub"), DEMO);
        Hub hub = Hub.open(dir.resolve("hub"), Clock.systemUTC());
        HubTls tls = HubTls.openOrCreate(dir.resolve("hub"), new SecureRandom());
        HubServer server = new HubServer(hub, tls, "127.0.0.1", 0, Clock.systemUTC());
        try {
            java.net.URI url = java.net.URI.create("https://127.0.0.1:" + server.start() + "/");
            Path folder = dir.resolve("station-k");
            EnrollTokens.Issued t = hub.tokens().issue("station-k", "station-k", Duration.ofHours(1), false, new SecureRandom());
            assertThat(StationSync.enroll(folder, new EnrollmentCode(url, tls.fingerprint(), t.tokenId(), t.secret(), "station-k", t.expiresAt()),
                    Clock.systemUTC(), new SecureRandom()).exit()).isZero();
            java.util.Random random = new java.util.Random(7);
            for (int kill = 0; kill < 3; kill++) {
                Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), SyncingStation.class.getName(), folder.toString())
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    int rounds = 0;
                    for (String line = out.readLine(); line != null && rounds < 2 + kill; line = out.readLine()) {
                        if (line.startsWith("round ")) {
                            rounds++;
                        }
                    }
                    assertThat(rounds).as("the kiosk ran rounds before it was killed").isEqualTo(2 + kill);
                    Thread.sleep(random.nextInt(150)); // somewhere in the round: pushing, pulling or cosigning
                    child.destroyForcibly(); // SIGKILL
                    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
                }
            }
            // started again: rounds until it is in sync (bounded)
            try (Community c = DataFolder.at(folder).open(Clock.systemUTC())) {
                StationSync.Outcome o = null;
                for (int i = 0; i < 3; i++) {
                    o = StationSync.round(c, folder, Clock.systemUTC());
                }
                assertThat(o.exit()).as(o.message().en()).isZero();
                FeedHead mine = c.store().head("station-k");
                assertThat(mine.seq()).as("the killed kiosk did its work").isGreaterThan(60);
                assertThat(hub.community().store().head("station-k")).as("the hub holds the feed exactly as the kiosk does").isEqualTo(mine);
                SameState.assertSameState(hub, c);
                long total = hub.community().store().heads().values().stream().mapToLong(FeedHead::seq).sum();
                assertThat(hub.log().size()).as("every event logged once").isEqualTo(total);
                assertThat(hub.log().check(hub.community().store())).isEmpty();
                MerkleTree again = new MerkleTree();
                hub.log().leaves(0, hub.log().size()).forEach(l -> again.append(l.eventHash()));
                assertThat(again.root()).isEqualTo(hub.log().tree().root());
            }
        } finally {
            server.close();
            hub.close();
        }
    }
}
