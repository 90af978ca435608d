package org.timestation.funds;

import java.util.List;
import org.timestation.ledger.Event;
import org.timestation.ledger.EventCodec;
import org.timestation.ledger.EventField;
import org.timestation.ledger.EventType;
import org.timestation.ledger.LedgerEvent;

/** The funds transparency ledger (资金公示): money in yuan, apart from time credits. */
public sealed interface FundsEvent extends LedgerEvent permits FundsEvent.Recorded {

    static FundsEvent of(Event e) {
        return EventCodec.decode(FundsEvent.class, e);
    }

    @EventType(value = "funds.recorded", doc = "A line of the funds ledger: money in or out, or a merchant's deposit held, kept or "
            + "refunded, with its receipt's picture and its approvers (three for money going out).")
    record Recorded(@EventField("the line") Entry entry) implements FundsEvent {
    }

    /** One line of money, as recorded. */
    record Entry(
            @EventField("what it is; the kind says which way the money goes") FundsKind kind,
            @EventField("the amount in fen (¥0.01), always positive") long fen,
            @EventField("what it was for") String description,
            @EventField(value = "the stored picture of its receipt or bank slip", optional = true) String voucher,
            @EventField("who signed it off, each once") List<String> approvers,
            @EventField("who recorded it") String operator,
            @EventField(value = "the merchant, for a deposit, its penalty or refund", optional = true) String merchant) {
        public Entry {
            approvers = List.copyOf(approvers);
        }
    }
}
