package org.timestation.ledger;

import java.util.Map;

/**
 * One part of the community's projection: applies events of its prefix, and stores its rows with
 * each commit batch so a station reopens without replaying its whole history.
 */
public interface Projection {
    /** Event types starting with this prefix (e.g. {@code "activity."}) are applied here. */
    String prefix();

    void apply(Event e);

    void clear();

    /** Rows changed since the last drain. */
    void drainDirtyRows(Map<RowKey, String> out);

    void allRows(Map<RowKey, String> out);

    /** Loads a stored row; false when the row is not this part's. */
    boolean load(RowKey key, String value);
}
