package org.timestation.kiosk.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.timestation.kiosk.flows.SignInFlowTest.openStrip;
import static org.timestation.kiosk.flows.SignInFlowTest.tapCard;
import static org.timestation.kiosk.flows.SignInFlowTest.text;
import static org.timestation.kiosk.flows.SignInFlowTest.visible;
import static org.timestation.kiosk.flows.SignInFlowTest.waitUntil;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.timestation.disk.DiskGuard;
import org.timestation.kiosk.testing.KioskFlowTest;
import org.timestation.member.Member;

/**
 * A station whose disk is nearly full: a resident's act is refused in plain words before anything is written,
 * the staff screen says why and what to do, and once space is freed the same act goes through.
 */
class DiskGuardFlowTest extends KioskFlowTest {
    @Test
    void aNearlyFullDiskRefusesAResidentsActInWordsAndTheStaffScreenSaysWhy(FxRobot robot) {
        AtomicLong free = new AtomicLong(100L << 20); // 100 MB left: below the 200 MB floor
        shell.community().guardDisk(new DiskGuard(free::get, 200L << 20));
        Member elder = shell.community().members().byPhone("13800000001").get(0);
        long events = shell.community().store().eventCount();

        tapCard(robot, 0);
        robot.clickOn("#tile-credits");
        waitUntil(() -> text(robot, "credits-bulletin").contains(elder.maskedName()));
        SignInFlowTest.tap(robot, "#credits-bulletin-change");
        waitUntil(() -> visible(robot, "message") && text(robot, "message").contains("磁盘快满了"));
        assertThat(text(robot, "message")).contains("工作人员");
        assertThat(shell.community().members().nameInBulletin(elder.id())).isFalse();
        assertThat(shell.community().store().eventCount()).as("nothing written").isEqualTo(events);
        robot.clickOn("#message-ok");
        robot.clickOn("#btn-signout");
        waitUntil(() -> visible(robot, "attract-pin"));

        SignInFlowTest.signInStaff(shell);
        openStrip(robot);
        robot.clickOn("#sim-devices");
        waitUntil(() -> visible(robot, "devices-notices") && text(robot, "devices-notices").contains("磁盘快满了"));
        robot.clickOn("#btn-signout");
        waitUntil(() -> visible(robot, "attract-pin"));

        free.set(2L << 30); // space freed
        tapCard(robot, 0);
        robot.clickOn("#tile-credits");
        waitUntil(() -> text(robot, "credits-bulletin").contains(elder.maskedName()));
        SignInFlowTest.tap(robot, "#credits-bulletin-change");
        waitUntil(() -> shell.community().members().nameInBulletin(elder.id()));
    }
}
