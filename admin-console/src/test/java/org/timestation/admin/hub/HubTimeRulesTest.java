package org.timestation.admin.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timestation.community.Community;
import org.timestation.datafolder.DataFolder;
import org.timestation.demo.DemoCommunity;
import org.timestation.ledger.FeedHead;
import org.timestation.schedule.Scheduler;
import org.timestation.sync.Wire;
import org.timestation.time.ManualClock;

/**
 * The hub runs the community's time rules (decision 0027): what falls due is written once, in the hub's
 * own feed, logged at once, signed so that stations pull it in their next round; running again writes
 * nothing more.
 */
class HubTimeRulesTest {
    @TempDir
    Path dir;

    @Test
    void whatFallsDueIsWrittenOnceByTheHubLoggedAndHandedToStations() {
        DemoCommunity.Options demo = DemoCommunity.Options.of(20, 2, 3, LocalDate.of(2026, 6, 1));
        DemoCommunity.generate(dir.resolve("hub"), demo);
        DemoCommunity.generate(dir.resolve("station-a"), demo, "station-a");
        ManualClock clock = new ManualClock(LocalDate.of(2028, 1, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));
        try (Hub hub = Hub.open(dir.resolve("hub"), clock)) {
            long before = hub.community().store().head("admin").seq();
            Scheduler.Run run = hub.runTimeRules();
            long after = hub.community().store().head("admin").seq();
            assertThat(run.expired().size() + run.lapsed().size() + run.autoConfirmed().size()).as("a year and a half later, things fell due").isPositive();
            assertThat(after).isGreaterThan(before);
            assertThat(hub.log().contains("admin", after)).as("logged as it was written").isTrue();
            assertThat(hub.community().store().latestCheckpoint("admin").orElseThrow().seq()).as("signed at once").isEqualTo(after);
            Scheduler.Run again = hub.runTimeRules();
            assertThat(again.expired()).isEmpty();
            assertThat(again.lapsed()).isEmpty();
            assertThat(hub.community().store().head("admin").seq()).as("nothing twice").isEqualTo(after);
            try (Community station = DataFolder.at(dir.resolve("station-a")).open(clock)) {
                Map<String, Long> watermarks = new HashMap<>();
                station.store().heads().forEach((n, h) -> watermarks.put(n, h.seq()));
                Wire.Batch b = hub.pull("station-a", watermarks);
                station.receive(b.events(), b.checkpoints());
                FeedHead got = station.store().head("admin");
                assertThat(got.seq()).as("the station has the hub's time-rule events").isEqualTo(after);
            }
            assertThat(hub.log().check(hub.community().store())).isEmpty();
        }
        assertThat(Duration.between(Instant.parse("2026-06-01T00:00:00Z"), clock.instant()).toDays()).isGreaterThan(500);
    }
}
