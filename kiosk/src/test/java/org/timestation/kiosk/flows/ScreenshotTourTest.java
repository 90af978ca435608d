package org.timestation.kiosk.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.timestation.kiosk.flows.SignInFlowTest.tapCard;
import static org.timestation.kiosk.flows.SignInFlowTest.visible;
import static org.timestation.kiosk.flows.SignInFlowTest.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timestation.activity.Activity;
import org.timestation.activity.ActivityService;
import org.timestation.credit.Minutes;
import org.timestation.kiosk.app.KioskShell;
import org.timestation.kiosk.speech.Speaker;
import org.timestation.kiosk.testing.KioskFixture;
import org.timestation.kiosk.testing.KioskFlowTest;
import org.timestation.kiosk.testing.Screenshots;
import org.timestation.demo.DemoCommunity;
import org.timestation.member.Member;
import org.timestation.text.Text;

/**
 * Renders every screen in Chinese and English, normal and large text, to PNG files (README:
 * "Screenshots"). Also part of the test run: every screen must be reachable by taps in both languages and sizes.
 */
class ScreenshotTourTest extends KioskFlowTest {
    @Override
    protected javafx.util.Duration idle() {
        return javafx.util.Duration.minutes(30);
    }

    @Test
    void everyScreenInBothLanguagesAndBothSizes(FxRobot robot) throws Exception {
        Member captain = shell.community().members().byPhone("13800000003").get(0);
        shell.community().credits().reward(captain.id(), Minutes.of(300), "截图 screenshots", "staff-1");
        Instant start = shell.community().clock().instant().plus(Duration.ofDays(2));
        Activity a = shell.community().activities().propose(captain.id(), new ActivityService.Plan("重阳登高", start,
                start.plus(Duration.ofHours(3)), "小区北门集合", 30, "矿泉水"));
        shell.community().activities().decide(a.id(), true, "staff-1", "ok");
        // a request of the captain's under way, so 我的求助 shows on his home screen
        String home = shell.community().inspect(s -> s.places().homeOf(captain.id()).orElseThrow().id());
        shell.community().exchanges().post(org.timestation.exchange.PostRequest.of(captain.id(), org.timestation.catalogue.ServiceType.REPAIR,
                start, home));
        for (String lang : new String[] {"zh", "en"}) {
            for (boolean large : new boolean[] {false, true}) {
                String suffix = "-" + lang + (large ? "-large" : "");
                set(lang, large);
                shot("01-attract" + suffix);
                robot.clickOn("#attract-pin");
                for (char c : "13800000003".toCharArray()) {
                    robot.clickOn("#pad-" + c);
                }
                shot("02-signin-phone" + suffix);
                robot.clickOn("#signin-next");
                waitUntil(() -> visible(robot, "signin-typed") && robot.lookup("#signin-heading").queryLabeled().getText().contains("张*国"));
                shot("03-signin-pin" + suffix);
                robot.clickOn("#pad-1");
                robot.clickOn("#pad-3");
                tapCard(robot, 2);
                set(lang, large); // a new sign-in starts in Chinese, normal text
                shot("04-home" + suffix);
                robot.clickOn("#tile-credits");
                waitUntil(() -> !robot.lookup("#credits-balance").queryLabeled().getText().isEmpty());
                shot("05-credits" + suffix);
                robot.clickOn("#btn-home");
                robot.clickOn("#tile-redeem");
                waitUntil(() -> visible(robot, "redeem-merchant-0"));
                shot("06-redeem" + suffix);
                robot.clickOn("#redeem-merchant-0");
                shot("07-redeem-amount" + suffix);
                robot.clickOn("#btn-home");
                robot.clickOn("#tile-activities");
                waitUntil(() -> visible(robot, "activity-0"));
                shot("08-activities" + suffix);
                robot.clickOn("#btn-home");
                robot.clickOn("#tile-help");
                waitUntil(() -> visible(robot, "help-open-heading") && shell.context().settled());
                shot("10-help" + suffix);
                robot.clickOn("#btn-home");
                robot.clickOn("#tile-ask");
                waitUntil(() -> visible(robot, "ask-service-company"));
                shot("11-ask" + suffix);
                robot.clickOn("#ask-service-company");
                robot.clickOn("#ask-day-1");
                shot("12-ask-part" + suffix);
                robot.clickOn("#ask-part-0");
                shot("12-ask-where" + suffix);
                robot.clickOn("#ask-where-home");
                robot.clickOn("#ask-special-1");
                shot("13-ask-special" + suffix);
                robot.clickOn("#ask-special-next");
                robot.clickOn("#ask-who-any");
                waitUntil(() -> visible(robot, "ask-summary"));
                shot("14-ask-summary" + suffix);
                robot.clickOn("#btn-home");
                robot.clickOn("#tile-gift");
                waitUntil(() -> visible(robot, "gift-find"));
                shot("15-gift" + suffix);
                robot.clickOn("#btn-home");
                waitUntil(() -> visible(robot, "tile-mine"));
                shot("16-home-with-requests" + suffix);
                robot.clickOn("#tile-mine");
                waitUntil(() -> visible(robot, "mine-request-0"));
                shot("17-my-requests" + suffix);
                robot.clickOn("#btn-home");
                robot.clickOn("#tile-captain");
                waitUntil(() -> visible(robot, "captain-hint"));
                shot("18-captain" + suffix);
                robot.clickOn("#btn-home");
                robot.clickOn("#btn-staff");
                waitUntil(() -> visible(robot, "message"));
                assertThat(robot.lookup("#message").queryLabeled().getText()).contains(lang.equals("zh") ? "工作人员" : "staff");
                shot("09-message" + suffix);
                robot.clickOn("#message-ok");
                waitUntil(() -> !visible(robot, "message"));
                robot.clickOn("#btn-signout");
                WaitForAsyncUtils.waitForFxEvents();
                waitUntil(() -> shell.session().member().get() == null);
                SignInFlowTest.openStrip(robot);
                robot.clickOn("#sim-devices"); // the staff's devices screen
                waitUntil(() -> visible(robot, "devices-state-printer"));
                set(lang, large);
                shot("19-devices" + suffix);
                robot.clickOn("#devices-close");
                waitUntil(() -> visible(robot, "attract-pin"));
                SignInFlowTest.openStrip(robot);
                robot.clickOn("#sim-card-" + DemoCommunity.REGISTERED_PERSONAS); // a card the station does not know: registration
                robot.clickOn("#sim-hide");
                waitUntil(() -> visible(robot, "register-screen"));
                set(lang, large);
                shot("20-register" + suffix);
                robot.clickOn("#register-cancel");
                waitUntil(() -> visible(robot, "attract-pin"));
            }
        }
        assertThat(Files.list(Screenshots.dir()).filter(p -> p.getFileName().toString().matches("[012][0-9]-.*\\.png")).count())
                .isGreaterThanOrEqualTo(20 * 4);
    }

    private void set(String lang, boolean large) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            shell.session().locale().set(lang.equals("zh") ? Text.ZH : Text.EN);
            shell.session().large().set(large);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shot(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.getScene(), name);
    }
}
