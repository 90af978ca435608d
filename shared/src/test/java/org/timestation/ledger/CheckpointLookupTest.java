package org.timestation.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timestation.datafolder.DataFolder;
import org.timestation.demo.DemoCommunity;

/**
 * The hub cuts each pulled feed at a signed checkpoint with one indexed look-up: the last at or before
 * a seq, or the first after one. Both stores answer exactly what a scan of every checkpoint would.
 */
class CheckpointLookupTest {
    private static final DemoCommunity.Options DEMO = DemoCommunity.Options.of(12, 1, 5, LocalDate.of(2026, 11, 1));

    @Test
    void theH2StoreFindsTheSameCheckpointsAsAScan(@TempDir Path dir) {
        DemoCommunity.generate(dir.resolve("d"), DEMO);
        try (EventStore store = DataFolder.at(dir.resolve("d")).openReadOnly()) {
            sameAsAScan(store);
        }
    }

    @Test
    void theInMemoryStoreFindsTheSameCheckpointsAsAScan() {
        try (EventStore store = new InMemoryEventStore()) {
            DemoCommunity.generate(store, DEMO);
            sameAsAScan(store);
        }
    }

    private static void sameAsAScan(EventStore store) {
        List<Checkpoint> all = new ArrayList<>();
        store.forEachCheckpoint(all::add);
        assertThat(all).hasSizeGreaterThan(5);
        for (FeedHead head : store.heads().values()) {
            String n = head.nodeId();
            for (long seq = 0; seq <= head.seq() + 1; seq++) {
                long s = seq;
                Optional<Checkpoint> before = all.stream().filter(c -> c.nodeId().equals(n) && c.seq() <= s)
                        .max(java.util.Comparator.comparingLong(Checkpoint::seq));
                Optional<Checkpoint> after = all.stream().filter(c -> c.nodeId().equals(n) && c.seq() > s)
                        .min(java.util.Comparator.comparingLong(Checkpoint::seq));
                assertThat(store.checkpointAtOrBefore(n, s)).as(n + " at or before " + s).isEqualTo(before);
                assertThat(store.checkpointAfter(n, s)).as(n + " after " + s).isEqualTo(after);
            }
        }
        assertThat(store.checkpointAtOrBefore("nobody", 10)).isEmpty();
    }
}
