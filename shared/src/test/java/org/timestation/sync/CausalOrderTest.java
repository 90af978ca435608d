package org.timestation.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.timestation.ledger.Event;
import org.timestation.ledger.Hash;

/** Pulled feeds are merged by hybrid time, and each feed stays in its own seq order even if its times go back. */
class CausalOrderTest {
    private static Event e(String node, long seq, long hlc) {
        return new Event(node, seq, hlc, "t", "{}", Hash.ZERO, Hash.ZERO);
    }

    @Test
    void mergedByTimeEachFeedInItsOwnOrder() {
        List<Event> pulled = List.of(e("a", 1, 10), e("a", 2, 30), e("b", 1, 20), e("b", 2, 5), e("b", 3, 40));
        assertThat(StationSync.causalOrder(pulled)).extracting(x -> x.nodeId() + x.seq())
                .containsExactly("a1", "b1", "b2", "a2", "b3");
    }
}
