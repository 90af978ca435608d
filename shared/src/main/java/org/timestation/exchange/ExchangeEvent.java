package org.timestation.exchange;

import org.timestation.catalogue.ServiceType;
import java.util.List;
import org.timestation.ledger.Event;
import org.timestation.ledger.EventCodec;
import org.timestation.ledger.EventField;
import org.timestation.ledger.EventType;
import org.timestation.ledger.LedgerEvent;
import org.timestation.member.Gender;

/** Time exchange (时间互助): a request for help from posting to rating, and its disputes. */
public sealed interface ExchangeEvent extends LedgerEvent {

    static ExchangeEvent of(Event e) {
        return EventCodec.decode(ExchangeEvent.class, e);
    }

    @EventType(value = "exchange.requested", doc = "A member asked for help (or a captain asked for an elder, 代发布). The request's id is "
            + "this event's id.")
    record Requested(
            @EventField("who needs the help") String requester,
            @EventField("what kind of help") ServiceType service,
            @EventField("when, epoch ms") long startAt,
            @EventField("the building it is in (or near)") String building,
            @EventField("anything special (e.g. at the Time Station)") List<String> requirements,
            @EventField(value = "the volunteer's gender the requester prefers", optional = true) Gender preferredGender,
            @EventField(value = "the youngest volunteer wanted", optional = true) Integer ageMin,
            @EventField(value = "the oldest volunteer wanted", optional = true) Integer ageMax,
            @EventField(value = "the captain who posted it for the requester", optional = true) String proxy) implements ExchangeEvent {
        public Requested {
            requirements = List.copyOf(requirements);
        }
    }

    /** The events about a request already posted. */
    sealed interface OfRequest extends ExchangeEvent {
        /** The request's id (its exchange.requested event's id). */
        String request();
    }

    @EventType(value = "exchange.accepted", doc = "A volunteer took the request on; the first accept wins.")
    record Accepted(
            @EventField("the request") String request,
            @EventField("the volunteer") String volunteer) implements OfRequest {
    }

    @EventType(value = "exchange.cancelled", doc = "Either side cancelled, with a reason; when the volunteer withdraws, the request opens again.")
    record Cancelled(
            @EventField("the request") String request,
            @EventField("who cancelled") String by,
            @EventField("why") String reason,
            @EventField("true when it opened again for other volunteers") boolean reopened) implements OfRequest {
    }

    @EventType(value = "exchange.no-show", doc = "One side reported that the other did not come.")
    record NoShow(
            @EventField("the request") String request,
            @EventField("who reported it") String by,
            @EventField("who did not come") String absent) implements OfRequest {
    }

    @EventType(value = "exchange.started", doc = "The volunteer started the timer at the kiosk.")
    record Started(
            @EventField("the request") String request,
            @EventField(value = "the volunteer who started it (left out before release 0.2): a station that had not heard another "
                    + "volunteer took the request first writes its own, and the request ignores it", optional = true) String volunteer)
            implements OfRequest {
    }

    @EventType(value = "exchange.ended", doc = "The volunteer stopped the timer; the timed minutes are the most the requester can confirm.")
    record Ended(
            @EventField("the request") String request,
            @EventField("whole minutes timed, at least one") long minutes,
            @EventField(value = "the volunteer who timed it (left out before release 0.2), as for exchange.started", optional = true)
            String volunteer) implements OfRequest {
    }

    @EventType(value = "exchange.confirmed", doc = "The requester confirmed the help (or, after the confirmation window, it was confirmed "
            + "automatically); the payment moved in the same commit.")
    record Confirmed(
            @EventField("the request") String request,
            @EventField("the minutes paid") long minutes,
            @EventField("confirmed automatically after the window") boolean auto,
            @EventField("the credit.moved event that paid the volunteer") String payment) implements OfRequest {
    }

    @EventType(value = "exchange.escalated", doc = "A request unmatched for too long went on its building captain's list.")
    record Escalated(
            @EventField("the request") String request,
            @EventField("the captain") String captain) implements OfRequest {
    }

    @EventType(value = "exchange.contact-printed", doc = "The volunteer who accepted printed the requester's full phone number at the "
            + "kiosk, to call them about this request (shown masked everywhere else); the requester sees it in their requests.")
    record ContactPrinted(
            @EventField("the request") String request,
            @EventField("the volunteer who printed it") String volunteer) implements OfRequest {
    }

    @EventType(value = "exchange.lapsed", doc = "Nobody took the request and its time passed: it closed by itself (the policy's lapseHours "
            + "after the time it was wanted). Nothing is paid; the requester is told on their next visit.")
    record Lapsed(@EventField("the request") String request) implements OfRequest {
    }

    @EventType(value = "exchange.lapse-told", doc = "The requester saw at the kiosk that their request closed by itself.")
    record LapseTold(@EventField("the request") String request) implements OfRequest {
    }

    @EventType(value = "exchange.accept-lost-told", doc = "A volunteer who took a request at one station while another volunteer took it "
            + "first at another (both offline) saw at the kiosk that the first one keeps it (decision 0029).")
    record AcceptLostTold(
            @EventField("the request") String request,
            @EventField("the volunteer who came second") String volunteer) implements OfRequest {
    }

    @EventType(value = "exchange.rated", doc = "One side rated the other, 1–5 stars with an optional short text (a thank-you note).")
    record Rated(
            @EventField("the request") String request,
            @EventField("who rated") String by,
            @EventField("1 to 5") int stars,
            @EventField(value = "what they wrote", optional = true) String text,
            @EventField(value = "present and true when the writer agreed the text may be printed in the monthly bulletin "
                    + "(it is, if the member thanked agreed to be named there too)", optional = true) Boolean share) implements OfRequest {
    }

    @EventType(value = "exchange.disputed", doc = "One side disputed an ended or settled exchange; automatic confirmation waits for staff.")
    record Disputed(
            @EventField("the request") String request,
            @EventField("who disputed") String by,
            @EventField("why") String reason,
            @EventField("the state it interrupted") ExchangeState before) implements OfRequest {
    }

    @EventType(value = "exchange.dispute-responded", doc = "A staff member took the dispute up (the 1-hour response).")
    record DisputeResponded(
            @EventField("the request") String request,
            @EventField("who") String operator,
            @EventField("what they said") String note) implements OfRequest {
    }

    @EventType(value = "exchange.dispute-resolved", doc = "Staff settled a dispute; every credit effect (reversal, new payment, "
            + "penalty) is an event of the same commit.")
    record DisputeResolved(
            @EventField("the request") String request,
            @EventField("the outcome") ExchangeService.Resolution outcome,
            @EventField("the minutes finally paid") long minutes,
            @EventField("the request's state afterwards") ExchangeState state,
            @EventField(value = "the new credit.moved payment, if one was made", optional = true) String payment,
            @EventField("who settled it") String operator,
            @EventField("why") String reason) implements OfRequest {
    }
}
