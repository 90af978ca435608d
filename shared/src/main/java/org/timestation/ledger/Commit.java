package org.timestation.ledger;

import java.util.List;
import java.util.Map;

/**
 * One atomic write: events (each must follow its feed's head, in order), the checkpoints that sign
 * the new heads, and the projection rows those events changed. All of it lands, or none of it. When
 * {@code replacesProjection} is set, the rows are the whole projection and every stored row not among
 * them is removed (a node that re-applied its events in hybrid order after a late event, decision 0029).
 */
public record Commit(List<Event> events, List<Checkpoint> checkpoints, Map<RowKey, String> projectionRows, boolean replacesProjection) {
    public Commit {
        events = List.copyOf(events);
        checkpoints = List.copyOf(checkpoints);
        projectionRows = Map.copyOf(projectionRows);
    }

    public Commit(List<Event> events, List<Checkpoint> checkpoints, Map<RowKey, String> projectionRows) {
        this(events, checkpoints, projectionRows, false);
    }
}
