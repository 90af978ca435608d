package org.timestation.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The time every rule of a node reads: the hybrid clock's time (the wall clock, or the latest event
 * time seen if that is later). The events a rule writes are dated by the same clock, so a rule never
 * judges at one time and dates its event at another.
 */
public final class LedgerClock extends Clock {
    private final HybridLogicalClock hlc;
    private final ZoneId zone;

    public LedgerClock(HybridLogicalClock hlc, ZoneId zone) {
        this.hlc = hlc;
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new LedgerClock(hlc, z);
    }

    @Override
    public long millis() {
        return hlc.currentMillis();
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }
}
