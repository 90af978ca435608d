package org.timestation.sync;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.timestation.community.Community;

/**
 * A station's sync in the background: a round shortly after each commit of its own events and every
 * 30 seconds; when the hub cannot be reached, the wait doubles up to ten minutes; when the hub refuses
 * (quarantined, fork, rollback...), it tries again every five minutes, since staff may have acted.
 * Rounds run on one daemon thread of its own, never on the screen's thread; each round's outcome is
 * handed to a listener (the kiosk shows it on the staff screen).
 */
public final class BackgroundSync implements AutoCloseable {
    /** What staff see: when the last round succeeded, how many of this station's events the hub does not hold yet, and the last outcome. */
    public record Status(Instant lastSync, long waiting, boolean reachable, StationSync.Outcome last) {
    }

    public static final Duration PERIOD = Duration.ofSeconds(30);
    public static final Duration AFTER_COMMIT = Duration.ofSeconds(2);
    public static final Duration MAX_BACKOFF = Duration.ofMinutes(10);
    public static final Duration REFUSED_RETRY = Duration.ofMinutes(5);

    private final Supplier<StationSync.Outcome> round;
    private final Supplier<Long> waiting;
    private final Consumer<Status> listener;
    private final Clock clock;
    private final Duration period;
    private final Duration afterCommit;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "station-sync");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> next;
    private int failures;
    private Instant lastSync;

    /** The kiosk's sync: rounds of {@link StationSync#round} on its open ledger and data folder. */
    public static BackgroundSync start(Community community, Path dataDir, Clock clock, Consumer<Status> listener) {
        return start(community, dataDir, clock, listener, () -> DeviceReport.NONE);
    }

    /** As above, telling the hub how the station's devices are with each round. */
    public static BackgroundSync start(Community community, Path dataDir, Clock clock, Consumer<Status> listener,
                                       java.util.function.Supplier<DeviceReport> devices) {
        String me = community.nodeId();
        BackgroundSync s = new BackgroundSync(() -> StationSync.round(community, dataDir, clock, devices),
                () -> community.store().head(me).seq() - community.store().nodeState(StationSync.ACKED).map(Long::parseLong).orElse(0L),
                listener, clock, PERIOD, AFTER_COMMIT);
        community.afterOwnCommit(s::nudge);
        s.schedule(Duration.ofSeconds(3));
        return s;
    }

    /** With any round (tests drive it with their own timings). */
    public BackgroundSync(Supplier<StationSync.Outcome> round, Supplier<Long> waiting, Consumer<Status> listener, Clock clock,
                          Duration period, Duration afterCommit) {
        this.round = round;
        this.waiting = waiting;
        this.listener = listener;
        this.clock = clock;
        this.period = period;
        this.afterCommit = afterCommit;
    }

    /** A commit happened: sync soon (several commits close together make one round). */
    public synchronized void nudge() {
        if (next == null || next.getDelay(TimeUnit.MILLISECONDS) > afterCommit.toMillis()) {
            if (failures == 0) { // while the hub is away, the backoff stands
                schedule(afterCommit);
            }
        }
    }

    /** Schedules the next round after {@code delay}, replacing one planned later. */
    public synchronized void schedule(Duration delay) {
        if (thread.isShutdown()) {
            return;
        }
        if (next != null) {
            next.cancel(false);
        }
        next = thread.schedule(this::run, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void run() {
        StationSync.Outcome o;
        try {
            o = round.get();
        } catch (RuntimeException e) {
            o = new StationSync.Outcome(1, "failed", new org.timestation.text.Bilingual("同步出错：" + e.getMessage(), "The sync failed: " + e.getMessage()));
        }
        Duration wait;
        synchronized (this) {
            failures = o.exit() == 2 ? failures + 1 : 0;
            if (o.exit() == 0) {
                lastSync = clock.instant();
            }
            wait = waitAfter(o.exit(), failures, period);
        }
        long behind;
        try {
            behind = waiting.get();
        } catch (RuntimeException e) {
            behind = -1;
        }
        listener.accept(new Status(lastSync, behind, o.exit() != 2, o));
        schedule(wait);
    }

    /**
     * How long to wait after a round that ended with {@code exit}: the period when in sync; doubling
     * with each failure in a row while the hub is unreachable, at most {@link #MAX_BACKOFF}; five
     * minutes after a refusal.
     */
    static Duration waitAfter(int exit, int failuresInARow, Duration period) {
        if (exit == 0) {
            return period;
        }
        if (exit == 1) {
            return REFUSED_RETRY;
        }
        Duration d = period.multipliedBy(1L << Math.min(failuresInARow, 20));
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }

    /** Stops the thread; a round under way finishes. */
    @Override
    public synchronized void close() {
        if (next != null) {
            next.cancel(false);
        }
        thread.shutdown();
    }
}
