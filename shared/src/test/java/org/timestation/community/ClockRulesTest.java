package org.timestation.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.timestation.audit.Verifier;
import org.timestation.credit.Minutes;
import org.timestation.ledger.Checkpoint;
import org.timestation.ledger.Event;
import org.timestation.member.Member;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

/** A wrong clock (a flat battery, a mistake) must not date events in the future, nor make rules judge at another time than their events. */
class ClockRulesTest {
    @Test
    void aStationWhoseClockFellBehindItsLedgerStopsWritingUntilTheClockIsRight() {
        try (TestStation t = new TestStation()) {
            Member a = t.register("甲", 40);
            t.clock.advance(Duration.ofMinutes(-6)); // the clock was set back
            assertThat(t.community.clockProblem()).hasValueSatisfying(p -> {
                assertThat(p.zh()).contains("时钟慢了");
                assertThat(p.en()).contains("clock is behind");
            });
            long before = t.store.eventCount();
            assertThatThrownBy(() -> t.earn(a, 60)).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.CLOCK_BEHIND));
            assertThatThrownBy(() -> t.community.scheduler().runDue()).isInstanceOf(DomainException.class);
            assertThat(t.store.eventCount()).isEqualTo(before);
            t.clock.advance(Duration.ofMinutes(2)); // within five minutes: fine
            assertThat(t.community.clockProblem()).isEmpty();
            t.earn(a, 60);
            assertThat(t.community.credits().balance(a.id())).isEqualTo(Minutes.of(60));
        }
    }

    @Test
    void anEventFromAnotherStationMoreThanFiveMinutesAheadIsRefused() {
        try (TestStation here = new TestStation("station-a", new org.timestation.time.ManualClock(TestStation.START, TestStation.ZONE));
             TestStation ahead = new TestStation("station-b", new org.timestation.time.ManualClock(TestStation.START.plus(Duration.ofMinutes(6)),
                     TestStation.ZONE))) {
            ahead.register("乙", 40);
            here.store.registerNodeKey("station-b", ahead.store.nodeKeys().get("station-b"));
            List<Event> events = ahead.store.feed("station-b", 0, 100);
            Checkpoint cp = ahead.store.latestCheckpoint("station-b").orElseThrow();
            assertThatThrownBy(() -> here.community.receive(events, List.of(cp))).isInstanceOfSatisfying(DomainException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.EVENT_FROM_THE_FUTURE);
                assertThat(e.text().en()).contains("more than 5 minutes after this station's clock");
            });
            assertThat(here.store.head("station-b").seq()).isZero();
            here.clock.advance(Duration.ofMinutes(2)); // now only four minutes behind the other station: taken in
            here.community.receive(events, List.of(cp));
            assertThat(here.store.head("station-b").seq()).isEqualTo(events.size());
        }
    }

    @Test
    void rulesJudgeAtTheTimeTheirEventsAreDatedEvenWhenAnotherStationsClockIsAhead() {
        try (TestStation here = new TestStation("station-a", new org.timestation.time.ManualClock(TestStation.START, TestStation.ZONE));
             TestStation ahead = new TestStation("station-b", new org.timestation.time.ManualClock(TestStation.START.plus(Duration.ofMinutes(4)),
                     TestStation.ZONE))) {
            Member a = here.register("甲", 40);
            Member b = here.register("乙", 40);
            here.earn(a, 60);
            // two years later, two minutes before a's credits expire by this station's wall clock
            Instant expiry = Instant.ofEpochMilli(here.community.credits().lots(a.id()).get(0).expiresAt());
            here.clock.set(expiry.minus(Duration.ofMinutes(2)));
            ahead.clock.set(expiry.plus(Duration.ofMinutes(2)));
            ahead.register("丙", 40); // the other station's clock is four minutes ahead: allowed
            here.store.registerNodeKey("station-b", ahead.store.nodeKeys().get("station-b"));
            here.community.receive(ahead.store.feed("station-b", 0, 100), List.of(ahead.store.latestCheckpoint("station-b").orElseThrow()));
            // every new event here is now dated after the expiry: so the rules judge there too
            assertThatThrownBy(() -> here.community.credits().gift(here.tapCard(a), b.id(), Minutes.of(60), null))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CREDITS_EXPIRED));
            here.community.scheduler().runDue();
            assertThat(here.community.credits().balance(a.id())).as("the scheduler expired them at the ledger's time").isEqualTo(Minutes.ZERO);
            assertThat(Verifier.verify(here.store, Clock.fixed(expiry.plus(Duration.ofMinutes(3)), ZoneOffset.UTC), "station-a"::equals,
                    here.hasher).intact()).isTrue();
        }
    }
}
