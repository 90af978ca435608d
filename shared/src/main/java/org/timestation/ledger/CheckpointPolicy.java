package org.timestation.ledger;

/**
 * When a node signs its head. A commit is signed when {@code maxEvents} events or {@code maxMillis}
 * of wall time have passed since the last checkpoint; the node also signs on open and on close (and
 * before it pushes to the hub), so an unsigned tail exists only between a crash and the next start.
 * The chain covers every event before a signed head, so sparse signatures protect the same events
 * while keeping verification cheap (see docs/decisions/0008).
 */
public record CheckpointPolicy(int maxEvents, long maxMillis) {
    public static final CheckpointPolicy DEFAULT = new CheckpointPolicy(4096, 60_000);
    /** Sign every commit (tests that count checkpoints). */
    public static final CheckpointPolicy EVERY_COMMIT = new CheckpointPolicy(1, 0);

    public CheckpointPolicy {
        if (maxEvents < 1 || maxMillis < 0) {
            throw new IllegalArgumentException("maxEvents >= 1 and maxMillis >= 0");
        }
    }

    public boolean due(long unsignedEvents, long millisSinceLastSigned) {
        return unsignedEvents >= maxEvents || millisSinceLastSigned >= maxMillis;
    }
}
