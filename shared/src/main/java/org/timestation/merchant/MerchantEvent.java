package org.timestation.merchant;

import java.time.LocalDate;
import org.timestation.ledger.Event;
import org.timestation.ledger.EventCodec;
import org.timestation.ledger.EventField;
import org.timestation.ledger.EventType;
import org.timestation.ledger.LedgerEvent;
import org.timestation.member.Identified;

/** Partner merchants (商家) and the vouchers (兑换券) members spend there. */
public sealed interface MerchantEvent extends LedgerEvent {

    static MerchantEvent of(Event e) {
        return EventCodec.decode(MerchantEvent.class, e);
    }

    @EventType(value = "merchant.onboarded", doc = "A member's shop joined as a partner merchant (商家入驻) on these terms; the deposit "
            + "enters the funds ledger in the same commit.")
    record Onboarded(
            @EventField("the proprietor's member number (the merchant's id)") String merchant,
            @EventField("the shop's name") String shop,
            @EventField("the business licence number (统一社会信用代码)") String licence,
            @EventField("the deposit in fen") long deposit,
            @EventField("fen of discount one credit buys here") long rate,
            @EventField("the most minutes a member may redeem per visit") long perVisit,
            @EventField("the most minutes a member may redeem per month") long monthly,
            @EventField("first day of the agreement (epoch day)") long validFrom,
            @EventField("last day of the agreement (epoch day)") long validTo,
            @EventField("how many days a voucher stays valid") int voucherDays,
            @EventField(value = "who onboarded it", optional = true) String operator) implements MerchantEvent {

        public Merchant toMerchant() {
            return new Merchant(merchant, shop, licence, deposit, rate, perVisit, monthly, LocalDate.ofEpochDay(validFrom),
                    LocalDate.ofEpochDay(validTo), voucherDays);
        }

        public static Onboarded of(Merchant m, String operator) {
            return new Onboarded(m.id(), m.shopName(), m.licence(), m.depositFen(), m.fenPerCredit(), m.perVisitMinutes(), m.monthlyMinutes(),
                    m.validFrom().toEpochDay(), m.validTo().toEpochDay(), m.voucherDays(), operator);
        }
    }

    @EventType(value = "merchant.voucher-issued", doc = "A member turned credits into a voucher for one merchant; the credits moved to "
            + "the merchant's settlement account in the same commit (the `payment` event). The voucher's id is this event's id; its QR is "
            + "signed by this node.")
    record VoucherIssued(
            @EventField("whose credits") String member,
            @EventField("the merchant it is for") String merchant,
            @EventField("the credits spent, in minutes") long minutes,
            @EventField("the discount it is worth, in fen") long fen,
            @EventField("the last day it can be used (epoch day)") long lastDay,
            @EventField(value = "the captain who issued it for the member (代兑换)", optional = true) String proxy,
            @EventField(value = "how the member was identified for a 代兑换", optional = true) Identified.Method identifiedBy,
            @EventField("the credit.moved event that paid for it") String payment) implements MerchantEvent {
    }

    @EventType(value = "merchant.voucher-redeemed", doc = "A merchant's terminal redeemed a voucher. Two redemptions of one voucher "
            + "(terminals that were offline) are both kept and flagged for staff.")
    record VoucherRedeemed(
            @EventField("the voucher's id") String voucher,
            @EventField("the merchant whose terminal redeemed it") String merchant,
            @EventField("whose voucher it was") String member,
            @EventField("its credits, in minutes") long minutes,
            @EventField("its discount, in fen") long fen) implements MerchantEvent {
    }

    @EventType(value = "merchant.voucher-refunded", doc = "A voucher nobody redeemed by its last day was refunded: its payment is "
            + "reversed in the same commit.")
    record VoucherRefunded(@EventField("the voucher's id") String voucher) implements MerchantEvent {
    }

    @EventType(value = "merchant.price-checked", doc = "Staff recorded a spot check of a merchant's member price (楼长抽查价格): cost, "
            + "posted and charged price in fen, and the verdict (a member price may be at most cost + 5%). A slightly high price makes a "
            + "minor incident, one over the limit a moderate one, in the same commit.")
    record PriceChecked(
            @EventField("the merchant") String merchant,
            @EventField("the item checked") String item,
            @EventField("its cost on the shop's posted list, in fen (进货价)") long cost,
            @EventField("its posted member price, in fen (会员价)") long listed,
            @EventField("what the checker was charged, in fen") long charged,
            @EventField("what the check found") PriceCheck.Verdict verdict,
            @EventField("who recorded it") String operator) implements MerchantEvent {
    }
}
