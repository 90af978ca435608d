package org.timestation.credit;

import java.util.List;
import org.timestation.ledger.Event;
import org.timestation.ledger.EventCodec;
import org.timestation.ledger.EventField;
import org.timestation.ledger.EventType;
import org.timestation.ledger.LedgerEvent;

/** The credit ledger's one fact: credits moved between accounts (double entry, zero-sum). */
public sealed interface CreditEvent extends LedgerEvent permits CreditEvent.Moved {

    static CreditEvent of(Event e) {
        return EventCodec.decode(CreditEvent.class, e);
    }

    @EventType(value = "credit.moved", doc = "Credits moved: every leg takes minutes out of one account and puts them into another, so all "
            + "balances keep summing to zero. A member's credits are spent first-earned-first and expire two years after they were earned.")
    record Moved(
            @EventField("why the credits moved (see the kinds below)") MovementKind kind,
            @EventField("the postings, each `[from account, to account, minutes]`; accounts are `member:<id>`, `settlement:<merchant>`, "
                    + "`issuance` or `pool`") List<Leg> legs,
            @EventField(value = "what the movement is about: the request paid for, the voucher, the activity, or the corrected event's id", optional = true) String ref,
            @EventField(value = "the giver's note on a gift", optional = true) String memo,
            @EventField(value = "why staff did it (rewards, grants, penalties, corrections)", optional = true) String reason,
            @EventField(value = "who did it (staff act)", optional = true) String operator,
            @EventField(value = "the captain who acted for the member (代办)", optional = true) String proxy,
            @EventField(value = "for a reversal: when the returned credits were first earned (so a correction never extends an expiry)", optional = true) Long earnedAt)
            implements CreditEvent {
        public Moved {
            legs = List.copyOf(legs);
        }
    }
}
