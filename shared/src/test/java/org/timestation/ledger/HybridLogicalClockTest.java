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

    @Test
    void theClockNeverOverflowsAndRefusesTimesOutsideItsRange() {
        HybridLogicalClock full = new HybridLogicalClock(wall, Long.MAX_VALUE);
        org.assertj.core.api.Assertions.assertThatThrownBy(full::now).as("no wrap-around into negative times").isInstanceOf(ArithmeticException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new HybridLogicalClock(wall, -1)).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new HybridLogicalClock(wall, 0).observe(-5)).isInstanceOf(IllegalArgumentException.class);
        ManualClock farFuture = new ManualClock(Instant.ofEpochMilli(HybridLogicalClock.MAX_MILLIS + 1), ZoneOffset.UTC);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new HybridLogicalClock(farFuture, 0).now()).isInstanceOf(IllegalStateException.class);
        ManualClock lastMs = new ManualClock(Instant.ofEpochMilli(HybridLogicalClock.MAX_MILLIS), ZoneOffset.UTC);
        assertThat(HybridLogicalClock.millis(new HybridLogicalClock(lastMs, 0).now())).isEqualTo(HybridLogicalClock.MAX_MILLIS);
    }

    @Test
    void theLedgersTimeIsTheWallClockOrTheLastTimeSeenIfLater() {
        HybridLogicalClock hlc = new HybridLogicalClock(wall, 0);
        assertThat(hlc.currentMillis()).isEqualTo(wall.millis());
        hlc.observe(HybridLogicalClock.of(wall.millis() + 120_000, 0));
        assertThat(hlc.currentMillis()).isEqualTo(wall.millis() + 120_000);
        assertThat(hlc.lastMillis()).isEqualTo(wall.millis() + 120_000);
        wall.advance(Duration.ofMinutes(3));
        assertThat(hlc.currentMillis()).isEqualTo(wall.millis());
    }
}
