package org.timestation.admin.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timestation.admin.hub.HubDb;
import org.timestation.time.ManualClock;

/** Console passwords: Argon2id, refused when weak, five wrong tries lock the account, longer each time, and a restart keeps the lock. */
class StaffAccountsTest {
    @TempDir
    Path dir;

    final ManualClock clock = new ManualClock(Instant.parse("2026-11-30T02:00:00Z"), ZoneOffset.UTC);

    @Test
    void aPasswordIsKeptAsArgon2idAndOnlyTheRightOneOpensIt() {
        String stored = Passwords.hash("幸福里的春天来了", new SecureRandom());
        assertThat(stored).startsWith("a2id$m=19456,t=2,p=1$").doesNotContain("幸福里");
        assertThat(Passwords.matches("幸福里的春天来了", stored)).isTrue();
        assertThat(Passwords.matches("幸福里的春天来了!", stored)).isFalse();
        assertThat(Passwords.hash("幸福里的春天来了", new SecureRandom())).as("a salt of its own").isNotEqualTo(stored);
        // a stored form edited to cost nothing (or everything) is not checked at all
        assertThat(Passwords.matches("幸福里的春天来了", stored.replace("m=19456", "m=1"))).isFalse();
        assertThat(Passwords.matches("x", "not a hash")).isFalse();
        assertThat(Passwords.weakness("short")).contains("至少要 10 个字符").contains("at least 10 characters");
        assertThat(Passwords.weakness("aaaaaaaaaaaa")).contains("too simple");
        assertThat(Passwords.weakness("a good long phrase")).isNull();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountLongerEachTimeAndARestartKeepsTheLock() {
        HubDb db = HubDb.open(dir);
        try (StaffAccounts accounts = new StaffAccounts(db, clock, new SecureRandom())) {
            assertThatThrownBy(() -> accounts.setPassword("M-1", "123")).isInstanceOf(Refused.class);
            assertThat(accounts.has("M-1")).as("a weak password makes no account").isFalse();
            accounts.setPassword("M-1", "station manager phrase");
            assertThat(accounts.check("M-2", "anything").check()).isEqualTo(StaffAccounts.Check.NO_ACCOUNT);
            for (int i = 1; i < StaffAccounts.TRIES; i++) {
                StaffAccounts.Result wrong = accounts.check("M-1", "wrong " + i);
                assertThat(wrong.check()).isEqualTo(StaffAccounts.Check.WRONG);
                assertThat(wrong.triesLeft()).isEqualTo(StaffAccounts.TRIES - i);
            }
            StaffAccounts.Result locked = accounts.check("M-1", "wrong again");
            assertThat(locked.check()).isEqualTo(StaffAccounts.Check.LOCKED);
            assertThat(locked.lockedUntil()).isEqualTo(clock.millis() + StaffAccounts.FIRST_LOCK.toMillis());
        }
        // the console restarts: the lock holds, and the right password does not open it early
        try (StaffAccounts accounts = new StaffAccounts(db, clock, new SecureRandom())) {
            assertThat(accounts.check("M-1", "station manager phrase").check()).isEqualTo(StaffAccounts.Check.LOCKED);
            clock.advance(StaffAccounts.FIRST_LOCK.plusSeconds(1));
            for (int i = 0; i < StaffAccounts.TRIES; i++) {
                accounts.check("M-1", "wrong " + i);
            }
            StaffAccounts.Result second = accounts.check("M-1", "station manager phrase");
            assertThat(second.check()).isEqualTo(StaffAccounts.Check.LOCKED);
            assertThat(second.lockedUntil() - clock.millis()).as("twice as long the second time").isEqualTo(2 * StaffAccounts.FIRST_LOCK.toMillis());
            // a manager sets a new password: the lock is lifted
            accounts.setPassword("M-1", "a brand new phrase");
            assertThat(accounts.check("M-1", "a brand new phrase").check()).isEqualTo(StaffAccounts.Check.OK);
            // and a right password resets the count of wrong ones
            for (int i = 0; i < StaffAccounts.TRIES - 1; i++) {
                accounts.check("M-1", "wrong " + i);
            }
            assertThat(accounts.check("M-1", "a brand new phrase").check()).isEqualTo(StaffAccounts.Check.OK);
            assertThat(accounts.check("M-1", "wrong").triesLeft()).isEqualTo(StaffAccounts.TRIES - 1);
        }
    }

    @Test
    void theLockNeverGrowsPastADay() {
        try (StaffAccounts accounts = new StaffAccounts(HubDb.open(dir), clock, new SecureRandom())) {
            accounts.setPassword("M-1", "station manager phrase");
            long longest = 0;
            for (int round = 0; round < 10; round++) {
                StaffAccounts.Result r = null;
                for (int i = 0; i < StaffAccounts.TRIES; i++) {
                    r = accounts.check("M-1", "wrong");
                }
                longest = Math.max(longest, r.lockedUntil() - clock.millis());
                clock.advance(Duration.ofMillis(r.lockedUntil() - clock.millis() + 1));
            }
            assertThat(longest).isEqualTo(StaffAccounts.LONGEST_LOCK.toMillis());
        }
    }
}
