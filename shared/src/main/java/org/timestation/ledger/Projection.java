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

    /** Applies an event the caller has already decoded (the rule checker decodes each event once); by default decodes again. */
    default void apply(Event e, LedgerEvent typed) {
        apply(e);
    }

    void clear();

    /** Rows changed since the last drain. */
    void drainDirtyRows(Map<RowKey, String> out);

    void allRows(Map<RowKey, String> out);

    /** Loads a stored row; false when the row is not this part's. */
    boolean load(RowKey key, String value);
}
