package org.timestation.kiosk.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timestation.demo.DemoCommunity;
import org.timestation.kiosk.app.KioskShell;
import org.timestation.kiosk.nav.Navigator;
import org.timestation.kiosk.speech.Speaker;
import org.timestation.kiosk.testing.KioskFixture;
import org.timestation.kiosk.testing.KioskFlowTest;
import org.timestation.kiosk.testing.Screenshots;

/** Signing in as a resident does: a card tap, or phone and PIN on the number pad; another card switches person. */
class SignInFlowTest extends KioskFlowTest {

    static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(javafx.scene.control.Labeled.class).getText();
    }

    /** Scrolls the node into view as a resident would, then taps it (a card above may push it below the fold). */
    static void tap(FxRobot robot, String query) {
        Node n = robot.lookup(query).match(Node::isVisible).query();
        try {
            org.testfx.util.WaitForAsyncUtils.asyncFx(() -> org.timestation.kiosk.testing.LayoutCheck.reveal(n)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        press(robot, n);
    }

    /**
     * The pointer goes straight to the middle of {@code n} and clicks there, as a finger lands. (TestFX's
     * {@code clickOn} glides the pointer there in up to 200 steps, each a mouse event the whole scene
     * handles; a tour of some 500 taps spent most of its minutes gliding.)
     */
    static void press(FxRobot robot, Node n) {
        javafx.geometry.Point2D middle = robot.point(n).query();
        robot.robotContext().getMouseRobot().move(middle);
        robot.clickOn(javafx.scene.input.MouseButton.PRIMARY);
    }

    static boolean visible(FxRobot robot, String id) {
        Node n = robot.lookup("#" + id).tryQuery().orElse(null);
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n != null && n.getScene() != null;
    }

    static void openStrip(FxRobot robot) {
        for (int i = 0; i < 5; i++) {
            robot.clickOn("#brand");
        }
    }

    static void tapCard(FxRobot robot, int persona) {
        if (!visible(robot, "sim-strip")) {
            openStrip(robot);
        }
        robot.clickOn("#sim-card-" + persona);
        robot.clickOn("#sim-hide");
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> shell(robot) != null);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs in the demo's staff member (their PIN checked by the ledger), as the devices screen requires. */
    static void signInStaff(org.timestation.kiosk.app.KioskShell shell) {
        org.timestation.member.Member staff = shell.community().members().all().stream()
                .filter(m -> m.roles().contains(org.timestation.member.Role.STAFF)).findFirst().orElseThrow();
        org.timestation.member.Identified proof = shell.community().members().identifyByPin(staff.id(), "135790");
        try {
            WaitForAsyncUtils.asyncFx(() -> shell.session().signIn(staff, proof)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Object shell(FxRobot robot) {
        return robot.lookup("#home-screen").tryQuery().filter(Node::isVisible).orElse(null);
    }

    @Test
    void aCardTapSignsTheResidentInToTheHomeScreenWithSixTiles(FxRobot robot) {
        assertThat(visible(robot, "sim-strip")).as("hidden until the staff gesture").isFalse();
        tapCard(robot, 0);
        assertThat(shell.navigator().current().get().id()).isEqualTo(Navigator.HOME);
        assertThat(text(robot, "greeting")).isEqualTo("王秀英，您好");
        for (String tile : new String[] {"ask", "help", "credits", "redeem", "activities", "gift"}) {
            assertThat(visible(robot, "tile-" + tile)).as(tile).isTrue();
        }
        assertThat(visible(robot, "tile-captain")).as("only captains see 楼长代办").isFalse();
        assertThat(visible(robot, "btn-back")).as("nothing to go back to from home").isFalse();
        assertThat(visible(robot, "btn-home")).isTrue();
        Screenshots.saveFitting(stage.getScene(), "home-zh");
    }

    @Test
    void anotherCardSwitchesToThatPerson(FxRobot robot) {
        tapCard(robot, 0);
        tapCard(robot, 2);
        waitUntil(() -> "张建国，您好".equals(text(robot, "greeting")));
        assertThat(visible(robot, "tile-captain")).as("a captain sees 楼长代办").isTrue();
        robot.clickOn("#btn-signout");
        assertThat(shell.session().member().get()).isNull();
        assertThat(shell.navigator().current().get().id()).isEqualTo(Navigator.ATTRACT);
    }

    @Test
    void anUnknownCardRegistersAtTheKioskPendingTheStaff(FxRobot robot) {
        openStrip(robot);
        robot.clickOn("#sim-card-" + DemoCommunity.REGISTERED_PERSONAS);
        robot.clickOn("#sim-hide");
        waitUntil(() -> visible(robot, "register-card"));
        assertThat(text(robot, "register-card")).contains("陈新").contains("********");
        for (char c : "13800000005".toCharArray()) {
            robot.clickOn("#rpad-" + c);
        }
        robot.clickOn("#register-next");
        for (char c : "864209".toCharArray()) {
            robot.clickOn("#rpad-" + c);
        }
        for (char c : "864209".toCharArray()) {
            robot.clickOn("#rpad-" + c);
        }
        robot.clickOn("#register-volunteer-yes");
        Screenshots.saveFitting(stage.getScene(), "register-pledge-zh");
        robot.clickOn("#register-promise");
        waitUntil(() -> visible(robot, "message"));
        assertThat(text(robot, "message")).contains("登记申请已提交");
        assertThat(visible(robot, "register-cancel")).as("no lone 取消 that reads like cancelling the application").isFalse();
        var pending = shell.community().members().pendingApplications().stream()
                .filter(a -> a.member().idMasked().endsWith("9911")).toList(); // the persona's card, besides the two the demo leaves waiting
        assertThat(pending).singleElement().satisfies(a -> {
            assertThat(a.member().name()).isEqualTo("陈新");
            assertThat(a.member().has(org.timestation.member.Role.VOLUNTEER)).isTrue();
        });
        assertThat(shell.community().members().byIdNumber(DemoCommunity.PERSONAS.get(DemoCommunity.REGISTERED_PERSONAS).idNumber())).isEmpty();
        assertThat(shell.session().member().get()).isNull();
    }

    @Test
    void theMemberCodeOnAPrintedStatementSignsInAtTheScanner(FxRobot robot) {
        tapCard(robot, 0);
        robot.clickOn("#tile-credits");
        waitUntil(() -> !text(robot, "credits-balance").isEmpty());
        robot.clickOn("#credits-print");
        waitUntil(() -> shell.printer().last() != null && shell.printer().last().qr() != null);
        String code = shell.printer().last().qr();
        assertThat(code).startsWith("TSM1.");
        robot.clickOn("#btn-signout");
        shell.devices().scanned(code);
        waitUntil(() -> shell.session().member().get() != null);
        assertThat(shell.session().member().get().name()).isEqualTo("王秀英");
        assertThat(shell.session().memberProof().method()).isEqualTo(org.timestation.member.Identified.Method.QR);
        assertThat(text(robot, "greeting")).as("a found slip does not tell whose it is").contains("王*英").doesNotContain("王秀英");
        // redeeming needs the card: said as the screen opens, not after every choice; the card tapped now is enough
        robot.clickOn("#tile-redeem");
        waitUntil(() -> visible(robot, "message"));
        assertThat(text(robot, "message")).contains("会员码登录").contains("身份证");
        DemoCommunity.Persona elder = DemoCommunity.PERSONAS.get(0);
        robot.interact(() -> shell.devices().cardTapped(new org.timestation.device.CardData(elder.name(), elder.gender(), "01", elder.birth(),
                "北京市东城区幸福里", elder.idNumber(), "北京市公安局东城分局", "20200101", null)));
        waitUntil(() -> shell.session().memberProof().method() == org.timestation.member.Identified.Method.CARD);
        waitUntil(() -> visible(robot, "message") && text(robot, "message").contains("已确认是您本人"));
        assertThat(shell.session().member().get().name()).as("the same person, still signed in").isEqualTo("王秀英");
        waitUntil(() -> text(robot, "greeting").contains("王秀英"));
        robot.clickOn("#btn-signout");
        shell.devices().scanned(code.substring(0, code.length() - 3) + "AAA");
        waitUntil(() -> visible(robot, "message"));
        assertThat(text(robot, "message")).contains("不是有效的会员码");
        assertThat(shell.session().member().get()).isNull();
    }

    @Test
    void anExpiredCardIsNotRegisteredAndTheResidentIsToldWhy(FxRobot robot) {
        java.time.LocalDate birth = java.time.LocalDate.of(1970, 2, 2);
        String first17 = "110105" + "19700202" + "123";
        String idNumber = first17 + org.timestation.member.IdNumbers.checkDigit(first17);
        org.timestation.device.CardData expired = new org.timestation.device.CardData("周新", org.timestation.member.Gender.MALE, "01",
                birth, "幸福里", idNumber, "北京市公安局东城分局", "20060101", java.time.LocalDate.of(2026, 1, 1));
        robot.interact(() -> shell.devices().cardTapped(expired));
        waitUntil(() -> visible(robot, "message"));
        assertThat(text(robot, "message")).contains("已于 2026-01-01 过期").contains("新身份证");
        assertThat(shell.navigator().current().get().id()).isNotEqualTo("register");
        assertThat(shell.community().members().pendingApplications()).noneMatch(a -> a.member().name().equals("周新"));
    }

    @Test
    void phoneAndPinOnTheNumberPadSignIn(FxRobot robot) {
        robot.clickOn("#attract-pin");
        for (char c : "13800000009".toCharArray()) {
            robot.clickOn("#pad-" + c);
        }
        robot.clickOn("#pad-del");
        robot.clickOn("#pad-1");
        assertThat(text(robot, "signin-typed")).isEqualTo("138 0000 0001");
        robot.clickOn("#signin-next");
        waitUntil(() -> text(robot, "signin-heading").startsWith("王*英"));
        assertThat(text(robot, "signin-heading")).as("anyone can type a number: the name behind it is masked").doesNotContain("秀");
        for (char c : "111111".toCharArray()) {
            robot.clickOn("#pad-" + c);
        }
        waitUntil(() -> visible(robot, "message"));
        assertThat(text(robot, "message")).contains("密码不对");
        robot.clickOn("#message-ok");
        assertThat(shell.session().member().get()).isNull();
        for (char c : DemoCommunity.DEMO_PIN.toCharArray()) {
            robot.clickOn("#pad-" + c);
        }
        waitUntil(() -> shell.session().member().get() != null);
        assertThat(shell.navigator().current().get().id()).isEqualTo(Navigator.HOME);
        assertThat(shell.session().memberProof().method()).isEqualTo(org.timestation.member.Identified.Method.PIN);
    }

    static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, condition);
            // The condition is read off the FX thread and may turn true half-way through an event
            // handler (e.g. the session signed out before the navigator went home): let it finish.
            WaitForAsyncUtils.waitForFxEvents();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the screen did not get there in 10 s", e);
        }
    }
}
