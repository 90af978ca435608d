package org.timestation.ledger.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timestation.ledger.ChainHasher;
import org.timestation.ledger.Commit;
import org.timestation.ledger.Event;
import org.timestation.ledger.FeedHead;
import org.timestation.ledger.Hash;
import org.timestation.ledger.HybridLogicalClock;

class H2CompactionTest {
    @Test
    void compactionAfterManyDurableCommitsShrinksTheFileAndKeepsEveryEvent(@TempDir Path dir) throws Exception {
        ChainHasher hasher = new ChainHasher();
        int n = 25_000;
        Hash prev = Hash.ZERO;
        long t0 = System.nanoTime();
        try (H2EventStore store = H2EventStore.open(dir)) {
            for (int seq = 1; seq <= n; seq++) {
                String payload = "{\"kind\":\"GIFT\",\"legs\":[[\"member:M00000000" + (seq % 97) + "\",\"member:M0000000099\"," + (seq % 50 + 1) + "]]}";
                long hlc = HybridLogicalClock.of(1_772_326_800_000L + seq * 1000L, 0);
                Hash h = hasher.hash("station-a", seq, hlc, "credit.moved", payload, prev);
                store.commit(new Commit(List.of(new Event("station-a", seq, hlc, "credit.moved", payload, prev, h)), List.of(), Map.of()));
                prev = h;
            }
            long grown = Files.size(dir.resolve("ledger.mv.db"));
            assertThat(store.wasteful()).as("worth compacting").isTrue();
            long[] sizes = store.compact();
            assertThat(store.wasteful()).as("compacted").isFalse();
            System.out.printf("%d commits in %d ms: %,d bytes, compacted %,d -> %,d%n", n, (System.nanoTime() - t0) / 1_000_000, grown,
                    sizes[0], sizes[1]);
            assertThat(sizes[1]).isLessThan(20L * 1024 * 1024).isLessThan(sizes[0]);
            assertThat(store.eventCount()).isEqualTo(n);
            assertThat(store.head("station-a")).isEqualTo(new FeedHead("station-a", n, prev, HybridLogicalClock.of(1_772_326_800_000L + n * 1000L, 0)));
        }
        try (H2EventStore reopened = H2EventStore.open(dir)) {
            assertThat(reopened.eventCount()).isEqualTo(n);
            assertThat(reopened.feed("station-a", n - 1, 1)).singleElement().extracting(Event::hash).isEqualTo(prev);
        }
    }
}
