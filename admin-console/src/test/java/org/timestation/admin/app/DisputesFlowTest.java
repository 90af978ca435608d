package org.timestation.admin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.timestation.admin.app.ConsoleFixture.text;
import static org.timestation.admin.app.ConsoleFixture.visible;
import static org.timestation.admin.app.ConsoleFixture.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.timestation.exchange.ExchangeState;
import org.timestation.exchange.Request;
import org.timestation.member.Member;

/**
 * The disputes queue driven as staff would, days after the demo's dispute was opened: past its
 * deadline a staff member is refused and nothing is written; the manager's corrected hours are said
 * in words first (who pays whom how much), then written with the manager and the reason.
 */
@ExtendWith(ApplicationExtension.class)
class DisputesFlowTest {
    @TempDir
    static Path dir;
    ConsoleFixture console;
    final List<String> asked = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        console.close();
    }

    Request disputed() {
        return console.hub.community().inspect(s -> s.exchanges().all().stream().filter(r -> r.state() == ExchangeState.DISPUTED).findFirst().orElseThrow());
    }

    void chooseTheDispute(FxRobot robot, Request r) {
        robot.clickOn("#nav-disputes");
        TableView<?> table = robot.lookup("#disputes-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() >= 1);
        robot.clickOn(r.id());
    }

    @Test
    void pastItsDeadlineOnlyAManagerDecidesAndSeesWhatItDoesFirst(FxRobot robot) throws Exception {
        console = new ConsoleFixture(ConsoleFixture.demoFolder(dir.resolve("demo")), Duration.ofMinutes(10),
                Clock.offset(Clock.systemUTC(), Duration.ofDays(3)));
        console.answerYes(asked, null);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(console::show);
        Request r = disputed();
        Member staff = console.staffMember(false);
        Member manager = console.staffMember(true);
        long events = console.hub.community().store().eventCount();

        ConsoleFixture.signIn(robot, staff);
        chooseTheDispute(robot, r);
        assertThat(ConsoleFixture.cells(robot)).anyMatch(c -> c.contains("已超时"));
        ConsoleFixture.tap(robot, "disputes-outcome-halve");
        ConsoleFixture.tap(robot, "disputes-reason").write("服务只做了一半");
        ConsoleFixture.tap(robot, "disputes-decide");
        waitUntil(() -> text(robot, "disputes-refusal").contains("站长"));
        assertThat(asked).as("refused before anyone is asked").isEmpty();
        assertThat(console.hub.community().store().eventCount()).isEqualTo(events);

        robot.clickOn("#top-sign-out");
        ConsoleFixture.signIn(robot, manager);
        chooseTheDispute(robot, r);
        ConsoleFixture.tap(robot, "disputes-outcome-correct_hours");
        ConsoleFixture.tap(robot, "disputes-minutes").write("9999");
        ConsoleFixture.tap(robot, "disputes-reason").write("按计时记录改正");
        ConsoleFixture.tap(robot, "disputes-decide");
        waitUntil(() -> text(robot, "disputes-refusal").contains("1 到 " + r.timerMinutes()));
        assertThat(console.hub.community().store().eventCount()).isEqualTo(events);
        long corrected = Math.min(10, r.timerMinutes()); // within what the requester can still pay (the floor)
        ConsoleFixture.tap(robot, "disputes-minutes").press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL)
                .write(Long.toString(corrected));
        ConsoleFixture.tap(robot, "disputes-decide");
        waitUntil(() -> text(robot, "disputes-result").contains("已处理"), () -> "refusal: " + text(robot, "disputes-refusal") + " asked: " + asked);
        assertThat(asked).singleElement().asString().contains("付给").contains(new org.timestation.credit.Minutes(corrected).text(org.timestation.text.Text.ZH));
        Request after = console.hub.community().exchanges().get(r.id());
        assertThat(after.state()).isEqualTo(ExchangeState.SETTLED);
        assertThat(after.confirmedMinutes()).isEqualTo(corrected);
        String payload = console.lastPayload("exchange.dispute-resolved");
        assertThat(payload).contains(manager.id()).contains("按计时记录改正").contains("CORRECT_HOURS");
        waitUntil(() -> !ConsoleFixture.cells(robot).contains(r.id()));
    }
}
