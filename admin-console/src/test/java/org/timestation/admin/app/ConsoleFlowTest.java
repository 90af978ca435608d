package org.timestation.admin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.timestation.admin.app.ConsoleFixture.text;
import static org.timestation.admin.app.ConsoleFixture.visible;
import static org.timestation.admin.app.ConsoleFixture.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.timestation.admin.app.dashboard.DashboardFigures;
import org.timestation.admin.ui.DialogService;
import org.timestation.member.Member;
import org.timestation.member.Role;

/**
 * The console driven as a manager would, headless: a wrong password is refused and said, the right
 * one opens the dashboard with the ledger's figures, members are found by a full name or phone while
 * the list shows them masked, the list exports to a CSV Excel opens, the language switches, an idle
 * console signs out, and a new community's first start registers its first manager.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleFlowTest {
    @TempDir
    static Path dir;
    ConsoleFixture console;

    void start(Path folder, Duration idle) throws Exception {
        console = new ConsoleFixture(folder, idle);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(console::show);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (console != null) {
            console.close();
        }
    }

    static void choose(FxRobot robot, String comboId, String startingWith) {
        robot.clickOn("#" + comboId);
        ComboBox<?> box = robot.lookup("#" + comboId).queryAs(ComboBox.class);
        String item = box.getItems().stream().map(Object::toString).filter(s -> s.startsWith(startingWith)).findFirst().orElseThrow();
        robot.clickOn(item);
    }

    Member manager() {
        return console.ctx.staff().accountHolders().stream().filter(m -> m.has(Role.MANAGER)).findFirst().orElseThrow();
    }

    @Test
    void aManagerSignsInSeesTheWeekFindsMembersExportsThemAndSwitchesLanguage(FxRobot robot) throws Exception {
        start(ConsoleFixture.demoFolder(dir.resolve("demo")), Duration.ofMinutes(10));
        // station-a told the hub with its last sync that its printer is out of paper
        console.hub.nodes().devices("station-a", new org.timestation.sync.DeviceReport(java.util.Map.of("printer", "printer.paper-out",
                "reader", "device.ok", "receipts", "2")));
        waitUntil(() -> visible(robot, "signin-who"));
        Member boss = manager();
        long events = console.hub.community().store().eventCount();
        choose(robot, "signin-who", boss.maskedName() + "（" + boss.id());
        robot.clickOn("#signin-password").write("not my password");
        robot.clickOn("#signin-go");
        waitUntil(() -> text(robot, "signin-message").contains("密码不对"));
        assertThat(text(robot, "signin-message")).contains("还可以再试 4 次");
        assertThat(visible(robot, "dashboard")).isFalse();

        robot.clickOn("#signin-password").press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL)
                .write(ConsoleApp.DEMO_PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> visible(robot, "dashboard-hours"));
        assertThat(text(robot, "top-who")).contains("站长").contains(boss.maskedName()).doesNotContain(boss.name());
        DashboardFigures f = console.hub.community().inspect(s -> DashboardFigures.of(s, java.time.Instant.now(), s.policy().get().zoneId()));
        assertThat(text(robot, "dashboard-hours")).isEqualTo(f.minutesThisWeek() / 60 + " 小时 " + f.minutesThisWeek() % 60 + " 分");
        assertThat(text(robot, "dashboard-open")).isEqualTo(f.openRequests() + " 个");
        assertThat(robot.lookup("#dashboard-stations").queryAs(javafx.scene.layout.VBox.class).getChildren()).hasSizeGreaterThan(1);
        String stations = robot.lookup("#dashboard-stations .label").queryAllAs(javafx.scene.control.Label.class).stream()
                .map(javafx.scene.control.Label::getText).collect(java.util.stream.Collectors.joining("\n"));
        assertThat(stations).contains("打印机 缺纸！").contains("读卡器 正常").contains("2 张小票没打出来").contains("设备：还没有报告");

        robot.clickOn("#nav-members");
        int all = console.hub.community().members().all().size();
        waitUntil(() -> text(robot, "members-count").equals("共 " + all + " 条"));
        Member someone = console.hub.community().members().all().get(5);
        robot.clickOn("#members-filter").write(someone.phone().digits());
        TableView<?> table = robot.lookup("#members-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() >= 1 && !text(robot, "members-count").equals("共 " + all + " 条"));
        waitUntil(() -> ConsoleFixture.cells(robot).contains(someone.phone().masked()));
        assertThat(ConsoleFixture.cells(robot)).as("found by the full phone, shown masked").contains(someone.maskedName())
                .doesNotContain(someone.phone().digits()).doesNotContain(someone.name());

        Path csv = dir.resolve("members.csv");
        console.dialogs.answerWith(new DialogService.Answers() {
            @Override
            public boolean confirm(String title, String body) {
                return false;
            }

            @Override
            public Optional<Path> saveAs(String title, String suggestedName) {
                assertThat(suggestedName).isEqualTo("会员名单.csv");
                return Optional.of(csv);
            }
        });
        robot.clickOn("#members-export");
        waitUntil(() -> text(robot, "members-status").contains("已导出"));
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("会员号,姓名,手机号,身份,余额,注册日期");
        assertThat(lines).hasSize(1 + table.getItems().size());
        assertThat(String.join("\n", lines)).contains(someone.phone().masked()).doesNotContain(someone.phone().digits()).doesNotContain(someone.name());

        robot.clickOn("#top-lang");
        waitUntil(() -> robot.lookup("#nav-members").tryQuery().map(n -> ((javafx.scene.control.Labeled) n).getText().equals("Members")).orElse(false));
        waitUntil(() -> text(robot, "members-count").endsWith(" in all"));
        assertThat(text(robot, "top-who")).startsWith("Manager: ");
        assertThat(console.hub.community().store().eventCount()).as("looking changes nothing in the ledger").isEqualTo(events);
    }

    @Test
    void aConsoleLeftAloneSignsOutAndSaysWhy(FxRobot robot) throws Exception {
        start(ConsoleFixture.demoFolder(dir.resolve("demo")), Duration.ofSeconds(2));
        waitUntil(() -> visible(robot, "signin-who"));
        choose(robot, "signin-who", manager().maskedName() + "（" + manager().id());
        robot.clickOn("#signin-password").write(ConsoleApp.DEMO_PASSWORD);
        robot.clickOn("#signin-go");
        waitUntil(() -> visible(robot, "dashboard-hours"));
        waitUntil(() -> visible(robot, "signin-who"));
        assertThat(console.ctx.signedIn()).isNull();
        assertThat(text(robot, "signin-message")).contains("没有操作").contains("自动退出");
    }

    @Test
    void theFirstStartOfANewCommunityRegistersItsFirstManager(FxRobot robot) throws Exception {
        Path fresh = dir.resolve("fresh");
        org.timestation.datafolder.DataFolder.at(fresh).create(org.timestation.demo.DemoCommunity.ADMIN_NODE, null, new java.security.SecureRandom());
        start(fresh, Duration.ofMinutes(10));
        waitUntil(() -> visible(robot, "first-name"));
        String id = org.timestation.community.TestStation.idNumber(java.time.LocalDate.of(1968, 5, 4), 21);
        robot.clickOn("#first-name").write("周站长");
        robot.clickOn("#first-id").write(id);
        robot.clickOn("#first-phone").write("13900000021");
        robot.clickOn("#first-address").write("幸福里3号楼");
        robot.clickOn("#first-password").write("我们社区的新站长来了");
        robot.clickOn("#first-again").write("我们社区的新站长来了吗");
        robot.clickOn("#first-go");
        waitUntil(() -> text(robot, "signin-message").contains("两次输入的密码不一样"));
        assertThat(console.hub.community().members().all()).isEmpty();
        robot.clickOn("#first-password").press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL).write("我们社区的新站长来了吗");
        robot.clickOn("#first-go");
        waitUntil(() -> visible(robot, "dashboard-hours"), () -> "signin: " + text(robot, "signin-message") + " dashboard: " + text(robot, "dashboard-failure"));
        Member m = console.hub.community().members().all().get(0);
        assertThat(m.name()).isEqualTo("周站长");
        assertThat(m.roles()).contains(Role.MANAGER, Role.STAFF);
        assertThat(console.ctx.staff().needsFirstManager()).isFalse();
    }

    @Test
    void aManagerAddsAndRemovesStaffWithAReasonAndStaffOnlySeeTheList(FxRobot robot) throws Exception {
        start(ConsoleFixture.demoFolder(dir.resolve("demo")), Duration.ofMinutes(10));
        waitUntil(() -> visible(robot, "signin-who"));
        Member boss = manager();
        choose(robot, "signin-who", boss.maskedName() + "（" + boss.id());
        robot.clickOn("#signin-password").write(ConsoleApp.DEMO_PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> visible(robot, "dashboard-hours"));
        robot.clickOn("#nav-team");
        waitUntil(() -> visible(robot, "team-add"));
        Member resident = console.hub.community().members().all().stream()
                .filter(m -> !m.has(Role.STAFF) && !m.has(Role.MANAGER)).findFirst().orElseThrow();
        long before = console.hub.community().store().eventCount();
        robot.clickOn("#team-add-member").write(resident.id());
        robot.clickOn("#team-add-password").write("值班员的登录密码一二");
        robot.clickOn("#team-add-again").write("值班员的登录密码一二");
        robot.clickOn("#team-add");
        waitUntil(() -> text(robot, "team-refusal").contains("原因"));
        assertThat(console.hub.community().store().eventCount()).as("refused: nothing written").isEqualTo(before);
        robot.clickOn("#team-add-reason").write("新来的值班员");
        robot.clickOn("#team-add");
        waitUntil(() -> text(robot, "team-result").contains("已添加"));
        Member made = console.hub.community().members().byId(resident.id()).orElseThrow();
        assertThat(made.roles()).contains(Role.STAFF).doesNotContain(Role.MANAGER);
        org.timestation.ledger.Event last = console.hub.community().store().feed(console.hub.nodeId(),
                console.hub.community().store().head(console.hub.nodeId()).seq() - 1, 1).get(0);
        assertThat(last.type()).isEqualTo("member.roles-changed");
        assertThat(last.payload()).contains(boss.id()).contains("新来的值班员");

        // staff see the list, not the forms
        robot.clickOn("#top-sign-out");
        waitUntil(() -> visible(robot, "signin-who"));
        choose(robot, "signin-who", made.maskedName() + "（" + made.id());
        robot.clickOn("#signin-password").write("值班员的登录密码一二").type(KeyCode.ENTER);
        waitUntil(() -> visible(robot, "dashboard-hours"));
        assertThat(text(robot, "top-who")).startsWith("工作人员");
        robot.clickOn("#nav-team");
        waitUntil(() -> visible(robot, "team-table"));
        assertThat(robot.lookup("#team-add").tryQuery()).isEmpty();

        // the manager removes them, after being told what it will do
        robot.clickOn("#top-sign-out");
        waitUntil(() -> visible(robot, "signin-who"));
        choose(robot, "signin-who", boss.maskedName() + "（" + boss.id());
        robot.clickOn("#signin-password").write(ConsoleApp.DEMO_PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> visible(robot, "dashboard-hours"));
        robot.clickOn("#nav-team");
        waitUntil(() -> visible(robot, "team-remove"));
        java.util.List<String> asked = new java.util.ArrayList<>();
        console.answerYes(asked, null);
        robot.clickOn("#team-filter").write(made.id());
        waitUntil(() -> robot.lookup("#team-table").queryAs(TableView.class).getItems().size() == 1);
        ConsoleFixture.clickCell(robot, made.maskedName()); // staff are shown masked too
        robot.clickOn("#team-remove-reason").write("调到别的社区");
        robot.clickOn("#team-remove");
        waitUntil(() -> text(robot, "team-result").contains("已移除"));
        assertThat(asked).singleElement().asString().contains(made.maskedName()).doesNotContain(made.name()).contains("调到别的社区").contains("余额不变");
        assertThat(console.hub.community().members().byId(made.id()).orElseThrow().roles()).doesNotContain(Role.STAFF);
        assertThat(console.ctx.staff().hasAccount(made.id())).isFalse();
    }
}
