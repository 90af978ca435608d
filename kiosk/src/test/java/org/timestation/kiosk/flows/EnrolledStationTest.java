package org.timestation.kiosk.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.timestation.datafolder.DataFolder;
import org.timestation.kiosk.app.KioskConfig;
import org.timestation.kiosk.testing.KioskFlowTest;
import org.timestation.sync.HubLink;
import org.timestation.time.ManualClock;

/**
 * An enrolled station leaves the community's time rules to its hub (decision 0027): opened two years
 * after its last day, it writes no expiry, lapse or auto-confirm of its own, while it still tries to
 * sync (its hub is away here) and says so on the staff screen.
 */
class EnrolledStationTest extends KioskFlowTest {
    private static final ManualClock LATER = new ManualClock(LocalDate.now().plusYears(2).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
            ZoneId.of("Asia/Shanghai"));
    private long headBefore = -1;

    @Override
    protected java.time.Clock clock() {
        return LATER;
    }

    @Override
    protected KioskConfig config() {
        if (HubLink.of(data()).isEmpty()) {
            new HubLink(URI.create("https://127.0.0.1:1/"), new byte[32], "admin", "timestation/admin", new byte[32]).save(data());
        }
        if (headBefore < 0) {
            try (var c = DataFolder.at(data()).open(java.time.Clock.systemUTC())) {
                headBefore = c.store().head(node()).seq();
            }
        }
        return super.config();
    }

    @Test
    void anEnrolledStationWritesNoTimeRuleEventsAndShowsItsSync(FxRobot robot) throws Exception {
        assertThat(shell.runsTimeRules()).isFalse();
        assertThat(shell.context().enrolled().get()).isTrue();
        SignInFlowTest.waitUntil(() -> shell.context().sync().get() != null); // the first round tried the (absent) hub
        assertThat(shell.context().sync().get().reachable()).isFalse();
        long after = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> shell.community().store().head(node()).seq()).get();
        assertThat(after).as("two years on, nothing written by this station: the hub runs the rules").isEqualTo(headBefore);
    }
}
