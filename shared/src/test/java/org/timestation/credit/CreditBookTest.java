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
}
