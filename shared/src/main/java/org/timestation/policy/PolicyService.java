package org.timestation.policy;

import org.timestation.ledger.Event;
import org.timestation.ledger.Payload;
import org.timestation.ledger.Transactor;
import org.timestation.member.Operators;

/** Changing the rules is an event too: who changed what, when and why stays in the ledger. */
public final class PolicyService {
    public static final String CHANGED = "policy.changed";
    private final Transactor tx;
    private final PolicyHolder holder;

    public PolicyService(Transactor tx, PolicyHolder holder) {
        this.tx = tx;
        this.holder = holder;
    }

    public Policy current() {
        return tx.read(holder::get);
    }

    public Event change(Policy next, String operator, String reason) {
        Operators.require(operator, reason);
        return tx.write(sink -> sink.emit(CHANGED, Payload.builder().put("policy", next.toMap())
                .put("operator", operator.strip()).put("reason", reason.strip()).encode()));
    }
}
