package org.timestation.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.timestation.ledger.Hash;

/**
 * The benchmarks' baseline: plain JDBC batch inserts into an H2 file with the ledger's event table
 * (same columns, keys, indexes and settings, no triggers or projection), rows of a given payload's size.
 */
final class RawInserts implements AutoCloseable {
    private final Connection conn;
    private final PreparedStatement insert;
    private final String payload;
    private final String type;
    private long seq;

    RawInserts(Path dir, String type, String payload) throws SQLException {
        this(dir, type, payload, true);
    }

    /**
     * {@code hybridIndex} false leaves out the index on hybrid order (V4): the baseline as it was before
     * the ledger kept that index, reported beside the faithful one (BENCHMARKS.md).
     */
    RawInserts(Path dir, String type, String payload, boolean hybridIndex) throws SQLException {
        this.type = type;
        this.payload = payload;
        conn = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("raw") + ";WRITE_DELAY=0", "sa", "");
        conn.setAutoCommit(false);
        createEventTable(conn, hybridIndex);
        insert = conn.prepareStatement("INSERT INTO event (node_id, seq, hlc, type, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)");
    }

    /** The ledger's event table (same columns, keys and indexes), without its triggers, committed. */
    static void createEventTable(Connection conn) throws SQLException {
        createEventTable(conn, true);
    }

    private static void createEventTable(Connection conn, boolean hybridIndex) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE TABLE event (pos BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, node_id VARCHAR(64) NOT NULL, "
                    + "seq BIGINT NOT NULL, hlc BIGINT NOT NULL, type VARCHAR(64) NOT NULL, payload VARCHAR(1000000) NOT NULL, "
                    + "prev_hash BINARY(32) NOT NULL, hash BINARY(32) NOT NULL, CONSTRAINT event_feed_seq UNIQUE (node_id, seq))");
            // the ledger reads its events in hybrid order through this index (V4, decision 0029): every insert keeps it too
            if (hybridIndex) {
                st.execute("CREATE INDEX event_hybrid_order ON event (hlc, node_id, seq)");
            }
        }
        conn.commit();
    }

    /** {@code rows} rows by JDBC batch, then one commit. */
    int[] insertAndCommit(int rows) throws SQLException {
        byte[] h = new byte[Hash.LENGTH];
        for (int i = 0; i < rows; i++) {
            seq++;
            h[0] = (byte) seq;
            insert.setString(1, "station-bench");
            insert.setLong(2, seq);
            insert.setLong(3, seq << 16);
            insert.setString(4, type);
            insert.setString(5, payload);
            insert.setBytes(6, h);
            insert.setBytes(7, h);
            insert.addBatch();
        }
        int[] n = insert.executeBatch();
        conn.commit();
        return n;
    }

    @Override
    public void close() throws SQLException {
        conn.close();
    }
}
