package org.timestation.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.timestation.community.TestStation;
import org.timestation.credit.AccountId;
import org.timestation.credit.Minutes;
import org.timestation.credit.Movement;
import org.timestation.credit.MovementKind;
import org.timestation.member.Member;
import org.timestation.member.Role;
import org.timestation.proxy.ProxyAct;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

class MerchantRulesTest {
    static final String FIRST17 = "91310115MA1H7AB3C";
    static final String LICENCE = FIRST17 + Licence.checkChar(FIRST17);

    TestStation t = new TestStation();
    MerchantService ms = t.community.merchants();
    Member elder;
    Member shop;
    Member captain;

    static MerchantService.Terms terms(String licence) {
        return new MerchantService.Terms("幸福超市", licence, 100_000, "receipts/deposit-001.jpg", 500, 120, 300,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 30);
    }

    @BeforeEach
    void setUp() {
        elder = t.register("王秀英", 80);
        shop = t.register("李老板", 45);
        captain = t.register("楼长", 50, Role.CAPTAIN);
        t.earn(elder, 600);
        ms.onboard(shop.id(), terms(LICENCE), "staff-1");
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    void refused(ErrorCode code, Runnable r) {
        t.refused(code, r);
    }

    static void refusedAt(TestStation s, ErrorCode code, Runnable r) {
        long before = s.store.eventCount();
        assertThatThrownBy(r::run).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
        assertThat(s.store.eventCount()).isEqualTo(before);
    }

    @Test
    void onboardingRecordsTheAgreementTheDepositInTheFundsLedgerAndTheMerchantRole() {
        assertThat(ms.merchant(shop.id()).orElseThrow().fenPerCredit()).isEqualTo(500);
        assertThat(t.community.members().byId(shop.id()).orElseThrow().has(Role.MERCHANT)).isTrue();
        assertThat(t.community.funds().depositFen(shop.id())).isEqualTo(100_000);
        assertThat(t.community.funds().cashFen()).isEqualTo(100_000);
        refused(ErrorCode.ALREADY_ONBOARDED, () -> ms.onboard(shop.id(), terms(LICENCE), "staff-1"));
        Member other = t.register("张老板", 40);
        char wrong = LICENCE.charAt(17) == '0' ? '1' : '0';
        refused(ErrorCode.INVALID_LICENCE, () -> ms.onboard(other.id(), terms(FIRST17 + wrong), "staff-1"));
        refused(ErrorCode.INVALID_LICENCE, () -> ms.onboard(other.id(), terms("12345"), "staff-1"));
        refused(ErrorCode.ALREADY_ONBOARDED, () -> ms.onboard(other.id(), terms(LICENCE), "staff-1"));
        MerchantService.Terms t2 = terms("91310115MA1H7AB3D".substring(0, 17) + Licence.checkChar("91310115MA1H7AB3D"));
        refused(ErrorCode.INVALID_TERMS, () -> ms.onboard(other.id(), new MerchantService.Terms("店", t2.licence(), 0, null, 500, 120, 60,
                t2.validFrom(), t2.validTo(), 30), "staff-1"));
        refused(ErrorCode.UNKNOWN_MEMBER, () -> ms.onboard("M404", t2, "staff-1"));
    }

    @Test
    void aPriceCheckIsFairUpToCostPlusFivePercentAndAHighPriceIsAnIncidentInTheSameCommit() {
        org.timestation.trust.Party party = org.timestation.trust.Party.merchant(shop.id());
        // ¥5.00 cost: ¥5.25 is the most a member price may be
        assertThat(PriceCheck.Verdict.of(500, 525, 525)).isEqualTo(PriceCheck.Verdict.FAIR);
        assertThat(PriceCheck.Verdict.of(500, 525, 500)).isEqualTo(PriceCheck.Verdict.FAIR);
        assertThat(PriceCheck.Verdict.of(500, 520, 525)).as("over the posted price, within the limit").isEqualTo(PriceCheck.Verdict.SLIGHTLY_HIGH);
        assertThat(PriceCheck.Verdict.of(500, 526, 500)).as("the posted list itself over the limit").isEqualTo(PriceCheck.Verdict.SLIGHTLY_HIGH);
        assertThat(PriceCheck.Verdict.of(500, 525, 526)).isEqualTo(PriceCheck.Verdict.OVER_LIMIT);

        long before = t.store.eventCount();
        PriceCheck fair = ms.checkPrice(shop.id(), " 鸡蛋（每斤） ", 500, 525, 525, "staff-1");
        assertThat(fair.verdict()).isEqualTo(PriceCheck.Verdict.FAIR);
        assertThat(fair.item()).isEqualTo("鸡蛋（每斤）");
        assertThat(t.store.eventCount()).as("a fair check is one event, no incident").isEqualTo(before + 1);
        assertThat(t.community.trust().record(party)).isEmpty();

        ms.checkPrice(shop.id(), "面条", 400, 410, 415, "staff-1");
        assertThat(t.community.trust().record(party)).singleElement()
                .satisfies(i -> assertThat(i.level()).isEqualTo(org.timestation.trust.IncidentLevel.MINOR));
        assertThat(t.community.funds().depositFen(shop.id())).as("a reminder keeps the deposit whole").isEqualTo(100_000);

        ms.checkPrice(shop.id(), "大米", 300, 315, 340, "staff-1");
        assertThat(t.community.trust().record(party)).extracting(org.timestation.trust.Incident::level)
                .containsExactlyInAnyOrder(org.timestation.trust.IncidentLevel.MINOR, org.timestation.trust.IncidentLevel.MODERATE);
        assertThat(t.community.funds().depositFen(shop.id())).as("¥200 of the deposit").isEqualTo(80_000);
        assertThatThrownBy(() -> t.community.trust().requireMerchantOpen(shop.id())).as("paused for three days")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MERCHANT_PAUSED));
    }

    @Test
    void aPriceCheckWithoutAnItemAPriceOrAMerchantIsRefusedAndWritesNothing() {
        refused(ErrorCode.INVALID_PRICE_CHECK, () -> ms.checkPrice(shop.id(), " ", 500, 525, 525, "staff-1"));
        refused(ErrorCode.INVALID_PRICE_CHECK, () -> ms.checkPrice(shop.id(), "鸡蛋", 0, 525, 525, "staff-1"));
        refused(ErrorCode.INVALID_PRICE_CHECK, () -> ms.checkPrice(shop.id(), "鸡蛋", 500, -1, 525, "staff-1"));
        refused(ErrorCode.INVALID_PRICE_CHECK, () -> ms.checkPrice(shop.id(), "鸡蛋", 500, 525, MerchantService.MAX_PRICE_FEN + 1, "staff-1"));
        refused(ErrorCode.INVALID_PRICE_CHECK, () -> ms.checkPrice(shop.id(), "一".repeat(41), 500, 525, 525, "staff-1"));
        refused(ErrorCode.NOT_A_MERCHANT, () -> ms.checkPrice(elder.id(), "鸡蛋", 500, 525, 525, "staff-1"));
    }

    @Test
    void aVoucherMovesTheCreditsToTheMerchantAndItsCodeIsACompactSignedQrText() {
        IssuedVoucher v = ms.issueVoucher(t.tapCard(elder), shop.id(), Minutes.of(60));
        assertThat(t.community.credits().balance(elder.id())).isEqualTo(Minutes.of(540));
        assertThat(t.community.credits().balance(AccountId.settlement(shop.id()))).isEqualTo(Minutes.of(60));
        assertThat(v.voucher().fen()).isEqualTo(500);
        assertThat(v.voucher().lastDay()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(v.code()).startsWith("TS1.").matches("[0-9A-Z $%*+\\-./:]+").hasSizeLessThan(200);
        Movement m = t.community.credits().statement(elder.id(), 1).get(0);
        assertThat(m.kind()).isEqualTo(MovementKind.REDEMPTION);
        assertThat(m.minutes()).isEqualTo(-60);
        assertThat(m.proxyId()).isNull();
        refused(ErrorCode.INSUFFICIENT_CREDITS, () -> ms.issueVoucher(t.tapCard(captain), shop.id(), Minutes.of(30)));
        refused(ErrorCode.NOT_A_MERCHANT, () -> ms.issueVoucher(t.tapCard(elder), captain.id(), Minutes.of(30)));
        refused(ErrorCode.AMOUNT_NOT_POSITIVE, () -> ms.issueVoucher(t.tapCard(elder), shop.id(), Minutes.of(0)));
    }

    @Test
    void theMerchantsPerVisitAndMonthlyCapsAreKept() {
        refused(ErrorCode.OVER_VISIT_CAP, () -> ms.issueVoucher(t.tapCard(elder), shop.id(), Minutes.of(121)));
        ms.issueVoucher(t.tapCard(elder), shop.id(), Minutes.of(120));
        ms.issueVoucher(t.tapCard(elder), shop.id(), Minutes.of(120));
        refused(ErrorCode.OVER_MONTHLY_CAP, () -> ms.issueVoucher(t.tapCard(elder), shop.id(), Minutes.of(61)));
        ms.issueVoucher(t.tapCard(elder), shop.id(), Minutes.of(60));
        t.clock.set(LocalDate.of(2026, 4, 1).atTime(9, 0).atZone(TestStation.ZONE).toInstant());
        t.earn(elder, 60);
        ms.issueVoucher(t.tapCard(elder), shop.id(), Minutes.of(60)); // a new month
        t.clock.set(LocalDate.of(2027, 1, 1).atTime(9, 0).atZone(TestStation.ZONE).toInstant());
        refused(ErrorCode.MERCHANT_AGREEMENT_ENDED, () -> ms.issueVoucher(t.tapCard(elder), shop.id(), Minutes.of(10)));
    }

    @Test
    void aMerchantTerminalVerifiesAVoucherOfflineAndRedeemsItOnce() {
        try (TestStation terminal = new TestStation("merchant-a", t.clock)) {
            terminal.pullFrom(t); // knows the station's key and members from earlier
            IssuedVoucher v = ms.issueVoucher(t.tapCard(elder), shop.id(), Minutes.of(90)); // issued after: the terminal is offline
            MerchantService tm = terminal.community.merchants();
            VoucherCheck c = tm.check(v.code(), shop.id());
            assertThat(c.memberMasked()).isEqualTo("王*英");
            assertThat(c.minutes()).isEqualTo(90);
            assertThat(c.fen()).isEqualTo(750);
            assertThat(tm.redeem(v.code(), shop.id()).voucherId()).isEqualTo(v.voucher().id());
            refusedAt(terminal, ErrorCode.VOUCHER_USED, () -> tm.redeem(v.code(), shop.id()));
            t.pullFrom(terminal);
            assertThat(ms.voucher(v.voucher().id()).orElseThrow().redeemed()).isTrue();
            refused(ErrorCode.VOUCHER_USED, () -> ms.redeem(v.code(), shop.id()));
        }
    }

    @Test
    void aTamperedForeignExpiredOrWrongMerchantVoucherIsRefusedWithTheReason() {
        Member other = t.register("张老板", 40);
        ms.onboard(other.id(), new MerchantService.Terms("张记面馆", "91310115MA1H7AB3D".substring(0, 17) + Licence.checkChar("91310115MA1H7AB3D"),
                0, null, 400, 120, 600, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 30), "staff-1");
        IssuedVoucher v = ms.issueVoucher(t.tapCard(elder), shop.id(), Minutes.of(60));
        VoucherCode code = VoucherCode.parse(v.code());
        String richer = new VoucherCode(code.nodeId(), code.seq(), code.merchantId(), code.memberId(), 600, 5000, code.lastDay(), code.signature()).encode();
        refused(ErrorCode.VOUCHER_TAMPERED, () -> ms.redeem(richer, shop.id()));
        refused(ErrorCode.VOUCHER_MALFORMED, () -> ms.redeem("https://example.com/x", shop.id()));
        refused(ErrorCode.VOUCHER_MALFORMED, () -> ms.redeem(v.code().substring(0, v.code().length() - 5), shop.id()));
        refused(ErrorCode.VOUCHER_WRONG_MERCHANT, () -> ms.redeem(v.code(), other.id()));
        try (TestStation stranger = new TestStation("merchant-x", t.clock)) {
            refusedAt(stranger, ErrorCode.VOUCHER_UNKNOWN_ISSUER, () -> stranger.community.merchants().check(v.code(), shop.id()));
        }
        t.clock.advance(Duration.ofDays(30));
        refused(ErrorCode.VOUCHER_EXPIRED, () -> ms.redeem(v.code(), shop.id()));
    }

    @Test
    void aVoucherRedeemedOnTwoOfflineTerminalsIsFlaggedWhenTheirFeedsMeetAndSettledOnce() {
        IssuedVoucher v = ms.issueVoucher(t.tapCard(elder), shop.id(), Minutes.of(60));
        try (TestStation a = new TestStation("merchant-a", t.clock); TestStation b = new TestStation("merchant-b", t.clock)) {
            a.pullFrom(t);
            b.pullFrom(t);
            a.community.merchants().redeem(v.code(), shop.id());
            t.clock.advance(Duration.ofMinutes(5));
            b.community.merchants().redeem(v.code(), shop.id()); // b has not heard of a's redemption
            t.pullFrom(a);
            t.pullFrom(b);
            assertThat(ms.flaggedVouchers()).extracting(Voucher::id).containsExactly(v.voucher().id());
            SettlementStatement day = ms.dailySettlement(shop.id(), LocalDate.of(2026, 3, 1));
            assertThat(day.lines()).hasSize(1);
            assertThat(day.totalMinutes()).isEqualTo(60);
            assertThat(day.totalFen()).isEqualTo(500);
            assertThat(day.flagged()).containsExactly(v.voucher().id());
            assertThat(t.community.credits().balance(AccountId.settlement(shop.id()))).isEqualTo(Minutes.of(60)); // paid once
        }
    }

    @Test
    void anUnusedVoucherIsRefundedAfterItsLastDayAndALateOfflineRedemptionIsFlagged() {
        IssuedVoucher v = ms.issueVoucher(t.tapCard(elder), shop.id(), Minutes.of(60));
        IssuedVoucher used = ms.issueVoucher(t.tapCard(elder), shop.id(), Minutes.of(30));
        try (TestStation a = new TestStation("merchant-a", t.clock)) {
            a.pullFrom(t);
            a.community.merchants().redeem(v.code(), shop.id()); // offline: the station will not hear of it for a while
            ms.redeem(used.code(), shop.id());
            t.clock.advance(Duration.ofDays(31));
            assertThat(t.community.scheduler().runDue().refundedVouchers()).extracting(Voucher::id).containsExactly(v.voucher().id());
            assertThat(t.community.credits().balance(elder.id())).isEqualTo(Minutes.of(570));
            assertThat(t.community.scheduler().runDue().refundedVouchers()).isEmpty();
            t.pullFrom(a);
            assertThat(ms.flaggedVouchers()).extracting(Voucher::id).containsExactly(v.voucher().id());
        }
    }

    @Test
    void aCaptainRedeemsForAnElderOnlyWithTheElderIdentifiedAndItIsFlaggedOnTheStatementAndReport() {
        refused(ErrorCode.ELDER_NOT_IDENTIFIED, () -> ms.issueVoucherOnBehalf(captain.id(), null, shop.id(), Minutes.of(30)));
        refused(ErrorCode.NOT_A_CAPTAIN, () -> ms.issueVoucherOnBehalf(shop.id(), t.tapCard(elder), shop.id(), Minutes.of(30)));
        t.community.members().setPin(elder.id(), "246810");
        IssuedVoucher v = ms.issueVoucherOnBehalf(captain.id(), t.community.members().identifyByPin(elder.id(), "246810"), shop.id(),
                Minutes.of(30));
        assertThat(v.voucher().proxyId()).isEqualTo(captain.id());
        assertThat(v.voucher().memberId()).isEqualTo(elder.id());
        Movement m = t.community.credits().statement(elder.id(), 1).get(0);
        assertThat(m.proxyId()).isEqualTo(captain.id());
        assertThat(t.community.proxies().monthlyReport(YearMonth.of(2026, 3))).singleElement()
                .satisfies(a -> {
                    assertThat(a.kind()).isEqualTo(ProxyAct.Kind.REDEEM);
                    assertThat(a.ref()).isEqualTo(v.voucher().id());
                    assertThat(a.identifiedBy()).isEqualTo(org.timestation.member.Identified.Method.PIN);
                });
        assertThat(t.community.proxies().monthlyReport(YearMonth.of(2026, 4))).isEmpty();
    }

    @Test
    void pinsAreSixDigitsNotTrivialAndLockAfterFiveWrongTries() {
        refused(ErrorCode.WEAK_PIN, () -> t.community.members().setPin(elder.id(), "123456"));
        refused(ErrorCode.WEAK_PIN, () -> t.community.members().setPin(elder.id(), "111111"));
        refused(ErrorCode.WEAK_PIN, () -> t.community.members().setPin(elder.id(), "12a456"));
        refused(ErrorCode.NO_PIN, () -> t.community.members().identifyByPin(elder.id(), "246810"));
        t.community.members().setPin(elder.id(), "246810");
        assertThat(t.store.feed(t.community.nodeId(), t.store.head(t.community.nodeId()).seq() - 1, 1).get(0).payload()).doesNotContain("246810");
        for (int i = 0; i < 4; i++) {
            refused(ErrorCode.WRONG_PIN, () -> t.community.members().identifyByPin(elder.id(), "135790"));
        }
        refused(ErrorCode.PIN_LOCKED, () -> t.community.members().identifyByPin(elder.id(), "135790")); // the fifth wrong PIN locks it
        refused(ErrorCode.PIN_LOCKED, () -> t.community.members().identifyByPin(elder.id(), "246810"));
    }
}
