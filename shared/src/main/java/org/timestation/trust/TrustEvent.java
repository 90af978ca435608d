package org.timestation.trust;

import org.timestation.ledger.Event;
import org.timestation.ledger.EventCodec;
import org.timestation.ledger.EventField;
import org.timestation.ledger.EventType;
import org.timestation.ledger.LedgerEvent;

/** Trust (信任): score changes with their reasons, and incidents with their consequences. */
public sealed interface TrustEvent extends LedgerEvent {

    static TrustEvent of(Event e) {
        return EventCodec.decode(TrustEvent.class, e);
    }

    @EventType(value = "trust.changed", doc = "A member's or a merchant's trust score changed (base 100), always for a stated reason.")
    record Changed(
            @EventField("whose score: `member:<id>` or `merchant:<id>`") String party,
            @EventField("the change in points") int delta,
            @EventField("why (its text is in both languages)") TrustReason reason,
            @EventField(value = "what it is about: the request or the incident", optional = true) String ref) implements TrustEvent {

        public Party who() {
            return Party.parse(party);
        }
    }

    @EventType(value = "trust.incident", doc = "Staff recorded an incident at one of three levels; its consequences (suspension, double "
            + "deduction, deposit kept) follow in the same commit.")
    record Incident(
            @EventField("whom: `member:<id>` or `merchant:<id>`") String party,
            @EventField("how serious") IncidentLevel level,
            @EventField("what happened") String reason,
            @EventField("who recorded it") String operator,
            @EventField("until when redemption (member) or vouchers (merchant) are suspended, epoch ms; 0 = none") long suspendedUntil,
            @EventField("until when it shows in the record, epoch ms; 0 = for ever") long visibleUntil) implements TrustEvent {

        public Party who() {
            return Party.parse(party);
        }
    }

    @EventType(value = "trust.incident-resolved", doc = "Staff resolved an incident (an appeal upheld, the matter put right): its "
            + "suspension or removal ends now. The incident and its score change stay in the record.")
    record IncidentResolved(
            @EventField("the `trust.incident` event's id") String incident,
            @EventField("who resolved it") String operator,
            @EventField("why") String reason) implements TrustEvent {
    }
}
