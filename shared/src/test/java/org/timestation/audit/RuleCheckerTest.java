package org.timestation.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.timestation.community.TestStation;
import org.timestation.credit.AccountId;
import org.timestation.credit.CreditEvent;
import org.timestation.credit.Leg;
import org.timestation.credit.Minutes;
import org.timestation.credit.MovementKind;
import org.timestation.ledger.Event;
import org.timestation.member.Member;
import org.timestation.member.Role;

/**
 * Events appended to a station's feed with the station's own key (it sits in the data folder), but
 * not by its code: each breaks a credit rule, and {@code verify} names the node, the seq and the rule.
 */
class RuleCheckerTest {
    final TestStation t = new TestStation();
    final Member elder = t.register("王秀英", 80);
    final Member volunteer = t.register("李志强", 40, Role.VOLUNTEER);
    final Member shop = t.register("赵丽", 45, Role.MERCHANT);
    final Member young = t.register("陈新", 30);

    RuleCheckerTest() {
        t.fundPool(600);
        t.earn(volunteer, 120);
    }

    @AfterEach
    void close() {
        t.close();
    }

    static CreditEvent.Moved moved(MovementKind kind, AccountId from, AccountId to, long minutes) {
        return new CreditEvent.Moved(kind, List.of(new Leg(from, to, Minutes.of(minutes))), null, null, null, null, null, null);
    }

    VerificationReport verify() {
        return Verifier.verify(t.store, Clock.fixed(t.clock.instant(), ZoneOffset.UTC), node -> true, t.hasher);
    }

    void broken(Event forged, RuleChecker.Rule rule) {
        VerificationReport r = verify();
        assertThat(r.intact()).as(r.summary()).isFalse();
        assertThat(r.findings()).as(rule.name()).anyMatch(f -> f.kind() == Finding.Kind.RULE && f.nodeId().equals(forged.nodeId())
                && f.seq() == forged.seq() && f.what().contains("rule " + rule + " broken"));
    }

    @Test
    void theHonestLedgerKeepsEveryRule() {
        t.serve(elder, volunteer, 90); // the pool pays the elder's shortfall
        t.community.credits().gift(t.tapCard(volunteer), young.id(), Minutes.of(30), "谢谢");
        VerificationReport r = verify();
        assertThat(r.intact()).as(r.summary()).isTrue();
        assertThat(r.summary()).contains("every rule kept");
    }

    @Test
    void aHugeGiftDatedIn2100IsCaughtThreeWays() {
        Event forged = t.forge(moved(MovementKind.GIFT, AccountId.member(young.id()), AccountId.member(elder.id()), 1_000_000),
                Instant.parse("2100-01-01T00:00:00Z"));
        broken(forged, RuleChecker.Rule.NOT_HELD);
        broken(forged, RuleChecker.Rule.AMOUNT_TOO_LARGE);
        broken(forged, RuleChecker.Rule.IN_THE_FUTURE);
    }

    @Test
    void onlyRewardsAndPoolGrantsMintAndOnlyWithAnOperator() {
        broken(t.forge(moved(MovementKind.GIFT, AccountId.ISSUANCE, AccountId.member(young.id()), 60), t.clock.instant()),
                RuleChecker.Rule.NOT_ALLOWED_TO_MINT);
        broken(t.forge(moved(MovementKind.REWARD, AccountId.ISSUANCE, AccountId.member(young.id()), 60), t.clock.instant()),
                RuleChecker.Rule.NOT_ALLOWED_TO_MINT);
    }

    @Test
    void aRewardByAMemberWhoIsNeitherStaffNorCaptainIsCaught() {
        Event forged = t.forge(new CreditEvent.Moved(MovementKind.REWARD, List.of(new Leg(AccountId.ISSUANCE, AccountId.member(young.id()),
                Minutes.of(60))), null, null, "活动 activity", young.id(), null, null), t.clock.instant());
        broken(forged, RuleChecker.Rule.OPERATOR_NOT_ALLOWED);
    }

    @Test
    void aGiftOfCreditsTheGiverDoesNotHoldIsCaught() {
        broken(t.forge(moved(MovementKind.GIFT, AccountId.member(young.id()), AccountId.member(elder.id()), 30), t.clock.instant()),
                RuleChecker.Rule.NOT_HELD);
    }

    @Test
    void spendingCreditsThatHaveExpiredIsCaught() {
        t.clock.advance(Duration.ofDays(800)); // the volunteer's 120 minutes expired, nobody swept them yet
        broken(t.forge(moved(MovementKind.REDEMPTION, AccountId.member(volunteer.id()), AccountId.settlement(shop.id()), 60), t.clock.instant()),
                RuleChecker.Rule.NOT_HELD);
    }

    @Test
    void expiringLotsThatAreNotYetDueIsCaught() {
        broken(t.forge(moved(MovementKind.EXPIRY, AccountId.member(volunteer.id()), AccountId.POOL, 60), t.clock.instant()),
                RuleChecker.Rule.NOT_DUE);
    }

    @Test
    void anEarnDateOnAnythingButAReversalIsCaught() {
        Event forged = t.forge(new CreditEvent.Moved(MovementKind.GIFT, List.of(new Leg(AccountId.member(volunteer.id()),
                AccountId.member(young.id()), Minutes.of(30))), null, null, null, null, null, Instant.parse("2099-01-01T00:00:00Z").toEpochMilli()),
                t.clock.instant());
        broken(forged, RuleChecker.Rule.WRONG_EARNED_AT);
    }

    @Test
    void aRedemptionToSomeoneWhoIsNotAMerchantIsCaught() {
        broken(t.forge(moved(MovementKind.REDEMPTION, AccountId.member(volunteer.id()), AccountId.settlement(young.id()), 30), t.clock.instant()),
                RuleChecker.Rule.NOT_A_MERCHANT);
    }

    @Test
    void aPaymentForHelpThatWasNeverAskedForIsCaught() {
        broken(t.forge(new CreditEvent.Moved(MovementKind.SERVICE, List.of(new Leg(AccountId.POOL, AccountId.member(volunteer.id()),
                Minutes.of(60))), "station-test/999", null, null, null, null, null), t.clock.instant()), RuleChecker.Rule.NOT_THIS_REQUEST);
    }

    @Test
    void thePoolPayingForSomeoneItDoesNotCoverIsCaught() {
        Event payment = t.serve(young, volunteer, 30); // young pays for themselves: they are 30 and not in hardship
        CreditEvent.Moved paid = (CreditEvent.Moved) CreditEvent.of(payment);
        broken(t.forge(new CreditEvent.Moved(MovementKind.SERVICE, List.of(new Leg(AccountId.POOL, AccountId.member(volunteer.id()),
                Minutes.of(60))), paid.ref(), null, null, null, null, null), t.clock.instant()), RuleChecker.Rule.POOL_NOT_COVERED);
    }

    @Test
    void aPaymentThatTakesAMemberBelowTheFloorIsCaught() {
        Event payment = t.serve(young, volunteer, 60);
        CreditEvent.Moved paid = (CreditEvent.Moved) CreditEvent.of(payment);
        broken(t.forge(new CreditEvent.Moved(MovementKind.SERVICE, List.of(new Leg(AccountId.member(young.id()),
                AccountId.member(volunteer.id()), Minutes.of(6000))), paid.ref(), null, null, null, null, null), t.clock.instant()),
                RuleChecker.Rule.BELOW_FLOOR);
    }

    @Test
    void aReversalMustUndoExactlyOneEarlierMovementOnce() {
        Event gift = t.community.credits().gift(t.tapCard(volunteer), young.id(), Minutes.of(30), null);
        broken(t.forge(new CreditEvent.Moved(MovementKind.REVERSAL, List.of(new Leg(AccountId.member(young.id()), AccountId.member(volunteer.id()),
                Minutes.of(300))), gift.id().toString(), null, "纠正 correction", "staff-1", null, gift.epochMillis()), t.clock.instant()),
                RuleChecker.Rule.BAD_REVERSAL);
    }

    @Test
    void aReversalDoneTwiceIsCaught() {
        Event gift = t.community.credits().gift(t.tapCard(volunteer), young.id(), Minutes.of(30), null);
        Event reversal = t.community.credits().reverse(gift.id(), "纠正 correction", "staff-1");
        broken(t.forge((CreditEvent.Moved) CreditEvent.of(reversal), t.clock.instant()), RuleChecker.Rule.BAD_REVERSAL);
    }

    @Test
    void aConflictFromAnotherStationIsFlaggedNotCalledTampering() {
        Event forged = t.forge(moved(MovementKind.GIFT, AccountId.member(young.id()), AccountId.member(elder.id()), 30), t.clock.instant());
        VerificationReport r = Verifier.verify(t.store, Clock.fixed(t.clock.instant(), ZoneOffset.UTC), node -> false);
        assertThat(r.intact()).as(r.summary()).isTrue();
        assertThat(r.conflicts()).anyMatch(f -> f.seq() == forged.seq() && f.what().contains("NOT_HELD"));
    }
}
