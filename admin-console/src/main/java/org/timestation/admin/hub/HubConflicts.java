package org.timestation.admin.hub;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.timestation.audit.RuleChecker;
import org.timestation.ledger.EventId;

/**
 * The conflicts between stations that worked offline (two spent the same credits, one redeemed a
 * voucher another had already redeemed): applied, because they happened, and kept here for the
 * manager with both events' ids (decision 0029). When an older event arrives late, the events after
 * it are judged again, and their conflicts are replaced by what the new judgement finds.
 */
public final class HubConflicts implements AutoCloseable {
    private final Connection db;
    private final Clock clock;

    /** One conflict: the event that came second in the community's order, the rule, and the other event. */
    public record Conflict(String nodeId, long seq, String rule, String detail, String other, long foundAt) {
        @Override
        public String toString() {
            return nodeId + "/" + seq + " " + rule + ": " + detail + (other == null ? "" : " (the other: " + other + ")");
        }
    }

    HubConflicts(HubDb hubDb, Clock clock) {
        this.db = hubDb.connect();
        this.clock = clock;
    }

    /** Forgets the conflicts of the events just judged again ({@code judged}) and keeps {@code found}, in one commit. */
    synchronized void judged(Collection<EventId> judged, List<RuleChecker.Violation> found) {
        write(judged, found);
    }

    /** Deletes the conflicts of {@code judged} (all of them when null), keeps {@code found}, in one commit. */
    private void write(Collection<EventId> judged, List<RuleChecker.Violation> found) {
        try {
            if (judged == null) {
                try (java.sql.Statement st = db.createStatement()) {
                    st.executeUpdate("DELETE FROM conflict");
                }
            } else {
                try (PreparedStatement del = db.prepareStatement("DELETE FROM conflict WHERE node_id = ? AND seq = ?")) {
                    for (EventId id : judged) {
                        del.setString(1, id.nodeId());
                        del.setLong(2, id.seq());
                        del.addBatch();
                    }
                    del.executeBatch();
                }
            }
            try (PreparedStatement put = db.prepareStatement("MERGE INTO conflict KEY (node_id, seq, rule) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (RuleChecker.Violation v : found) {
                    put.setString(1, v.nodeId());
                    put.setLong(2, v.seq());
                    put.setString(3, v.rule().name());
                    put.setString(4, v.detail().length() > 2000 ? v.detail().substring(0, 2000) : v.detail());
                    put.setString(5, v.other());
                    put.setLong(6, clock.millis());
                    put.addBatch();
                }
                put.executeBatch();
            }
            db.commit();
        } catch (SQLException e) {
            HubDb.rollback(db);
            throw new IllegalStateException("the hub's conflict list cannot be written: " + e.getMessage(), e);
        }
    }

    /** Replaces the whole list with {@code found} (the hub judged every event again when it opened), in one commit. */
    synchronized void replaceAll(List<RuleChecker.Violation> found) {
        write(null, found);
    }

    /** How many ledger events the list was last judged over (-1 when never). */
    synchronized long judgedOver() {
        try (PreparedStatement s = db.prepareStatement("SELECT events FROM conflicts_judged WHERE one = 1"); ResultSet r = s.executeQuery()) {
            return r.next() ? r.getLong(1) : -1;
        } catch (SQLException e) {
            throw new IllegalStateException("the hub's conflict list cannot be read: " + e.getMessage(), e);
        }
    }

    /** Records that the list is judged over the ledger's first {@code events} events. */
    synchronized void judgedOver(long events) {
        try (PreparedStatement s = db.prepareStatement("MERGE INTO conflicts_judged KEY (one) VALUES (1, ?)")) {
            s.setLong(1, events);
            s.executeUpdate();
            db.commit();
        } catch (SQLException e) {
            HubDb.rollback(db);
            throw new IllegalStateException("the hub's conflict list cannot be written: " + e.getMessage(), e);
        }
    }

    /** Every conflict, in the order of the events. */
    public synchronized List<Conflict> all() {
        List<Conflict> out = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT node_id, seq, rule, detail, other, found_at FROM conflict ORDER BY node_id, seq, rule");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new Conflict(r.getString(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5), r.getLong(6)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the hub's conflict list cannot be read: " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public synchronized void close() {
        HubDb.close(db);
    }
}
