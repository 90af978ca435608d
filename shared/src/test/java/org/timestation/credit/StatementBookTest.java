package org.timestation.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.timestation.ledger.Event;
import org.timestation.ledger.EventCodec;
import org.timestation.ledger.Hash;
import org.timestation.ledger.HybridLogicalClock;

/** Which movements are on each member's statement, and how one movement reads on it. */
class StatementBookTest {
    static final AccountId A = AccountId.member("M-A");
    static final AccountId B = AccountId.member("M-B");
    final StatementBook book = new StatementBook();
    long seq;

    Event event(Leg... legs) {
        CreditEvent.Moved m = new CreditEvent.Moved(MovementKind.SERVICE, List.of(legs), "R-1", null, null, null, "M-C", null);
        return new Event("n", ++seq, HybridLogicalClock.of(1_000 * seq, 0), "credit.moved", EventCodec.encode(m), Hash.ZERO, Hash.ZERO);
    }

    static Leg leg(AccountId from, AccountId to, long minutes) {
        return new Leg(from, to, Minutes.of(minutes));
    }

    @Test
    void aMovementIsOnTheStatementOfEveryMemberItTouchesAndOfNoOtherAccount() {
        assertThat(book.prefix()).isEqualTo("credit.moved");
        Event e = event(leg(A, B, 30));
        book.apply(e); // decoded here
        assertThat(book.latest("M-A", 5)).containsExactly(e.id().toString());
        assertThat(book.latest("M-B", 5)).containsExactly(e.id().toString());
        Event reward = event(leg(AccountId.ISSUANCE, A, 10));
        book.apply(reward);
        assertThat(book.latest("M-A", 5)).containsExactly(reward.id().toString(), e.id().toString());
        assertThat(book.latest("issuance", 5)).isEmpty();
        Event fee = event(leg(B, AccountId.POOL, 5));
        book.apply(fee);
        assertThat(book.latest("M-B", 5)).containsExactly(fee.id().toString(), e.id().toString());
        assertThat(book.latest("pool", 5)).isEmpty();
    }

    @Test
    void twoLegsOfOneMovementToTheSameMemberAreOneLine() {
        Event e = event(leg(A, B, 20), leg(AccountId.POOL, B, 40)); // the elder's own part and the pool's
        book.apply(e);
        assertThat(book.latest("M-B", 5)).containsExactly(e.id().toString());
        assertThat(StatementBook.movement(e, "M-B").minutes()).isEqualTo(60);
        assertThat(StatementBook.movement(e, "M-A").minutes()).isEqualTo(-20);
    }

    @Test
    void theStatementKeepsTheLatestFiftyNewestFirst() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < StatementBook.KEEP; i++) {
            Event e = event(leg(AccountId.ISSUANCE, A, 1));
            book.apply(e);
            ids.add(e.id().toString());
        }
        List<String> all = book.latest("M-A", 1000);
        assertThat(all).hasSize(StatementBook.KEEP).first().isEqualTo(ids.get(ids.size() - 1));
        assertThat(all.get(all.size() - 1)).as("the oldest of exactly fifty is still there").isEqualTo(ids.get(0));
        assertThat(book.latest("M-A", 3)).containsExactly(ids.get(49), ids.get(48), ids.get(47));
        assertThat(book.latest("M-A", 0)).isEmpty();
        Event next = event(leg(AccountId.ISSUANCE, A, 1));
        book.apply(next);
        List<String> after = book.latest("M-A", 1000);
        assertThat(after).hasSize(StatementBook.KEEP).first().isEqualTo(next.id().toString());
        assertThat(after).doesNotContain(ids.get(0)).contains(ids.get(1));
    }

    @Test
    void aMovementReadsAsTheMembersOwnInOrOutWithTheOtherSide() {
        Event e = event(leg(A, B, 30));
        Movement out = StatementBook.movement(e, "M-A");
        assertThat(out.minutes()).isEqualTo(-30);
        assertThat(out.other()).isEqualTo(B.toString());
        assertThat(out.kind()).isEqualTo(MovementKind.SERVICE);
        assertThat(out.ref()).isEqualTo("R-1");
        assertThat(out.proxyId()).isEqualTo("M-C");
        assertThat(out.at()).isEqualTo(e.epochMillis());
        assertThat(out.eventId()).isEqualTo(e.id().toString());
        Movement in = StatementBook.movement(e, "M-B");
        assertThat(in.minutes()).isEqualTo(30);
        assertThat(in.other()).isEqualTo(A.toString());
        Movement none = StatementBook.movement(e, "M-X");
        assertThat(none.minutes()).isZero();
        assertThat(none.other()).isNull();
        // money in from two sides: the first sender is the other side
        Event two = event(leg(A, B, 10), leg(AccountId.POOL, B, 5));
        assertThat(StatementBook.movement(two, "M-B").other()).isEqualTo(A.toString());
    }
}
