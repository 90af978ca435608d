package org.timestation.admin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.timestation.admin.app.ConsoleFixture.tap;
import static org.timestation.admin.app.ConsoleFixture.text;
import static org.timestation.admin.app.ConsoleFixture.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.timestation.admin.hub.HubNodes;
import org.timestation.ledger.h2.H2EventStore;

/**
 * The audit screen as a manager uses it: the hub's own quarantine of a station whose clock went back
 * is listed as a clock alert; verifying the demo's ledger runs the bar to the end and says it is
 * intact; an event altered in the database file afterwards is found by the next verification.
 */
@ExtendWith(ApplicationExtension.class)
class AuditFlowTest {
    @TempDir
    static Path dir;
    ConsoleFixture console;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        console.close();
    }

    @Test
    void verifyFindsTheLedgerIntactThenFindsAnAlteredEventAndAlertsAreListed(FxRobot robot) throws Exception {
        console = new ConsoleFixture(ConsoleFixture.demoFolder(dir.resolve("demo")), Duration.ofMinutes(10));
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(console::show);
        console.hub.act("station-b", HubNodes.State.QUARANTINED, HubNodes.HUB_OPERATOR,
                "rule TIME_WENT_BACKWARDS: station-b/90 is dated before station-b/89");

        ConsoleFixture.signIn(robot, console.staffMember(true));
        robot.clickOn("#nav-audit");
        TableView<?> alerts = robot.lookup("#audit-alerts-table").queryAs(TableView.class);
        waitUntil(() -> !alerts.getItems().isEmpty());
        assertThat(ConsoleFixture.cells(robot)).contains("时钟不对", "station-b");
        TableView<?> checkpoints = robot.lookup("#audit-checkpoints-table").queryAs(TableView.class);
        waitUntil(() -> !checkpoints.getItems().isEmpty());
        assertThat(text(robot, "audit-latest")).contains("最新检查点").contains("站点联署");

        tap(robot, "audit-verify");
        waitUntil(() -> text(robot, "audit-verdict").startsWith("账本完好"), () -> text(robot, "audit-verdict") + text(robot, "audit-refusal"));
        assertThat(robot.lookup("#audit-progress").queryAs(ProgressBar.class).getProgress()).isEqualTo(1.0);

        // an insider changes an amount in the database file while the console runs
        H2EventStore store = (H2EventStore) console.hub.community().store();
        try (var st = store.connection().createStatement()) {
            st.execute("DROP TRIGGER IF EXISTS event_append_only"); // the guard goes first: an insider with the file can drop it
            assertThat(st.executeUpdate("UPDATE event SET payload = REPLACE(payload, ',30]', ',3000]') "
                    + "WHERE pos = (SELECT MIN(pos) FROM event WHERE payload LIKE '%,30]%')")).isEqualTo(1);
            store.connection().commit();
        }
        tap(robot, "audit-verify");
        waitUntil(() -> text(robot, "audit-verdict").startsWith("账本有问题"), () -> text(robot, "audit-verdict") + text(robot, "audit-refusal"));
        TextArea findings = robot.lookup("#audit-findings").queryAs(TextArea.class);
        waitUntil(() -> findings.getText().contains("the event was altered"), findings::getText);
    }
}
