package org.timestation.ledger;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One atomic write: events (each must follow its feed's head, in order), the checkpoints that sign
 * the new heads, the projection rows those events changed, and the stored rows that no longer exist
 * (a node that re-applied its events in hybrid order after a late event, decision 0029). All of it
 * lands, or none of it.
 */
public record Commit(List<Event> events, List<Checkpoint> checkpoints, Map<RowKey, String> projectionRows, Set<RowKey> removedRows) {
    public Commit {
        events = List.copyOf(events);
        checkpoints = List.copyOf(checkpoints);
        projectionRows = Map.copyOf(projectionRows);
        removedRows = Set.copyOf(removedRows);
    }

    public Commit(List<Event> events, List<Checkpoint> checkpoints, Map<RowKey, String> projectionRows) {
        this(events, checkpoints, projectionRows, Set.of());
    }
}
