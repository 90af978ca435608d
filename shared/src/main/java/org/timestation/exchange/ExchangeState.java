package org.timestation.exchange;

/**
 * Where a request is in its life: posted → accepted → in service → ended → settled (or cancelled /
 * no-show / disputed; or, when nobody took it in time, lapsed → lapsed and told).
 */
public enum ExchangeState {
    OPEN, ACCEPTED, IN_SERVICE, ENDED, SETTLED, CANCELLED, NO_SHOW,
    /** Either side disputes the hours or the quality; staff respond within 1 h and resolve within 24 h. */
    DISPUTED,
    /**
     * Nobody took it, and its time passed: it closed by itself ({@code lapseHours} after the time it was
     * wanted), costing nothing. The requester has not been told yet: their next visit tells them.
     */
    LAPSED,
    /** Lapsed, and the requester was told at the kiosk. */
    LAPSED_TOLD
}
