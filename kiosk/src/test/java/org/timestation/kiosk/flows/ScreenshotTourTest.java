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
import org.timestation.kiosk.testing.LayoutCheck;
import org.timestation.kiosk.testing.Screenshots;
import org.timestation.demo.DemoCommunity;
import org.timestation.member.Member;
import org.timestation.text.Text;

/**
 * Renders every screen in Chinese and English, normal and large text, to PNG files when
 * {@code -Dscreenshots.dir} is given (README: "Screenshots"). Also part of the test run: every screen must be
 * reachable by taps in both languages and sizes, and fit the window.
 */
class ScreenshotTourTest extends KioskFlowTest {
    /** The ledger's clock, stepped so a service can last an hour (我的求助 then asks the captain to confirm it). */
    static final org.timestation.time.ManualClock CLOCK = new org.timestation.time.ManualClock(Instant.now(), java.time.ZoneId.of("Asia/Shanghai"));

    @Override
    protected java.time.Clock clock() {
        return CLOCK;
    }

    @Override
    protected javafx.util.Duration idle() {
        return javafx.util.Duration.minutes(30);
    }

    /**
     * PNGs are written only when asked for ({@code -Dscreenshots.dir}, the README's command): the test run
     * checks every screen's layout without encoding some 140 full-HD pictures nobody looks at.
     */
    static final boolean SAVING = System.getProperty("screenshots.dir") != null;

    /** What the layout check found, screen by screen (the test fails at the end with all of it). */
    private final java.util.List<String> problems = new java.util.ArrayList<>();
    private String size = "";
    private boolean largeNow;

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}×{1}")
    @org.junit.jupiter.params.provider.CsvSource({"1280, 800", "1366, 768", "1920, 1080"})
    void everyScreenInBothLanguagesAndBothSizesFitsTheWindow(int width, int height, FxRobot robot) throws Exception {
        size = width == 1920 ? "" : "-" + width + "x" + height;
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        Member captain = shell.community().members().byPhone("13800000003").get(0);
        shell.community().credits().reward(captain.id(), Minutes.of(600), "截图 screenshots", "staff-1"); // four redeems and four gifts
        Instant start = shell.community().clock().instant().plus(Duration.ofDays(2));
        Activity a = shell.community().activities().propose(captain.id(), new ActivityService.Plan("重阳登高", start,
                start.plus(Duration.ofHours(3)), "小区北门集合", 30, "矿泉水"));
        shell.community().activities().decide(a.id(), true, "staff-1", "ok");
        // a request of the captain's under way, so 我的求助 shows on his home screen
        String home = shell.community().inspect(s -> s.places().homeOf(captain.id()).orElseThrow().id());
        shell.community().exchanges().post(org.timestation.exchange.PostRequest.of(captain.id(), org.timestation.catalogue.ServiceType.REPAIR,
                start, home));
        // 李志强 served the captain for an hour (我的求助 asks the captain to confirm) and is serving him now (his clock runs)
        Member volunteer = shell.community().members().byPhone("13800000002").get(0);
        var served = shell.community().exchanges().post(org.timestation.exchange.PostRequest.of(captain.id(),
                org.timestation.catalogue.ServiceType.COMPANY, CLOCK.instant().plus(Duration.ofMinutes(30)), home));
        shell.community().exchanges().accept(served.id(), volunteer.id());
        shell.community().exchanges().start(served.id(), volunteer.id());
        CLOCK.advance(Duration.ofHours(1));
        shell.community().exchanges().end(served.id(), volunteer.id());
        var serving = shell.community().exchanges().post(org.timestation.exchange.PostRequest.of(captain.id(),
                org.timestation.catalogue.ServiceType.SHOPPING, CLOCK.instant().plus(Duration.ofMinutes(30)), home));
        shell.community().exchanges().accept(serving.id(), volunteer.id());
        shell.community().exchanges().start(serving.id(), volunteer.id());
        CLOCK.advance(Duration.ofMinutes(25));
        for (String lang : new String[] {"zh", "en"}) {
            for (boolean large : new boolean[] {false, true}) {
                String suffix = "-" + lang + (large ? "-large" : "");
                set(lang, large);
                shot("01-attract" + suffix);
                attractInSight("01-attract" + suffix);
                click(robot, "#attract-pin");
                for (char c : "13800000003".toCharArray()) {
                    click(robot, "#pad-" + c);
                }
                shot("02-signin-phone" + suffix);
                click(robot, "#signin-next");
                waitUntil(() -> visible(robot, "signin-typed") && robot.lookup("#signin-heading").queryLabeled().getText().contains("张*国"));
                shot("03-signin-pin" + suffix);
                click(robot, "#pad-1");
                click(robot, "#pad-3");
                tapCard(robot, 2);
                set(lang, large); // a new sign-in starts in Chinese, normal text
                shot("04-home" + suffix);
                allInSight("04-home" + suffix);
                click(robot, "#tile-credits");
                waitUntil(() -> !robot.lookup("#credits-balance").queryLabeled().getText().isEmpty());
                shot("05-credits" + suffix);
                click(robot, "#btn-home");
                click(robot, "#tile-redeem");
                waitUntil(() -> visible(robot, "redeem-merchant-0"));
                shot("06-redeem" + suffix);
                click(robot, "#redeem-merchant-0");
                shot("07-redeem-amount" + suffix);
                click(robot, "#redeem-confirm");
                waitUntil(() -> visible(robot, "redeem-done"));
                shot("07-redeem-issued" + suffix); // the voucher-issued message, the one that pushed the top bar off before
                if (visible(robot, "message")) {
                    click(robot, "#message-ok");
                }
                click(robot, "#btn-home");
                click(robot, "#tile-activities");
                waitUntil(() -> visible(robot, "activity-0"));
                shot("08-activities" + suffix);
                click(robot, "#btn-home");
                click(robot, "#tile-help");
                waitUntil(() -> visible(robot, "help-open-heading") && shell.context().settled());
                shot("10-help" + suffix);
                click(robot, "#btn-home");
                click(robot, "#tile-ask");
                waitUntil(() -> visible(robot, "ask-service-company"));
                shot("11-ask" + suffix);
                click(robot, "#ask-service-company");
                click(robot, "#ask-day-1");
                shot("12-ask-part" + suffix);
                click(robot, "#ask-part-0");
                shot("12-ask-repeat" + suffix);
                click(robot, "#ask-repeat-once");
                shot("12-ask-where" + suffix);
                click(robot, "#ask-where-home");
                click(robot, "#ask-special-1");
                shot("13-ask-special" + suffix);
                click(robot, "#ask-special-next");
                click(robot, "#ask-who-any");
                waitUntil(() -> visible(robot, "ask-summary"));
                shot("14-ask-summary" + suffix);
                click(robot, "#ask-confirm");
                waitUntil(() -> visible(robot, "ask-done"));
                shot("14-ask-done" + suffix);
                if (visible(robot, "message")) {
                    click(robot, "#message-ok");
                }
                click(robot, "#btn-home");
                click(robot, "#tile-gift");
                waitUntil(() -> visible(robot, "gift-find"));
                shot("15-gift" + suffix);
                for (char c : "13800000002".toCharArray()) {
                    click(robot, "#gpad-" + c);
                }
                click(robot, "#gift-find");
                waitUntil(() -> visible(robot, "gift-amount"));
                shot("15-gift-amount" + suffix);
                click(robot, "#gift-more");
                click(robot, "#gift-next");
                shot("15-gift-pin" + suffix);
                for (char c : DemoCommunity.DEMO_PIN.toCharArray()) {
                    click(robot, "#gpad-" + c);
                }
                waitUntil(() -> robot.lookup("#gift-heading").queryLabeled().getText().contains(lang.equals("zh") ? "已把" : "given to"));
                shot("15-gift-done" + suffix);
                click(robot, "#btn-home");
                waitUntil(() -> visible(robot, "tile-mine"));
                shot("16-home-with-requests" + suffix);
                allInSight("16-home-with-requests" + suffix);
                click(robot, "#tile-mine");
                waitUntil(() -> visible(robot, "mine-request-0"));
                shot("17-my-requests" + suffix);
                int toConfirm = org.timestation.kiosk.screen.myrequests.MyRequestsController.ordered(
                        shell.community().exchanges().requestsOf(captain.id()), CLOCK.instant()).stream().map(r -> r.id()).toList().indexOf(served.id());
                click(robot, "#mine-confirm-" + toConfirm);
                waitUntil(() -> visible(robot, "mine-confirm-question"));
                shot("17-mine-confirm" + suffix); // looked at, not confirmed: the next language walks it again
                click(robot, "#btn-home");
                click(robot, "#tile-captain");
                waitUntil(() -> visible(robot, "captain-hint"));
                shot("18-captain" + suffix);
                SignInFlowTest.openStrip(robot);
                click(robot, "#sim-card-0"); // the elder's card: the captain acts for her
                click(robot, "#sim-hide");
                waitUntil(() -> visible(robot, "proxy-banner"));
                shot("18-captain-acting" + suffix);
                click(robot, "#captain-end");
                waitUntil(() -> !visible(robot, "proxy-banner"));
                click(robot, "#btn-home");
                click(robot, "#btn-staff");
                waitUntil(() -> visible(robot, "message"));
                assertThat(robot.lookup("#message").queryLabeled().getText()).contains(lang.equals("zh") ? "工作人员" : "staff");
                shot("09-message" + suffix);
                click(robot, "#message-ok");
                waitUntil(() -> !visible(robot, "message"));
                click(robot, "#btn-signout");
                WaitForAsyncUtils.waitForFxEvents();
                waitUntil(() -> shell.session().member().get() == null);
                SignInFlowTest.signInStaff(shell); // the staff's devices screen: staff sign in first
                SignInFlowTest.openStrip(robot);
                click(robot, "#sim-devices");
                waitUntil(() -> visible(robot, "devices-state-printer"));
                set(lang, large);
                shot("19-devices" + suffix);
                click(robot, "#btn-signout");
                waitUntil(() -> visible(robot, "attract-pin"));
                tapCard(robot, 1); // 李志强, whose service for the captain is under way: its clock and 结束
                set(lang, large);
                click(robot, "#tile-help");
                waitUntil(() -> robot.lookup(".button").match(n -> n.getId() != null && n.getId().startsWith("help-end-") && n.isVisible()).tryQuery().isPresent());
                shot("21-help-in-service" + suffix);
                click(robot, "#btn-signout");
                waitUntil(() -> visible(robot, "attract-pin"));
                SignInFlowTest.openStrip(robot);
                click(robot, "#sim-card-" + DemoCommunity.REGISTERED_PERSONAS); // a card the station does not know: registration
                click(robot, "#sim-hide");
                waitUntil(() -> visible(robot, "register-screen"));
                set(lang, large);
                shot("20-register" + suffix);
                for (char c : "13800000005".toCharArray()) {
                    click(robot, "#rpad-" + c);
                }
                click(robot, "#register-next");
                shot("20-register-pin" + suffix);
                for (int twice = 0; twice < 2; twice++) {
                    for (char c : "864209".toCharArray()) {
                        click(robot, "#rpad-" + c);
                    }
                }
                waitUntil(() -> visible(robot, "register-volunteer-yes"));
                shot("20-register-volunteer" + suffix);
                click(robot, "#register-volunteer-yes");
                waitUntil(() -> visible(robot, "register-promise"));
                shot("20-register-pledge" + suffix); // not sent: the next walk registers the same card again
                click(robot, "#register-cancel");
                waitUntil(() -> visible(robot, "attract-pin"));
            }
        }
        if (SAVING && size.isEmpty()) {
            assertThat(Files.list(Screenshots.dir()).filter(p -> p.getFileName().toString().matches("[012][0-9]-.*(zh|en)(-large)?\\.png")).count())
                    .isGreaterThanOrEqualTo(30 * 4);
        }
        assertThat(problems).as("what does not fit at " + width + "×" + height).isEmpty();
    }

    /** Scrolls the page until the button is in sight, as a resident would, then taps it. */
    private static void click(FxRobot robot, String query) {
        SignInFlowTest.tap(robot, query);
    }

    private void set(String lang, boolean large) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            shell.session().locale().set(lang.equals("zh") ? Text.ZH : Text.EN);
            shell.session().large().set(large);
        }).get();
        largeNow = large;
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * In normal text the home screen needs no scrolling: every tile in sight at once, from the page's top, in
     * Chinese at every size, in English where its top bar is one row (at 1280×800 its buttons take a second row
     * and the lowest tiles are 65 px under the footer: the page scrolls, with its wide bar).
     */
    private void allInSight(String name) throws Exception {
        if (largeNow || name.contains("-en") && size.equals("-1280x800")) {
            return; // large text at 1280×800 takes three rows of two: the page scrolls, with its wide bar
        }
        inSight(name, "the home screen", n -> n.getId().startsWith("tile-"));
    }

    /**
     * In normal text the attract screen needs no scrolling at any size: the PIN button and the status line in
     * sight (its pictures were 40 px too tall at 1280×800, and the two ways scaled apart).
     */
    private void attractInSight(String name) throws Exception {
        if (!largeNow) {
            inSight(name, "the attract screen", n -> n.getId().equals("attract-pin") || n.getId().equals("attract-status"));
        }
    }

    /** Names each node {@code which} picks that ends under the page's visible height (the page would need scrolling). */
    private void inSight(String name, String screen, java.util.function.Predicate<javafx.scene.Node> which) throws Exception {
        java.util.List<String> below = WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.control.ScrollPane page = (javafx.scene.control.ScrollPane) stage.getScene().lookup("#content-scroll");
            double viewport = page.getViewportBounds().getHeight();
            java.util.List<String> out = new java.util.ArrayList<>();
            for (javafx.scene.Node n : page.getContent().lookupAll("*")) {
                if (n.getId() != null && n.isVisible() && which.test(n)) {
                    javafx.geometry.Bounds b = page.getContent().sceneToLocal(n.localToScene(n.getBoundsInLocal()));
                    if (b.getMaxY() > viewport + 0.5) {
                        out.add("#" + n.getId() + " ends at " + Math.round(b.getMaxY()) + " px of a page " + Math.round(viewport) + " px high");
                    }
                }
            }
            return out;
        }).get();
        below.forEach(b -> problems.add(name + size + ": " + screen + " needs scrolling: " + b));
    }

    private void shot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        if (SAVING && (size.isEmpty() || Boolean.getBoolean("screenshots.allSizes"))) { // PNGs of 1920x1080; the other sizes are layout-checked only
            Screenshots.save(stage.getScene(), name + size);
        }
        LayoutCheck.problems(stage.getScene()).forEach(p -> problems.add(name + size + ": " + p));
        if (!largeNow) { // large text is at least 1.3 times larger, every text of the screen
            java.util.Map<javafx.scene.control.Labeled, Double> normal = LayoutCheck.fontSizes(stage.getScene());
            WaitForAsyncUtils.asyncFx(() -> shell.session().large().set(true)).get();
            WaitForAsyncUtils.waitForFxEvents();
            java.util.Map<javafx.scene.control.Labeled, Double> large = LayoutCheck.fontSizes(stage.getScene());
            WaitForAsyncUtils.asyncFx(() -> shell.session().large().set(false)).get();
            WaitForAsyncUtils.waitForFxEvents();
            normal.forEach((l, n) -> {
                Double big = large.get(l);
                if (big != null && big < n * 1.3 - 0.01) {
                    problems.add(name + size + ": large text «" + l.getText() + "» only " + big + " px against " + n + " px");
                }
            });
        }
    }
}
