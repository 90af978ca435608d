package org.timestation.admin.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.timestation.audit.Verifier;
import org.timestation.community.Community;
import org.timestation.community.CommunityState;

/** The convergence check the replication tests share: every node's whole projection is the same (the {@code state:} digest). */
final class SameState {
    private SameState() {
    }

    /**
     * The hub and every station hold the same projection, live and as {@code verify} rebuilds it from
     * their stores: the digest {@code verify} prints as {@code state:}.
     */
    static void assertSameState(Hub hub, Community... stations) {
        String expected = hub.community().inspect(CommunityState::digest);
        assertThat(Verifier.verify(hub.community().store(), Clock.systemUTC(), hub.community().nodeId()::equals).stateDigest())
                .as("verify's state: at the hub").isEqualTo(expected);
        for (Community c : stations) {
            assertThat(c.inspect(CommunityState::digest)).as("the state of " + c.nodeId()).isEqualTo(expected);
            assertThat(Verifier.verify(c.store(), Clock.systemUTC(), c.nodeId()::equals).stateDigest()).as("verify's state: at " + c.nodeId())
                    .isEqualTo(expected);
        }
    }
}
