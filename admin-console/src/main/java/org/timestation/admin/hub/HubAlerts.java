package org.timestation.admin.hub;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What the manager should know of from sync, newest first: forks, rolled-back feeds, clock problems,
 * rules broken (each of which quarantined a station, or refused its batch) and overdrafts and other
 * conflicts found when stations' events met. Refusals that quarantine nothing are kept here
 * ({@code hub_alert}); the rest is read from the station acts and the conflicts where they already are.
 */
public final class HubAlerts implements AutoCloseable {
    /** What kind of thing happened. */
    public enum Kind { FORK, ROLLBACK, CLOCK, RULE, OVERDRAFT, CONFLICT, REFUSED }

    /** One alert: what, which station, in words, and when. */
    public record Alert(Kind kind, String node, String detail, long at) {
    }

    private static final Set<String> OVERDRAFTS = Set.of("NOT_HELD", "BELOW_FLOOR", "POOL_NOT_COVERED");
    private static final Set<String> CLOCK_RULES = Set.of("IN_THE_FUTURE", "TIME_WENT_BACKWARDS", "BACKDATED");
    private static final int MAX_DETAIL = 2000;
    /** The newest this many are listed. */
    static final int SHOWN = 500;
    private final Connection db;
    private final Clock clock;

    HubAlerts(HubDb hubDb, Clock clock) {
        this.db = hubDb.connect();
        this.clock = clock;
    }

    /** Keeps a refusal the manager should see (a rollback, a batch refused). */
    synchronized void record(String node, Kind kind, String detail) {
        String n = node.length() > 63 ? node.substring(0, 63) : node;
        String d = detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail;
        // the same again (a station retrying every round) moves the one row's time: it never floods the table
        try (PreparedStatement u = db.prepareStatement("UPDATE hub_alert SET at = ? WHERE node_id = ? AND kind = ? AND detail = ?");
             PreparedStatement s = db.prepareStatement("INSERT INTO hub_alert (node_id, kind, detail, at) VALUES (?, ?, ?, ?)")) {
            u.setLong(1, clock.millis());
            u.setString(2, n);
            u.setString(3, kind.name());
            u.setString(4, d);
            if (u.executeUpdate() == 0) {
                s.setString(1, n);
                s.setString(2, kind.name());
                s.setString(3, d);
                s.setLong(4, clock.millis());
                s.executeUpdate();
            }
            db.commit();
        } catch (SQLException e) {
            HubDb.rollback(db);
            throw new IllegalStateException("the hub's alerts cannot be written: " + e.getMessage(), e);
        }
    }

    /** Every alert, newest first: those kept here, the hub's own quarantines, and the conflicts. */
    public synchronized List<Alert> all(List<HubConflicts.Conflict> conflicts) {
        List<Alert> out = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT node_id, kind, detail, at FROM hub_alert ORDER BY at DESC LIMIT " + SHOWN);
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new Alert(Kind.valueOf(r.getString(2)), r.getString(1), r.getString(3), r.getLong(4)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the hub's alerts cannot be read: " + e.getMessage(), e);
        }
        try (PreparedStatement s = db.prepareStatement("SELECT node_id, reason, at FROM hub_node_act WHERE operator = ? AND act = ?")) {
            s.setString(1, HubNodes.HUB_OPERATOR);
            s.setString(2, HubNodes.State.QUARANTINED.name());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String why = r.getString(2);
                    out.add(new Alert(kindOfQuarantine(why), r.getString(1), why, r.getLong(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the hub's station acts cannot be read: " + e.getMessage(), e);
        }
        for (HubConflicts.Conflict c : conflicts) {
            out.add(new Alert(OVERDRAFTS.contains(c.rule()) ? Kind.OVERDRAFT : CLOCK_RULES.contains(c.rule()) ? Kind.CLOCK : Kind.CONFLICT,
                    c.nodeId(), c.toString(), c.foundAt()));
        }
        out.sort(Comparator.comparingLong(Alert::at).reversed());
        return out.size() > SHOWN ? List.copyOf(out.subList(0, SHOWN)) : out;
    }

    static Kind kindOfQuarantine(String reason) {
        if (reason.startsWith("fork")) {
            return Kind.FORK;
        }
        for (String rule : CLOCK_RULES) {
            if (reason.contains(rule)) {
                return Kind.CLOCK;
            }
        }
        return Kind.RULE;
    }

    @Override
    public synchronized void close() {
        HubDb.close(db);
    }
}
