package org.timestation.exchange;

/** Where a request is in its life: posted → accepted → in service → ended → settled (or cancelled / no-show / disputed). */
public enum ExchangeState {
    OPEN, ACCEPTED, IN_SERVICE, ENDED, SETTLED, CANCELLED, NO_SHOW,
    /** Either side disputes the hours or the quality; staff respond within 1 h and resolve within 24 h. */
    DISPUTED
}
