package org.timestation.ledger;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Names a {@link LedgerEvent} record's stored type and says what the fact means (docs/events.md is generated from it). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {
    /** The stored type, {@code <feature>.<fact>}; never changes once events of it exist. */
    String value();

    /** What the event means, for people reading docs/events.md. */
    String doc();
}
