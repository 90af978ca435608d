package org.timestation.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.timestation.community.TestStation;
import org.timestation.credit.Minutes;
import org.timestation.member.Member;
import org.timestation.member.Role;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

class ActivityRulesTest {
    TestStation t = new TestStation();
    ActivityService act = t.community.activities();
    Member captain = t.register("楼长", 50, Role.CAPTAIN);
    Member resident = t.register("居民", 70);

    @AfterEach
    void tearDown() {
        t.close();
    }

    void refused(ErrorCode code, Runnable r) {
        t.refused(code, r);
    }

    ActivityService.Plan plan(int capacity) {
        Instant start = t.clock.instant().plus(Duration.ofDays(2));
        return new ActivityService.Plan("端午包粽子", start, start.plus(Duration.ofHours(2)), "社区活动室", capacity, "糯米、粽叶");
    }

    List<Member> residents(int n) {
        List<Member> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(t.register("邻居" + i, 60 + i));
        }
        return out;
    }

    @Test
    void aCaptainProposesTheStationDecidesAndOnlyApprovedActivitiesTakeSignUps() {
        refused(ErrorCode.NOT_A_CAPTAIN, () -> act.propose(resident.id(), plan(20)));
        refused(ErrorCode.INVALID_ACTIVITY, () -> act.propose(captain.id(), plan(0)));
        Instant past = t.clock.instant().minus(Duration.ofHours(1));
        refused(ErrorCode.START_IN_PAST, () -> act.propose(captain.id(), new ActivityService.Plan("茶话会", past, past.plus(Duration.ofHours(1)),
                "活动室", 10, null)));
        Activity a = act.propose(captain.id(), plan(20));
        assertThat(act.proposals()).extracting(Activity::id).containsExactly(a.id());
        refused(ErrorCode.WRONG_STATE, () -> act.signUp(a.id(), resident.id()));
        Activity rejected = act.propose(captain.id(), plan(5));
        act.decide(rejected.id(), false, "staff-1", "场地冲突");
        refused(ErrorCode.WRONG_STATE, () -> act.decide(rejected.id(), true, "staff-1", "改主意"));
        act.decide(a.id(), true, "staff-1", "方案可行");
        assertThat(act.signUp(a.id(), resident.id()).signedUp()).containsExactly(resident.id());
        refused(ErrorCode.ALREADY_SIGNED_UP, () -> act.signUp(a.id(), resident.id()));
        refused(ErrorCode.UNKNOWN_ACTIVITY, () -> act.signUp("station-test/9999", resident.id()));
        assertThat(act.between(t.clock.instant(), t.clock.instant().plus(Duration.ofDays(7)))).extracting(Activity::id).containsExactly(a.id());
    }

    @Test
    void signUpStopsAtCapacityAndCheckInIsOpenFromAnHourBeforeTheStartToTheEnd() {
        Activity a = act.propose(captain.id(), plan(2));
        act.decide(a.id(), true, "staff-1", "ok");
        List<Member> people = residents(3);
        act.signUp(a.id(), people.get(0).id());
        act.signUp(a.id(), people.get(1).id());
        refused(ErrorCode.CAPACITY_FULL, () -> act.signUp(a.id(), people.get(2).id()));
        refused(ErrorCode.CHECK_IN_CLOSED, () -> act.checkIn(a.id(), people.get(0).id()));
        t.clock.set(Instant.ofEpochMilli(a.startAt()).minus(Duration.ofMinutes(59)));
        act.checkIn(a.id(), people.get(0).id());
        refused(ErrorCode.ALREADY_CHECKED_IN, () -> act.checkIn(a.id(), people.get(0).id()));
        refused(ErrorCode.CAPACITY_FULL, () -> act.checkIn(a.id(), people.get(2).id())); // no walk-in when full
        act.withdraw(a.id(), people.get(1).id());
        assertThat(act.checkIn(a.id(), people.get(2).id()).checkedIn()).containsExactly(people.get(0).id(), people.get(2).id()); // walk-in
        t.clock.set(Instant.ofEpochMilli(a.endAt()).plusSeconds(1));
        refused(ErrorCode.CHECK_IN_CLOSED, () -> act.checkIn(a.id(), resident.id()));
    }

    @Test
    void closingPaysParticipationCreditsAndFiveToTheCaptainWhenTenOrMoreCheckedIn() {
        Activity big = act.propose(captain.id(), plan(30));
        Activity small = act.propose(captain.id(), plan(30));
        act.decide(big.id(), true, "staff-1", "ok");
        act.decide(small.id(), true, "staff-1", "ok");
        List<Member> people = residents(10);
        t.clock.set(Instant.ofEpochMilli(big.startAt()));
        for (Member m : people) {
            act.checkIn(big.id(), m.id());
        }
        for (Member m : people.subList(0, 9)) {
            act.checkIn(small.id(), m.id());
        }
        refused(ErrorCode.NOT_A_PARTY, () -> act.close(big.id(), resident.id(), "很热闹"));
        refused(ErrorCode.INVALID_ACTIVITY, () -> act.close(big.id(), captain.id(), " "));
        act.close(big.id(), captain.id(), "20 人参加，包了 200 个粽子");
        assertThat(t.community.credits().balance(people.get(0).id())).isEqualTo(Minutes.of(60));
        assertThat(t.community.credits().balance(captain.id())).isEqualTo(Minutes.of(300));
        act.close(small.id(), captain.id(), "9 人参加");
        assertThat(t.community.credits().balance(people.get(0).id())).isEqualTo(Minutes.of(120));
        assertThat(t.community.credits().balance(captain.id())).isEqualTo(Minutes.of(300)); // 9 is fewer than 10
        refused(ErrorCode.WRONG_STATE, () -> act.close(big.id(), captain.id(), "again"));
        assertThat(act.get(big.id()).state()).isEqualTo(Activity.State.CLOSED);
    }

    @Test
    void aTrainingIsFreeForCoCreatorsCostsOthersFiveCreditsAndCertifiesItsSkill() {
        Member coCreator = t.register("共创", 40, Role.CO_CREATOR);
        t.earn(resident, 400);
        Member poor = t.register("新人", 30);
        Instant start = t.clock.instant().plus(Duration.ofDays(3));
        Activity training = act.publishTraining(new ActivityService.Plan("老年护理培训", start, start.plus(Duration.ofHours(3)), "驿站教室", 30, null),
                "老年护理", "staff-1");
        act.signUp(training.id(), coCreator.id());
        assertThat(t.community.credits().balance(coCreator.id())).isEqualTo(Minutes.ZERO);
        act.signUp(training.id(), resident.id());
        assertThat(t.community.credits().balance(resident.id())).isEqualTo(Minutes.of(100));
        refused(ErrorCode.INSUFFICIENT_CREDITS, () -> act.signUp(training.id(), poor.id()));
        act.withdraw(training.id(), resident.id());
        assertThat(t.community.credits().balance(resident.id())).isEqualTo(Minutes.of(400));
        act.signUp(training.id(), resident.id());
        t.clock.set(start);
        refused(ErrorCode.NOT_SIGNED_UP, () -> act.checkIn(training.id(), poor.id()));
        act.checkIn(training.id(), coCreator.id());
        act.checkIn(training.id(), resident.id());
        act.close(training.id(), "staff-1", "结业 2 人");
        assertThat(t.community.cocreation().isEligible(resident.id())).as("certified skill").isTrue();
        assertThat(t.community.credits().balance(resident.id())).isEqualTo(Minutes.of(100)); // no participation credits for a training
    }
}
