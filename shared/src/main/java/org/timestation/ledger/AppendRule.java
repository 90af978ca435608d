package org.timestation.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The append rule every store enforces: each event follows its feed's head, seq and prev_hash. */
public final class AppendRule {
    private AppendRule() {
    }

    /** Returns the heads after {@code events}, or throws without changing {@code current}. */
    public static Map<String, FeedHead> advance(Map<String, FeedHead> current, List<Event> events) {
        Map<String, FeedHead> next = new HashMap<>();
        for (Event e : events) {
            FeedHead head = next.getOrDefault(e.nodeId(), current.getOrDefault(e.nodeId(), FeedHead.empty(e.nodeId())));
            if (e.seq() != head.seq() + 1) {
                throw new SequenceConflictException(e.id(), e.seq() - 1, head.seq());
            }
            if (!e.prevHash().equals(head.hash())) {
                throw new IllegalArgumentException("event " + e.id() + " does not link to its feed's head "
                        + head.hash().shortHex() + " (prev_hash " + e.prevHash().shortHex() + ")");
            }
            next.put(e.nodeId(), new FeedHead(e.nodeId(), e.seq(), e.hash(), e.hlc()));
        }
        return next;
    }
}
