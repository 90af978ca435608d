package org.timestation.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.timestation.community.TestStation;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

class FundsRulesTest {
    TestStation t = new TestStation(); // Sunday 2026-03-01, 09:00
    FundsService funds = t.community.funds();

    @AfterEach
    void tearDown() {
        t.close();
    }

    void refused(ErrorCode code, Runnable r) {
        t.refused(code, r);
    }

    @Test
    void moneyGoingOutNeedsThreeDifferentApproversAVoucherPictureAndMoneyHeld() {
        funds.record(FundsKind.MEMBERSHIP_FEE, 12_000, "会员年费 20 户", "vouchers/fee-0301.jpg", List.of("staff-1"), "staff-1", null);
        refused(ErrorCode.NOT_ENOUGH_APPROVERS, () -> funds.record(FundsKind.EXPENSE, 5_000, "活动物料", "vouchers/e1.jpg",
                List.of("staff-1", "staff-2", "staff-1"), "staff-1", null));
        refused(ErrorCode.VOUCHER_IMAGE_REQUIRED, () -> funds.record(FundsKind.EXPENSE, 5_000, "活动物料", " ",
                List.of("staff-1", "staff-2", "captain-3"), "staff-1", null));
        refused(ErrorCode.FUNDS_INSUFFICIENT, () -> funds.record(FundsKind.EXPENSE, 12_001, "活动物料", "vouchers/e1.jpg",
                List.of("staff-1", "staff-2", "captain-3"), "staff-1", null));
        refused(ErrorCode.INVALID_FUNDS_ENTRY, () -> funds.record(FundsKind.DONATION, 0, "捐赠", "vouchers/d.jpg", List.of("staff-1"), "staff-1", null));
        refused(ErrorCode.INVALID_FUNDS_ENTRY, () -> funds.record(FundsKind.MERCHANT_DEPOSIT, 100, "保证金", "vouchers/d.jpg", List.of("staff-1"),
                "staff-1", null));
        refused(ErrorCode.OPERATOR_REQUIRED, () -> funds.record(FundsKind.DONATION, 100, "捐赠", "vouchers/d.jpg", List.of("x"), "", null));
        FundsEntry e = funds.record(FundsKind.EXPENSE, 5_000, "活动物料", "vouchers/e1.jpg", List.of("staff-1", "staff-2", "captain-3"),
                "staff-1", null);
        assertThat(e.approvers()).containsExactly("staff-1", "staff-2", "captain-3");
        assertThat(funds.cashFen()).isEqualTo(7_000);
        refused(ErrorCode.FUNDS_INSUFFICIENT, () -> funds.record(FundsKind.DEPOSIT_REFUND, 100, "退保证金", "vouchers/r.jpg",
                List.of("a", "b", "c"), "staff-1", "M1"));
    }

    @Test
    void theWeeklyStatementRunsMondayToSundayWithOpeningAndClosingBalances() {
        funds.record(FundsKind.DONATION, 10_000, "街道捐赠", "vouchers/d1.jpg", List.of("staff-1"), "staff-1", null); // Sun 1 Mar: last week
        t.clock.advance(Duration.ofDays(1)); // Monday 2 March
        funds.record(FundsKind.MEMBERSHIP_FEE, 3_000, "年费", "vouchers/f1.jpg", List.of("staff-1"), "staff-1", null);
        funds.record(FundsKind.MERCHANT_DEPOSIT, 50_000, "保证金", "vouchers/m1.jpg", List.of("staff-1"), "staff-1", "M-SHOP");
        t.clock.advance(Duration.ofDays(6)); // Sunday 8 March
        funds.record(FundsKind.EXPENSE, 2_500, "茶话会水果", "vouchers/e1.jpg", List.of("a", "b", "c"), "staff-1", null);
        funds.record(FundsKind.MERCHANT_PENALTY, 20_000, "商家违约", null, List.of("staff-1"), "staff-1", "M-SHOP");
        t.clock.advance(Duration.ofDays(1)); // Monday 9 March: next week
        funds.record(FundsKind.DONATION, 1_000, "捐赠", "vouchers/d2.jpg", List.of("staff-1"), "staff-1", null);
        WeeklyStatement w = funds.weekly(LocalDate.of(2026, 3, 4));
        assertThat(w.monday()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(w.openingFen()).isEqualTo(10_000);
        assertThat(w.inFen()).isEqualTo(53_000);
        assertThat(w.outFen()).isEqualTo(2_500);
        assertThat(w.closingFen()).isEqualTo(60_500);
        assertThat(w.depositsHeldFen()).isEqualTo(30_000);
        assertThat(w.entries()).extracting(FundsEntry::kind).containsExactly(FundsKind.MEMBERSHIP_FEE, FundsKind.MERCHANT_DEPOSIT,
                FundsKind.EXPENSE, FundsKind.MERCHANT_PENALTY);
        assertThat(funds.weekly(LocalDate.of(2026, 3, 9)).openingFen()).isEqualTo(60_500);
    }
}
