package org.timestation.admin.hub;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One-time enrollment tokens: the hub keeps only the SHA-256 of each secret, a token works once, and
 * not after it expires. Redeeming is one atomic update, so two stations racing with the same code
 * cannot both win.
 */
public final class EnrollTokens implements AutoCloseable {
    private final Connection db;
    private final Clock clock;

    public EnrollTokens(HubDb hubDb, Clock clock) {
        this.db = hubDb.connect();
        this.clock = clock;
    }

    /** A token as issued: its id, its secret (shown once, never stored), and when it expires. */
    public record Issued(String tokenId, String secret, long expiresAt) {
    }

    /** What a redeemed token was for. */
    public record Token(String node, String name, boolean recover) {
    }

    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public synchronized Issued issue(String node, String name, Duration valid, boolean recover, SecureRandom random) {
        byte[] id = new byte[8];
        byte[] secret = new byte[24];
        random.nextBytes(id);
        random.nextBytes(secret);
        Issued issued = new Issued(HexFormat.of().formatHex(id), Base64.getUrlEncoder().withoutPadding().encodeToString(secret),
                clock.millis() + valid.toMillis());
        try (PreparedStatement s = db.prepareStatement("INSERT INTO enroll_token (token_id, secret_hash, node_id, name, expires_at, recover) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, issued.tokenId());
            s.setBytes(2, hash(issued.secret()));
            s.setString(3, node);
            s.setString(4, name);
            s.setLong(5, issued.expiresAt());
            s.setBoolean(6, recover);
            s.executeUpdate();
            db.commit();
        } catch (SQLException e) {
            HubDb.rollback(db);
            throw new IllegalStateException("cannot keep the enrollment token: " + e.getMessage(), e);
        }
        return issued;
    }

    /**
     * Uses the token up if the secret is right, it is unused, not expired and of the kind asked for (a
     * recovery code, or a plain one); empty otherwise (nothing is changed then: a code given to the
     * wrong command still works with the right one).
     */
    public synchronized Optional<Token> redeem(String tokenId, String secret, boolean recover) {
        long now = clock.millis();
        try (PreparedStatement q = db.prepareStatement("SELECT secret_hash, node_id, name, recover FROM enroll_token WHERE token_id = ? AND used_at IS NULL AND expires_at > ? AND recover = ?")) {
            q.setString(1, tokenId);
            q.setLong(2, now);
            q.setBoolean(3, recover);
            Token t;
            try (ResultSet r = q.executeQuery()) {
                if (!r.next() || !MessageDigest.isEqual(r.getBytes(1), hash(secret))) {
                    return Optional.empty();
                }
                t = new Token(r.getString(2), r.getString(3), r.getBoolean(4));
            }
            try (PreparedStatement u = db.prepareStatement("UPDATE enroll_token SET used_at = ? WHERE token_id = ? AND used_at IS NULL")) {
                u.setLong(1, now);
                u.setString(2, tokenId);
                if (u.executeUpdate() != 1) {
                    db.rollback();
                    return Optional.empty();
                }
            }
            db.commit();
            return Optional.of(t);
        } catch (SQLException e) {
            HubDb.rollback(db);
            throw new IllegalStateException("cannot read the enrollment tokens: " + e.getMessage(), e);
        }
    }

    /** True when this code was already used for {@code node} and has not expired (a station retrying after a lost answer). */
    public synchronized boolean wasRedeemedFor(String tokenId, String secret, String node) {
        try (PreparedStatement q = db.prepareStatement("SELECT secret_hash, node_id FROM enroll_token WHERE token_id = ? AND used_at IS NOT NULL AND expires_at > ?")) {
            q.setString(1, tokenId);
            q.setLong(2, clock.millis());
            try (ResultSet r = q.executeQuery()) {
                return r.next() && MessageDigest.isEqual(r.getBytes(1), hash(secret)) && r.getString(2).equals(node);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the enrollment tokens: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        HubDb.close(db);
    }
}
