package org.timestation.admin.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timestation.communitylog.LogCheckpoint;
import org.timestation.community.Community;
import org.timestation.credit.Minutes;
import org.timestation.datafolder.DataFolder;
import org.timestation.demo.DemoCommunity;
import org.timestation.ledger.FeedHead;
import org.timestation.sync.EnrollmentCode;
import org.timestation.sync.HubLink;
import org.timestation.sync.StationSync;

/**
 * A station enrolls with a one-time code and receives the whole community; its work reaches the hub
 * and its log; the code cannot be used twice; an unreachable hub is exit 2; and the station, as a
 * witness, refuses a hub whose log went backwards or forked.
 */
class StationSyncTest {
    @TempDir
    static Path dir;
    static LoopbackHub loopback;
    static Hub hub;
    static HubTls tls;
    static URI uri;

    @BeforeAll
    static void start() {
        loopback = new LoopbackHub(dir.resolve("hub"));
        hub = loopback.hub;
        tls = loopback.tls;
        uri = loopback.uri;
    }

    @AfterAll
    static void stop() {
        loopback.close();
    }

    static EnrollmentCode code(String node, Duration valid) {
        return loopback.code(node, valid, uri);
    }

    @Test
    void aStationEnrollsReceivesTheCommunityAndItsWorkReachesTheHubAndItsLog() {
        EnrollmentCode code = code("station-n", Duration.ofHours(24));
        EnrollmentCode read = EnrollmentCode.parse(code.text());
        Path station = dir.resolve("station-n");
        StationSync.Outcome enrolled = StationSync.enroll(station, read, Clock.systemUTC(), new SecureRandom());
        assertThat(enrolled.exit()).as(enrolled.message().en()).isZero();
        assertThat(HubLink.of(station)).isPresent();
        assertThat(hub.nodes().get("station-n").orElseThrow().name()).isEqualTo("幸福里驿站");
        try (Community c = DataFolder.at(station).open(Clock.systemUTC())) {
            Map<String, FeedHead> hubHeads = hub.community().store().heads();
            for (FeedHead h : hubHeads.values()) {
                assertThat(c.store().head(h.nodeId()).hash()).as("feed " + h.nodeId()).isEqualTo(h.hash());
            }
            assertThat(c.members().all()).hasSameSizeAs(hub.community().members().all());
            // pulled feeds are applied in hybrid-time order: an auto-confirm written at one station for a request
            // taken at another comes after the request, so balances, lots and requests are the hub's exactly
            assertThat(rows(c, "account", "exchange")).isEqualTo(rows(hub.community(), "account", "exchange"));
            c.credits().reward(c.members().all().get(2).id(), Minutes.of(45), "陪聊 company", "staff-1");
            long mine = c.store().head("station-n").seq();
            StationSync.Outcome round = StationSync.round(c, station, Clock.systemUTC());
            assertThat(round.exit()).as(round.message().en()).isZero();
            assertThat(round.message().en()).contains(mine + " events pushed").contains("cosigned");
            assertThat(hub.community().store().head("station-n").seq()).isEqualTo(mine);
            assertThat(hub.log().contains("station-n", mine)).isTrue();
            assertThat(hub.nodes().devices("station-n")).as("a round without a device report changes nothing").isEmpty();
            // the next round tells the hub how the station's devices are (for the dashboard): not a ledger event
            long events = hub.community().store().eventCount();
            org.timestation.sync.DeviceReport said = new org.timestation.sync.DeviceReport(Map.of("printer", "printer.paper-out",
                    "reader", "device.ok", "receipts", "2"));
            StationSync.Outcome again = StationSync.round(c, station, Clock.systemUTC(), () -> said);
            assertThat(again.message().en()).contains("0 events pushed");
            assertThat(hub.nodes().devices("station-n").orElseThrow().report()).isEqualTo(said);
            assertThat(hub.community().store().eventCount()).isEqualTo(events);
            StationSync.Outcome broken = StationSync.round(c, station, Clock.systemUTC(), () -> {
                throw new IllegalStateException("the printer driver hung");
            });
            assertThat(broken.exit()).as("a device that cannot say how it is never stops a sync").isZero();
            assertThat(hub.log().cosigners(hub.log().size())).as("the next round cosigns the log with its work in it").isGreaterThanOrEqualTo(1);
        }
        // the same code again is refused
        StationSync.Outcome replay = StationSync.enroll(dir.resolve("replay"), read, Clock.systemUTC(), new SecureRandom());
        assertThat(replay.exit()).isEqualTo(1);
        assertThat(replay.message().en()).contains("used or expired");
        assertThat(DataFolder.at(dir.resolve("replay")).isEmpty()).as("nothing written").isTrue();
    }

    @Test
    void anExpiredCodeAndAnUnreachableHubAreSaidAsSuch() {
        EnrollmentCode expired = code("station-x", Duration.ofMillis(1));
        StationSync.Outcome r = StationSync.enroll(dir.resolve("x"), new EnrollmentCode(uri, tls.fingerprint(), expired.tokenId(),
                expired.secret(), "station-x", System.currentTimeMillis() - 1000), Clock.systemUTC(), new SecureRandom());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.message().zh()).contains("过期");
        EnrollmentCode nowhere = new EnrollmentCode(URI.create("https://127.0.0.1:1/"), tls.fingerprint(), "x", "y", "station-y",
                System.currentTimeMillis() + 60_000);
        StationSync.Outcome off = StationSync.enroll(dir.resolve("y"), nowhere, Clock.systemUTC(), new SecureRandom());
        assertThat(off.exit()).isEqualTo(2);
        assertThat(off.message().en()).contains("Cannot reach the hub");
    }

    @Test
    void theWitnessRefusesAHubLogThatWentBackwardsOrForked() {
        Path station = dir.resolve("station-w");
        assertThat(StationSync.enroll(station, code("station-w", Duration.ofHours(1)), Clock.systemUTC(), new SecureRandom()).exit()).isZero();
        try (Community c = DataFolder.at(station).open(Clock.systemUTC())) {
            LogCheckpoint seen = LogCheckpoint.parseBody(c.store().nodeState(StationSync.LAST_CHECKPOINT).orElseThrow());
            // the station once saw a bigger log than the hub now shows: the hub went back in time
            c.store().putNodeState(StationSync.LAST_CHECKPOINT, new LogCheckpoint(seen.origin(), seen.size() + 5, seen.root()).body());
            StationSync.Outcome back = StationSync.round(c, station, Clock.systemUTC());
            assertThat(back.exit()).isEqualTo(1);
            assertThat(back.code()).isEqualTo("log-forked");
            assertThat(back.message().en()).contains("rolled back or forked").contains("shrank");
            // the same size with another root: a fork
            byte[] other = seen.root();
            other[0] ^= 1;
            c.store().putNodeState(StationSync.LAST_CHECKPOINT, new LogCheckpoint(seen.origin(), seen.size(), other).body());
            assertThat(StationSync.round(c, station, Clock.systemUTC()).code()).isEqualTo("log-forked");
            assertThat(c.store().nodeState(StationSync.ALERT)).isPresent();
            c.store().putNodeState(StationSync.LAST_CHECKPOINT, seen.body());
            StationSync.Outcome waiting = StationSync.round(c, station, Clock.systemUTC());
            assertThat(waiting.code()).as("the station waits for people, even once the log looks right again").isEqualTo("log-forked");
            assertThat(waiting.message().en()).contains("--clear-alert");
            StationSync.clearAlert(c);
            assertThat(StationSync.round(c, station, Clock.systemUTC()).exit()).isZero();
        }
    }

    @Test
    void aCodeThatIsNotOneIsExplained() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EnrollmentCode.parse("hello"))
                .hasMessageContaining("有效的登记码").hasMessageContaining("not a valid enrollment code");
    }

    @Test
    void aCommitAtTheStationReachesTheHubInTheBackground() throws Exception {
        Path station = dir.resolve("station-bg");
        assertThat(StationSync.enroll(station, code("station-bg", Duration.ofHours(1)), Clock.systemUTC(), new SecureRandom()).exit()).isZero();
        java.util.List<org.timestation.sync.BackgroundSync.Status> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (Community c = DataFolder.at(station).open(Clock.systemUTC());
             org.timestation.sync.BackgroundSync sync = org.timestation.sync.BackgroundSync.start(c, station, Clock.systemUTC(), seen::add)) {
            c.credits().reward(c.members().all().get(1).id(), Minutes.of(20), "搬家 moving", "staff-1");
            long mine = c.store().head("station-bg").seq();
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
            while (hub.community().store().head("station-bg").seq() < mine && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(hub.community().store().head("station-bg").seq()).as("pushed without anyone asking").isEqualTo(mine);
            while (seen.stream().noneMatch(st -> st.waiting() == 0 && st.lastSync() != null) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(seen).anyMatch(st -> st.waiting() == 0 && st.reachable() && st.lastSync() != null);
        }
    }

    /** The projection's rows of these kinds, by key. */
    static java.util.Map<String, String> rows(Community c, String... kinds) {
        java.util.Set<String> wanted = java.util.Set.of(kinds);
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        c.inspect(st -> st.sortedRows()).forEach(e -> {
            if (wanted.contains(e.getKey().kind())) {
                out.put(e.getKey().toString(), e.getValue());
            }
        });
        return out;
    }
}
