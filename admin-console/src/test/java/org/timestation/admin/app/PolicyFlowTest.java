package org.timestation.admin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.timestation.admin.app.ConsoleFixture.tap;
import static org.timestation.admin.app.ConsoleFixture.text;
import static org.timestation.admin.app.ConsoleFixture.visible;
import static org.timestation.admin.app.ConsoleFixture.waitUntil;

import java.nio.file.Path;
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
import org.timestation.member.Member;

/**
 * A rule changed as a manager would: staff cannot; a value that is not a number, or that breaks a rule,
 * is refused before anyone is asked and nothing is written; the change is said first (from what to what,
 * from when), then written as a {@code policy.changed} event with the manager and the reason, and the
 * screen says since when the new rules apply.
 */
@ExtendWith(ApplicationExtension.class)
class PolicyFlowTest {
    @TempDir
    static Path dir;
    ConsoleFixture console;
    final List<String> asked = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        console.close();
    }

    @Test
    void aManagerChangesTheConfirmationWindowWithAReasonStaffCannot(FxRobot robot) throws Exception {
        console = new ConsoleFixture(ConsoleFixture.demoFolder(dir.resolve("demo")), Duration.ofMinutes(10));
        console.answerYes(asked, null);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(console::show);
        Member manager = console.staffMember(true);
        long events = console.hub.community().store().eventCount();
        int before = console.hub.community().policy().current().confirmWindowHours();

        ConsoleFixture.signIn(robot, console.staffMember(false));
        robot.clickOn("#nav-policy");
        TableView<?> table = robot.lookup("#policy-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 29);
        assertThat(visible(robot, "policy-change")).isFalse();
        robot.clickOn("#top-sign-out");

        ConsoleFixture.signIn(robot, manager);
        robot.clickOn("#nav-policy");
        TableView<?> again = robot.lookup("#policy-table").queryAs(TableView.class);
        waitUntil(() -> again.getItems().size() == 29);
        assertThat(text(robot, "policy-since")).contains("默认规则");
        ConsoleFixture.clickCell(robot, "服务结束后确认的期限");
        tap(robot, "policy-value").write("两天");
        tap(robot, "policy-reason").write("居民议事会决定：老人确认要多些时间");
        tap(robot, "policy-change");
        waitUntil(() -> text(robot, "policy-refusal").contains("整数"));
        tap(robot, "policy-value").press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL).write("0");
        tap(robot, "policy-change");
        waitUntil(() -> text(robot, "policy-refusal").contains("规则设置不对"));
        assertThat(asked).as("refused before anyone is asked").isEmpty();
        assertThat(console.hub.community().store().eventCount()).isEqualTo(events);

        tap(robot, "policy-value").press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL).write("48");
        tap(robot, "policy-change");
        waitUntil(() -> text(robot, "policy-result").contains("已记进账本"), () -> text(robot, "policy-refusal"));
        assertThat(asked).singleElement().asString().contains(before + " 小时").contains("48 小时").contains("之前的记录按旧规则不变");
        assertThat(console.hub.community().policy().current().confirmWindowHours()).isEqualTo(48);
        assertThat(console.lastPayload("policy.changed")).contains(manager.id()).contains("居民议事会决定");
        waitUntil(() -> text(robot, "policy-since").contains(manager.id()));
        assertThat(text(robot, "policy-since")).contains("起生效");
    }
}
