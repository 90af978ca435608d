package org.timestation.exchange;

/** Where a request is in its life: posted → accepted → in service → ended → settled (or cancelled / no-show). */
public enum ExchangeState {
    OPEN, ACCEPTED, IN_SERVICE, ENDED, SETTLED, CANCELLED, NO_SHOW
}
