package org.timestation.ledger;

/** Where a command writes its events inside a transaction; each is applied to the projection at once. */
public interface EventSink {
    /** Appends a typed event to this node's feed (seq, time and hashes are filled in) and applies it. */
    Event emit(LedgerEvent event);
}
