package org.timestation.kiosk.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.timestation.kiosk.flows.SignInFlowTest.openStrip;
import static org.timestation.kiosk.flows.SignInFlowTest.tapCard;
import static org.timestation.kiosk.flows.SignInFlowTest.text;
import static org.timestation.kiosk.flows.SignInFlowTest.visible;
import static org.timestation.kiosk.flows.SignInFlowTest.waitUntil;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.timestation.credit.Minutes;
import org.timestation.device.station.StationDevices;
import org.timestation.kiosk.testing.KioskFlowTest;
import org.timestation.kiosk.testing.Screenshots;
import org.timestation.member.Member;

/**
 * The staff's devices screen in demo mode, where the devices are byte-level simulators behind the
 * real drivers: live states, a test page, a card test that signs nobody in, and a voucher that could
 * not print (paper out) kept and reprinted after a new roll.
 */
class DevicesScreenFlowTest extends KioskFlowTest {
    @Test
    void staffSeeEveryDeviceTestThemAndReprintAReceiptKeptWhenThePaperRanOut(FxRobot robot) {
        waitUntil(() -> shell.station().states().stream().allMatch(s -> s.key().equals("device.ok")));
        SignInFlowTest.signInStaff(shell);
        openStrip(robot);
        robot.clickOn("#sim-devices");
        waitUntil(() -> visible(robot, "devices-state-printer"));
        assertThat(text(robot, "devices-state-reader")).contains("身份证读卡器").contains("正常");
        assertThat(text(robot, "devices-state-printer")).contains("小票打印机").contains("正常");
        assertThat(text(robot, "devices-state-scanner")).contains("扫码器").contains("正常");
        Screenshots.saveFitting(stage.getScene(), "devices-zh");

        robot.clickOn("#devices-test-print");
        waitUntil(() -> text(robot, "devices-test-result").contains("打印好了"));
        assertThat(shell.demo().printer().lastReceipt()).anyMatch(l -> l.contains("中文测试"));

        robot.clickOn("#devices-test-card");
        assertThat(text(robot, "devices-test-result")).contains("不会登录");
        openStrip(robot);
        robot.clickOn("#sim-card-0");
        robot.clickOn("#sim-hide");
        waitUntil(() -> text(robot, "devices-test-result").contains("王秀英"));
        assertThat(text(robot, "devices-test-result")).contains("********").doesNotContain("19440315");
        assertThat(shell.session().member().get().name()).as("a card test signs nobody in").isNotEqualTo("王秀英");
        robot.clickOn("#btn-signout");
        waitUntil(() -> visible(robot, "attract-pin"));

        // the paper is out when a resident redeems: told before confirming, the code shows on screen, kept for staff
        Member elder = shell.community().members().byPhone("13800000001").get(0);
        shell.community().credits().reward(elder.id(), Minutes.of(60), "测试 test", "staff-1");
        shell.demo().paperOut(true);
        waitUntil(() -> shell.station().state(StationDevices.PRINTER).key().equals("printer.paper-out"));
        tapCard(robot, 0);
        robot.clickOn("#tile-redeem");
        waitUntil(() -> visible(robot, "redeem-merchant-0"));
        robot.clickOn("#redeem-merchant-0");
        waitUntil(() -> visible(robot, "redeem-printer-down"));
        assertThat(text(robot, "redeem-confirm")).contains("屏幕");
        robot.clickOn("#redeem-confirm");
        waitUntil(() -> visible(robot, "redeem-qr"));
        assertThat(text(robot, "redeem-take")).contains("扫屏幕");
        assertThat(shell.devices().keeper().kept()).hasSize(1);
        String code = shell.devices().keeper().kept().get(0).receipt().qr();
        assertThat(code).startsWith("TS1.");
        javafx.scene.canvas.Canvas qr = (javafx.scene.canvas.Canvas) robot.lookup("#redeem-qr").queryAs(javafx.scene.layout.StackPane.class)
                .getChildren().get(0);
        assertThat(qr.getWidth()).as("large enough to scan from the screen").isGreaterThanOrEqualTo(300);
        robot.clickOn("#btn-signout");

        shell.demo().paperOut(false); // staff put in a new roll
        SignInFlowTest.signInStaff(shell);
        openStrip(robot);
        robot.clickOn("#sim-devices");
        waitUntil(() -> visible(robot, "devices-kept") && text(robot, "devices-kept").contains("1"));
        robot.clickOn("#devices-reprint");
        waitUntil(() -> shell.devices().keeper().kept().isEmpty());
        assertThat(shell.demo().printer().qrCodes()).contains(code);
        waitUntil(() -> text(robot, "devices-test-result").contains("补打了 1 张"));
    }

    @Test
    void aPrinterThatStopsBetweenChoosingAndConfirmingChargesNothingUntilTheResidentAcceptsTheScreen(FxRobot robot) {
        waitUntil(() -> shell.station().states().stream().allMatch(s -> s.key().equals("device.ok")));
        Member elder = shell.community().members().byPhone("13800000001").get(0);
        shell.community().credits().reward(elder.id(), Minutes.of(60), "测试 test", "staff-1");
        Minutes before = shell.community().credits().balance(elder.id());
        tapCard(robot, 0);
        robot.clickOn("#tile-redeem");
        waitUntil(() -> visible(robot, "redeem-merchant-0"));
        robot.clickOn("#redeem-merchant-0");
        waitUntil(() -> shell.context().settled());
        assertThat(visible(robot, "redeem-printer-down")).as("the printer was fine when the shop was chosen").isFalse();
        shell.demo().paperOut(true);
        robot.clickOn("#redeem-confirm");
        waitUntil(() -> visible(robot, "redeem-printer-down"));
        assertThat(shell.community().credits().balance(elder.id())).as("nothing charged yet").isEqualTo(before);
        assertThat(visible(robot, "redeem-qr")).isFalse();
        robot.clickOn("#redeem-confirm"); // the resident accepts the code on screen
        waitUntil(() -> visible(robot, "redeem-qr"));
        assertThat(shell.community().credits().balance(elder.id())).isLessThan(before);
        assertThat(shell.devices().keeper().kept()).as("kept for staff to print with the resident there").hasSize(1);
        shell.demo().paperOut(false);
        waitUntil(() -> shell.station().state(StationDevices.PRINTER).key().equals("device.ok"));
        assertThat(shell.devices().reprintKept()).isEqualTo(1); // leaves the station as it found it
    }

    @Test
    void aGiftSaysBeforeItIsMadeThatTheReceiptCannotPrint(FxRobot robot) {
        waitUntil(() -> shell.station().states().stream().allMatch(s -> s.key().equals("device.ok")));
        Member elder = shell.community().members().byPhone("13800000001").get(0);
        shell.community().credits().reward(elder.id(), Minutes.of(60), "测试 test", "staff-1");
        shell.demo().paperOut(true);
        waitUntil(() -> shell.station().state(StationDevices.PRINTER).key().equals("printer.paper-out"));
        tapCard(robot, 0);
        robot.clickOn("#tile-gift");
        for (char ch : "13800000002".toCharArray()) {
            robot.clickOn("#gpad-" + ch);
        }
        robot.clickOn("#gift-find");
        waitUntil(() -> visible(robot, "gift-printer-down"));
        assertThat(text(robot, "gift-printer-down")).contains("没有小票");
        shell.demo().paperOut(false);
        robot.clickOn("#btn-signout");
    }

    @Test
    void theDemoStripNeverShowsTheReceiptOfSomeoneWhoSignedOut(FxRobot robot) {
        waitUntil(() -> shell.station().states().stream().allMatch(s -> s.key().equals("device.ok")));
        tapCard(robot, 0);
        robot.clickOn("#tile-credits");
        robot.clickOn("#credits-print"); // her statement, with her name and balance
        waitUntil(() -> shell.demo().printer().lastReceipt().stream().anyMatch(l -> l.contains("王秀英")));
        openStrip(robot);
        robot.clickOn("#sim-receipt");
        assertThat(text(robot, "sim-receipt-text")).as("while she is here, the demo shows what printed").contains("王秀英");
        robot.clickOn("#sim-hide");
        robot.clickOn("#btn-signout");
        waitUntil(() -> shell.session().member().get() == null);
        openStrip(robot);
        assertThat(text(robot, "sim-receipt-text")).doesNotContain("王秀英");
        robot.clickOn("#sim-receipt");
        assertThat(text(robot, "sim-receipt-text")).doesNotContain("王秀英").contains("nothing printed");
        robot.clickOn("#sim-hide");
    }

    @Test
    void staffSeeHowTheStationSyncs(FxRobot robot) throws Exception {
        SignInFlowTest.signInStaff(shell);
        openStrip(robot);
        robot.clickOn("#sim-devices");
        waitUntil(() -> visible(robot, "devices-sync"));
        assertThat(text(robot, "devices-sync")).contains("没有登记到枢纽").contains("单机运行");
        // an enrolled station whose hub is away, then one the hub quarantined
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            shell.context().enrolled().set(true);
            shell.context().sync().set(new org.timestation.sync.BackgroundSync.Status(null, 3, false, new org.timestation.sync.StationSync.Outcome(2,
                    "unreachable", new org.timestation.text.Bilingual("连不上枢纽。", "Cannot reach the hub."))));
        }).get();
        waitUntil(() -> text(robot, "devices-sync").contains("3 条记录等待上传"));
        assertThat(text(robot, "devices-sync")).contains("还没有成功过").contains("连不上");
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> shell.context().sync().set(new org.timestation.sync.BackgroundSync.Status(
                java.time.Instant.parse("2026-11-29T02:05:00Z"), 0, true, new org.timestation.sync.StationSync.Outcome(1, "quarantined",
                new org.timestation.text.Bilingual("这个站点已被隔离，暂停同步：fork at seq 9。", "This station is quarantined: fork at seq 9."))))).get();
        waitUntil(() -> text(robot, "devices-sync").contains("隔离"));
        assertThat(text(robot, "devices-sync")).contains("11-29 10:05").contains("0 条").contains("连得上");
        org.timestation.kiosk.testing.Screenshots.saveFitting(stage.getScene(), "devices-sync-zh");
    }
}
