package org.timestation.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.timestation.credit.Minutes;
import org.timestation.ledger.Commit;
import org.timestation.member.Member;
import org.timestation.time.ManualClock;

/** Events older than what a node has applied (decision 0029), arriving after a crash. */
class LateEventsTest {
    private final ManualClock clock = new ManualClock(TestStation.START, TestStation.ZONE);

    @Test
    void aNodeReopenedAfterACrashBetweenLateEventsAndTheirRowsAppliesThemInOrderAndStoresEveryRowThatDiffers() {
        try (TestStation a = new TestStation("station-a", clock); TestStation b = new TestStation("station-b", clock)) {
            Member giver = a.register("老甲", 60);
            Member friend = a.register("乙", 30);
            a.earn(giver, 120);
            b.pullFrom(a);
            clock.advance(Duration.ofMinutes(1));
            b.community.credits().gift(a.tapCard(giver), friend.id(), Minutes.of(90), "at b first"); // offline at b
            clock.advance(Duration.ofMinutes(1));
            a.community.credits().gift(a.tapCard(giver), friend.id(), Minutes.of(60), "then at a");
            a.community.seal(); // a's projection is stored up to its own gift
            // the crash: b's feed reached a's store, but not the rows it changes
            a.store.registerNodeKey("station-b", b.store.nodeKeys().get("station-b"));
            a.store.commit(new Commit(b.store.feed("station-b", 0, Integer.MAX_VALUE), List.of(b.store.latestCheckpoint("station-b").orElseThrow()),
                    Map.of()));

            CommunityState reopened = CommunityState.load(a.store);
            assertThat(reopened.storedProjectionDamage()).isEmpty();
            assertThat(reopened.rows()).as("b's gift applied before a's, as a rebuild does").isEqualTo(CommunityState.rebuild(a.store).rows());
            assertThat(reopened.reapplications()).isEqualTo(1);
            assertThat(reopened.replacesStoredRows()).isTrue();
            // the next drain stores every row that differs, and deletes none that still exists
            Map<org.timestation.ledger.RowKey, String> rows = reopened.drainDirtyRows();
            a.store.commit(new Commit(List.of(), List.of(), rows, reopened.drainRemovedRows()));
            java.util.SortedMap<org.timestation.ledger.RowKey, String> stored = new java.util.TreeMap<>();
            a.store.forEachProjectionRow(stored::put);
            assertThat(stored).isEqualTo(reopened.rows());
            assertThat(CommunityState.load(a.store).storedProjectionDamage()).as("the seal matches the rows").isEmpty();
        }
    }
}
