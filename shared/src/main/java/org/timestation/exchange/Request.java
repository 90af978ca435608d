package org.timestation.exchange;

import org.timestation.catalogue.ServiceType;
import java.util.List;

/**
 * A request for help and everything that happened to it. Its id is the id of the event that posted it
 * ({@code node/seq}). Times are epoch milliseconds; 0 means "not yet" (so {@code contactPrintedAt} is
 * when the volunteer printed the requester's full phone number, or 0). {@code requesterStars} and
 * {@code volunteerStars} are the stars each side received (0: not rated yet).
 */
public record Request(
        String id,
        String requesterId,
        ServiceType service,
        long startAt,
        String buildingId,
        List<String> requirements,
        String preferredGender,
        int preferredAgeMin,
        int preferredAgeMax,
        String proxyCaptainId,
        long postedAt,
        ExchangeState state,
        String volunteerId,
        long startedAt,
        long endedAt,
        long timerMinutes,
        long confirmedMinutes,
        boolean autoConfirmed,
        String escalatedTo,
        int requesterStars,
        int volunteerStars,
        String paymentEventId,
        Dispute dispute,
        /* when the volunteer printed the requester's full phone number (exchange.contact-printed), 0: never */
        long contactPrintedAt) {

    /** An open or settled dispute: who opened it and when, the state it interrupted, the first response, the outcome. */
    public record Dispute(String by, String reason, long openedAt, ExchangeState before, long respondedAt, String outcome,
                          long resolvedAt) {
        public boolean isOpen() {
            return resolvedAt == 0;
        }
    }

    public Request {
        requirements = List.copyOf(requirements);
    }

    /** Posted by a captain on the elder's behalf (代发布). */
    public boolean isProxy() {
        return proxyCaptainId != null;
    }

    Request with(ExchangeState s, String volunteer, long started, long ended, long timer, long confirmed, boolean auto) {
        return copy(s, volunteer, started, ended, timer, confirmed, auto, escalatedTo, requesterStars, volunteerStars, paymentEventId, dispute);
    }

    Request paid(String paymentEvent) {
        return copy(state, volunteerId, startedAt, endedAt, timerMinutes, confirmedMinutes, autoConfirmed, escalatedTo, requesterStars,
                volunteerStars, paymentEvent, dispute);
    }

    Request disputed(ExchangeState s, Dispute d) {
        return copy(s, volunteerId, startedAt, endedAt, timerMinutes, confirmedMinutes, autoConfirmed, escalatedTo, requesterStars,
                volunteerStars, paymentEventId, d);
    }

    Request escalated(String captain) {
        return copy(state, volunteerId, startedAt, endedAt, timerMinutes, confirmedMinutes, autoConfirmed, captain, requesterStars,
                volunteerStars, paymentEventId, dispute);
    }

    Request contactPrinted(long at) {
        return new Request(id, requesterId, service, startAt, buildingId, requirements, preferredGender, preferredAgeMin,
                preferredAgeMax, proxyCaptainId, postedAt, state, volunteerId, startedAt, endedAt, timerMinutes, confirmedMinutes,
                autoConfirmed, escalatedTo, requesterStars, volunteerStars, paymentEventId, dispute, at);
    }

    /**
     * A rating given: by the requester, it is the stars the volunteer received ({@code volunteerStars});
     * by the volunteer, the stars the requester received ({@code requesterStars}).
     */
    Request rated(boolean byRequester, int stars) {
        return copy(state, volunteerId, startedAt, endedAt, timerMinutes, confirmedMinutes, autoConfirmed, escalatedTo,
                byRequester ? requesterStars : stars, byRequester ? stars : volunteerStars, paymentEventId, dispute);
    }

    /** The same request with the fields that change over its life replaced (what was asked never changes). */
    private Request copy(ExchangeState s, String volunteer, long started, long ended, long timer, long confirmed, boolean auto,
                         String escalated, int reqStars, int volStars, String payment, Dispute d) {
        return new Request(id, requesterId, service, startAt, buildingId, requirements, preferredGender, preferredAgeMin,
                preferredAgeMax, proxyCaptainId, postedAt, s, volunteer, started, ended, timer, confirmed, auto, escalated,
                reqStars, volStars, payment, d, contactPrintedAt);
    }
}
