package org.timestation.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.timestation.text.Bilingual;

/**
 * The background sync's schedule: the period when in sync, a wait doubling to ten minutes while the
 * hub is away, five minutes after a refusal; commits close together make one round; a round that
 * throws is reported, not fatal.
 */
class BackgroundSyncTest {
    private static final Duration P = Duration.ofSeconds(30);

    @Test
    void theWaitDoublesWhileTheHubIsAwayAndStopsAtTenMinutes() {
        assertThat(BackgroundSync.waitAfter(0, 0, P)).isEqualTo(P);
        assertThat(BackgroundSync.waitAfter(2, 1, P)).isEqualTo(Duration.ofMinutes(1));
        assertThat(BackgroundSync.waitAfter(2, 2, P)).isEqualTo(Duration.ofMinutes(2));
        assertThat(BackgroundSync.waitAfter(2, 4, P)).isEqualTo(Duration.ofMinutes(8));
        assertThat(BackgroundSync.waitAfter(2, 5, P)).isEqualTo(Duration.ofMinutes(10));
        assertThat(BackgroundSync.waitAfter(2, 60, P)).isEqualTo(Duration.ofMinutes(10));
        assertThat(BackgroundSync.waitAfter(1, 0, P)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void commitsCloseTogetherMakeOneRoundAndEveryRoundIsReported() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        List<BackgroundSync.Status> seen = new CopyOnWriteArrayList<>();
        CountDownLatch reported = new CountDownLatch(1);
        try (BackgroundSync s = new BackgroundSync(() -> {
            rounds.incrementAndGet();
            return new StationSync.Outcome(0, "ok", new Bilingual("好", "ok"));
        }, () -> 0L, st -> {
            seen.add(st);
            reported.countDown();
        }, Clock.systemUTC(), Duration.ofHours(1), Duration.ofMillis(200))) {
            for (int i = 0; i < 20; i++) {
                s.nudge();
            }
            assertThat(reported.await(10, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(300); // any second round would have run by now
            assertThat(rounds).hasValue(1);
            assertThat(seen).singleElement().satisfies(st -> {
                assertThat(st.lastSync()).isNotNull();
                assertThat(st.reachable()).isTrue();
                assertThat(st.waiting()).isZero();
            });
        }
    }

    @Test
    void aRoundThatThrowsIsReportedAndTheHubCountedReachable() throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        List<BackgroundSync.Status> seen = new CopyOnWriteArrayList<>();
        try (BackgroundSync s = new BackgroundSync(() -> {
            throw new IllegalStateException("disk full");
        }, () -> 3L, st -> {
            seen.add(st);
            reported.countDown();
        }, Clock.systemUTC(), Duration.ofHours(1), Duration.ofMillis(10))) {
            s.schedule(Duration.ZERO);
            assertThat(reported.await(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(seen.get(0).last().message().en()).contains("disk full");
        assertThat(seen.get(0).lastSync()).isNull();
        assertThat(seen.get(0).waiting()).isEqualTo(3);
    }
}
