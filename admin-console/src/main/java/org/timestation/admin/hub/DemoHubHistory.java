package org.timestation.admin.hub;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.timestation.datafolder.DataFolder;
import org.timestation.ledger.Event;
import org.timestation.ledger.EventStore;
import org.timestation.ledger.NodeIdentity;
import org.timestation.time.ManualClock;

/**
 * The demo's hub history: the community log as the hub would have built it while the demo's months
 * went by, every event in the ledger's order, and a checkpoint signed at the end of every hour in
 * which the log grew, dated then. The console and the monthly bulletin can then find the checkpoint
 * in force at any past moment of a demo folder.
 */
public final class DemoHubHistory {
    private static final long HOUR = 3_600_000L;

    private DemoHubHistory() {
    }

    /**
     * Builds the log of the demo folder {@code dataDir} (node admin), and names the demo community and its
     * station for the bulletin ({@code bulletin.properties}); returns how many checkpoints were signed.
     */
    public static int build(Path dataDir) {
        try {
            java.nio.file.Files.writeString(dataDir.resolve("bulletin.properties"),
                    "# the names the monthly bulletin prints\ncommunity=幸福里社区\nstation=幸福里时间驿站\n", java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        DataFolder folder = DataFolder.at(dataDir);
        NodeIdentity hub = folder.keys().node();
        ManualClock clock = new ManualClock(Instant.EPOCH, ZoneOffset.UTC);
        int[] signed = {0};
        try (EventStore store = folder.openReadOnly(); CommunityLog log = CommunityLog.open(dataDir, hub, clock)) {
            List<Event> hour = new ArrayList<>();
            long[] hourEnd = {-1};
            store.forEachEvent(e -> {
                long t = e.epochMillis();
                if (hourEnd[0] < 0) {
                    hourEnd[0] = (t / HOUR + 1) * HOUR;
                }
                if (t >= hourEnd[0] && !hour.isEmpty()) {
                    log.append(hour);
                    clock.set(Instant.ofEpochMilli(hourEnd[0]));
                    log.checkpoint();
                    signed[0]++;
                    hour.clear();
                }
                if (t >= hourEnd[0]) {
                    hourEnd[0] = (t / HOUR + 1) * HOUR;
                }
                hour.add(e);
            });
            if (!hour.isEmpty()) {
                log.append(hour);
                clock.set(Instant.ofEpochMilli(Math.max(hourEnd[0] - HOUR, hour.get(hour.size() - 1).epochMillis())));
                log.checkpoint();
                signed[0]++;
            }
        }
        return signed[0];
    }
}
