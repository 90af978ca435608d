package org.timestation.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.timestation.ledger.h2.H2EventStore;

/** What an attacker with the database file could do: drop the guards and edit rows directly. */
final class Tamper {
    static final String[] EVENT_FIELDS = {"node_id", "seq", "hlc", "type", "payload", "prev_hash", "hash"};
    private final Connection c;

    Tamper(H2EventStore store) throws SQLException {
        this.c = store.connection();
        try (Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER IF EXISTS event_append_only");
            st.execute("DROP TRIGGER IF EXISTS checkpoint_append_only");
        }
        c.commit();
    }

    long eventCount() throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM event")) {
            rs.next();
            long n = rs.getLong(1);
            c.rollback();
            return n;
        }
    }

    /** Flips bits in one byte of one field of the event at arrival position {@code index} (0-based). Returns false if the DB refused. */
    boolean flipByte(long index, String field, int byteIndex, int xor) throws SQLException {
        long pos = pos(index);
        try (PreparedStatement read = c.prepareStatement("SELECT " + field + " FROM event WHERE pos = ?")) {
            read.setLong(1, pos);
            try (ResultSet rs = read.executeQuery()) {
                rs.next();
                Object value = rs.getObject(1);
                Object changed;
                if (value instanceof byte[] b) {
                    b[Math.floorMod(byteIndex, b.length)] ^= (byte) xor;
                    changed = b;
                } else if (value instanceof Long l) {
                    changed = l ^ ((long) (xor & 0xFF) << (8 * Math.floorMod(byteIndex, 8)));
                } else {
                    byte[] b = ((String) value).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    int i = Math.floorMod(byteIndex, b.length);
                    b[i] ^= (byte) xor;
                    String s = new String(b, java.nio.charset.StandardCharsets.UTF_8);
                    if (s.equals(value)) {
                        // the flipped byte decoded to the same text: change the character instead
                        char[] cs = ((String) value).toCharArray();
                        cs[Math.floorMod(byteIndex, cs.length)] ^= 1;
                        s = new String(cs);
                    }
                    changed = s;
                }
                return update("UPDATE event SET " + field + " = ? WHERE pos = ?", changed, pos);
            }
        }
    }

    boolean deleteEvent(long index) throws SQLException {
        long pos = pos(index);
        return update("DELETE FROM event WHERE pos = ? AND 1 = ?", pos, 1L);
    }

    /** Swaps the payloads (and hashes) of two events: same bytes, other order. */
    boolean swapEvents(long i, long j) throws SQLException {
        long a = pos(i);
        long b = pos(j);
        try (Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TEMP TABLE IF NOT EXISTS t AS SELECT * FROM event WHERE 1=0");
            st.executeUpdate("DELETE FROM t");
            st.executeUpdate("INSERT INTO t SELECT * FROM event WHERE pos IN (" + a + "," + b + ")");
            st.executeUpdate("UPDATE event e SET (type, payload, hlc, prev_hash, hash) = (SELECT type, payload, hlc, prev_hash, hash FROM t WHERE t.pos = "
                    + b + ") WHERE e.pos = " + a);
            st.executeUpdate("UPDATE event e SET (type, payload, hlc, prev_hash, hash) = (SELECT type, payload, hlc, prev_hash, hash FROM t WHERE t.pos = "
                    + a + ") WHERE e.pos = " + b);
            c.commit();
            return true;
        }
    }

    boolean setStoredBalance(String account, String value) throws SQLException {
        return update("UPDATE projection SET v = ? WHERE kind = 'account' AND k = ?", value, account);
    }

    boolean flipCheckpointSignature(long index) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT node_id, seq, signature FROM checkpoint ORDER BY node_id, seq LIMIT 1 OFFSET " + index)) {
            rs.next();
            byte[] sig = rs.getBytes(3);
            sig[5] ^= 0x40;
            try (PreparedStatement ps = c.prepareStatement("UPDATE checkpoint SET signature = ? WHERE node_id = ? AND seq = ?")) {
                ps.setBytes(1, sig);
                ps.setString(2, rs.getString(1));
                ps.setLong(3, rs.getLong(2));
                ps.executeUpdate();
            }
            c.commit();
            return true;
        }
    }

    private long pos(long index) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT pos FROM event ORDER BY pos LIMIT 1 OFFSET " + index)) {
            rs.next();
            long p = rs.getLong(1);
            c.rollback();
            return p;
        }
    }

    private boolean update(String sql, Object a, Object b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, a);
            ps.setObject(2, b);
            boolean changed = ps.executeUpdate() == 1;
            c.commit();
            return changed;
        } catch (SQLException e) {
            c.rollback();
            return false; // e.g. a changed seq collided with another event's: not a possible tamper
        }
    }
}
