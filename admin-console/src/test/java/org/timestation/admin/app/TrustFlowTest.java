package org.timestation.admin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.timestation.admin.app.ConsoleFixture.tap;
import static org.timestation.admin.app.ConsoleFixture.text;
import static org.timestation.admin.app.ConsoleFixture.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.timestation.member.Member;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;
import org.timestation.trust.Incident;
import org.timestation.trust.IncidentLevel;
import org.timestation.trust.Party;

/**
 * An incident recorded and resolved as staff would: without choosing whom, refused and nothing written;
 * a moderate incident is said first (points, the week's freeze), then written with the operator and
 * freezes the member's redemption; resolving it ends the freeze and keeps it in the record.
 */
@ExtendWith(ApplicationExtension.class)
class TrustFlowTest {
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
    void staffRecordAModerateIncidentWhichFreezesRedemptionThenResolveIt(FxRobot robot) throws Exception {
        console = new ConsoleFixture(ConsoleFixture.demoFolder(dir.resolve("demo")), Duration.ofMinutes(10));
        console.answerYes(asked, null);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(console::show);
        var trust = console.hub.community().trust();
        Party party = trust.scores().stream().map(java.util.Map.Entry::getKey)
                .filter(p -> p.side() == Party.Side.MEMBER && trust.record(p).isEmpty()).findFirst().orElseThrow();
        Member who = console.hub.community().members().byId(party.id()).orElseThrow();
        Member staff = console.staffMember(false);
        long events = console.hub.community().store().eventCount();

        ConsoleFixture.signIn(robot, staff);
        robot.clickOn("#nav-trust");
        TableView<?> scores = robot.lookup("#trust-scores-table").queryAs(TableView.class);
        waitUntil(() -> !scores.getItems().isEmpty());
        tap(robot, "trust-level-moderate");
        tap(robot, "trust-incident-reason").write("虚报了 1 小时服务时长");
        tap(robot, "trust-record");
        waitUntil(() -> text(robot, "trust-refusal").contains("点选对象"));
        assertThat(console.hub.community().store().eventCount()).isEqualTo(events);

        tap(robot, "trust-scores-filter").write(who.name());
        waitUntil(() -> scores.getItems().size() == 1);
        robot.clickOn(who.maskedName() + "（" + who.id() + "）");
        TextArea reasons = robot.lookup("#trust-reasons").queryAs(TextArea.class);
        waitUntil(() -> reasons.getText().contains("起始分"));
        tap(robot, "trust-record");
        waitUntil(() -> text(robot, "trust-result").contains("已记进账本"), () -> text(robot, "trust-refusal"));
        assertThat(asked).singleElement().asString().contains("冻结兑换 7 天").contains("-15");
        Incident recorded = trust.record(party).get(0);
        assertThat(recorded.level()).isEqualTo(IncidentLevel.MODERATE);
        assertThat(recorded.operator()).isEqualTo(staff.id());
        assertThatThrownBy(() -> trust.requireMayRedeem(party.id())).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.MEMBER_FROZEN));

        waitUntil(() -> ConsoleFixture.cells(robot).contains("虚报了 1 小时服务时长"));
        ConsoleFixture.clickCell(robot, "虚报了 1 小时服务时长");
        tap(robot, "trust-resolve");
        waitUntil(() -> text(robot, "trust-refusal").contains("原因"), () -> text(robot, "trust-refusal"));
        tap(robot, "trust-resolve-reason").write("申诉成立：计时记录无误");
        tap(robot, "trust-resolve");
        waitUntil(() -> trust.record(party).get(0).resolved(), () -> text(robot, "trust-refusal"));
        assertThat(asked).last().asString().contains("马上结束");
        assertThat(trust.record(party).get(0).resolvedBy()).isEqualTo(staff.id());
        trust.requireMayRedeem(party.id());
        waitUntil(() -> ConsoleFixture.cells(robot).stream().anyMatch(c -> c.startsWith("已处理")));
    }
}
