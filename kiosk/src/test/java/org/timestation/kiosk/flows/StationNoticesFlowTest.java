package org.timestation.kiosk.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.timestation.kiosk.flows.SignInFlowTest.openStrip;
import static org.timestation.kiosk.flows.SignInFlowTest.tapCard;
import static org.timestation.kiosk.flows.SignInFlowTest.text;
import static org.timestation.kiosk.flows.SignInFlowTest.visible;
import static org.timestation.kiosk.flows.SignInFlowTest.waitUntil;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.timestation.kiosk.testing.KioskFlowTest;
import org.timestation.time.ManualClock;

/** A station whose clock fell behind its ledger writes nothing, tells the resident, and tells the staff why on the staff screen. */
class StationNoticesFlowTest extends KioskFlowTest {
    final ManualClock clock = new ManualClock(java.time.Instant.now(), java.time.ZoneId.of("Asia/Shanghai"));

    @Override
    protected java.time.Clock clock() {
        return clock;
    }

    @Test
    void aClockSetBackStopsWritingAndTheStaffScreenSaysWhy(FxRobot robot) {
        clock.advance(Duration.ofDays(-3)); // a flat clock battery: behind the ledger's last event (the demo writes every day)
        long before = shell.community().store().eventCount();
        tapCard(robot, 0);
        robot.clickOn("#tile-credits");
        robot.clickOn("#credits-print"); // printing a statement prints a new member code: a write
        waitUntil(() -> visible(robot, "message"));
        assertThat(text(robot, "message")).contains("时钟慢了");
        assertThat(shell.community().store().eventCount()).isEqualTo(before);
        robot.clickOn("#message-ok");
        robot.clickOn("#btn-signout");
        SignInFlowTest.signInStaff(shell);
        openStrip(robot);
        robot.clickOn("#sim-devices");
        waitUntil(() -> visible(robot, "devices-notices"));
        assertThat(text(robot, "devices-notices")).contains("时钟慢了").contains("设置正确的日期和时间");
        clock.advance(Duration.ofDays(3));
        waitUntil(() -> !visible(robot, "devices-notices"));
    }
}
