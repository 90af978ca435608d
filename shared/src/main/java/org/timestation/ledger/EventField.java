package org.timestation.ledger;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field of a {@link LedgerEvent} record (or of a record nested in one): what it means, its key in
 * the payload when that differs from the component's name, and whether it may be left out. A field
 * is required unless marked optional; an optional field whose value is {@code null} is left out of
 * the payload.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface EventField {
    /** What the field means. */
    String value();

    /** The payload key, when it is not the component's name. */
    String key() default "";

    /** May be left out (its value is then {@code null}). */
    boolean optional() default false;
}
