package org.timestation.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.timestation.community.TestStation;
import org.timestation.credit.Minutes;
import org.timestation.exchange.ExchangeService;
import org.timestation.exchange.PostRequest;
import org.timestation.exchange.Request;
import org.timestation.catalogue.ServiceType;
import org.timestation.funds.FundsKind;
import org.timestation.merchant.Licence;
import org.timestation.merchant.MerchantService;
import org.timestation.member.Member;
import org.timestation.member.Role;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;
import org.timestation.text.Text;

class TrustRulesTest {
    TestStation t = new TestStation();
    TrustService trust = t.community.trust();
    Member elder = t.register("老甲", 80);
    Member helper = t.register("乙", 30, Role.VOLUNTEER);
    Member shop = t.register("丙", 45);

    @AfterEach
    void tearDown() {
        t.close();
    }

    void refused(ErrorCode code, Runnable r) {
        t.refused(code, r);
    }

    Request helped(int stars) {
        t.community.places().addBuilding("B" + t.store.eventCount(), "楼", 31_230_000, 121_470_000, "staff-1");
        String b = "B" + (t.store.eventCount() - 1);
        t.community.places().setHome(helper.id(), b, "staff-1");
        t.community.volunteers().setProfile(helper.id(), EnumSet.allOf(ServiceType.class), true, true, true, false, "staff-1", "ok");
        ExchangeService ex = t.community.exchanges();
        Request r = ex.post(PostRequest.of(elder.id(), ServiceType.COMPANY, t.clock.instant().plus(Duration.ofHours(1)), b));
        ex.accept(r.id(), helper.id());
        ex.start(r.id(), helper.id());
        t.clock.advance(Duration.ofMinutes(60));
        ex.end(r.id(), helper.id());
        if (stars > 0) {
            ex.confirm(r.id(), t.tapCard(elder), Minutes.of(60));
            ex.rate(r.id(), elder.id(), stars, null);
        }
        return r;
    }

    @Test
    void keptPromisesConfirmingOnTimeAndGoodRatingsRaiseTheScoreEachWithItsReason() {
        t.earn(elder, 120);
        Request r = helped(5);
        assertThat(trust.score(Party.member(helper.id()))).isEqualTo(100 + 2 + 1);
        assertThat(trust.score(Party.member(elder.id()))).isEqualTo(101);
        assertThat(trust.history(Party.member(helper.id()))).extracting(TrustChange::reason, TrustChange::ref)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TrustReason.KEPT_PROMISE, r.id()),
                        org.assertj.core.groups.Tuple.tuple(TrustReason.GOOD_RATING, r.id()));
        helped(3); // three stars: no change for the rating
        assertThat(trust.score(Party.member(helper.id()))).isEqualTo(105);
    }

    @Test
    void theScoresAsOfAMomentLeaveOutLaterChangesAndWhoWasNotYetScored() {
        t.earn(elder, 120);
        helped(5);
        long between = t.clock.millis() + 1;
        t.clock.advance(Duration.ofDays(1));
        helped(5);
        java.util.Map<Party, Long> then = new java.util.HashMap<>();
        trust.scoresAsOf(between).forEach(e -> then.put(e.getKey(), e.getValue()));
        assertThat(then.get(Party.member(helper.id()))).isEqualTo(103);
        assertThat(trust.score(Party.member(helper.id()))).isEqualTo(106);
        assertThat(trust.scoresAsOf(0)).as("nobody scored before anything happened").isEmpty();
        assertThat(trust.scoresAsOf(Long.MAX_VALUE)).isEqualTo(trust.scores());
    }

    @Test
    void lettingTheConfirmationWindowRunOutLowersTheRequestersScore() {
        t.earn(elder, 120);
        helped(0);
        t.clock.advance(Duration.ofHours(25));
        t.community.scheduler().runDue();
        assertThat(trust.history(Party.member(elder.id()))).extracting(TrustChange::reason).containsExactly(TrustReason.LATE_CONFIRM);
        assertThat(trust.score(Party.member(elder.id()))).isEqualTo(98);
    }

    @Test
    void aModerateIncidentFreezesRedemptionForAWeekDeductsDoubleAndStaysOnRecordThreeMonths() {
        t.earn(elder, 600);
        t.earn(helper, 300);
        onboard();
        Incident i = trust.incident(Party.member(helper.id()), IncidentLevel.MODERATE, "虚报时长一小时", "staff-1", Minutes.of(60));
        assertThat(t.community.credits().balance(helper.id())).isEqualTo(Minutes.of(300 - 120));
        assertThat(trust.score(Party.member(helper.id()))).isEqualTo(85);
        refused(ErrorCode.MEMBER_FROZEN, () -> t.community.merchants().issueVoucher(t.tapCard(helper), shop.id(), Minutes.of(30)));
        refused(ErrorCode.MEMBER_FROZEN, () -> t.community.credits().redeem(helper.id(), shop.id(), Minutes.of(30), "direct"));
        t.community.credits().gift(t.tapCard(helper), elder.id(), Minutes.of(10), "still allowed"); // a freeze is on redeeming only
        assertThat(trust.record(Party.member(helper.id()))).containsExactly(i);
        t.clock.advance(Duration.ofDays(7).plusMinutes(1));
        t.community.merchants().issueVoucher(t.tapCard(helper), shop.id(), Minutes.of(30));
        t.clock.advance(Duration.ofDays(90));
        assertThat(trust.record(Party.member(helper.id()))).isEmpty();
        assertThat(trust.history(Party.member(helper.id()))).extracting(TrustChange::reason).contains(TrustReason.INCIDENT_MODERATE);
    }

    @Test
    void aMinorIncidentIsAReminderOnlyAndASevereOneRemovesTheMember() {
        t.earn(elder, 600);
        onboard();
        trust.incident(Party.member(elder.id()), IncidentLevel.MINOR, "忘了确认", "staff-1", null);
        assertThat(trust.score(Party.member(elder.id()))).isEqualTo(100);
        t.community.merchants().issueVoucher(t.tapCard(elder), shop.id(), Minutes.of(30));
        trust.incident(Party.member(helper.id()), IncidentLevel.SEVERE, "恶意刷单", "staff-1", null);
        refused(ErrorCode.MEMBER_REMOVED, () -> t.community.exchanges().post(PostRequest.of(helper.id(), ServiceType.COMPANY,
                t.clock.instant().plus(Duration.ofHours(1)), "B1")));
        refused(ErrorCode.MEMBER_REMOVED, () -> t.community.credits().gift(t.tapCard(helper), elder.id(), Minutes.of(1), "x"));
        t.clock.advance(Duration.ofDays(400));
        refused(ErrorCode.MEMBER_REMOVED, () -> t.community.credits().redeem(helper.id(), shop.id(), Minutes.of(1), "x"));
        refused(ErrorCode.UNKNOWN_MEMBER, () -> trust.incident(Party.member("M404"), IncidentLevel.MINOR, "x", "staff-1", null));
        refused(ErrorCode.OPERATOR_REQUIRED, () -> trust.incident(Party.member(elder.id()), IncidentLevel.MINOR, "x", " ", null));
    }

    @Test
    void aModerateMerchantIncidentPausesItThreeDaysAndTakes200YuanOfTheDepositASevereOneAllOfIt() {
        t.earn(elder, 600);
        onboard();
        trust.incident(Party.merchant(shop.id()), IncidentLevel.MODERATE, "会员价超 5%", "staff-1", null);
        assertThat(t.community.funds().depositFen(shop.id())).isEqualTo(100_000 - 20_000);
        assertThat(t.community.funds().cashFen()).isEqualTo(100_000); // the money stays; it is no longer owed back
        refused(ErrorCode.MERCHANT_PAUSED, () -> t.community.merchants().issueVoucher(t.tapCard(elder), shop.id(), Minutes.of(30)));
        assertThat(trust.score(Party.merchant(shop.id()))).isEqualTo(85);
        assertThat(trust.score(Party.member(shop.id()))).isEqualTo(100); // the proprietor as a resident is scored apart
        t.clock.advance(Duration.ofDays(3).plusMinutes(1));
        String code = t.community.merchants().issueVoucher(t.tapCard(elder), shop.id(), Minutes.of(30)).code();
        trust.incident(Party.merchant(shop.id()), IncidentLevel.SEVERE, "卖过期商品", "staff-1", null);
        assertThat(t.community.funds().depositFen(shop.id())).isZero();
        assertThat(t.community.funds().weekly(LocalDate.ofInstant(t.clock.instant(), TestStation.ZONE)).entries())
                .extracting(f -> f.kind()).contains(FundsKind.DEPOSIT_FORFEITED);
        refused(ErrorCode.MERCHANT_REMOVED, () -> t.community.merchants().redeem(code, shop.id()));
    }

    @Test
    void aResolvedIncidentEndsItsSuspensionOrRemovalAndStaysInTheRecordWithWhoResolvedItAndWhy() {
        t.earn(elder, 600);
        onboard();
        Incident frozen = trust.incident(Party.member(elder.id()), IncidentLevel.MODERATE, "虚报时长", "staff-1", null);
        refused(ErrorCode.MEMBER_FROZEN, () -> t.community.merchants().issueVoucher(t.tapCard(elder), shop.id(), Minutes.of(30)));
        refused(ErrorCode.REASON_REQUIRED, () -> trust.resolve(frozen.id(), "staff-1", " "));
        refused(ErrorCode.UNKNOWN_INCIDENT, () -> trust.resolve("nope", "staff-1", "申诉成立"));
        Incident done = trust.resolve(frozen.id(), "manager-1", "申诉成立：计时记录无误");
        assertThat(done.resolved()).isTrue();
        assertThat(done.resolvedBy()).isEqualTo("manager-1");
        assertThat(done.resolution()).isEqualTo("申诉成立：计时记录无误");
        assertThat(done.operator()).as("who recorded it is kept").isEqualTo("staff-1");
        assertThat(trust.record(Party.member(elder.id()))).singleElement().satisfies(i -> assertThat(i.resolved()).isTrue());
        t.community.merchants().issueVoucher(t.tapCard(elder), shop.id(), Minutes.of(30));
        refused(ErrorCode.INCIDENT_RESOLVED, () -> trust.resolve(frozen.id(), "manager-1", "again"));

        Incident removed = trust.incident(Party.member(helper.id()), IncidentLevel.SEVERE, "恶意刷单", "staff-1", null);
        refused(ErrorCode.MEMBER_REMOVED, () -> t.community.exchanges().post(PostRequest.of(helper.id(), ServiceType.COMPANY,
                t.clock.instant().plus(Duration.ofHours(1)), "B1")));
        trust.resolve(removed.id(), "manager-1", "查明是误会");
        trust.requireNotRemoved(helper.id());
        trust.requireMayRedeem(helper.id());
        assertThat(trust.board(10)).contains(Party.member(helper.id()));
        // the projection rebuilt from the ledger agrees
        t.community.rebuild();
        assertThat(trust.record(Party.member(helper.id()))).singleElement().satisfies(i -> assertThat(i.resolvedBy()).isEqualTo("manager-1"));
    }

    @Test
    void theTrustBoardListsTheBestScoredMembersInGoodStanding() {
        t.earn(elder, 600);
        helped(5);
        Member third = t.register("丁", 40);
        trust.incident(Party.member(third.id()), IncidentLevel.SEVERE, "造谣", "staff-1", null);
        assertThat(trust.board(10)).containsExactly(Party.member(helper.id()), Party.member(elder.id()));
        assertThat(trust.board(1)).containsExactly(Party.member(helper.id()));
    }

    @Test
    void everyReasonAndFundsKindHasATextInBothLanguages() {
        for (TrustReason r : TrustReason.values()) {
            assertThat(Text.CORE.get(Text.ZH, r.key())).containsPattern("\\p{IsHan}");
            assertThat(Text.CORE.get(Text.EN, r.key())).isNotBlank().doesNotContainPattern("\\p{IsHan}");
        }
        for (FundsKind k : FundsKind.values()) {
            assertThat(Text.CORE.get(Text.ZH, k.key())).containsPattern("\\p{IsHan}");
            assertThat(Text.CORE.get(Text.EN, k.key())).isNotBlank();
        }
    }

    void onboard() {
        String first17 = "91310115MA1H7AB3C";
        t.community.merchants().onboard(shop.id(), new MerchantService.Terms("幸福超市", first17 + Licence.checkChar(first17), 100_000,
                "receipts/deposit.jpg", 500, 120, 600, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), 30), "staff-1");

    }
}
