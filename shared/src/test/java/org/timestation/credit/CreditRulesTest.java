package org.timestation.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.timestation.community.TestStation;
import org.timestation.ledger.Event;
import org.timestation.ledger.EventId;
import org.timestation.member.Member;
import org.timestation.member.Role;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

class CreditRulesTest {
    final TestStation t = new TestStation();
    final CreditService credits = t.community.credits();
    final Member ann = t.register("安", 40, Role.VOLUNTEER);
    final Member bo = t.register("博", 35, Role.VOLUNTEER);
    final Member elder = t.register("老张", 78);

    @AfterEach
    void close() {
        t.close();
    }

    private long eventsNow() {
        return t.store.eventCount();
    }

    private void refused(ErrorCode code, Runnable command) {
        long before = eventsNow();
        // every balance and every lot, as the projection stores them (balances() alone could be broken and still compare equal)
        java.util.SortedMap<org.timestation.ledger.RowKey, String> accounts = accountRows();
        assertThat(accounts).as("the accounts compared are there").hasSizeGreaterThanOrEqualTo(3);
        assertThatThrownBy(command::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.text().zh()).isNotBlank();
            assertThat(e.text().en()).isNotBlank();
        });
        assertThat(eventsNow()).as("a refused command stores no event").isEqualTo(before);
        assertThat(accountRows()).as("and changes no balance and no lot").isEqualTo(accounts);
    }

    private java.util.SortedMap<org.timestation.ledger.RowKey, String> accountRows() {
        java.util.SortedMap<org.timestation.ledger.RowKey, String> all = t.community.inspect(org.timestation.community.CommunityState::rows);
        java.util.SortedMap<org.timestation.ledger.RowKey, String> out = new java.util.TreeMap<>();
        all.forEach((k, v) -> {
            if (k.kind().equals("account")) {
                out.put(k, v);
            }
        });
        return out;
    }

    @Test
    void oneHourOfHelpEarnsOneCreditWhateverTheService() {
        t.earn(ann, 120);
        credits.payForService(ann.id(), bo.id(), Minutes.of(60), "repair");
        assertThat(credits.balance(bo.id())).isEqualTo(Minutes.ofCredits(1));
        assertThat(credits.balance(ann.id())).isEqualTo(Minutes.of(60));
    }

    @Test
    void amountsMustBePositive() {
        t.earn(ann, 120);
        refused(ErrorCode.AMOUNT_NOT_POSITIVE, () -> credits.gift(t.tapCard(ann), bo.id(), Minutes.of(0), null));
        refused(ErrorCode.AMOUNT_NOT_POSITIVE, () -> credits.gift(t.tapCard(ann), bo.id(), Minutes.of(-30), null));
        refused(ErrorCode.AMOUNT_NOT_POSITIVE, () -> credits.payForService(ann.id(), bo.id(), Minutes.of(-1), "x"));
    }

    @Test
    void aSingleMovementAboveThePolicyMaximumIsRefused() {
        refused(ErrorCode.AMOUNT_TOO_LARGE, () -> credits.reward(ann.id(), Minutes.ofCredits(101), "typo", "staff-1"));
        // exactly the maximum is allowed
        assertThat(credits.reward(ann.id(), Minutes.ofCredits(100), "the maximum", "staff-1")).isNotNull();
    }

    @Test
    void everyStaffMovementReturnsTheEventItWrote() {
        Member shop = t.register("好邻居超市", 50, Role.MERCHANT);
        for (org.timestation.ledger.Event e : List.of(
                credits.reward(ann.id(), Minutes.of(120), "活动 activity", "staff-1"),
                credits.fundPool(Minutes.of(60), "补充 top-up", "manager-1"),
                credits.penalize(ann.id(), Minutes.of(10), "虚报 false report", "manager-1"),
                credits.redeem(ann.id(), shop.id(), Minutes.of(30), "voucher-9"))) {
            assertThat(e.type()).isEqualTo("credit.moved");
            assertThat(t.community.store().event(e.id())).as("the event returned is the one stored").contains(e);
        }
    }

    @Test
    void requestersMayGoBelowZeroOnlyDownToTheFloor() {
        credits.payForService(ann.id(), bo.id(), Minutes.of(300), "r1"); // exactly -5 credits
        assertThat(credits.balance(ann.id())).isEqualTo(Minutes.of(-300));
        refused(ErrorCode.BELOW_FLOOR, () -> credits.payForService(ann.id(), bo.id(), Minutes.of(15), "r2"));
    }

    @Test
    void theMutualAidPoolPaysAnElderlyRequestersShortfall() {
        t.fundPool(600);
        t.earn(elder, 20);
        credits.payForService(elder.id(), bo.id(), Minutes.of(90), "escort");
        assertThat(credits.balance(elder.id())).isEqualTo(Minutes.ZERO);
        assertThat(credits.balance(bo.id())).isEqualTo(Minutes.of(90));
        assertThat(credits.balance(AccountId.POOL)).isEqualTo(Minutes.of(600 - 70));
    }

    @Test
    void theMutualAidPoolAlsoCoversMembersFlaggedForHardship() {
        t.fundPool(600);
        t.community.members().setHardship(ann.id(), true, "staff-1", "低保户 hardship");
        credits.payForService(ann.id(), bo.id(), Minutes.of(60), "shopping");
        assertThat(credits.balance(ann.id())).isEqualTo(Minutes.ZERO);
        assertThat(credits.balance(AccountId.POOL)).isEqualTo(Minutes.of(540));
    }

    @Test
    void anEmptyPoolRefusesTheShortfallInsteadOfMintingCredits() {
        t.fundPool(30);
        refused(ErrorCode.POOL_EXHAUSTED, () -> credits.payForService(elder.id(), bo.id(), Minutes.of(60), "escort"));
    }

    @Test
    void nobodyCanTransferToThemselves() {
        t.earn(ann, 60);
        refused(ErrorCode.SELF_TRANSFER, () -> credits.gift(t.tapCard(ann), ann.id(), Minutes.of(30), null));
        refused(ErrorCode.SELF_TRANSFER, () -> credits.payForService(ann.id(), ann.id(), Minutes.of(30), "x"));
    }

    @Test
    void transfersToOrFromUnknownMembersAreRefused() {
        t.earn(ann, 60);
        refused(ErrorCode.UNKNOWN_MEMBER, () -> credits.gift(t.tapCard(ann), "M0000000000", Minutes.of(30), null));
        refused(ErrorCode.IDENTIFICATION_REQUIRED, () -> credits.gift(null, ann.id(), Minutes.of(30), null));
    }

    @Test
    void giftsNeedCreditsActuallyHeld() {
        t.earn(ann, 60);
        refused(ErrorCode.INSUFFICIENT_CREDITS, () -> credits.gift(t.tapCard(ann), bo.id(), Minutes.of(61), null));
        credits.gift(t.tapCard(ann), bo.id(), Minutes.of(60), "给孙女");
        assertThat(credits.balance(bo.id())).isEqualTo(Minutes.of(60));
    }

    @Test
    void creditsExpireTwoYearsAfterTheyWereEarnedAtTheEndOfTheAnniversaryDay() {
        t.earn(ann, 60); // 2026-03-01 09:00
        ZonedDateTime earned = t.clock.instant().atZone(TestStation.ZONE);
        t.clock.set(earned.plusYears(2).withHour(23).withMinute(59).toInstant());
        assertThat(credits.available(ann.id())).isEqualTo(Minutes.of(60));
        t.clock.set(earned.plusYears(2).plusDays(1).toLocalDate().atStartOfDay(TestStation.ZONE).toInstant());
        assertThat(credits.available(ann.id())).isEqualTo(Minutes.ZERO);
    }

    @Test
    void creditsEarnedOnTheSameDayFormOneLot() {
        t.earn(ann, 60);
        t.clock.advance(Duration.ofHours(3));
        credits.payForService(bo.id(), ann.id(), Minutes.of(45), "r");
        assertThat(credits.lots(ann.id())).extracting(Lot::minutes).containsExactly(105L);
        t.clock.advance(Duration.ofDays(1));
        t.earn(ann, 15);
        assertThat(credits.lots(ann.id())).extracting(Lot::minutes).containsExactly(105L, 15L);
    }

    @Test
    void spendingExpiredCreditsIsRefusedWithTheDateTheyExpired() {
        t.earn(ann, 60);
        t.clock.advance(Duration.ofDays(732)); // the day after the anniversary (2028-03-01)
        long before = eventsNow();
        assertThatThrownBy(() -> credits.gift(t.tapCard(ann), bo.id(), Minutes.of(30), null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CREDITS_EXPIRED);
                    assertThat(e.text().zh()).contains("1小时").contains("有效期到 2028-03-01");
                    assertThat(e.text().en()).contains("1 h").contains("valid until 2028-03-01");
                });
        assertThat(eventsNow()).isEqualTo(before);
    }

    @Test
    void expiredCreditsGoToTheMutualAidPool() {
        t.earn(ann, 90);
        t.clock.advance(Duration.ofDays(365));
        t.earn(ann, 30);
        t.clock.advance(Duration.ofDays(367));
        List<Event> swept = credits.expireDue();
        assertThat(swept).hasSize(1);
        assertThat(credits.balance(ann.id())).isEqualTo(Minutes.of(30));
        assertThat(credits.balance(AccountId.POOL)).isEqualTo(Minutes.of(90));
        assertThat(credits.expireDue()).as("nothing is swept twice").isEmpty();
    }

    @Test
    void creditsAreSpentFirstEarnedFirst() {
        t.earn(ann, 60);
        t.clock.advance(Duration.ofDays(10));
        t.earn(ann, 60);
        t.clock.advance(Duration.ofDays(1));
        credits.payForService(ann.id(), bo.id(), Minutes.of(90), "r");
        List<Lot> left = credits.lots(ann.id());
        assertThat(left).hasSize(1);
        assertThat(left.get(0).minutes()).isEqualTo(30);
        assertThat(left.get(0).earnedAt()).isEqualTo(TestStation.START.plus(Duration.ofDays(10)).toEpochMilli());
    }

    @Test
    void aReminderListsCreditsExpiringWithinOneMonth() {
        t.earn(ann, 60);
        t.clock.advance(Duration.ofDays(200));
        t.earn(ann, 45);
        LocalDate earned = LocalDate.ofInstant(TestStation.START, TestStation.ZONE);
        t.clock.set(earned.plusYears(2).minusMonths(1).minusDays(1).atStartOfDay(TestStation.ZONE).toInstant());
        assertThat(credits.expiringSoon(ann.id())).isEmpty();
        t.clock.set(earned.plusYears(2).minusDays(20).atStartOfDay(TestStation.ZONE).toInstant());
        assertThat(credits.expiringSoon(ann.id())).extracting(Lot::minutes).containsExactly(60L);
        assertThat(credits.expiryReminders()).containsOnlyKeys(AccountId.member(ann.id()));
    }

    @Test
    void aGiftKeepsTheCreditsOriginalExpiryDates() {
        t.earn(ann, 60);
        long firstExpiry = credits.lots(ann.id()).get(0).expiresAt();
        t.clock.advance(Duration.ofDays(300));
        credits.gift(t.tapCard(ann), bo.id(), Minutes.of(60), "代际传承");
        assertThat(credits.lots(bo.id())).extracting(Lot::expiresAt).containsExactly(firstExpiry);
    }

    @Test
    void earningsFirstRepayADebtBelowZero() {
        credits.payForService(ann.id(), bo.id(), Minutes.of(120), "r"); // ann at -120
        credits.payForService(bo.id(), ann.id(), Minutes.of(180), "r"); // ann earns 180
        assertThat(credits.balance(ann.id())).isEqualTo(Minutes.of(60));
        assertThat(credits.lots(ann.id())).extracting(Lot::minutes).containsExactly(60L);
    }

    @Test
    void redemptionMovesCreditsToTheMerchantsSettlementAccount() {
        Member shop = t.register("好邻居超市", 50, Role.MERCHANT);
        t.earn(ann, 120);
        credits.redeem(ann.id(), shop.id(), Minutes.of(60), "voucher-1");
        assertThat(credits.balance(AccountId.settlement(shop.id()))).isEqualTo(Minutes.of(60));
        assertThat(credits.balance(ann.id())).isEqualTo(Minutes.of(60));
    }

    @Test
    void onlyPartnerMerchantsAcceptRedemptions() {
        t.earn(ann, 120);
        refused(ErrorCode.NOT_A_MERCHANT, () -> credits.redeem(ann.id(), bo.id(), Minutes.of(60), "v"));
    }

    @Test
    void aCorrectionIsAReversingEventWithReasonAndOperatorAndHappensOnce() {
        t.earn(ann, 120);
        Event paid = credits.payForService(ann.id(), bo.id(), Minutes.of(60), "r");
        refused(ErrorCode.REASON_REQUIRED, () -> credits.reverse(paid.id(), " ", "staff-1"));
        refused(ErrorCode.OPERATOR_REQUIRED, () -> credits.reverse(paid.id(), "duplicate", null));
        Event reversal = credits.reverse(paid.id(), "duplicate", "staff-1");
        assertThat(reversal.payload()).contains("\"kind\":\"REVERSAL\"").contains("\"ref\":\"" + paid.id() + "\"")
                .contains("\"operator\":\"staff-1\"").contains("\"reason\":\"duplicate\"");
        assertThat(credits.balance(ann.id())).isEqualTo(Minutes.of(120));
        assertThat(credits.balance(bo.id())).isEqualTo(Minutes.ZERO);
        assertThat(t.store.event(paid.id())).contains(paid); // the original stays
        refused(ErrorCode.ALREADY_REVERSED, () -> credits.reverse(paid.id(), "again", "staff-1"));
        refused(ErrorCode.NOT_REVERSIBLE, () -> credits.reverse(reversal.id(), "undo", "staff-1"));
        refused(ErrorCode.UNKNOWN_EVENT, () -> credits.reverse(new EventId("nowhere", 9), "x", "staff-1"));
    }

    @Test
    void registrationsAreNotCreditMovementsAndCannotBeReversed() {
        EventId registration = new EventId(t.community.nodeId(), 1);
        refused(ErrorCode.NOT_REVERSIBLE, () -> credits.reverse(registration, "x", "staff-1"));
    }

    @Test
    void falseReportingCostsDoubleAndMayLeaveADebt() {
        t.earn(ann, 30);
        credits.penalize(ann.id(), Minutes.of(2 * 60), "虚报时长 false report x2", "manager-1");
        assertThat(credits.balance(ann.id())).isEqualTo(Minutes.of(-90));
    }

    @Test
    void allBalancesAlwaysSumToZero() {
        t.fundPool(600);
        t.earn(ann, 200);
        credits.payForService(elder.id(), bo.id(), Minutes.of(90), "r");
        credits.gift(t.tapCard(ann), elder.id(), Minutes.of(60), null);
        t.clock.advance(Duration.ofDays(800));
        credits.expireDue();
        Minutes total = t.community.inspect(s -> s.credits().total());
        assertThat(total).isEqualTo(Minutes.ZERO);
    }

    @Test
    void minutesAreWrittenOutInBothLanguages() {
        assertThat(Minutes.of(150).text(org.timestation.text.Text.ZH)).isEqualTo("2小时30分钟");
        assertThat(Minutes.of(150).text(org.timestation.text.Text.EN)).isEqualTo("2 h 30 min");
        assertThat(Minutes.of(-300).text(org.timestation.text.Text.EN)).isEqualTo("-5 h");
        assertThat(Minutes.of(45).text(org.timestation.text.Text.ZH)).isEqualTo("45分钟");
    }

    @Test
    void textWithABrokenCharacterIsRefusedAndNothingIsStored() {
        t.earn(ann, 60);
        refused(ErrorCode.TEXT_MALFORMED, () -> credits.gift(t.tapCard(ann), bo.id(), Minutes.of(30), "谢谢\uD83D"));
        refused(ErrorCode.TEXT_MALFORMED, () -> credits.reward(bo.id(), Minutes.of(30), "活动\uDE00", "staff-1"));
    }

    @Test
    void onlyAStaffActWithAnOperatorAndAReasonMintsGrantsOrPenalizes() {
        t.earn(ann, 60);
        refused(ErrorCode.OPERATOR_REQUIRED, () -> credits.reward(ann.id(), Minutes.of(60), "活动", " "));
        refused(ErrorCode.REASON_REQUIRED, () -> credits.reward(ann.id(), Minutes.of(60), "", "staff-1"));
        refused(ErrorCode.OPERATOR_REQUIRED, () -> credits.fundPool(Minutes.of(60), "开站", null));
        refused(ErrorCode.REASON_REQUIRED, () -> credits.penalize(ann.id(), Minutes.of(60), null, "staff-1"));
        refused(ErrorCode.OPERATOR_REQUIRED, () -> credits.reverse(EventId.parse("station-test/1"), "纠正", ""));
    }

    @Test
    void aMerchantCannotRedeemTheirOwnCredits() {
        Member shop = t.register("店主", 50, Role.MERCHANT);
        t.earn(shop, 60);
        refused(ErrorCode.SELF_TRANSFER, () -> credits.redeem(shop.id(), shop.id(), Minutes.of(30), "v"));
    }

    @Test
    void spendingFromAnAccountWithExpiredAndValidLotsFirstSweepsTheExpiredToThePool() {
        for (String kind : List.of("gift", "redeem", "fee", "penalty")) {
            try (TestStation s = new TestStation()) {
                Member a = s.register("安", 40);
                Member b = s.register("博", 40, Role.MERCHANT);
                s.earn(a, 60);
                s.clock.advance(Duration.ofDays(400));
                s.earn(a, 90);
                s.clock.advance(Duration.ofDays(400)); // the first 60 expired, the 90 are still good
                Minutes poolBefore = s.community.credits().balance(AccountId.POOL);
                CreditService c = s.community.credits();
                switch (kind) {
                    case "gift" -> c.gift(s.tapCard(a), b.id(), Minutes.of(30), null);
                    case "redeem" -> c.redeem(a.id(), b.id(), Minutes.of(30), "v");
                    case "fee" -> c.payFee(a.id(), Minutes.of(30), "training", "培训");
                    default -> c.penalize(a.id(), Minutes.of(30), "虚报", "staff-1");
                }
                assertThat(c.balance(AccountId.POOL)).as(kind).isEqualTo(poolBefore.plus(Minutes.of(60))
                        .plus(kind.equals("fee") || kind.equals("penalty") ? Minutes.of(30) : Minutes.ZERO));
                assertThat(c.balance(a.id())).as(kind + ": 150 earned, 60 expired, 30 spent").isEqualTo(Minutes.of(60));
                assertThat(c.lots(a.id())).as(kind).extracting(Lot::minutes).containsExactly(60L);
            }
        }
    }

    @Test
    void aPaymentGivesTheVolunteerNewCreditsNotThePayersOldExpiryDates() {
        t.earn(ann, 120);
        long annExpiry = credits.lots(ann.id()).get(0).expiresAt();
        t.clock.advance(Duration.ofDays(300));
        credits.payForService(ann.id(), bo.id(), Minutes.of(60), "r");
        assertThat(credits.lots(bo.id())).singleElement().satisfies(l -> {
            assertThat(l.expiresAt()).isGreaterThan(annExpiry);
            assertThat(l.earnedAt()).isEqualTo(t.clock.millis());
        });
        credits.redeem(ann.id(), t.register("店", 50, Role.MERCHANT).id(), Minutes.of(30), "v");
        credits.penalize(ann.id(), Minutes.of(10), "虚报", "staff-1");
        assertThat(credits.lots(ann.id())).extracting(Lot::minutes).containsExactly(20L);
    }

    @Test
    void expiryTakesFromEachMemberTheirOwnExpiredAmount() {
        t.earn(ann, 90);
        t.earn(bo, 30);
        t.earn(elder, 45);
        t.clock.advance(Duration.ofDays(800));
        List<Event> swept = credits.expireDue();
        assertThat(swept).hasSize(3);
        assertThat(credits.balance(ann.id())).isEqualTo(Minutes.ZERO);
        assertThat(credits.balance(bo.id())).isEqualTo(Minutes.ZERO);
        assertThat(credits.balance(elder.id())).isEqualTo(Minutes.ZERO);
        java.util.Map<String, Long> taken = new java.util.TreeMap<>();
        for (Event e : swept) {
            Leg l = ((CreditEvent.Moved) CreditEvent.of(e)).legs().get(0);
            taken.put(l.from().memberId(), l.minutes().value());
        }
        assertThat(taken).containsEntry(ann.id(), 90L).containsEntry(bo.id(), 30L).containsEntry(elder.id(), 45L);
    }

    @Test
    void thePoolCoversSomeoneFromTheirSixtyFifthBirthdayNotTheDayBefore() {
        LocalDate today = LocalDate.ofInstant(t.clock.instant(), TestStation.ZONE);
        LocalDate turning = today.minusYears(65);
        Member today65 = t.community.members().register(new org.timestation.member.Registration("今天六十五", org.timestation.member.Gender.FEMALE,
                turning, "幸福里", TestStation.idNumber(turning, 901), "13812345679", java.util.Set.of(Role.MEMBER)));
        Member tomorrow65 = t.community.members().register(new org.timestation.member.Registration("明天六十五", org.timestation.member.Gender.FEMALE,
                turning.plusDays(1), "幸福里", TestStation.idNumber(turning.plusDays(1), 902), "13812345679", java.util.Set.of(Role.MEMBER)));
        t.fundPool(600);
        credits.payForService(today65.id(), bo.id(), Minutes.of(60), "r");
        assertThat(credits.balance(today65.id())).as("covered by the pool").isEqualTo(Minutes.ZERO);
        credits.payForService(tomorrow65.id(), bo.id(), Minutes.of(60), "r");
        assertThat(credits.balance(tomorrow65.id())).as("not yet: pays below zero").isEqualTo(Minutes.of(-60));
    }
}
