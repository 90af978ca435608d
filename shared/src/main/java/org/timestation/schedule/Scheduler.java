package org.timestation.schedule;

import java.util.List;
import org.timestation.credit.CreditService;
import org.timestation.exchange.ExchangeService;
import org.timestation.exchange.Request;
import org.timestation.ledger.Event;
import org.timestation.merchant.MerchantService;
import org.timestation.merchant.Voucher;

/**
 * The one place every time rule is driven from. An app calls {@link #runDue()} every minute; a test
 * moves its clock and calls it, so each rule is stepped deterministically.
 */
public final class Scheduler {
    private final ExchangeService exchanges;
    private final CreditService credits;
    private final MerchantService merchants;

    public Scheduler(ExchangeService exchanges, CreditService credits, MerchantService merchants) {
        this.exchanges = exchanges;
        this.credits = credits;
        this.merchants = merchants;
    }

    /** What one run did. */
    public record Run(List<ExchangeService.Outcome> autoConfirmed, List<Request> escalated, List<Request> lapsed, List<Event> expired,
                      List<ExchangeService.Overdue> overdueDisputes, List<Voucher> refundedVouchers) {
    }

    public Run runDue() {
        List<ExchangeService.Outcome> confirmed = exchanges.autoConfirmDue();
        List<Request> escalated = exchanges.escalateUnmatched();
        List<Request> lapsed = exchanges.lapseStale();
        List<Event> expired = credits.expireDue();
        List<Voucher> refunded = merchants.refundExpired();
        return new Run(confirmed, escalated, lapsed, expired, exchanges.overdueDisputes(), refunded);
    }
}
