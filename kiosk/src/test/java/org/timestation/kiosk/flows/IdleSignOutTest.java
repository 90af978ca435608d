package org.timestation.kiosk.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.timestation.kiosk.flows.SignInFlowTest.tapCard;
import static org.timestation.kiosk.flows.SignInFlowTest.text;
import static org.timestation.kiosk.flows.SignInFlowTest.visible;
import static org.timestation.kiosk.flows.SignInFlowTest.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timestation.kiosk.app.KioskShell;
import org.timestation.kiosk.nav.Navigator;
import org.timestation.kiosk.speech.Speaker;
import org.timestation.kiosk.testing.KioskFixture;
import org.timestation.kiosk.testing.KioskFlowTest;
import org.timestation.kiosk.testing.Screenshots;

/**
 * Left alone, the kiosk counts down and signs out, leaving nothing personal on any screen (timings
 * shortened here: 1.5 s idle and a 2-second countdown stand for 60 s and 10 s). Read aloud speaks
 * the screen's main text, or says it cannot.
 */
class IdleSignOutTest extends KioskFlowTest {
    final List<String> spoken = new ArrayList<>();

    @Override
    protected Speaker speaker() {
        return (String text, Locale l) -> spoken.add(text);
    }

    @Override
    protected Duration idle() {
        return Duration.millis(1500);
    }

    @Override
    protected int countdown() {
        return 2;
    }

    @Test
    void leftAloneTheKioskCountsDownAndSignsOutLeavingNothingPersonal(FxRobot robot) {
        tapCard(robot, 0);
        robot.clickOn("#tile-credits");
        waitUntil(() -> !text(robot, "credits-balance").isEmpty());
        waitUntil(() -> visible(robot, "idle-overlay"));
        Screenshots.saveFitting(stage.getScene(), "idle-countdown-zh");
        waitUntil(() -> shell.session().member().get() == null);
        assertThat(shell.navigator().current().get().id()).isEqualTo(Navigator.ATTRACT);
        Label balance = (Label) shell.navigator().screen("credits").view().lookup("#credits-balance");
        assertThat(balance.getText()).as("the screen model forgot the balance").isEmpty();
        assertThat(((javafx.scene.layout.VBox) shell.navigator().screen("credits").view().lookup("#credits-movements")).getChildren()).isEmpty();
        assertThat(text(robot, "greeting")).isEmpty();
    }

    @Test
    void aBalanceStillBeingReadWhenTheResidentSignsOutNeverShowsForTheNext(FxRobot robot) {
        tapCard(robot, 0);
        java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(1);
        // the ledger thread is busy (a slow read) while 我的时间 asks for this resident's balance
        robot.interact(() -> shell.context().run(c -> {
            try {
                return hold.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, done -> { }));
        robot.clickOn("#tile-credits");
        robot.clickOn("#btn-signout"); // they walk away: signed out before the balance was read
        waitUntil(() -> shell.session().member().get() == null);
        hold.countDown();
        // the ledger thread takes work in order: once work queued after the read has come back, so has the read
        java.util.concurrent.atomic.AtomicBoolean drained = new java.util.concurrent.atomic.AtomicBoolean();
        robot.interact(() -> shell.context().run(c -> true, done -> drained.set(true)));
        waitUntil(drained::get);
        Label balance = (Label) shell.navigator().screen("credits").view().lookup("#credits-balance");
        assertThat(balance.getText()).as("the late read of the last resident's balance was dropped").isEmpty();
    }

    @Test
    void touchingTheScreenDuringTheCountdownKeepsTheMemberSignedIn(FxRobot robot) {
        tapCard(robot, 0);
        waitUntil(() -> visible(robot, "idle-overlay"));
        robot.clickOn("#idle-stay");
        assertThat(visible(robot, "idle-overlay")).isFalse();
        assertThat(shell.session().member().get()).isNotNull();
    }

    @Test
    void thePhoneSignInScreenHasBackAndTimesOutToTheAttractScreenWithNobodySignedIn(FxRobot robot) {
        robot.clickOn("#attract-pin");
        waitUntil(() -> visible(robot, "pad-1"));
        assertThat(visible(robot, "btn-back")).as("返回 shows before anyone signs in").isTrue();
        robot.clickOn("#btn-back");
        waitUntil(() -> shell.navigator().current().get().id().equals(Navigator.ATTRACT));

        robot.clickOn("#attract-pin");
        robot.clickOn("#pad-1");
        robot.clickOn("#pad-3");
        waitUntil(() -> visible(robot, "idle-overlay")); // nobody signed in, yet the screen times out
        waitUntil(() -> shell.navigator().current().get().id().equals(Navigator.ATTRACT));
        assertThat(visible(robot, "idle-overlay")).isFalse();
        assertThat(shell.session().member().get()).isNull();
        // the typed digits are forgotten
        robot.clickOn("#attract-pin");
        assertThat(text(robot, "signin-typed")).doesNotContain("1").doesNotContain("3");
    }

    @Test
    void theCountdownCoversTheWholeWindowWithOneBigStillHereButton(FxRobot robot) throws Exception {
        tapCard(robot, 0);
        waitUntil(() -> visible(robot, "idle-overlay"));
        javafx.scene.layout.Region overlay = robot.lookup("#idle-overlay").queryAs(javafx.scene.layout.Region.class);
        javafx.geometry.Bounds b = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> overlay.localToScene(overlay.getBoundsInLocal())).get();
        assertThat(b.getMinY()).as("over the top bar too").isLessThanOrEqualTo(0.5);
        assertThat(b.getWidth()).isGreaterThanOrEqualTo(stage.getScene().getWidth() - 0.5);
        assertThat(b.getHeight()).isGreaterThanOrEqualTo(stage.getScene().getHeight() - 0.5);
        assertThat(overlay.getBackground().getFills()).as("opaque: no digits drawn over the page's text")
                .anyMatch(f -> f.getFill() instanceof javafx.scene.paint.Color c && c.getOpacity() == 1.0);
        javafx.scene.control.Button stay = robot.lookup("#idle-stay").queryButton();
        assertThat(stay.getText()).isEqualTo("我还在");
        assertThat(stay.getHeight()).isGreaterThanOrEqualTo(96);
    }

    @Test
    void readAloudSpeaksTheScreensMainText(FxRobot robot) {
        robot.clickOn("#btn-read");
        assertThat(spoken).singleElement().asString().contains("请刷身份证或扫码");
        robot.clickOn("#btn-language");
        robot.clickOn("#btn-read");
        assertThat(spoken.get(1)).contains("Tap your ID card");
    }
}
