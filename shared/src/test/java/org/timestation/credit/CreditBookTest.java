package org.timestation.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.timestation.ledger.Event;
import org.timestation.ledger.EventCodec;
import org.timestation.ledger.Hash;
import org.timestation.ledger.HybridLogicalClock;
import org.timestation.policy.Policy;

/** The accounts projection applied event by event, including events no rule would let a station write (they still happened). */
class CreditBookTest {
    static final long T0 = 1_772_326_800_000L; // 2026-03-01T01:00Z
    static final long DAY = 86_400_000L;
    final CreditBook book = new CreditBook(() -> Policy.DEFAULT);
    int seq;

    void apply(long at, MovementKind kind, AccountId from, AccountId to, long minutes) {
        CreditEvent.Moved m = new CreditEvent.Moved(kind, List.of(new Leg(from, to, Minutes.of(minutes))), null, null, null, null, null, null);
        book.apply(new Event("n", ++seq, HybridLogicalClock.of(at, 0), "credit.moved", EventCodec.encode(m), Hash.ZERO, Hash.ZERO), m);
    }

    @Test
    void aGiftBeyondTheGiversLotsCarriesWhatTheyHadAndTheRestIsNewAtTheGiftsDate() {
        AccountId giver = AccountId.member("A");
        AccountId receiver = AccountId.member("B");
        apply(T0, MovementKind.REWARD, AccountId.ISSUANCE, giver, 30);
        apply(T0 + 100 * DAY, MovementKind.GIFT, giver, receiver, 50);
        assertThat(book.balance(giver)).isEqualTo(Minutes.of(-20));
        assertThat(book.lots(giver)).isEmpty();
        List<Lot> lots = book.lots(receiver);
        assertThat(lots).extracting(Lot::minutes).containsExactly(30L, 20L);
        assertThat(lots.get(0).earnedAt()).as("the giver's 30 keep their date").isEqualTo(T0);
        assertThat(lots.get(1).earnedAt()).as("the 20 the giver did not hold are new").isEqualTo(T0 + 100 * DAY);
        assertThat(book.total()).isEqualTo(Minutes.ZERO);
    }

    @Test
    void aDebitTakesFromTheBalanceAndACreditAddsToIt() {
        AccountId a = AccountId.member("A");
        apply(T0, MovementKind.REWARD, AccountId.ISSUANCE, a, 100);
        apply(T0 + DAY, MovementKind.FEE, a, AccountId.POOL, 40);
        assertThat(book.balance(a)).isEqualTo(Minutes.of(60));
        assertThat(book.balance(AccountId.POOL)).isEqualTo(Minutes.of(40));
        assertThat(book.balance(AccountId.ISSUANCE)).isEqualTo(Minutes.of(-100));
        assertThat(book.balances()).containsEntry(a, Minutes.of(60)).containsEntry(AccountId.POOL, Minutes.of(40)).hasSize(3);
        assertThat(book.lots(a)).singleElement().satisfies(l -> assertThat(l.minutes()).isEqualTo(60));
    }

    @Test
    void availableAndExpiredSplitTheLotsAtTheirExpiry() {
        AccountId a = AccountId.member("A");
        apply(T0, MovementKind.REWARD, AccountId.ISSUANCE, a, 60);
        apply(T0 + 400 * DAY, MovementKind.REWARD, AccountId.ISSUANCE, a, 45);
        long firstExpiry = book.lots(a).get(0).expiresAt();
        assertThat(book.available(a, java.time.Instant.ofEpochMilli(firstExpiry - 1))).isEqualTo(Minutes.of(105));
        assertThat(book.expired(a, java.time.Instant.ofEpochMilli(firstExpiry - 1))).isEqualTo(Minutes.ZERO);
        assertThat(book.available(a, java.time.Instant.ofEpochMilli(firstExpiry))).isEqualTo(Minutes.of(45));
        assertThat(book.expired(a, java.time.Instant.ofEpochMilli(firstExpiry))).isEqualTo(Minutes.of(60));
        assertThat(book.dueForExpiry(java.time.Instant.ofEpochMilli(firstExpiry))).containsExactly(java.util.Map.entry(a, Minutes.of(60)));
    }

    @Test
    void creditsReceivedInDebtRepayItFromTheSoonestExpiringFirst() {
        AccountId a = AccountId.member("A");
        AccountId giver = AccountId.member("G");
        apply(T0, MovementKind.REWARD, AccountId.ISSUANCE, giver, 20);                 // the giver's older lot
        apply(T0 + 300 * DAY, MovementKind.REWARD, AccountId.ISSUANCE, giver, 60);     // and a newer one
        apply(T0 + 300 * DAY, MovementKind.FEE, a, AccountId.POOL, 30);                // A owes 30
        assertThat(book.balance(a)).isEqualTo(Minutes.of(-30));
        apply(T0 + 301 * DAY, MovementKind.GIFT, giver, a, 80);                        // carries both lots
        assertThat(book.balance(a)).isEqualTo(Minutes.of(50));
        assertThat(book.lots(a)).as("the debt took the older 20 and 10 of the newer 60").extracting(Lot::minutes).containsExactly(50L);
        assertThat(book.lots(a).get(0).earnedAt()).isEqualTo(T0 + 300 * DAY);
    }

    @Test
    void creditsThatExactlyRepayADebtLeaveNoLot() {
        AccountId a = AccountId.member("A");
        apply(T0, MovementKind.FEE, a, AccountId.POOL, 30);
        apply(T0 + DAY, MovementKind.REWARD, AccountId.ISSUANCE, a, 30);
        assertThat(book.balance(a)).isEqualTo(Minutes.ZERO);
        assertThat(book.lots(a)).isEmpty();
        apply(T0 + 2 * DAY, MovementKind.REWARD, AccountId.ISSUANCE, a, 1);
        assertThat(book.lots(a)).extracting(Lot::minutes).containsExactly(1L);
    }

    @Test
    void lotsEarnedOnOneDayShareAnExpiryAndTheNextDayIsAnother() {
        AccountId a = AccountId.member("A");
        java.time.ZoneId zone = Policy.DEFAULT.zoneId();
        long midnight = java.time.LocalDate.of(2026, 3, 2).atStartOfDay(zone).toInstant().toEpochMilli();
        apply(midnight - 2, MovementKind.REWARD, AccountId.ISSUANCE, a, 10);
        apply(midnight - 1, MovementKind.REWARD, AccountId.ISSUANCE, a, 10);
        apply(midnight, MovementKind.REWARD, AccountId.ISSUANCE, a, 10);
        apply(midnight + DAY - 1, MovementKind.REWARD, AccountId.ISSUANCE, a, 10);
        apply(midnight + DAY, MovementKind.REWARD, AccountId.ISSUANCE, a, 10);
        List<Lot> lots = book.lots(a);
        assertThat(lots).extracting(Lot::minutes).containsExactly(20L, 20L, 10L);
        assertThat(book.lastValidDay(lots.get(0))).isEqualTo(java.time.LocalDate.of(2028, 3, 1));
        assertThat(book.lastValidDay(lots.get(1))).isEqualTo(java.time.LocalDate.of(2028, 3, 2));
        assertThat(book.lastValidDay(lots.get(2))).isEqualTo(java.time.LocalDate.of(2028, 3, 3));
        assertThat(lots.get(1).earnedAt()).as("merged lots keep the earliest date").isEqualTo(midnight);
    }

    @Test
    void expiringSoonIsAfterNowAndWithinTheReminderWindow() {
        AccountId a = AccountId.member("A");
        apply(T0, MovementKind.REWARD, AccountId.ISSUANCE, a, 10);
        long expiry = book.lots(a).get(0).expiresAt();
        java.time.Instant monthBefore = java.time.ZonedDateTime.ofInstant(java.time.Instant.ofEpochMilli(expiry), Policy.DEFAULT.zoneId())
                .minusMonths(Policy.DEFAULT.reminderMonths()).toInstant();
        assertThat(book.expiringSoon(a, monthBefore.minusMillis(1))).isEmpty();
        assertThat(book.expiringSoon(a, monthBefore)).hasSize(1);
        assertThat(book.expiringSoon(a, java.time.Instant.ofEpochMilli(expiry - 1))).hasSize(1);
        assertThat(book.expiringSoon(a, java.time.Instant.ofEpochMilli(expiry))).as("expired, no longer soon").isEmpty();
        assertThat(book.expiryReminders(monthBefore)).containsOnlyKeys(a);
        assertThat(book.expiryReminders(monthBefore.minusMillis(1))).isEmpty();
    }

    @Test
    void theStoredRowsRebuildTheSameBook() {
        AccountId a = AccountId.member("A");
        apply(T0, MovementKind.REWARD, AccountId.ISSUANCE, a, 100);
        apply(T0 + DAY, MovementKind.GIFT, a, AccountId.member("B"), 30);
        book.open(AccountId.member("C"));
        java.util.SortedMap<org.timestation.ledger.RowKey, String> dirty = new java.util.TreeMap<>();
        book.drainDirtyRows(dirty);
        java.util.SortedMap<org.timestation.ledger.RowKey, String> all = new java.util.TreeMap<>();
        book.allRows(all);
        assertThat(dirty).isEqualTo(all).containsKey(new org.timestation.ledger.RowKey("account", "member:C"));
        java.util.SortedMap<org.timestation.ledger.RowKey, String> again = new java.util.TreeMap<>();
        book.drainDirtyRows(again);
        assertThat(again).as("nothing changed since the last drain").isEmpty();
        book.open(AccountId.member("C"));
        book.drainDirtyRows(again);
        assertThat(again).as("opening an open account changes nothing").isEmpty();

        CreditBook loaded = new CreditBook(() -> Policy.DEFAULT);
        all.forEach((k, v) -> assertThat(loaded.load(k, v)).isTrue());
        assertThat(loaded.load(new org.timestation.ledger.RowKey("member", "x"), "{}")).isFalse();
        assertThat(loaded.exists(AccountId.member("C"))).isTrue();
        assertThat(loaded.exists(AccountId.member("D"))).isFalse();
        assertThat(loaded.balances()).isEqualTo(book.balances());
        assertThat(loaded.lots(a)).isEqualTo(book.lots(a));
        java.util.SortedMap<org.timestation.ledger.RowKey, String> reloaded = new java.util.TreeMap<>();
        loaded.allRows(reloaded);
        assertThat(reloaded).isEqualTo(all);

        loaded.clear();
        assertThat(loaded.balances()).isEmpty();
        java.util.SortedMap<org.timestation.ledger.RowKey, String> none = new java.util.TreeMap<>();
        loaded.drainDirtyRows(none);
        loaded.allRows(none);
        assertThat(none).isEmpty();
    }
}
