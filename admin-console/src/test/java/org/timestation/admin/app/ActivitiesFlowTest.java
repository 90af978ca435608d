package org.timestation.admin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.timestation.admin.app.ConsoleFixture.tap;
import static org.timestation.admin.app.ConsoleFixture.text;
import static org.timestation.admin.app.ConsoleFixture.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.timestation.activity.Activity;
import org.timestation.activity.ActivityService;
import org.timestation.member.Member;
import org.timestation.member.Role;

/**
 * A captain's proposal approved as staff would (refused without a reason, nothing written), and a
 * training published (a start that is not a date refused in words).
 */
@ExtendWith(ApplicationExtension.class)
class ActivitiesFlowTest {
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
    void staffApproveACaptainsProposalAndPublishATraining(FxRobot robot) throws Exception {
        console = new ConsoleFixture(ConsoleFixture.demoFolder(dir.resolve("demo")), Duration.ofMinutes(10));
        console.answerYes(asked, null);
        var activities = console.hub.community().activities();
        Member captain = console.hub.community().members().all().stream().filter(m -> m.has(Role.CAPTAIN)).findFirst().orElseThrow();
        Instant start = Instant.now().plus(Duration.ofDays(3));
        Activity proposed = activities.propose(captain.id(), new ActivityService.Plan("楼下乘凉音乐会", start, start.plus(Duration.ofHours(2)),
                "3号楼花园", 40, "音箱"));
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(console::show);
        Member staff = console.staffMember(false);
        long events = console.hub.community().store().eventCount();

        ConsoleFixture.signIn(robot, staff);
        robot.clickOn("#nav-activities");
        TableView<?> table = robot.lookup("#activities-table").queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        ConsoleFixture.clickCell(robot, "楼下乘凉音乐会");
        tap(robot, "activities-approve");
        waitUntil(() -> text(robot, "activities-refusal").contains("原因"));
        assertThat(console.hub.community().store().eventCount()).isEqualTo(events);
        tap(robot, "activities-reason").write("场地已确认，方案可行");
        tap(robot, "activities-approve");
        waitUntil(() -> text(robot, "activities-result").contains("已记进账本"), () -> text(robot, "activities-refusal"));
        assertThat(asked).singleElement().asString().contains("楼下乘凉音乐会").contains(captain.maskedName());
        assertThat(activities.get(proposed.id()).state()).isEqualTo(Activity.State.APPROVED);
        assertThat(console.lastPayload("activity.decided")).contains(staff.id()).contains("场地已确认");

        tap(robot, "activities-new-theme").write("防诈骗讲座");
        tap(robot, "activities-new-start").write("下周三下午");
        tap(robot, "activities-new-hours").write("2");
        tap(robot, "activities-new-place").write("驿站教室");
        tap(robot, "activities-new-capacity").write("30");
        tap(robot, "activities-new-skill").write("识别诈骗");
        tap(robot, "activities-publish");
        waitUntil(() -> text(robot, "activities-refusal").contains("2026-12-05 14:00"));
        String when = java.time.LocalDateTime.now().plusDays(5).withHour(14).withMinute(0).format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        tap(robot, "activities-new-start").press(javafx.scene.input.KeyCode.CONTROL).press(javafx.scene.input.KeyCode.A)
                .release(javafx.scene.input.KeyCode.A).release(javafx.scene.input.KeyCode.CONTROL).write(when);
        tap(robot, "activities-publish");
        waitUntil(() -> text(robot, "activities-result").contains("防诈骗讲座"), () -> text(robot, "activities-refusal"));
        assertThat(activities.all()).anySatisfy(a -> {
            assertThat(a.theme()).isEqualTo("防诈骗讲座");
            assertThat(a.kind()).isEqualTo(Activity.Kind.TRAINING);
            assertThat(a.skill()).isEqualTo("识别诈骗");
            assertThat(a.capacity()).isEqualTo(30);
        });
    }
}
