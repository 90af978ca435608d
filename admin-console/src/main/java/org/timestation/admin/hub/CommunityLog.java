package org.timestation.admin.hub;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.timestation.communitylog.Cosignature;
import org.timestation.communitylog.Ed25519Keys;
import org.timestation.communitylog.LogCheckpoint;
import org.timestation.communitylog.MerkleTree;
import org.timestation.communitylog.SignedNote;
import org.timestation.ledger.Event;
import org.timestation.ledger.EventStore;
import org.timestation.ledger.NodeIdentity;

/**
 * The community log as the hub keeps it (DESIGN.md section 4): every event the hub accepted, in the
 * order it accepted them, as a leaf whose data is the event's chain hash; a checkpoint signed by the
 * hub's node key whenever the log grew; and the witnesses' cosignatures on those checkpoints. Kept
 * in {@code hub.mv.db} beside the ledger; the tree is rebuilt from the stored leaves when the hub starts.
 *
 * <p>The ledger is written first, the log second. A hub stopped between the two finds the events its
 * ledger holds but its log does not, and appends them in the ledger's order ({@link #catchUp}).
 */
public final class CommunityLog implements AutoCloseable {
    private final Connection db;
    private final MerkleTree tree = new MerkleTree();
    private final Set<String> logged = new HashSet<>();
    private final NodeIdentity hub;
    private final String origin;
    private final Clock clock;
    private SignedNote latest;

    private CommunityLog(Connection db, NodeIdentity hub, Clock clock) throws SQLException {
        this.db = db;
        this.hub = hub;
        this.origin = originOf(hub.nodeId());
        this.clock = clock;
        try (PreparedStatement s = db.prepareStatement("SELECT node_id, seq, event_hash FROM log_leaf ORDER BY idx");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                tree.append(r.getBytes(3));
                logged.add(r.getString(1) + "/" + r.getLong(2));
            }
        }
        try (PreparedStatement s = db.prepareStatement("SELECT note FROM log_checkpoint ORDER BY tree_size DESC LIMIT 1");
             ResultSet r = s.executeQuery()) {
            if (r.next()) {
                latest = SignedNote.parse(r.getString(1));
                LogCheckpoint c = LogCheckpoint.verified(latest, origin, origin, Ed25519Keys.raw(hub.publicKey()));
                if (c.size() > tree.size() || !java.util.Arrays.equals(c.root(), tree.root(c.size()))) {
                    throw new IllegalStateException("the hub's stored log does not match its own last checkpoint (" + c
                            + "): hub.mv.db was changed or truncated; restore it from a backup");
                }
            }
        }
    }

    /**
     * Opens a hub's log only to check it ({@code verify}): read-only, nothing migrated or written.
     * Refused (with the reason) when the stored leaves do not give its own last signed checkpoint.
     */
    public static CommunityLog openToCheck(Path dataDir, NodeIdentity hub) {
        Connection c;
        try {
            c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("hub")
                    + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE", "sa", "");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the hub's log in " + dataDir + ": " + e.getMessage(), e);
        }
        try {
            return new CommunityLog(c, hub, Clock.systemUTC());
        } catch (SQLException | RuntimeException e) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing
            }
            throw e instanceof RuntimeException r ? r : new IllegalStateException("cannot read the hub's log: " + e.getMessage(), e);
        }
    }

    /**
     * What is wrong between the log and the ledger {@code store}: an event held but not logged, logged
     * with another hash, or a leaf for an event the ledger does not hold. Empty when every event is in
     * the log exactly once (the leaves' (node, seq) is unique by the schema) and nothing else is.
     */
    public synchronized List<String> check(EventStore store) {
        List<String> problems = new ArrayList<>();
        java.util.Map<String, byte[]> leafHashes = new java.util.HashMap<>();
        for (Leaf l : leaves(0, tree.size())) {
            leafHashes.put(l.nodeId() + "/" + l.seq(), l.eventHash());
        }
        long[] held = {0};
        store.forEachEvent(e -> {
            held[0]++;
            byte[] logged = leafHashes.remove(e.nodeId() + "/" + e.seq());
            if (logged == null) {
                problems.add("event " + e.id() + " is held but not in the community log");
            } else if (!java.util.Arrays.equals(logged, e.hash().bytes())) {
                problems.add("event " + e.id() + " is logged with another hash");
            }
        });
        leafHashes.keySet().stream().sorted().forEach(k -> problems.add("the log has " + k + " but the ledger does not"));
        return problems;
    }

    /** The log's origin line (and the name of the hub's key): one log per community, named after the hub's node. */
    public static String originOf(String hubNodeId) {
        return "timestation/" + hubNodeId;
    }

    /** Opens (or creates) the hub's log in {@code dataDir}. */
    public static CommunityLog open(Path dataDir, NodeIdentity hub, Clock clock) {
        return open(HubDb.open(dataDir), hub, clock);
    }

    /** Opens the log in the hub's database {@code db}, on a connection of its own. */
    public static CommunityLog open(HubDb db, NodeIdentity hub, Clock clock) {
        Connection c = db.connect();
        try {
            return new CommunityLog(c, hub, clock);
        } catch (SQLException | RuntimeException e) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("cannot read the community log: " + e.getMessage(), e);
        }
    }

    public String origin() {
        return origin;
    }

    public synchronized long size() {
        return tree.size();
    }

    /** The tree, for proofs (thread-safe on its own). */
    public MerkleTree tree() {
        return tree;
    }

    /** True when the event {@code node}/{@code seq} is in the log. */
    public synchronized boolean contains(String node, long seq) {
        return logged.contains(node + "/" + seq);
    }

    /** Appends events the hub has just accepted (already committed to its ledger), in this order; events logged before are skipped. */
    public synchronized void append(List<Event> accepted) {
        List<Event> fresh = new ArrayList<>();
        for (Event e : accepted) {
            if (!logged.contains(e.nodeId() + "/" + e.seq())) {
                fresh.add(e);
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        long now = clock.millis();
        try (PreparedStatement s = db.prepareStatement("INSERT INTO log_leaf (idx, node_id, seq, event_hash, accepted_at) VALUES (?, ?, ?, ?, ?)")) {
            long idx = tree.size();
            for (Event e : fresh) {
                s.setLong(1, idx++);
                s.setString(2, e.nodeId());
                s.setLong(3, e.seq());
                s.setBytes(4, e.hash().bytes());
                s.setLong(5, now);
                s.addBatch();
            }
            s.executeBatch();
            db.commit();
        } catch (SQLException e) {
            rollback();
            throw new IllegalStateException("cannot write the community log: " + e.getMessage(), e);
        }
        for (Event e : fresh) {
            tree.append(e.hash().bytes());
            logged.add(e.nodeId() + "/" + e.seq());
        }
    }

    /** Appends every event of {@code ledger} the log does not hold yet, in the ledger's order (after a stop between the two writes). */
    public void catchUp(EventStore ledger) {
        List<Event> missing = new ArrayList<>();
        ledger.forEachEvent(e -> {
            if (!contains(e.nodeId(), e.seq())) {
                missing.add(e);
            }
        });
        append(missing);
    }

    /** Signs a checkpoint of the log as it is now, unless the last one already covers it; returns the latest. */
    public synchronized SignedNote checkpoint() {
        if (latest != null && LogCheckpoint.parseBody(latest.body()).size() == tree.size()) {
            return latest;
        }
        SignedNote note = new LogCheckpoint(origin, tree.size(), tree.root()).signedBy(origin, hub);
        try (PreparedStatement s = db.prepareStatement("INSERT INTO log_checkpoint (tree_size, signed_at, note) VALUES (?, ?, ?)")) {
            s.setLong(1, tree.size());
            s.setLong(2, clock.millis());
            s.setString(3, note.text());
            s.executeUpdate();
            db.commit();
        } catch (SQLException e) {
            rollback();
            throw new IllegalStateException("cannot keep the checkpoint: " + e.getMessage(), e);
        }
        latest = note;
        return note;
    }

    /** The latest signed checkpoint with every cosignature it has gathered, or empty before the first. */
    public synchronized Optional<SignedNote> latest() {
        return latest == null ? Optional.empty() : Optional.of(withCosignatures(latest));
    }

    /** A signed checkpoint as listed: its size, root, when it was signed and how many stations cosigned it. */
    public record Signed(long size, String rootHex, long signedAt, int cosigners) {
    }

    /** The latest {@code n} signed checkpoints, newest first. */
    public synchronized java.util.List<Signed> recent(int n) {
        java.util.List<Signed> out = new java.util.ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT note, signed_at FROM log_checkpoint ORDER BY tree_size DESC LIMIT ?")) {
            s.setInt(1, n);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    LogCheckpoint c = LogCheckpoint.parseBody(SignedNote.parse(r.getString(1)).body());
                    out.add(new Signed(c.size(), java.util.HexFormat.of().formatHex(c.root()), r.getLong(2), cosigners(c.size())));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the checkpoints: " + e.getMessage(), e);
        }
        return out;
    }

    /** The checkpoint that was in force at {@code epochMillis} (the last signed at or before it), with its cosignatures. */
    public synchronized Optional<SignedNote> inForceAt(long epochMillis) {
        try (PreparedStatement s = db.prepareStatement("SELECT note FROM log_checkpoint WHERE signed_at <= ? ORDER BY tree_size DESC LIMIT 1")) {
            s.setLong(1, epochMillis);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(withCosignatures(SignedNote.parse(r.getString(1)))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the checkpoints: " + e.getMessage(), e);
        }
    }

    private SignedNote withCosignatures(SignedNote note) {
        long size = LogCheckpoint.parseBody(note.body()).size();
        SignedNote out = note;
        try (PreparedStatement s = db.prepareStatement("SELECT line FROM log_cosignature WHERE tree_size = ? ORDER BY witness")) {
            s.setLong(1, size);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out = out.with(SignedNote.parse(note.body() + "\n" + r.getString(1)).signatures().get(0));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the cosignatures: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * Keeps {@code witness}'s cosignature on the checkpoint of {@code treeSize}, once it verifies with
     * the witness's registered key (raw 32 bytes); returns false and keeps nothing otherwise.
     */
    public synchronized boolean addCosignature(long treeSize, String witness, byte[] witnessKey, SignedNote.Line line) {
        SignedNote stored;
        try (PreparedStatement s = db.prepareStatement("SELECT note FROM log_checkpoint WHERE tree_size = ?")) {
            s.setLong(1, treeSize);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return false;
                }
                stored = SignedNote.parse(r.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the checkpoints: " + e.getMessage(), e);
        }
        var time = Cosignature.verify(stored.with(line), witness, witnessKey);
        if (time.isEmpty()) {
            return false;
        }
        try (PreparedStatement s = db.prepareStatement("MERGE INTO log_cosignature (tree_size, witness, line, cosigned) KEY (tree_size, witness) VALUES (?, ?, ?, ?)")) {
            s.setLong(1, treeSize);
            s.setString(2, witness);
            s.setString(3, line.text());
            s.setLong(4, time.getAsLong());
            s.executeUpdate();
            db.commit();
        } catch (SQLException e) {
            rollback();
            throw new IllegalStateException("cannot keep the cosignature: " + e.getMessage(), e);
        }
        return true;
    }

    /** How many witnesses cosigned the checkpoint of {@code treeSize}. */
    public synchronized int cosigners(long treeSize) {
        try (PreparedStatement s = db.prepareStatement("SELECT COUNT(*) FROM log_cosignature WHERE tree_size = ?")) {
            s.setLong(1, treeSize);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The leaves [start, end) as (index, node, seq, event hash). */
    public synchronized List<Leaf> leaves(long start, long end) {
        List<Leaf> out = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT idx, node_id, seq, event_hash FROM log_leaf WHERE idx >= ? AND idx < ? ORDER BY idx")) {
            s.setLong(1, start);
            s.setLong(2, end);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new Leaf(r.getLong(1), r.getString(2), r.getLong(3), r.getBytes(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the community log: " + e.getMessage(), e);
        }
        return out;
    }

    /** One leaf: the event it logs and that event's chain hash. */
    public record Leaf(long index, String nodeId, long seq, byte[] eventHash) {
    }

    /** The raw 32-byte public key checkpoints are signed with ({@code GET /log/key}). */
    public byte[] publicKey() {
        return Ed25519Keys.raw(hub.publicKey());
    }

    private void rollback() {
        HubDb.rollback(db);
    }

    @Override
    public synchronized void close() {
        HubDb.close(db);
    }
}
