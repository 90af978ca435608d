package org.timestation.admin.hub;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the hub knows of each node beyond its key: its name, whether it may sync (active, quarantined
 * by the hub with the reason, revoked by staff), when it last synced, the largest checkpoint it
 * cosigned, and every act on it with operator and reason. Fork evidence is kept here too.
 */
public final class HubNodes implements AutoCloseable {
    /** A node's standing with the hub. */
    public enum State { ACTIVE, QUARANTINED, REVOKED }

    /** One node as {@code nodes} lists it. */
    public record Node(String id, String name, State state, String reason, Long lastSync, Long cosignedSize) {
    }

    /** The operator the hub writes for what it does by itself (a quarantine for a fork or a broken rule). */
    public static final String HUB_OPERATOR = "hub";

    private final Connection db;
    private final Clock clock;

    public HubNodes(HubDb hubDb, Clock clock) {
        this.db = hubDb.connect();
        this.clock = clock;
    }

    /** The node, if the hub has a record of it. */
    public synchronized Optional<Node> get(String nodeId) {
        try (PreparedStatement s = db.prepareStatement("SELECT node_id, name, state, reason, last_sync, cosigned_size FROM hub_node WHERE node_id = ?")) {
            s.setString(1, nodeId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(row(r)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Every node the hub has a record of, by id. */
    public synchronized List<Node> all() {
        List<Node> out = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT node_id, name, state, reason, last_sync, cosigned_size FROM hub_node ORDER BY node_id");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(row(r));
            }
        } catch (SQLException e) {
            throw failed(e);
        }
        return out;
    }

    private static Node row(ResultSet r) throws SQLException {
        long sync = r.getLong(5);
        Long lastSync = r.wasNull() ? null : sync;
        long cos = r.getLong(6);
        Long cosigned = r.wasNull() ? null : cos;
        return new Node(r.getString(1), r.getString(2), State.valueOf(r.getString(3)), r.getString(4), lastSync, cosigned);
    }

    /** How a station's devices were when it last said (with a sync), and when. */
    public record Devices(org.timestation.sync.DeviceReport report, long at) {
    }

    /** Keeps what a station said of its devices with this sync (an empty report changes nothing). */
    public synchronized void devices(String nodeId, org.timestation.sync.DeviceReport report) {
        if (!report.isEmpty()) {
            try (PreparedStatement st = db.prepareStatement("UPDATE hub_node SET devices = ?, devices_at = ? WHERE node_id = ?")) {
                st.setString(1, report.encode());
                st.setLong(2, clock.millis());
                st.setString(3, nodeId);
                st.executeUpdate();
                db.commit();
            } catch (SQLException e) {
                HubDb.rollback(db);
                throw failed(e);
            }
        }
    }

    /** What a station last said of its devices, if it ever did. */
    public synchronized Optional<Devices> devices(String nodeId) {
        try (PreparedStatement s = db.prepareStatement("SELECT devices, devices_at FROM hub_node WHERE node_id = ? AND devices IS NOT NULL")) {
            s.setString(1, nodeId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new Devices(org.timestation.sync.DeviceReport.decode(r.getString(1)), r.getLong(2)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Records a node (enrollment, or a node of the demo) as active, unless the hub has it already. */
    public synchronized void add(String nodeId, String name) {
        try (PreparedStatement s = db.prepareStatement("MERGE INTO hub_node (node_id, name, state) KEY (node_id) "
                + "SELECT ?, ?, 'ACTIVE' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM hub_node WHERE node_id = ?)")) {
            s.setString(1, nodeId);
            s.setString(2, name);
            s.setString(3, nodeId);
            s.executeUpdate();
            db.commit();
        } catch (SQLException e) {
            HubDb.rollback(db);
            throw failed(e);
        }
    }

    /** Changes a node's state and records the act (operator and reason are required). */
    public synchronized void act(String nodeId, State to, String operator, String reason) {
        if (operator == null || operator.isBlank() || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("every act on a node names its operator and its reason");
        }
        try (PreparedStatement s = db.prepareStatement("UPDATE hub_node SET state = ?, reason = ? WHERE node_id = ?");
             PreparedStatement a = db.prepareStatement("INSERT INTO hub_node_act (node_id, act, operator, reason, at) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, to.name());
            s.setString(2, reason);
            s.setString(3, nodeId);
            if (s.executeUpdate() != 1) {
                throw new IllegalArgumentException("the hub has no node " + nodeId);
            }
            a.setString(1, nodeId);
            a.setString(2, to.name());
            a.setString(3, operator);
            a.setString(4, reason);
            a.setLong(5, clock.millis());
            a.executeUpdate();
            db.commit();
        } catch (SQLException e) {
            HubDb.rollback(db);
            throw failed(e);
        }
    }

    /** The acts on a node, oldest first, as "STATE by operator: reason". */
    public synchronized List<String> acts(String nodeId) {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT act, operator, reason FROM hub_node_act WHERE node_id = ? ORDER BY id")) {
            s.setString(1, nodeId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1) + " by " + r.getString(2) + ": " + r.getString(3));
                }
            }
        } catch (SQLException e) {
            throw failed(e);
        }
        return out;
    }

    /** Notes a completed sync. */
    public synchronized void synced(String nodeId) {
        update("UPDATE hub_node SET last_sync = ? WHERE node_id = ?", clock.millis(), nodeId);
    }

    /**
     * Notes a pull: {@code heldHlc} is the latest time among the events the node held when it asked. The
     * time noted at the pull before becomes the floor its pushes must be dated after (see {@link #pushFloor}).
     */
    public synchronized void pulled(String nodeId, long heldHlc) {
        update("UPDATE hub_node SET push_floor_hlc = seen_hlc, seen_hlc = ? WHERE node_id = ?", heldHlc, nodeId);
    }

    /**
     * The hybrid time a node's newly pushed events must be dated after: what it held at the pull before its
     * last one (every event it pushes now was written after that pull, when its clock had seen all it held).
     * -1 before it pulled twice.
     */
    public synchronized long pushFloor(String nodeId) {
        try (PreparedStatement s = db.prepareStatement("SELECT push_floor_hlc FROM hub_node WHERE node_id = ?")) {
            s.setString(1, nodeId);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    long v = r.getLong(1);
                    return r.wasNull() ? -1 : v;
                }
                return -1;
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Notes the largest checkpoint the node cosigned. */
    public synchronized void cosigned(String nodeId, long treeSize) {
        update("UPDATE hub_node SET cosigned_size = GREATEST(COALESCE(cosigned_size, 0), ?) WHERE node_id = ?", treeSize, nodeId);
    }

    private void update(String sql, long value, String nodeId) {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setLong(1, value);
            s.setString(2, nodeId);
            s.executeUpdate();
            db.commit();
        } catch (SQLException e) {
            HubDb.rollback(db);
            throw failed(e);
        }
    }

    /** Keeps a fork's evidence: what the hub holds and what the node pushed for the same seq, both signed. */
    public synchronized void fork(String nodeId, long seq, String heldHash, String pushedHash, String heldCheckpoint, String pushedCheckpoint) {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO fork_evidence (node_id, seq, held_hash, pushed_hash, held_checkpoint, "
                + "pushed_checkpoint, at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, nodeId);
            s.setLong(2, seq);
            s.setString(3, heldHash);
            s.setString(4, pushedHash);
            s.setString(5, heldCheckpoint);
            s.setString(6, pushedCheckpoint);
            s.setLong(7, clock.millis());
            s.executeUpdate();
            db.commit();
        } catch (SQLException e) {
            HubDb.rollback(db);
            throw failed(e);
        }
    }

    /** The forks recorded for a node, as "seq: held → pushed". */
    public synchronized List<String> forks(String nodeId) {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT seq, held_hash, pushed_hash, held_checkpoint, pushed_checkpoint FROM fork_evidence WHERE node_id = ? ORDER BY id")) {
            s.setString(1, nodeId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getLong(1) + ": " + r.getString(2) + " -> " + r.getString(3) + " | held " + r.getString(4) + " | pushed " + r.getString(5));
                }
            }
        } catch (SQLException e) {
            throw failed(e);
        }
        return out;
    }

    private static IllegalStateException failed(SQLException e) {
        return new IllegalStateException("the hub's node records cannot be read or written: " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        HubDb.close(db);
    }
}
