package org.timestation.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.timestation.time.ManualClock;

class HybridLogicalClockTest {
    final ManualClock wall = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void timeNeverGoesBackwardsEvenWhenTheWallClockDoes() {
        HybridLogicalClock hlc = new HybridLogicalClock(wall, 0);
        long a = hlc.now();
        wall.advance(Duration.ofMinutes(-5));
        long b = hlc.now();
        assertThat(b).isGreaterThan(a);
        assertThat(HybridLogicalClock.millis(b)).isEqualTo(HybridLogicalClock.millis(a));
    }

    @Test
    void aTimeSeenFromAnotherNodeOrdersLaterEventsAfterIt() {
        HybridLogicalClock hlc = new HybridLogicalClock(wall, 0);
        long remote = HybridLogicalClock.of(wall.millis() + 60_000, 7);
        hlc.observe(remote);
        assertThat(hlc.now()).isGreaterThan(remote);
    }

    @Test
    void aRestartedNodeContinuesAfterTheLastTimeItStored() {
        long stored = HybridLogicalClock.of(wall.millis() + 1000, 3);
        assertThat(new HybridLogicalClock(wall, stored).now()).isGreaterThan(stored);
    }

    @Test
    void wallClockMillisAreKeptInTheHighBits() {
        HybridLogicalClock hlc = new HybridLogicalClock(wall, 0);
        assertThat(HybridLogicalClock.millis(hlc.now())).isEqualTo(wall.millis());
    }
}
