package org.timestation.ledger;

import java.time.Clock;

/**
 * Hybrid logical clock packed in a long: the top 48 bits are wall-clock milliseconds, the low 16 a
 * logical counter. Never goes backwards, even if the wall clock does; {@link #observe} folds in a
 * remote time so causally later events always sort later. Order across nodes is
 * {@code (hlc, node_id, seq)}.
 */
public final class HybridLogicalClock {
    private static final int LOGICAL_BITS = 16;
    private final Clock clock;
    private long last;

    public HybridLogicalClock(Clock clock, long lastSeen) {
        this.clock = clock;
        this.last = lastSeen;
    }

    public synchronized long now() {
        long physical = clock.millis() << LOGICAL_BITS;
        last = Math.max(physical, last + 1);
        return last;
    }

    /** Receive a time from another node; the next {@link #now()} is after it. */
    public synchronized void observe(long remote) {
        last = Math.max(last, remote);
    }

    public static long millis(long hlc) {
        return hlc >>> LOGICAL_BITS;
    }

    public static long of(long millis, int logical) {
        return (millis << LOGICAL_BITS) | (logical & 0xFFFF);
    }
}
