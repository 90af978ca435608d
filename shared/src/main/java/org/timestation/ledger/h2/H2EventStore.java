package org.timestation.ledger.h2;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.timestation.ledger.Checkpoint;
import org.timestation.ledger.Commit;
import org.timestation.ledger.Event;
import org.timestation.ledger.EventId;
import org.timestation.ledger.EventStore;
import org.timestation.ledger.FeedHead;
import org.timestation.ledger.Hash;
import org.timestation.ledger.LedgerInUseException;
import org.timestation.logging.LibraryLogs;
import org.timestation.ledger.LedgerSchemaException;
import org.timestation.ledger.LedgerStorageException;
import org.timestation.ledger.NodeKeys;
import org.timestation.ledger.RowKey;
import org.timestation.ledger.AppendRule;

/**
 * The ledger in an embedded H2 database, schema by Flyway. One connection, one writer. Every
 * commit is flushed to the file before {@link #commit} returns ({@code WRITE_DELAY=0}), so a process
 * killed right after a commit keeps it.
 */
public final class H2EventStore implements EventStore {
    private static final System.Logger LOG = System.getLogger(H2EventStore.class.getName());
    private static final String EVENT_COLUMNS = "node_id, seq, hlc, type, payload, prev_hash, hash";

    static {
        LibraryLogs.quiet();
    }

    private final String url;
    private Connection conn;
    private List<String> schemaDamage = List.of();
    private final Map<String, FeedHead> heads = new HashMap<>();

    private H2EventStore(String url, Connection conn) throws SQLException {
        this.url = url;
        this.conn = conn;
        conn.setAutoCommit(false);
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT node_id, seq, hash, hlc FROM feed_head")) {
            while (rs.next()) {
                heads.put(rs.getString(1), new FeedHead(rs.getString(1), rs.getLong(2), Hash.of(rs.getBytes(3)), rs.getLong(4)));
            }
        }
        conn.rollback();
    }

    /**
     * Opens (creating and migrating if needed) the ledger database {@code ledger.mv.db} in {@code dataDir}.
     * An existing file is first checked, without running anything stored in it, to hold exactly what
     * the migrations create: a planted trigger or function would otherwise run in this process.
     *
     * @throws LedgerSchemaException when the file's schema was changed (something added, or removed)
     */
    public static H2EventStore open(Path dataDir) {
        requireUnchangedSchema(dataDir);
        return openUrl("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("ledger") + ";WRITE_DELAY=0;LAZY_QUERY_EXECUTION=1;DB_CLOSE_ON_EXIT=FALSE");
    }

    private static void requireUnchangedSchema(Path dataDir) {
        Path file = dataDir.toAbsolutePath().resolve("ledger.mv.db");
        if (java.nio.file.Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            requireNotFromANewerRelease(file);
            List<String> missing = StoredSchema.requireNothingExtra(file);
            if (!missing.isEmpty()) {
                throw new LedgerSchemaException(dataDir.toAbsolutePath(), List.of(), missing);
            }
        }
    }

    /**
     * For building a ledger that is thrown away if the build fails (the demo community, made in a
     * folder of its own and moved in only when complete): H2 writes in the background every second,
     * which also lets it compact the file as it goes. With {@code WRITE_DELAY=0} (the station's
     * setting, decision 0004) nothing compacts until close, and a million-event build grew the file
     * to tens of gigabytes.
     */
    public static H2EventStore openForBulkLoad(Path dataDir) {
        requireUnchangedSchema(dataDir);
        return openUrl("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("ledger") + ";WRITE_DELAY=1000;LAZY_QUERY_EXECUTION=1;DB_CLOSE_ON_EXIT=FALSE");
    }

    /** True when {@code dataDir} holds a ledger database. */
    public static boolean exists(Path dataDir) {
        return java.nio.file.Files.exists(dataDir.resolve("ledger.mv.db"));
    }

    /** Opens the ledger in {@code dataDir} only if it is there (never creates an empty one by mistake). */
    public static H2EventStore openExisting(Path dataDir) {
        if (!exists(dataDir)) {
            throw new LedgerStorageException("no ledger database in " + dataDir.toAbsolutePath(), null);
        }
        return open(dataDir);
    }

    /** Opens a private in-memory H2 database (tests, benchmarks' scratch stores). */
    public static H2EventStore inMemory(String name) {
        return openUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LAZY_QUERY_EXECUTION=1");
    }

    public static H2EventStore openUrl(String url) {
        try {
            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
            return new H2EventStore(url, DriverManager.getConnection(url, "sa", ""));
        } catch (SQLException | RuntimeException e) {
            throw failedToOpen(url, e);
        }
    }

    /**
     * Opens the ledger in {@code dataDir} only to read it, and only after checking, without running
     * anything stored in it, that its schema is exactly what the migrations create
     * ({@link StoredSchema}): the way {@code verify} opens a folder it must not trust. Nothing is
     * migrated and the file is left byte for byte as it was.
     *
     * @throws LedgerSchemaException when the schema holds something the migrations do not create (a
     *         planted trigger, alias, view, table or column); a part merely missing (a dropped
     *         append-only trigger) is reported by {@link #schemaDamage()} instead
     * @throws LedgerInUseException when another program has the ledger open
     */
    public static H2EventStore openReadOnly(Path dataDir) {
        Path file = dataDir.toAbsolutePath().resolve("ledger.mv.db");
        if (!java.nio.file.Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new LedgerStorageException("no ledger database in " + dataDir.toAbsolutePath(), null);
        }
        requireNotFromANewerRelease(file);
        List<String> missing = StoredSchema.requireNothingExtra(file);
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("ledger")
                + ";ACCESS_MODE_DATA=r;TRACE_LEVEL_FILE=0;LAZY_QUERY_EXECUTION=1;DB_CLOSE_ON_EXIT=FALSE";
        try {
            H2EventStore store = new H2EventStore(url, DriverManager.getConnection(url, "sa", ""));
            store.schemaDamage = List.copyOf(missing);
            return store;
        } catch (SQLException | RuntimeException e) {
            throw failedToOpen(url, e);
        }
    }

    /**
     * Refuses a ledger a newer release wrote (its migration history goes past this build's), before anything
     * migrates or reads it: a downgrade is done by restoring the backup taken before the upgrade (README).
     */
    private static void requireNotFromANewerRelease(Path file) {
        org.flywaydb.core.api.MigrationVersion stored = StoredSchema.appliedVersion(file);
        org.flywaydb.core.api.MigrationVersion known = StoredSchema.newestKnown();
        if (stored != null && stored.compareTo(known) > 0) {
            throw new org.timestation.ledger.LedgerFromNewerReleaseException(file.getParent(), stored.getVersion(), known.getVersion());
        }
    }

    private static LedgerStorageException failedToOpen(String url, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1
                    || sql.getMessage() != null && sql.getMessage().contains("The file is locked"))) {
                return new LedgerInUseException(Path.of(url.substring("jdbc:h2:file:".length(), url.indexOf(';'))).getParent(), e);
            }
        }
        return e instanceof LedgerStorageException l ? l : new LedgerStorageException("cannot open the ledger database " + url, e);
    }

    @Override
    public List<String> schemaDamage() {
        return schemaDamage;
    }

    /** The JDBC connection, for tools that must look under the hood (tamper tests, benchmarks' baseline). */
    public Connection connection() {
        return conn;
    }

    @Override
    public synchronized FeedHead head(String nodeId) {
        return heads.getOrDefault(nodeId, FeedHead.empty(nodeId));
    }

    @Override
    public synchronized Map<String, FeedHead> heads() {
        return Map.copyOf(heads);
    }

    @Override
    public synchronized void commit(Commit commit) {
        Map<String, FeedHead> next = AppendRule.advance(heads, commit.events());
        try {
            if (!commit.events().isEmpty()) {
                try (PreparedStatement ps = conn.prepareStatement(
                        "INSERT INTO event (" + EVENT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    for (Event e : commit.events()) {
                        ps.setString(1, e.nodeId());
                        ps.setLong(2, e.seq());
                        ps.setLong(3, e.hlc());
                        ps.setString(4, e.type());
                        ps.setString(5, e.payload());
                        ps.setBytes(6, e.prevHash().unsafeBytes());
                        ps.setBytes(7, e.hash().unsafeBytes());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                try (PreparedStatement ps = conn.prepareStatement("MERGE INTO feed_head KEY (node_id) VALUES (?, ?, ?, ?)")) {
                    for (FeedHead h : next.values()) {
                        ps.setString(1, h.nodeId());
                        ps.setLong(2, h.seq());
                        ps.setBytes(3, h.hash().unsafeBytes());
                        ps.setLong(4, h.hlc());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            if (!commit.checkpoints().isEmpty()) {
                try (PreparedStatement ps = conn.prepareStatement(
                        "INSERT INTO checkpoint (node_id, seq, head_hash, signed_at, signature) VALUES (?, ?, ?, ?, ?)")) {
                    for (Checkpoint c : commit.checkpoints()) {
                        ps.setString(1, c.nodeId());
                        ps.setLong(2, c.seq());
                        ps.setBytes(3, c.head().unsafeBytes());
                        ps.setLong(4, c.signedAtMillis());
                        ps.setBytes(5, c.signature());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            if (!commit.removedRows().isEmpty()) {
                try (PreparedStatement ps = conn.prepareStatement("DELETE FROM projection WHERE kind = ? AND k = ?")) {
                    for (RowKey row : commit.removedRows()) {
                        ps.setString(1, row.kind());
                        ps.setString(2, row.key());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            if (!commit.projectionRows().isEmpty()) {
                try (PreparedStatement ps = conn.prepareStatement("MERGE INTO projection KEY (kind, k) VALUES (?, ?, ?)")) {
                    for (Map.Entry<RowKey, String> row : commit.projectionRows().entrySet()) {
                        ps.setString(1, row.getKey().kind());
                        ps.setString(2, row.getKey().key());
                        ps.setString(3, row.getValue());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            conn.commit();
            heads.putAll(next);
        } catch (SQLException e) {
            rollbackQuietly();
            throw new LedgerStorageException("commit of " + commit.events().size() + " events failed; nothing was written", e);
        }
    }

    @Override
    public synchronized void forEachEvent(Consumer<Event> visitor) {
        query("SELECT " + EVENT_COLUMNS + " FROM event ORDER BY pos", ps -> { }, rs -> visitor.accept(event(rs)));
    }

    @Override
    public synchronized List<Event> eventsInHybridOrder(long fromHlc, int limit) {
        List<Event> out = new ArrayList<>();
        query("SELECT " + EVENT_COLUMNS + " FROM event WHERE hlc >= ? ORDER BY hlc, node_id, seq LIMIT ?", ps -> {
            ps.setLong(1, fromHlc);
            ps.setInt(2, limit);
        }, rs -> out.add(event(rs)));
        return out;
    }

    @Override
    public synchronized void forEachEventInHybridOrder(long fromHlc, ArrivedEventVisitor visitor) {
        // the index event_hybrid_order (V4) gives this order without a sort
        query("SELECT " + EVENT_COLUMNS + ", pos FROM event WHERE hlc >= ? ORDER BY hlc, node_id, seq", ps -> ps.setLong(1, fromHlc),
                rs -> visitor.accept(event(rs), rs.getLong(8) - 1));
    }

    @Override
    public synchronized void forEachEventAfter(Map<String, Long> watermarks, Consumer<Event> visitor) {
        // the first event not yet applied, over all feeds; everything from there on is read and filtered
        long from = Long.MAX_VALUE;
        for (FeedHead head : heads.values()) {
            long wm = watermarks.getOrDefault(head.nodeId(), 0L);
            if (head.seq() > wm) {
                long[] pos = {Long.MAX_VALUE};
                query("SELECT pos FROM event WHERE node_id = ? AND seq = ?", ps -> {
                    ps.setString(1, head.nodeId());
                    ps.setLong(2, wm + 1);
                }, rs -> pos[0] = rs.getLong(1));
                from = Math.min(from, pos[0]);
            }
        }
        if (from == Long.MAX_VALUE) {
            return;
        }
        long start = from;
        query("SELECT " + EVENT_COLUMNS + " FROM event WHERE pos >= ? ORDER BY pos", ps -> ps.setLong(1, start), rs -> {
            Event e = event(rs);
            if (e.seq() > watermarks.getOrDefault(e.nodeId(), 0L)) {
                visitor.accept(e);
            }
        });
    }

    @Override
    public synchronized List<Event> feed(String nodeId, long afterSeq, int limit) {
        List<Event> out = new ArrayList<>();
        query("SELECT " + EVENT_COLUMNS + " FROM event WHERE node_id = ? AND seq > ? ORDER BY seq LIMIT ?", ps -> {
            ps.setString(1, nodeId);
            ps.setLong(2, afterSeq);
            ps.setInt(3, limit);
        }, rs -> out.add(event(rs)));
        return out;
    }

    @Override
    public synchronized Optional<Event> event(EventId id) {
        List<Event> out = new ArrayList<>(1);
        query("SELECT " + EVENT_COLUMNS + " FROM event WHERE node_id = ? AND seq = ?", ps -> {
            ps.setString(1, id.nodeId());
            ps.setLong(2, id.seq());
        }, rs -> out.add(event(rs)));
        return out.stream().findFirst();
    }

    @Override
    public synchronized long eventCount() {
        long[] n = {0};
        query("SELECT COUNT(*) FROM event", ps -> { }, rs -> n[0] = rs.getLong(1));
        return n[0];
    }

    @Override
    public synchronized void forEachCheckpoint(Consumer<Checkpoint> visitor) {
        query("SELECT node_id, seq, head_hash, signed_at, signature FROM checkpoint ORDER BY node_id, seq", ps -> { },
                rs -> visitor.accept(checkpoint(rs)));
    }

    @Override
    public synchronized Optional<Checkpoint> latestCheckpoint(String nodeId) {
        List<Checkpoint> out = new ArrayList<>(1);
        query("SELECT node_id, seq, head_hash, signed_at, signature FROM checkpoint WHERE node_id = ? ORDER BY seq DESC LIMIT 1",
                ps -> ps.setString(1, nodeId), rs -> out.add(checkpoint(rs)));
        return out.stream().findFirst();
    }

    @Override
    public synchronized Optional<Checkpoint> checkpointAtOrBefore(String nodeId, long seq) {
        return oneCheckpoint("seq <= ? ORDER BY seq DESC", nodeId, seq);
    }

    @Override
    public synchronized Optional<Checkpoint> checkpointAfter(String nodeId, long seq) {
        return oneCheckpoint("seq > ? ORDER BY seq", nodeId, seq);
    }

    /** The first of the node's checkpoints matching {@code seqCondition} (a condition on seq, then its order). */
    private Optional<Checkpoint> oneCheckpoint(String seqCondition, String nodeId, long seq) {
        List<Checkpoint> out = new ArrayList<>(1);
        query("SELECT node_id, seq, head_hash, signed_at, signature FROM checkpoint WHERE node_id = ? AND " + seqCondition + " LIMIT 1",
                ps -> {
                    ps.setString(1, nodeId);
                    ps.setLong(2, seq);
                }, rs -> out.add(checkpoint(rs)));
        return out.stream().findFirst();
    }

    @Override
    public synchronized void registerNodeKey(String nodeId, long fromSeq, byte[] x509PublicKey) {
        NodeKeys held = nodeKeyHistory();
        String refused = held.refusal(nodeId, fromSeq, x509PublicKey, head(nodeId).seq());
        if (refused != null) {
            throw new IllegalArgumentException(refused);
        }
        if (held.has(nodeId, fromSeq, x509PublicKey)) {
            return;
        }
        String sql = fromSeq == 1 ? "INSERT INTO node_key (node_id, public_key) VALUES (?, ?)"
                : "INSERT INTO node_key_rotation (node_id, public_key, from_seq) VALUES (?, ?, ?)";
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, nodeId);
            ps.setBytes(2, x509PublicKey);
            if (fromSeq != 1) {
                ps.setLong(3, fromSeq);
            }
            ps.executeUpdate();
            conn.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw new LedgerStorageException("cannot record the public key of node " + nodeId, e);
        }
    }

    @Override
    public synchronized NodeKeys nodeKeyHistory() {
        NodeKeys keys = NodeKeys.empty();
        query("SELECT node_id, 1, public_key FROM node_key" + (hasKeyRotations() ? " UNION ALL SELECT node_id, from_seq, public_key FROM node_key_rotation" : ""),
                ps -> { }, rs -> keys.add(rs.getString(1), rs.getLong(2), rs.getBytes(3)));
        return keys;
    }

    private Boolean keyRotations;

    /** False for a file made before V5, opened read-only by verify (not migrated): it has no later keys. */
    private boolean hasKeyRotations() {
        if (keyRotations == null) {
            List<Long> n = new ArrayList<>(1);
            query("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'NODE_KEY_ROTATION'", ps -> { }, rs -> n.add(rs.getLong(1)));
            keyRotations = n.get(0) > 0;
        }
        return keyRotations;
    }

    @Override
    public synchronized Optional<String> nodeState(String key) {
        return nodeStates.computeIfAbsent(key, k -> {
            List<String> out = new ArrayList<>(1);
            query("SELECT v FROM node_state WHERE k = ?", ps -> ps.setString(1, k), rs -> out.add(rs.getString(1)));
            return out.stream().findFirst();
        });
    }

    /**
     * This node's state as last read or written: it changes only through {@link #putNodeState} (this
     * store holds the file's one connection), and a spending checks it on every gift, so it is read
     * from the file once per key.
     */
    private final Map<String, Optional<String>> nodeStates = new java.util.HashMap<>();

    @Override
    public synchronized void putNodeState(String key, String value) {
        try (PreparedStatement ps = conn.prepareStatement(value == null ? "DELETE FROM node_state WHERE k = ?"
                : "MERGE INTO node_state KEY (k) VALUES (?, ?)")) {
            ps.setString(1, key);
            if (value != null) {
                ps.setString(2, value);
            }
            ps.executeUpdate();
            conn.commit();
            nodeStates.put(key, Optional.ofNullable(value));
        } catch (SQLException e) {
            rollbackQuietly();
            nodeStates.remove(key);
            throw new LedgerStorageException("cannot keep this node's state " + key, e);
        }
    }

    @Override
    public synchronized Optional<String> meta(String key) {
        List<String> out = new ArrayList<>(1);
        query("SELECT v FROM ledger_meta WHERE k = ?", ps -> ps.setString(1, key), rs -> out.add(rs.getString(1)));
        return out.stream().findFirst();
    }

    @Override
    public synchronized void recordMeta(String key, String value) {
        Optional<String> existing = meta(key);
        if (existing.isPresent()) {
            if (!existing.get().equals(value)) {
                throw new IllegalArgumentException("this ledger's " + key + " is already recorded as something else");
            }
            return;
        }
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO ledger_meta (k, v) VALUES (?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
            conn.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw new LedgerStorageException("cannot record this ledger's " + key, e);
        }
    }

    @Override
    public synchronized void forEachProjectionRow(BiConsumer<RowKey, String> visitor) {
        query("SELECT kind, k, v FROM projection ORDER BY kind, k", ps -> { },
                rs -> visitor.accept(new RowKey(rs.getString(1), rs.getString(2)), rs.getString(3)));
    }

    @Override
    public synchronized void forEachProjectionRow(String kind, BiConsumer<RowKey, String> visitor) {
        query("SELECT kind, k, v FROM projection WHERE kind = ? ORDER BY k", ps -> ps.setString(1, kind),
                rs -> visitor.accept(new RowKey(rs.getString(1), rs.getString(2)), rs.getString(3)));
    }

    @Override
    public synchronized void replaceProjection(SortedMap<RowKey, String> rows) {
        try (Statement st = conn.createStatement();
             PreparedStatement ps = conn.prepareStatement("INSERT INTO projection (kind, k, v) VALUES (?, ?, ?)")) {
            st.executeUpdate("DELETE FROM projection");
            int n = 0;
            for (Map.Entry<RowKey, String> row : rows.entrySet()) {
                ps.setString(1, row.getKey().kind());
                ps.setString(2, row.getKey().key());
                ps.setString(3, row.getValue());
                ps.addBatch();
                if (++n % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
            conn.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw new LedgerStorageException("cannot replace the stored projection; the old one is kept", e);
        }
    }

    /** A file at least this big that is less than half live data is worth compacting. */
    static final long COMPACT_ABOVE_BYTES = 16L * 1024 * 1024;

    /**
     * True when the file has grown well beyond its live data: with {@code WRITE_DELAY=0} every commit
     * writes a new chunk and the old ones are only freed by compaction (decision 0004). Cheap: reads
     * the store's own counters.
     */
    public synchronized boolean wasteful() {
        if (!url.startsWith("jdbc:h2:file:")) {
            return false;
        }
        long[] size = {0};
        long[] fill = {100};
        query("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.CHUNKS_FILL_RATE')",
                ps -> { }, rs -> {
                    if (rs.getString(1).equals("info.FILE_SIZE")) {
                        size[0] = Long.parseLong(rs.getString(2));
                    } else {
                        fill[0] = Long.parseLong(rs.getString(2));
                    }
                });
        return size[0] >= COMPACT_ABOVE_BYTES && fill[0] < 50;
    }

    @Override
    public synchronized boolean compactIfWasteful() {
        if (!wasteful()) {
            return false;
        }
        long[] sizes = compact();
        LOG.log(System.Logger.Level.INFO, "ledger file compacted: " + sizes[0] + " -> " + sizes[1] + " bytes");
        return true;
    }

    /**
     * Writes a consistent copy of the database, taken while it is in use, to the zip file {@code zip}
     * ({@code BACKUP TO}: H2 copies the committed pages; writers wait meanwhile). The caller moves the
     * file into place once whole.
     */
    @Override
    public synchronized void backupTo(java.nio.file.Path zip) {
        try (Statement st = conn.createStatement()) {
            conn.commit();
            st.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new LedgerStorageException("backing up the ledger failed: " + e.getMessage(), e);
        }
    }

    /**
     * Rewrites the database file without the space that old versions of its pages hold
     * ({@code SHUTDOWN COMPACT}), then opens it again. Every committed event stays: compaction copies
     * the live pages, and a failure leaves the old file. Writers wait meanwhile (this store has one
     * connection and every method holds its lock). Returns the file's size before and after, in bytes
     * (0 for a store that is not a file).
     */
    @Override
    public synchronized long[] compact() {
        if (!url.startsWith("jdbc:h2:file:")) {
            return new long[] {0, 0};
        }
        java.nio.file.Path file = java.nio.file.Path.of(url.substring("jdbc:h2:file:".length(), url.indexOf(';')) + ".mv.db");
        try {
            long before = java.nio.file.Files.size(file);
            try (Statement st = conn.createStatement()) {
                st.execute("SHUTDOWN COMPACT");
            }
            conn = DriverManager.getConnection(url, "sa", "");
            conn.setAutoCommit(false);
            return new long[] {before, java.nio.file.Files.size(file)};
        } catch (SQLException | java.io.IOException e) {
            try {
                if (conn.isClosed()) {
                    conn = DriverManager.getConnection(url, "sa", "");
                    conn.setAutoCommit(false);
                }
            } catch (SQLException reopen) {
                e.addSuppressed(reopen);
            }
            throw new LedgerStorageException("compacting the ledger file failed; nothing was lost", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            conn.close();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "closing the ledger database failed", e);
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, Binder binder, RowReader reader) {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setFetchSize(1000);
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
            conn.rollback(); // end the read transaction
        } catch (SQLException e) {
            rollbackQuietly();
            throw new LedgerStorageException("reading the ledger failed: " + sql, e);
        }
    }

    private static Event event(ResultSet rs) throws SQLException {
        return new Event(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                Hash.of(rs.getBytes(6)), Hash.of(rs.getBytes(7)));
    }

    private static Checkpoint checkpoint(ResultSet rs) throws SQLException {
        return new Checkpoint(rs.getString(1), rs.getLong(2), Hash.of(rs.getBytes(3)), rs.getLong(4), rs.getBytes(5));
    }

    private void rollbackQuietly() {
        try {
            conn.rollback();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "rollback failed", e);
        }
    }

}
