package org.timestation.ledger;

/**
 * A typed ledger event: a record annotated with {@link EventType}, one per kind of fact, grouped by
 * feature in a sealed interface ({@code CreditEvent}, {@code ExchangeEvent}, …). The code that writes
 * an event and the code that reads it share the record; {@link EventCodec} turns it into the canonical
 * payload and back, so a misspelt field no longer compiles.
 */
public interface LedgerEvent {
    /** The event's type as stored ({@code credit.moved}, …). */
    default String type() {
        return EventCodec.typeOf(getClass());
    }
}
