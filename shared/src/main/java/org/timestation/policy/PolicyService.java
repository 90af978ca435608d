package org.timestation.policy;

import org.timestation.ledger.Event;
import org.timestation.ledger.Transactor;
import org.timestation.staff.Operators;

/** Changing the rules is an event too: who changed what, when and why stays in the ledger. */
public final class PolicyService {
    private final Transactor tx;
    private final PolicyHolder holder;

    public PolicyService(Transactor tx, PolicyHolder holder) {
        this.tx = tx;
        this.holder = holder;
    }

    public Policy current() {
        return tx.read(holder::get);
    }

    /** Since when the rules in force apply (the last change), or empty while the defaults apply. */
    public java.util.Optional<PolicyHolder.Since> since() {
        return tx.read(holder::since);
    }

    public Event change(Policy next, String operator, String reason) {
        Operators.require(operator, reason);
        return tx.write(sink -> sink.emit(new PolicyEvent.Changed(next.toMap(), operator.strip(), reason.strip())));
    }
}
