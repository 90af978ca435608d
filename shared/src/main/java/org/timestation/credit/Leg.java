package org.timestation.credit;

import java.util.Objects;

/** One double-entry posting: {@code minutes} leave {@code from} and arrive in {@code to}; stored as {@code [from, to, minutes]}. */
@org.timestation.ledger.Tuple
public record Leg(AccountId from, AccountId to, Minutes minutes) {
    public Leg {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!minutes.isPositive()) {
            throw new IllegalArgumentException("a leg moves a positive amount, got " + minutes);
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("a leg needs two different accounts: " + from);
        }
    }
}
