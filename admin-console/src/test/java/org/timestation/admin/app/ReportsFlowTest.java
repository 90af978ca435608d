package org.timestation.admin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.timestation.admin.app.ConsoleFixture.tap;
import static org.timestation.admin.app.ConsoleFixture.text;
import static org.timestation.admin.app.ConsoleFixture.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/** The reports screen: a staff member saves the member roster and the month's funds as CSV files Excel opens. */
@ExtendWith(ApplicationExtension.class)
class ReportsFlowTest {
    @TempDir
    static Path dir;
    ConsoleFixture console;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        console.close();
    }

    @Test
    void staffSaveTheRosterAndTheFundsAsCsv(FxRobot robot) throws Exception {
        console = new ConsoleFixture(ConsoleFixture.demoFolder(dir.resolve("demo")), Duration.ofMinutes(10));
        Path roster = dir.resolve("roster.csv");
        List<String> asked = new ArrayList<>();
        console.answerYes(asked, roster);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(console::show);
        ConsoleFixture.signIn(robot, console.staffMember(false));
        robot.clickOn("#nav-reports");
        waitUntil(() -> ConsoleFixture.visible(robot, "reports-roster"));
        tap(robot, "reports-roster");
        waitUntil(() -> text(robot, "reports-result").contains("已保存"), () -> text(robot, "reports-refusal"));
        String csv = Files.readString(roster, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF会员号,姓名,手机号,身份,余额（小时）,志工等级,注册日期\r\n");
        assertThat(csv.split("\r\n")).hasSize(console.hub.community().members().all().size() + 1);
        assertThat(text(robot, "reports-result")).contains(String.valueOf(console.hub.community().members().all().size()));
    }
}
