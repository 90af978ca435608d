package org.timestation.ledger;

import java.util.List;
import java.util.Map;

/**
 * One atomic write: events (each must follow its feed's head, in order), the checkpoints that sign
 * the new heads, and the projection rows those events changed. All of it lands, or none of it.
 */
public record Commit(List<Event> events, List<Checkpoint> checkpoints, Map<RowKey, String> projectionRows) {
    public Commit {
        events = List.copyOf(events);
        checkpoints = List.copyOf(checkpoints);
        projectionRows = Map.copyOf(projectionRows);
    }
}
