package org.timestation.admin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.timestation.admin.app.ConsoleFixture.tap;
import static org.timestation.admin.app.ConsoleFixture.text;
import static org.timestation.admin.app.ConsoleFixture.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.timestation.admin.desk.DeskReader;
import org.timestation.demo.DemoCommunity;
import org.timestation.device.station.DemoDevices;
import org.timestation.member.Application;
import org.timestation.member.Member;
import org.timestation.member.Registration;
import org.timestation.member.Role;

/**
 * The desk ID card reader, driven as staff use it, through the simulated reader's bytes and the real
 * SAM driver: a card before sign-in says to sign in; a card on any screen opens the member who holds it
 * (the table narrowed to them, the name masked, the number to its last four); a card nobody holds is
 * said to be unregistered; on the approvals screen a card chooses the registration it made, and the
 * approval that follows registers the resident.
 */
@ExtendWith(ApplicationExtension.class)
class DeskReaderFlowTest {
    @TempDir
    static Path dir;
    ConsoleFixture console;
    DeskReader reader;
    final List<String> asked = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        reader.close();
        console.close();
    }

    @Test
    void aCardOnTheDeskFindsTheMemberOrTheRegistrationItMade(FxRobot robot) throws Exception {
        console = new ConsoleFixture(ConsoleFixture.demoFolder(dir.resolve("demo")), Duration.ofMinutes(10));
        reader = DeskReader.open(dir.resolve("demo"), true);
        console.ctx.reader(reader);
        console.answerYes(asked, null);
        DemoDevices desk = reader.simulated().orElseThrow();
        DemoCommunity.Persona elder = DemoCommunity.PERSONAS.get(0);
        DemoCommunity.Persona newcomer = DemoCommunity.PERSONAS.get(DemoCommunity.REGISTERED_PERSONAS);
        Member elderMember = console.hub.community().members().byIdNumber(elder.idNumber()).orElseThrow();
        String last4 = elder.idNumber().substring(14);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(console::show);

        waitUntil(() -> ConsoleFixture.visible(robot, "signin-who"));
        desk.tap(DemoDevices.card(elder));
        waitUntil(() -> text(robot, "signin-message").contains("请先登录"), () -> text(robot, "signin-message"));

        ConsoleFixture.signIn(robot, console.staffMember(false));
        desk.tap(DemoDevices.card(elder)); // on the dashboard: the members screen opens with her
        waitUntil(() -> text(robot, "members-chosen").contains(elderMember.id()), () -> text(robot, "members-refusal"));
        assertThat(text(robot, "members-chosen")).contains(elderMember.maskedName()).doesNotContain(elder.name());
        assertThat(text(robot, "members-result")).contains("尾号 " + last4).doesNotContain(elder.idNumber().substring(0, 14));
        TableView<?> table = robot.lookup("#members-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1, () -> table.getItems().size() + " rows shown for "
                + robot.lookup("#members-filter").queryAs(javafx.scene.control.TextField.class).getText());
        assertThat(robot.lookup("#members-filter").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo(elderMember.id());
        assertThat(text(robot, "members-reader")).contains("已连接");

        desk.tap(DemoDevices.card(newcomer));
        waitUntil(() -> text(robot, "members-refusal").contains("还没有注册"), () -> text(robot, "members-result"));

        // the demo's own menu lays a card as a person would on the simulated reader
        robot.clickOn("#members-demo-card");
        robot.clickOn("#members-demo-card-1");
        Member volunteer = console.hub.community().members().byIdNumber(DemoCommunity.PERSONAS.get(1).idNumber()).orElseThrow();
        waitUntil(() -> text(robot, "members-chosen").contains(volunteer.id()), () -> text(robot, "members-refusal"));

        // the newcomer registers at a kiosk; at the desk, staff check the registration against the card in hand
        Application applied = console.hub.community().members().apply(new Registration(newcomer.name(), newcomer.gender(), newcomer.birth(),
                "幸福里 3 号楼", newcomer.idNumber(), newcomer.phone(), EnumSet.of(Role.MEMBER)), "258036", "258036");
        desk.tap(DemoDevices.card(newcomer));
        waitUntil(() -> text(robot, "members-refusal").contains("等待审批"), () -> text(robot, "members-result"));
        robot.clickOn("#nav-approvals");
        TableView<?> waiting = robot.lookup("#approvals-table").queryAs(TableView.class);
        waitUntil(() -> waiting.getItems().size() == 3);
        desk.tap(DemoDevices.card(newcomer));
        waitUntil(() -> text(robot, "approvals-result").contains("相符"), () -> text(robot, "approvals-refusal"));
        assertThat(waiting.getSelectionModel().getSelectedItem()).asString().contains(applied.id());
        tap(robot, "approvals-reason").write("已核对身份证原件");
        tap(robot, "approvals-approve");
        waitUntil(() -> text(robot, "approvals-result").contains("已批准"), () -> text(robot, "approvals-refusal"));
        assertThat(console.hub.community().members().byIdNumber(newcomer.idNumber())).isPresent();

        desk.tap(DemoDevices.card(elder)); // a member's card on the approvals screen: nothing to approve
        waitUntil(() -> text(robot, "approvals-refusal").contains("已经是会员"), () -> text(robot, "approvals-result"));
    }
}
