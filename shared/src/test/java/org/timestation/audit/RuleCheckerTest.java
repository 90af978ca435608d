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
import org.timestation.credit.CreditService;
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
    void anIncidentResolvedByAResidentToLiftTheirOwnFreezeIsCaught() {
        broken(t.forge(new org.timestation.trust.TrustEvent.IncidentResolved("e-1", young.id(), "我自己说了算"), t.clock.instant()),
                RuleChecker.Rule.OPERATOR_NOT_ALLOWED);
        broken(t.forge(new org.timestation.trust.TrustEvent.IncidentResolved("e-1", "staff-1", " "), t.clock.instant()),
                RuleChecker.Rule.NOT_ALLOWED_TO_MINT);
        broken(t.forge(new org.timestation.trust.TrustEvent.IncidentResolved("e-1", "manager-of-nowhere", "申诉成立"), t.clock.instant()),
                RuleChecker.Rule.OPERATOR_NOT_ALLOWED); // an operator who is not a member at all
        broken(t.forge(new org.timestation.trust.TrustEvent.IncidentResolved("e-1", "manager-of-nowhere", "申诉成立"), t.clock.instant()),
                RuleChecker.Rule.NO_SUCH_INCIDENT); // and no open incident has that id
    }

    @Test
    void aMembersFullNamePutInTheBulletinBySomeoneElseIsCaught() {
        broken(t.forge(new org.timestation.member.MemberEvent.BulletinName(elder.id(), true, young.id(), "她同意了"), t.clock.instant()),
                RuleChecker.Rule.OPERATOR_NOT_ALLOWED); // a resident is not staff
        broken(t.forge(new org.timestation.member.MemberEvent.BulletinName(elder.id(), true, "staff-1", ""), t.clock.instant()),
                RuleChecker.Rule.OPERATOR_NOT_ALLOWED); // staff, but no reason
    }

    @Test
    void aPriceCheckWhoseVerdictDoesNotFollowFromItsPricesIsCaught() {
        org.timestation.merchant.PriceCheck.Verdict over = org.timestation.merchant.PriceCheck.Verdict.OVER_LIMIT;
        org.timestation.merchant.PriceCheck.Verdict fair = org.timestation.merchant.PriceCheck.Verdict.FAIR;
        broken(t.forge(new org.timestation.merchant.MerchantEvent.PriceChecked(young.id(), "鸡蛋", 500, 525, 525, over, "staff-1"),
                t.clock.instant()), RuleChecker.Rule.WRONG_VERDICT); // a fair price made out as over the limit, to pause a rival
        broken(t.forge(new org.timestation.merchant.MerchantEvent.PriceChecked(young.id(), "鸡蛋", 500, 525, 900, fair, "staff-1"),
                t.clock.instant()), RuleChecker.Rule.WRONG_VERDICT); // a high price passed as fair
        broken(t.forge(new org.timestation.merchant.MerchantEvent.PriceChecked(young.id(), "鸡蛋", 500, 525, 525, fair, " "),
                t.clock.instant()), RuleChecker.Rule.NOT_ALLOWED_TO_MINT);
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
    void closingARequestAsLapsedBeforeItsTimeOrAfterSomeoneTookItIsCaught() {
        t.community.places().addBuilding("B1", "幸福里1号楼", 31_230_000, 121_470_000, "staff-1");
        t.community.places().setHome(elder.id(), "B1", "staff-1");
        t.community.places().setHome(volunteer.id(), "B1", "staff-1");
        t.community.volunteers().setProfile(volunteer.id(), java.util.EnumSet.allOf(org.timestation.catalogue.ServiceType.class), true, true, true,
                false, "staff-1", "实名认证 verified");
        org.timestation.exchange.ExchangeService ex = t.community.exchanges();
        var wanted = ex.post(org.timestation.exchange.PostRequest.of(elder.id(), org.timestation.catalogue.ServiceType.SHOPPING,
                t.clock.instant().plus(Duration.ofHours(2)), "B1"));
        var taken = ex.post(org.timestation.exchange.PostRequest.of(elder.id(), org.timestation.catalogue.ServiceType.COMPANY,
                t.clock.instant().plus(Duration.ofHours(2)), "B1"));
        ex.accept(taken.id(), volunteer.id());
        t.clock.advance(Duration.ofHours(2 + 24).plusMinutes(10));
        var honest = ex.post(org.timestation.exchange.PostRequest.of(elder.id(), org.timestation.catalogue.ServiceType.REPAIR,
                t.clock.instant().plus(Duration.ofHours(1)), "B1"));
        assertThat(t.community.scheduler().runDue().lapsed()).extracting(org.timestation.exchange.Request::id).containsExactly(wanted.id());
        assertThat(verify().intact()).as("the scheduler's lapse keeps the rule").isTrue();

        Event early = t.forge(new org.timestation.exchange.ExchangeEvent.Lapsed(honest.id()), t.clock.instant());
        broken(early, RuleChecker.Rule.LAPSED_TOO_EARLY);
        Event afterTaken = t.forge(new org.timestation.exchange.ExchangeEvent.Lapsed(taken.id()), t.clock.instant());
        broken(afterTaken, RuleChecker.Rule.LAPSED_TOO_EARLY);
    }

    @Test
    void aConflictFromAnotherStationIsFlaggedNotCalledTampering() {
        Event forged = t.forge(moved(MovementKind.GIFT, AccountId.member(young.id()), AccountId.member(elder.id()), 30), t.clock.instant());
        VerificationReport r = Verifier.verify(t.store, Clock.fixed(t.clock.instant(), ZoneOffset.UTC), node -> false);
        assertThat(r.intact()).as(r.summary()).isTrue();
        assertThat(r.conflicts()).anyMatch(f -> f.seq() == forged.seq() && f.what().contains("NOT_HELD"));
    }

    static AccountId m(Member x) {
        return AccountId.member(x.id());
    }

    static CreditEvent.Moved staffAct(MovementKind kind, List<Leg> legs, String ref, Long earnedAt) {
        return new CreditEvent.Moved(kind, legs, ref, null, "纠正 correction", "staff-1", null, earnedAt);
    }

    static Leg leg(AccountId from, AccountId to, long minutes) {
        return new Leg(from, to, Minutes.of(minutes));
    }

    @Test
    void anEventAtTheEdgeOfTheClockToleranceIsOnTimeOneMillisecondLaterIsNot() {
        Instant edge = t.clock.instant().plus(RuleChecker.CLOCK_TOLERANCE);
        Event onTime = t.forge(moved(MovementKind.GIFT, m(volunteer), m(young), 10), edge);
        Event late = t.forge(moved(MovementKind.GIFT, m(volunteer), m(young), 10), edge.plusMillis(1));
        VerificationReport r = verify();
        assertThat(r.findings()).noneMatch(f -> f.seq() == onTime.seq());
        assertThat(r.findings()).anyMatch(f -> f.seq() == late.seq() && f.what().contains("rule IN_THE_FUTURE broken"));
    }

    @Test
    void aFeedWhoseHybridTimeStandsStillIsCaught() {
        long last = t.store.head(t.node.nodeId()).hlc();
        Event still = t.forgeRaw("credit.moved", org.timestation.ledger.EventCodec.encode(moved(MovementKind.GIFT, m(volunteer), m(young), 10)), last);
        broken(still, RuleChecker.Rule.TIME_WENT_BACKWARDS);
    }

    @Test
    void anUnknownTypeOrAPayloadThatDoesNotFitItsTypeIsCaught() {
        long hlc = t.store.head(t.node.nodeId()).hlc();
        Event unknown = t.forgeRaw("credit.teleported", "{}", hlc + 1);
        Event malformed = t.forgeRaw("credit.moved", "{\"kind\":\"GIFT\"}", hlc + 2);
        broken(unknown, RuleChecker.Rule.UNKNOWN_TYPE);
        broken(malformed, RuleChecker.Rule.MALFORMED);
    }

    @Test
    void theHubAppliesAnEventOfAnUnknownTypeAfterFlaggingIt() {
        org.timestation.community.CommunityState state = new org.timestation.community.CommunityState(org.timestation.member.BirthDates.NONE);
        t.store.forEachEvent(state::apply);
        RuleChecker hub = new RuleChecker(state, t.store::event, t.clock.instant(), node -> true);
        org.timestation.ledger.FeedHead head = t.store.head(t.node.nodeId());
        org.timestation.ledger.Hash h = new org.timestation.ledger.ChainHasher().hash(t.node.nodeId(), head.seq() + 1, head.hlc() + 1,
                "credit.teleported", "{}", head.hash());
        Event unknown = new Event(t.node.nodeId(), head.seq() + 1, head.hlc() + 1, "credit.teleported", "{}", head.hash(), h);
        assertThat(hub.checkAndApply(unknown)).extracting(RuleChecker.Violation::rule).containsExactly(RuleChecker.Rule.UNKNOWN_TYPE);
        assertThat(hub.state().rows()).containsEntry(new org.timestation.ledger.RowKey("watermark", t.node.nodeId()), String.valueOf(unknown.seq()));
    }

    @Test
    void theHubFindsAReversalsOriginalInItsStore() {
        Event gift = t.community.credits().gift(t.tapCard(volunteer), young.id(), Minutes.of(30), null);
        org.timestation.community.CommunityState state = new org.timestation.community.CommunityState(org.timestation.member.BirthDates.NONE);
        t.store.forEachEvent(state::apply);
        RuleChecker hub = new RuleChecker(state, t.store::event, t.clock.instant(), node -> true);
        org.timestation.ledger.FeedHead head = t.store.head(t.node.nodeId());
        java.util.function.Function<CreditEvent.Moved, Event> next = moved -> {
            String payload = org.timestation.ledger.EventCodec.encode(moved);
            org.timestation.ledger.Hash h = new org.timestation.ledger.ChainHasher().hash(t.node.nodeId(), head.seq() + 1, head.hlc() + 1,
                    moved.type(), payload, head.hash());
            return new Event(t.node.nodeId(), head.seq() + 1, head.hlc() + 1, moved.type(), payload, head.hash(), h);
        };
        Event tooMuch = next.apply(staffAct(MovementKind.REVERSAL, List.of(leg(m(young), m(volunteer), 300)), gift.id().toString(), gift.epochMillis()));
        assertThat(hub.checkAndApply(tooMuch)).extracting(RuleChecker.Violation::rule).contains(RuleChecker.Rule.BAD_REVERSAL);
        Event notAMovement = next.apply(staffAct(MovementKind.REVERSAL, List.of(leg(m(young), m(volunteer), 30)), "station-test/1", gift.epochMillis()));
        assertThat(hub.checkAndApply(notAMovement)).extracting(RuleChecker.Violation::detail)
                .anyMatch(d -> d.contains("not an earlier credit movement"));
    }

    @Test
    void eachKindOfMovementHasItsOwnShape() {
        List<CreditEvent.Moved> wrong = List.of(
                staffAct(MovementKind.REWARD, List.of(leg(AccountId.ISSUANCE, AccountId.POOL, 10)), null, null),
                staffAct(MovementKind.POOL_GRANT, List.of(leg(AccountId.ISSUANCE, m(young), 10)), null, null),
                moved(MovementKind.GIFT, m(volunteer), AccountId.POOL, 10),
                moved(MovementKind.REDEMPTION, m(volunteer), m(shop), 10),
                moved(MovementKind.FEE, m(volunteer), m(young), 10),
                staffAct(MovementKind.PENALTY, List.of(leg(m(volunteer), m(young), 10)), null, null),
                moved(MovementKind.EXPIRY, m(volunteer), m(young), 10),
                moved(MovementKind.SERVICE, m(young), AccountId.POOL, 10),
                new CreditEvent.Moved(MovementKind.SERVICE, List.of(leg(AccountId.POOL, m(volunteer), 10), leg(AccountId.POOL, m(volunteer), 10)),
                        "station-test/1", null, null, null, null, null),
                new CreditEvent.Moved(MovementKind.SERVICE, List.of(leg(m(young), m(volunteer), 10), leg(m(elder), m(volunteer), 10)),
                        "station-test/1", null, null, null, null, null),
                new CreditEvent.Moved(MovementKind.SERVICE, List.of(leg(m(young), m(volunteer), 10), leg(AccountId.POOL, m(shop), 10)),
                        "station-test/1", null, null, null, null, null),
                new CreditEvent.Moved(MovementKind.SERVICE, List.of(leg(AccountId.POOL, m(volunteer), 10), leg(m(young), m(volunteer), 10),
                        leg(m(elder), m(volunteer), 10)), "station-test/1", null, null, null, null, null));
        for (CreditEvent.Moved w : wrong) {
            Event forged = t.forge(w, t.clock.instant());
            VerificationReport r = verify();
            assertThat(r.findings()).as(w.toString()).anyMatch(f -> f.seq() == forged.seq() && f.what().contains("rule WRONG_SHAPE broken"));
        }
    }

    @Test
    void everyStaffActNeedsAnOperatorAndAReason() {
        Event gift = t.community.credits().gift(t.tapCard(volunteer), young.id(), Minutes.of(30), null); // before the forgeries: the community does not see them
        Event grant = t.forge(moved(MovementKind.POOL_GRANT, AccountId.ISSUANCE, AccountId.POOL, 60), t.clock.instant());
        Event penalty = t.forge(moved(MovementKind.PENALTY, m(volunteer), AccountId.POOL, 10), t.clock.instant());
        Event blank = t.forge(new CreditEvent.Moved(MovementKind.PENALTY, List.of(leg(m(volunteer), AccountId.POOL, 10)), null, null, " ", "staff-1",
                null, null), t.clock.instant());
        Event reversal = t.forge(new CreditEvent.Moved(MovementKind.REVERSAL, CreditService.reversed(((CreditEvent.Moved) CreditEvent.of(gift)).legs()),
                gift.id().toString(), null, null, null, null, gift.epochMillis()), t.clock.instant());
        for (Event e : List.of(grant, penalty, blank, reversal)) {
            broken(e, RuleChecker.Rule.NOT_ALLOWED_TO_MINT);
        }
    }

    @Test
    void aMovementToSomeoneWhoIsNotAMemberIsCaught() {
        broken(t.forge(moved(MovementKind.GIFT, m(volunteer), AccountId.member("MNOBODY0000"), 10), t.clock.instant()), RuleChecker.Rule.UNKNOWN_MEMBER);
    }

    @Test
    void aFeeOfCreditsNotHeldIsCaught() {
        broken(t.forge(moved(MovementKind.FEE, m(young), AccountId.POOL, 30), t.clock.instant()), RuleChecker.Rule.NOT_HELD);
    }

    @Test
    void aPaymentForARequestToSomeoneOtherThanItsVolunteerIsCaught() {
        Event payment = t.serve(young, volunteer, 30);
        String request = ((CreditEvent.Moved) CreditEvent.of(payment)).ref();
        broken(t.forge(new CreditEvent.Moved(MovementKind.SERVICE, List.of(leg(m(young), m(shop), 10)), request, null, null, null, null, null),
                t.clock.instant()), RuleChecker.Rule.NOT_THIS_REQUEST);
    }

    @Test
    void anEldersOwnPartOfAPaymentMustBeHeldEvenWhenThePoolPaysTheRest() {
        Event payment = t.serve(elder, volunteer, 30);
        String request = ((CreditEvent.Moved) CreditEvent.of(payment)).ref();
        broken(t.forge(new CreditEvent.Moved(MovementKind.SERVICE, List.of(leg(m(elder), m(volunteer), 50), leg(AccountId.POOL, m(volunteer), 10)),
                request, null, null, null, null, null), t.clock.instant()), RuleChecker.Rule.NOT_HELD);
    }

    @Test
    void everyHonestKindOfMovementKeepsTheRules() {
        Member captain = t.register("周队长", 50, Role.CAPTAIN);
        Member staff = t.register("吴站长", 45, Role.STAFF);
        Member manager = t.register("郑主任", 55, Role.MANAGER);
        t.community.credits().reward(young.id(), Minutes.of(60), "楼道清扫 hallway", captain.id());
        t.community.credits().reward(young.id(), Minutes.of(60), "活动 activity", staff.id());
        t.community.credits().reward(young.id(), Minutes.of(60), "活动 activity", manager.id());
        t.community.credits().redeem(young.id(), shop.id(), Minutes.of(60), "voucher-1");
        t.community.credits().payFee(young.id(), Minutes.of(30), "activity-1", "报名费 fee");
        t.community.credits().gift(t.tapCard(young), volunteer.id(), Minutes.of(90), "全部 all of it");
        assertThat(t.community.credits().balance(young.id())).isEqualTo(Minutes.ZERO);
        t.earn(elder, 20);
        t.serve(elder, volunteer, 60); // the elder pays the 20 they hold, the pool the rest
        t.community.credits().penalize(volunteer.id(), Minutes.of(10), "爽约 no-show", staff.id());
        VerificationReport r = verify();
        assertThat(r.intact()).as(r.summary()).isTrue();
        assertThat(r.conflicts()).isEmpty();
    }
}
