package org.timestation.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.timestation.catalogue.ServiceType;
import org.timestation.exchange.ExchangeState;
import org.timestation.exchange.PostRequest;
import org.timestation.exchange.Request;
import org.timestation.member.Member;
import org.timestation.member.Role;
import org.timestation.time.ManualClock;

/**
 * Two stations that worked offline did conflicting things; once each holds the other's events, both
 * resolve the conflict the same way (decision 0029).
 */
class OfflineConflictsTest {
    private final ManualClock clock = new ManualClock(TestStation.START, TestStation.ZONE);

    @Test
    void twoAcceptsOfOneRequestTheEarliestKeepsItEverywhereAndTheOtherVolunteerIsToldOnce() {
        try (TestStation a = new TestStation("station-a", clock); TestStation b = new TestStation("station-b", clock)) {
            Member elder = a.register("老王", 82);
            a.earn(elder, 60);
            Member first = a.register("小李", 30, Role.VOLUNTEER);
            Member second = a.register("小张", 31, Role.VOLUNTEER);
            a.community.places().addBuilding("TS-1", "幸福里1号楼", 31_230_000, 121_470_000, "staff-1");
            for (Member v : List.of(first, second)) {
                a.community.volunteers().setProfile(v.id(), EnumSet.allOf(ServiceType.class), true, true, true, false, "staff-1", "verified");
            }
            Request r = a.community.exchanges().post(PostRequest.of(elder.id(), ServiceType.COMPANY, clock.instant().plus(Duration.ofHours(2)), "TS-1"));
            b.pullFrom(a);
            // the network is down: each station's volunteer takes the same request, b's a minute earlier
            clock.advance(Duration.ofMinutes(1));
            b.community.exchanges().accept(r.id(), first.id());
            clock.advance(Duration.ofMinutes(1));
            a.community.exchanges().accept(r.id(), second.id());
            // at a, nobody knows yet: the second volunteer goes, times the help and the elder confirms and pays
            a.community.exchanges().start(r.id(), second.id());
            clock.advance(Duration.ofMinutes(30));
            a.community.exchanges().end(r.id(), second.id());
            a.community.exchanges().confirm(r.id(), a.tapCard(elder), org.timestation.credit.Minutes.of(30));
            a.pullFrom(b);
            b.pullFrom(a);

            for (TestStation t : List.of(a, b)) {
                Request held = t.community.exchanges().get(r.id());
                assertThat(held.state()).as("the second volunteer's start, end and confirmation do not move the first one's request")
                        .isEqualTo(ExchangeState.ACCEPTED);
                assertThat(held.volunteerId()).as("at " + t.community.nodeId() + ": the earlier accept keeps it").isEqualTo(first.id());
                long earned = t.community.inspect(s -> s.exchanges().stats(first.id()).earnedMinutes());
                assertThat(earned).as("the first earned nothing for it").isZero();
                assertThat(t.community.credits().balance(second.id())).as("the help was given and paid: that stands")
                        .isEqualTo(org.timestation.credit.Minutes.of(30));
                assertThat(t.community.exchanges().acceptsLostToTell(second.id())).extracting(Request::id).containsExactly(r.id());
                assertThat(t.community.exchanges().acceptsLostToTell(first.id())).isEmpty();
            }
            assertThat(a.community.inspect(CommunityState::digest)).isEqualTo(b.community.inspect(CommunityState::digest));

            // the second volunteer comes by both stations before they sync again: told at each, then never again
            clock.advance(Duration.ofMinutes(5));
            a.community.exchanges().toldOfLostAccepts(second.id(), List.of(r.id()));
            b.community.exchanges().toldOfLostAccepts(second.id(), List.of(r.id()));
            a.community.exchanges().toldOfLostAccepts(second.id(), List.of(r.id())); // told already here: nothing more written
            assertThat(a.community.exchanges().acceptsLostToTell(second.id())).isEmpty();
            a.pullFrom(b);
            b.pullFrom(a);
            for (TestStation t : List.of(a, b)) {
                assertThat(t.community.exchanges().acceptsLostToTell(second.id())).as(t.community.nodeId()).isEmpty();
            }
            assertThat(a.community.inspect(CommunityState::digest)).isEqualTo(b.community.inspect(CommunityState::digest));
            assertThat(CommunityState.rebuild(a.store).digest()).as("a rebuild gives the same").isEqualTo(a.community.inspect(CommunityState::digest));
        }
    }

    @Test
    void theSameCardRegisteredAtTwoStationsOfflineIsOneMemberTheFirstRegistration() {
        try (TestStation a = new TestStation("station-a", clock); TestStation b = new TestStation("station-b", clock)) {
            a.register("老甲", 70); // b learns a's feed first, then the network goes down
            b.pullFrom(a);
            java.time.LocalDate birth = java.time.LocalDate.of(1950, 5, 6);
            String card = TestStation.idNumber(birth, 777);
            clock.advance(Duration.ofMinutes(1));
            Member atB = b.community.members().register(new org.timestation.member.Registration("刘芳", org.timestation.member.Gender.FEMALE, birth,
                    "幸福里3号楼", card, "13911112222", EnumSet.of(Role.MEMBER)));
            clock.advance(Duration.ofMinutes(1));
            Member atA = a.community.members().register(new org.timestation.member.Registration("刘芳", org.timestation.member.Gender.FEMALE, birth,
                    "幸福里3号楼", card, "13933334444", EnumSet.of(Role.MEMBER, Role.VOLUNTEER)));
            assertThat(atA.id()).as("the keyed hash of the card names the member").isEqualTo(atB.id());
            a.pullFrom(b);
            b.pullFrom(a);
            for (TestStation t : List.of(a, b)) {
                assertThat(t.community.members().all()).filteredOn(m -> m.id().equals(atA.id())).singleElement().satisfies(m -> {
                    assertThat(m.has(Role.VOLUNTEER)).as("at " + t.community.nodeId() + ": the first registration (b's) stands").isFalse();
                    assertThat(m.phone().masked()).endsWith("2222");
                });
                assertThat(t.community.members().identifyByCard(card).memberId()).isEqualTo(atA.id());
            }
            assertThat(a.community.inspect(CommunityState::digest)).isEqualTo(b.community.inspect(CommunityState::digest));
        }
    }
}
