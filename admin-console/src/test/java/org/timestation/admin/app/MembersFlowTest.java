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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.timestation.catalogue.ServiceType;
import org.timestation.member.Application;
import org.timestation.member.Member;
import org.timestation.member.Role;
import org.timestation.volunteer.VolunteerProfile;

/**
 * Registration approvals and a member's record, driven as staff would: a decision without a reason is
 * refused and writes nothing; an approval registers the resident (with the operator and reason in the
 * ledger), a rejection leaves them unregistered; a volunteer's checks, skills and roles are written as
 * events; the statement prints.
 */
@ExtendWith(ApplicationExtension.class)
class MembersFlowTest {
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
    void staffApproveOneRegistrationRejectAnotherAndRecordTheNewVolunteersChecks(FxRobot robot) throws Exception {
        console = new ConsoleFixture(ConsoleFixture.demoFolder(dir.resolve("demo")), Duration.ofMinutes(10));
        console.answerYes(asked, null);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(console::show);
        Member staff = console.staffMember(false);
        List<Application> waiting = console.hub.community().members().pendingApplications();
        assertThat(waiting).as("the demo leaves two registrations waiting").hasSize(2);
        Application first = waiting.get(0);
        Application second = waiting.get(1);
        long events = console.hub.community().store().eventCount();

        ConsoleFixture.signIn(robot, staff);
        robot.clickOn("#nav-approvals");
        TableView<?> table = robot.lookup("#approvals-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 2);
        assertThat(ConsoleFixture.cells(robot)).as("names and ID numbers masked").contains(first.member().maskedName(), first.member().idMasked())
                .doesNotContain(first.member().name());
        robot.clickOn(first.member().idMasked());
        tap(robot, "approvals-approve");
        waitUntil(() -> text(robot, "approvals-refusal").contains("原因"));
        assertThat(asked).isEmpty();
        assertThat(console.hub.community().store().eventCount()).isEqualTo(events);

        tap(robot, "approvals-reason").write("已核对身份证原件");
        tap(robot, "approvals-approve");
        waitUntil(() -> text(robot, "approvals-result").contains("已批准"), () -> text(robot, "approvals-refusal"));
        assertThat(asked).singleElement().asString().contains(first.member().maskedName()).contains("成为会员");
        String memberId = first.member().id();
        assertThat(console.hub.community().members().byId(memberId)).isPresent();
        assertThat(console.lastPayload("application.decided")).contains(staff.id()).contains("已核对身份证原件");
        waitUntil(() -> table.getItems().size() == 1);

        robot.clickOn(second.member().idMasked());
        tap(robot, "approvals-reason").write("身份证已过期，请换证后再来");
        tap(robot, "approvals-reject");
        waitUntil(() -> text(robot, "approvals-result").contains("不批准"));
        assertThat(console.hub.community().members().byId(second.member().id())).isEmpty();
        assertThat(console.hub.community().members().pendingApplications()).isEmpty();
        waitUntil(() -> table.getItems().isEmpty());

        // the new member, found by their full name (shown masked), gets their volunteer checks and a role
        robot.clickOn("#nav-members");
        TableView<?> members = robot.lookup("#members-table").queryAs(TableView.class);
        waitUntil(() -> members.getItems().size() > 50);
        tap(robot, "members-filter").write(first.member().name());
        waitUntil(() -> members.getItems().size() == 1);
        robot.clickOn(memberId);
        waitUntil(() -> visible(robot, "members-verified"));
        assertThat(text(robot, "members-chosen")).contains(first.member().maskedName()).doesNotContain(first.member().name());
        tap(robot, "members-verified");
        tap(robot, "members-pledge");
        tap(robot, "members-skill-company");
        tap(robot, "members-skill-shopping");
        tap(robot, "members-volunteer-reason").write("实名认证，承诺书已签");
        tap(robot, "members-save-volunteer");
        waitUntil(() -> text(robot, "members-result").contains("已记进账本"), () -> text(robot, "members-refusal"));
        assertThat(members.getSelectionModel().getSelectedIndex()).as("the member acted on stays chosen when the list reloads").isZero();
        VolunteerProfile p = console.hub.community().volunteers().profile(memberId).orElseThrow();
        assertThat(p.verified()).isTrue();
        assertThat(p.pledgeSigned()).isTrue();
        assertThat(p.suspended()).isFalse();
        assertThat(p.services()).containsExactlyInAnyOrder(ServiceType.COMPANY, ServiceType.SHOPPING);
        assertThat(console.lastPayload("volunteer.profile-set")).contains(staff.id()).contains("实名认证，承诺书已签");

        waitUntil(() -> visible(robot, "members-role-captain") && !robot.lookup("#members-save-roles").query().isDisabled());
        tap(robot, "members-role-captain");
        tap(robot, "members-roles-reason").write("三号楼推选的楼长");
        tap(robot, "members-save-roles");
        waitUntil(() -> console.hub.community().members().byId(memberId).orElseThrow().has(Role.CAPTAIN),
                () -> text(robot, "members-refusal"));
        assertThat(asked).last().asString().contains("楼长管家");
        assertThat(console.hub.community().members().byId(memberId).orElseThrow().roles()).contains(Role.VOLUNTEER, Role.MEMBER);

        // she said at the desk that her full name may be printed in the bulletin: recorded with the reason, said first
        waitUntil(() -> visible(robot, "members-bulletin") && !robot.lookup("#members-save-bulletin").query().isDisabled(), () -> detailState(robot));
        tap(robot, "members-bulletin");
        tap(robot, "members-save-bulletin");
        waitUntil(() -> text(robot, "members-refusal").contains("原因"));
        assertThat(console.hub.community().members().nameInBulletin(memberId)).isFalse();
        tap(robot, "members-bulletin-reason").write("本人在服务台口头同意");
        tap(robot, "members-save-bulletin");
        waitUntil(() -> console.hub.community().members().nameInBulletin(memberId), () -> text(robot, "members-refusal"));
        assertThat(asked).last().asString().contains("信任报").contains("全名");
        assertThat(console.lastPayload("member.bulletin-name")).contains(staff.id()).contains("本人在服务台口头同意");

        tap(robot, "members-print");
        waitUntil(() -> !console.printed.isEmpty());
        assertThat(console.printed.get(0)).contains("会员流水").contains(first.member().maskedName()).doesNotContain(first.member().name());
    }

    /** What the member's record showed when a wait ran out: whether the record is there, the save buttons free, what was said. */
    private String detailState(FxRobot robot) {
        return "(record shown: " + robot.lookup("#members-chosen").tryQuery().isPresent()
                + ", bulletin box: " + robot.lookup("#members-bulletin").tryQuery().isPresent()
                + ", save enabled: " + robot.lookup("#members-save-bulletin").tryQuery().map(n -> !n.isDisabled()).orElse(false)
                + ", console busy: " + console.tasks.working()
                + ", said: " + robot.lookup("#members-result").tryQuery().map(n -> ((javafx.scene.control.Labeled) n).getText()).orElse("")
                + " / " + robot.lookup("#members-refusal").tryQuery().map(n -> ((javafx.scene.control.Labeled) n).getText()).orElse("") + ")";
    }
}
