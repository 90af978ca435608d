package org.timestation.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timestation.audit.Verifier;
import org.timestation.credit.Minutes;
import org.timestation.datafolder.DataFolder;
import org.timestation.ledger.EventStore;
import org.timestation.member.Member;
import org.timestation.time.ManualClock;

/** A station's durable commits grow its file; compaction shrinks it back and loses nothing. */
class CompactionTest {
    @Test
    void aDayOfCommitsIsCompactedAwayWithTheSameEventsAndTheSameState(@TempDir Path dir) throws Exception {
        ManualClock clock = new ManualClock(TestStation.START, TestStation.ZONE);
        String digest;
        long events;
        try (Community c = DataFolder.at(dir).openOrCreate("station-a", clock, new SecureRandom())) {
            Member a = TestStation.registerInto(c, "甲", 1);
            for (int i = 0; i < 2500; i++) { // one commit each, as residents at the kiosk make them
                c.credits().reward(a.id(), Minutes.of(1), "活动 activity", "staff-1");
                clock.advance(java.time.Duration.ofSeconds(20));
            }
            long grown = Files.size(dir.resolve("ledger.mv.db"));
            digest = c.inspect(CommunityState::digest);
            events = c.store().eventCount();
            assertThat(c.compactIfWasteful()).isTrue();
            long compacted = Files.size(dir.resolve("ledger.mv.db"));
            assertThat(compacted).as("compacted from %d", grown).isLessThan(grown / 4);
            assertThat(c.compactIfWasteful()).as("nothing left to gain").isFalse();
            assertThat(c.inspect(CommunityState::digest)).isEqualTo(digest);
            c.credits().reward(a.id(), Minutes.of(1), "still writes", "staff-1");
        }
        try (EventStore store = DataFolder.at(dir).openReadOnly()) {
            assertThat(store.eventCount()).isEqualTo(events + 1);
            assertThat(Verifier.verify(store, java.time.Clock.fixed(clock.instant(), TestStation.ZONE), n -> true).intact()).isTrue();
        }
    }
}
