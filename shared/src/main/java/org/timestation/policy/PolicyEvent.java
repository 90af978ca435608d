package org.timestation.policy;

import java.util.Map;
import org.timestation.ledger.Event;
import org.timestation.ledger.EventCodec;
import org.timestation.ledger.EventField;
import org.timestation.ledger.EventType;
import org.timestation.ledger.LedgerEvent;

/** The community's rules: every configurable value of the station handbook. */
public sealed interface PolicyEvent extends LedgerEvent permits PolicyEvent.Changed {

    static PolicyEvent of(Event e) {
        return EventCodec.decode(PolicyEvent.class, e);
    }

    @EventType(value = "policy.changed", doc = "Staff changed the rules; the whole policy from now on is recorded, with who and why. "
            + "A rule left out (written by an older version) keeps its default.")
    record Changed(
            @EventField(key = "policy", value = "every rule by name (floorMinutes, expiryMonths, eligibleAge, …; see Policy)")
            Map<String, Object> rules,
            @EventField("who changed them") String operator,
            @EventField("why") String reason) implements PolicyEvent {

        /** The rules as a policy (refused with INVALID_POLICY when a value is out of range). */
        public Policy policy() {
            return Policy.fromMap(rules);
        }
    }
}
