package org.timestation.credit;

import java.util.List;
import java.util.Objects;

/** One double-entry posting: {@code minutes} leave {@code from} and arrive in {@code to}. */
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

    List<Object> encode() {
        return List.of(from.value(), to.value(), minutes.value());
    }

    static Leg decode(Object o) {
        if (!(o instanceof List<?> l) || l.size() != 3 || !(l.get(0) instanceof String f)
                || !(l.get(1) instanceof String t) || !(l.get(2) instanceof Long m)) {
            throw new org.timestation.ledger.CanonicalJson.MalformedPayloadException("a leg is [from, to, minutes], got " + o);
        }
        return new Leg(new AccountId(f), new AccountId(t), Minutes.of(m));
    }
}
