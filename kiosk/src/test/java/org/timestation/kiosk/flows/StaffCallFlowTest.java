package org.timestation.kiosk.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.timestation.kiosk.flows.SignInFlowTest.openStrip;
import static org.timestation.kiosk.flows.SignInFlowTest.tapCard;
import static org.timestation.kiosk.flows.SignInFlowTest.text;
import static org.timestation.kiosk.flows.SignInFlowTest.visible;
import static org.timestation.kiosk.flows.SignInFlowTest.waitUntil;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.timestation.kiosk.staffcall.StaffCalls;
import org.timestation.kiosk.testing.KioskFlowTest;
import org.timestation.member.Member;

/**
 * 呼叫工作人员 reaches someone: the call is written to the station's log, the kiosk shows that staff
 * were called, and the devices screen, which only a signed-in staff member can open, lists the call
 * until the staff clear it.
 */
class StaffCallFlowTest extends KioskFlowTest {
    private final java.util.concurrent.atomic.AtomicInteger chimes = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    protected org.timestation.kiosk.speech.Speaker speaker() {
        return new org.timestation.kiosk.speech.Speaker() {
            @Override
            public boolean speak(String text, java.util.Locale locale) {
                return false;
            }

            @Override
            public void chime() {
                chimes.incrementAndGet();
            }
        };
    }

    @Test
    void aCallForStaffIsLoggedShownAndListedUntilAStaffMemberClearsIt(FxRobot robot) throws Exception {
        tapCard(robot, 0); // 王秀英
        robot.clickOn("#btn-staff");
        waitUntil(() -> visible(robot, "message") && text(robot, "message").contains("通知工作人员"));
        assertThat(robot.lookup("#btn-staff").queryButton().getText()).contains("已呼叫");
        assertThat(chimes).as("the chime sounded at the station, once").hasValue(1);
        List<String> log = Files.readAllLines(data().resolve(StaffCalls.FILE));
        Member elder = shell.community().members().byPhone("13800000001").get(0);
        assertThat(log).singleElement().asString().contains(" called ").contains("screen=home").contains("member=" + elder.id());
        assertThat(String.join("\n", log)).doesNotContain("王秀英").doesNotContain("13800000001");
        robot.clickOn("#message-ok");
        robot.clickOn("#btn-signout");
        waitUntil(() -> shell.session().member().get() == null);
        assertThat(robot.lookup("#btn-staff").queryButton().getText()).as("the call is still open after sign-out").contains("已呼叫");

        // a resident cannot open the devices screen
        openStrip(robot);
        robot.clickOn("#sim-devices");
        waitUntil(() -> visible(robot, "message") && text(robot, "message").contains("只给工作人员"));
        assertThat(shell.navigator().current().get().id()).isNotEqualTo("devices");
        robot.clickOn("#message-ok");

        // a staff member signs in (phone and PIN checked by the ledger), then opens it
        SignInFlowTest.signInStaff(shell);
        Member staff = shell.session().member().get();
        openStrip(robot);
        robot.clickOn("#sim-devices");
        waitUntil(() -> visible(robot, "devices-call-0"));
        assertThat(text(robot, "devices-call-0")).contains("首页").doesNotContain("home").contains(elder.id());
        waitUntil(() -> text(robot, "devices-call-0").contains(elder.maskedName() + "（会员号 " + elder.id() + "）"));
        assertThat(text(robot, "devices-call-0")).as("the caller as staff greet them, masked").doesNotContain(elder.name());
        robot.clickOn("#devices-call-done-0");
        waitUntil(() -> !visible(robot, "devices-call-0"));
        assertThat(robot.lookup("#btn-staff").queryButton().getText()).isEqualTo("呼叫工作人员");
        assertThat(Files.readAllLines(data().resolve(StaffCalls.FILE))).hasSize(2).last().asString()
                .contains(" answered 1 ").contains("operator=" + staff.id());
        // the log is read back at the next start: nothing open
        assertThat(new StaffCalls(data(), java.time.Clock.systemUTC()).open()).isEmpty();
    }

    @Test
    void aStaffMemberSignsInWithPhoneAndPinOnThePadAndOpensTheDevicesScreen(FxRobot robot) {
        robot.clickOn("#attract-pin");
        for (char c : "13800000006".toCharArray()) { // 周敏, staff
            robot.clickOn("#pad-" + c);
        }
        robot.clickOn("#signin-next");
        waitUntil(() -> visible(robot, "signin-heading") && text(robot, "signin-heading").startsWith("周*"));
        for (char c : org.timestation.demo.DemoCommunity.DEMO_PIN.toCharArray()) {
            robot.clickOn("#pad-" + c);
        }
        waitUntil(() -> shell.session().member().get() != null);
        openStrip(robot);
        robot.clickOn("#sim-devices");
        waitUntil(() -> visible(robot, "devices-heading"));
        assertThat(shell.navigator().current().get().id()).isEqualTo("devices");
        assertThat(shell.session().member().get().roles()).contains(org.timestation.member.Role.STAFF);
    }

    @Test
    void aMessageThatSaysAskTheStaffOffersTheCallButton(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> shell.context().say(new org.timestation.text.Bilingual("请联系工作人员。", "Please ask the staff."))).get();
        waitUntil(() -> visible(robot, "message"));
        assertThat(visible(robot, "message-call-staff")).isTrue();
        robot.clickOn("#message-call-staff");
        waitUntil(() -> text(robot, "message").contains("通知工作人员"));
        assertThat(robot.lookup("#message-call-staff").queryButton().isVisible()).as("not offered again on the answer itself").isFalse();
        assertThat(shell.context().openCalls()).hasSize(1);
    }

    @Test
    void theCallsSurviveARestartAndATornLastLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        StaffCalls calls = new StaffCalls(dir, java.time.Clock.systemUTC());
        calls.call("redeem", null);
        calls.call("ask", "M-1");
        assertThat(calls.answer(1, "S-1")).isTrue();
        assertThat(calls.answer(1, "S-1")).as("answered once").isFalse();
        Files.writeString(dir.resolve(StaffCalls.FILE), "2026-11-29T10:00:00Z call", java.nio.file.StandardOpenOption.APPEND);
        StaffCalls again = new StaffCalls(dir, java.time.Clock.systemUTC());
        assertThat(again.open()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(2);
            assertThat(c.screen()).isEqualTo("ask");
            assertThat(c.member()).isEqualTo("M-1");
        });
        assertThat(again.call("home", null).id()).as("ids go on after the highest").isEqualTo(3);
    }
}
