package org.timestation.nodes;

import org.timestation.ledger.Event;
import org.timestation.ledger.EventCodec;
import org.timestation.ledger.EventField;
import org.timestation.ledger.EventType;
import org.timestation.ledger.LedgerEvent;

/** What the hub's staff (or the hub itself) decided about a station: written in the hub's own feed, so every node sees it. */
public sealed interface NodeEvent extends LedgerEvent permits NodeEvent.StateChanged, NodeEvent.KeyRotated {

    static NodeEvent of(Event e) {
        return EventCodec.decode(NodeEvent.class, e);
    }

    @EventType(value = "node.state-changed", doc = "A station was quarantined (its pushes refused until released), released, or revoked "
            + "(refused for good), by staff with a reason, or by the hub itself (operator hub) after a fork or a broken rule.")
    record StateChanged(
            @EventField("the station's node id") String node,
            @EventField("ACTIVE, QUARANTINED or REVOKED") NodeState state,
            @EventField("who decided: a staff member, or hub") String operator,
            @EventField("why") String reason) implements NodeEvent {
    }

    @EventType(value = "node.key-rotated", doc = "A station whose disk died was recovered onto a new machine (kiosk.jar restore, with a "
            + "code staff issued by enroll --recover): its new key signs its feed from from_seq on, after the last event the hub held of it. "
            + "Every node registers the key from that seq; verify checks that each later key of a node is backed by one of these.")
    record KeyRotated(
            @EventField("the station's node id") String node,
            @EventField("the first seq of its feed the new key signs") long fromSeq,
            @EventField("the new public key: X.509 SubjectPublicKeyInfo, base64") String key,
            @EventField("who issued the recovery code: a staff member, or hub") String operator,
            @EventField("why") String reason) implements NodeEvent {
    }
}
