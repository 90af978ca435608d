package org.timestation.ledger;

import java.time.Clock;

/**
 * Hybrid logical clock packed in a long: the top 48 bits are wall-clock milliseconds, the low 16 a
 * logical counter. Never goes backwards, even if the wall clock does; {@link #observe} folds in a
 * remote time so causally later events always sort later. Order across nodes is
 * {@code (hlc, node_id, seq)}. Bounded: a wall clock or a remote time outside the 48-bit range (year
 * 10889) is refused, and the packed value never overflows.
 */
public final class HybridLogicalClock {
    private static final int LOGICAL_BITS = 16;
    /** The largest wall-clock millisecond the packing holds. */
    public static final long MAX_MILLIS = (1L << (63 - LOGICAL_BITS)) - 1;
    private final Clock clock;
    private long last;

    public HybridLogicalClock(Clock clock, long lastSeen) {
        this.clock = clock;
        this.last = requireInRange(lastSeen);
    }

    public synchronized long now() {
        long physical = requireMillisInRange(clock.millis()) << LOGICAL_BITS;
        last = Math.max(physical, Math.addExact(last, 1));
        return last;
    }

    /** Receive a time from another node; the next {@link #now()} is after it. */
    public synchronized void observe(long remote) {
        last = Math.max(last, requireInRange(remote));
    }

    /** The ledger's time in epoch milliseconds: the wall clock, or the last time seen if that is later. */
    public synchronized long currentMillis() {
        return Math.max(clock.millis(), millis(last));
    }

    /** The wall-clock part of the last time seen (written or observed). */
    public synchronized long lastMillis() {
        return millis(last);
    }

    public static long millis(long hlc) {
        return hlc >>> LOGICAL_BITS;
    }

    public static long of(long millis, int logical) {
        return (millis << LOGICAL_BITS) | (logical & 0xFFFF);
    }

    private static long requireInRange(long hlc) {
        if (hlc < 0) {
            throw new IllegalArgumentException("a hybrid time cannot be negative: " + hlc);
        }
        return hlc;
    }

    private static long requireMillisInRange(long millis) {
        if (millis < 0 || millis > MAX_MILLIS) {
            throw new IllegalStateException("the wall clock reads " + millis + " ms, outside what a ledger time can hold");
        }
        return millis;
    }
}
