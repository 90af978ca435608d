package org.timestation.admin.staff;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.timestation.admin.hub.HubDb;

/**
 * The console's sign-in accounts, on this machine only (table {@code staff_account}): an Argon2id
 * password per staff member, and the wrong tries. Five wrong passwords in a row lock the account for
 * 15 minutes, each further lock twice as long, up to a day; the count and the lock survive a restart.
 * A new password set by a manager lifts the lock.
 */
public final class StaffAccounts implements AutoCloseable {
    public static final int TRIES = 5;
    public static final Duration FIRST_LOCK = Duration.ofMinutes(15);
    public static final Duration LONGEST_LOCK = Duration.ofDays(1);

    private final Connection db;
    private final Clock clock;
    private final SecureRandom random;

    public StaffAccounts(HubDb hubDb, Clock clock, SecureRandom random) {
        this.db = hubDb.connect();
        this.clock = clock;
        this.random = random;
    }

    /** What a password check came to. */
    public enum Check { OK, WRONG, LOCKED, NO_ACCOUNT }

    /** A check with, when wrong, the tries left before a lock, and when locked, until when. */
    public record Result(Check check, int triesLeft, long lockedUntil) {
    }

    public synchronized boolean isEmpty() {
        return memberIds().isEmpty();
    }

    public synchronized List<String> memberIds() {
        List<String> out = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT member_id FROM staff_account ORDER BY member_id");
             ResultSet r = q.executeQuery()) {
            while (r.next()) {
                out.add(r.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    public synchronized boolean has(String memberId) {
        return row(memberId).isPresent();
    }

    /** Sets (or replaces) {@code memberId}'s password and lifts any lock; a weak one is refused and nothing changes. */
    public synchronized void setPassword(String memberId, String password) {
        String weak = Passwords.weakness(password);
        if (weak != null) {
            int cut = weak.indexOf(" / ");
            throw new Refused(weak.substring(0, cut), weak.substring(cut + 3));
        }
        String hash = Passwords.hash(password, random);
        try (PreparedStatement s = db.prepareStatement("MERGE INTO staff_account KEY (member_id) VALUES (?, ?, 0, 0, 0, ?)")) {
            s.setString(1, memberId);
            s.setString(2, hash);
            s.setLong(3, clock.millis());
            s.executeUpdate();
            db.commit();
        } catch (SQLException e) {
            HubDb.rollback(db);
            throw failed(e);
        }
    }

    public synchronized void remove(String memberId) {
        try (PreparedStatement s = db.prepareStatement("DELETE FROM staff_account WHERE member_id = ?")) {
            s.setString(1, memberId);
            s.executeUpdate();
            db.commit();
        } catch (SQLException e) {
            HubDb.rollback(db);
            throw failed(e);
        }
    }

    private record Row(String hash, int failed, int locks, long lockedUntil) {
    }

    private Optional<Row> row(String memberId) {
        try (PreparedStatement q = db.prepareStatement("SELECT password_hash, failed, locks, locked_until FROM staff_account WHERE member_id = ?")) {
            q.setString(1, memberId);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? Optional.of(new Row(r.getString(1), r.getInt(2), r.getInt(3), r.getLong(4))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /**
     * Checks {@code password} for {@code memberId}: a locked account is not checked at all (a right
     * password does not open it early); a wrong one counts, and the fifth in a row locks.
     */
    public synchronized Result check(String memberId, String password) {
        Optional<Row> found = row(memberId);
        if (found.isEmpty()) {
            return new Result(Check.NO_ACCOUNT, 0, 0);
        }
        Row r = found.get();
        long now = clock.millis();
        if (r.lockedUntil() > now) {
            return new Result(Check.LOCKED, 0, r.lockedUntil());
        }
        if (Passwords.matches(password == null ? "" : password, r.hash())) {
            update(memberId, 0, r.locks(), 0);
            return new Result(Check.OK, TRIES, 0);
        }
        int failed = r.failed() + 1;
        if (failed >= TRIES) {
            long lock = Math.min(LONGEST_LOCK.toMillis(), FIRST_LOCK.toMillis() << Math.min(r.locks(), 20));
            update(memberId, 0, r.locks() + 1, now + lock);
            return new Result(Check.LOCKED, 0, now + lock);
        }
        update(memberId, failed, r.locks(), 0);
        return new Result(Check.WRONG, TRIES - failed, 0);
    }

    private void update(String memberId, int failed, int locks, long lockedUntil) {
        try (PreparedStatement s = db.prepareStatement("UPDATE staff_account SET failed = ?, locks = ?, locked_until = ? WHERE member_id = ?")) {
            s.setInt(1, failed);
            s.setInt(2, locks);
            s.setLong(3, lockedUntil);
            s.setString(4, memberId);
            s.executeUpdate();
            db.commit();
        } catch (SQLException e) {
            HubDb.rollback(db);
            throw failed(e);
        }
    }

    private static IllegalStateException failed(SQLException e) {
        return new IllegalStateException("cannot read or write the console's staff accounts: " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        HubDb.close(db);
    }
}
