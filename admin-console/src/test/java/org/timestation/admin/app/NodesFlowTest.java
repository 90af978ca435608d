package org.timestation.admin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.timestation.admin.app.ConsoleFixture.tap;
import static org.timestation.admin.app.ConsoleFixture.text;
import static org.timestation.admin.app.ConsoleFixture.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.timestation.admin.hub.HubNodes;
import org.timestation.member.Member;
import org.timestation.sync.EnrollmentCode;

/**
 * The stations screen driven by a manager: a quarantine needs a reason, is said first, and becomes an
 * event with the manager and the reason; a release undoes it; a new station's code is shown as text
 * and as a QR that scans back to the same code; a known station gets no second enrollment code.
 */
@ExtendWith(ApplicationExtension.class)
class NodesFlowTest {
    @TempDir
    static Path dir;
    ConsoleFixture console;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        console.close();
    }

    @Test
    void aManagerQuarantinesReleasesAndEnrollsAStation(FxRobot robot) throws Exception {
        console = new ConsoleFixture(ConsoleFixture.demoFolder(dir.resolve("demo")), Duration.ofMinutes(10));
        List<String> asked = new ArrayList<>();
        console.answerYes(asked, null);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(console::show);
        Member manager = console.staffMember(true);
        ConsoleFixture.signIn(robot, manager);
        robot.clickOn("#nav-nodes");
        TableView<?> table = robot.lookup("#nodes-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() >= 3);
        robot.clickOn("station-b");
        long events = console.hub.community().store().eventCount();
        tap(robot, "nodes-act-quarantined");
        waitUntil(() -> text(robot, "nodes-refusal").contains("原因"));
        assertThat(asked).isEmpty();
        tap(robot, "nodes-reason").write("账本核对有出入，先暂停");
        tap(robot, "nodes-act-quarantined");
        waitUntil(() -> text(robot, "nodes-result").contains("已处理"));
        assertThat(asked).singleElement().asString().contains("暂停同步").contains("账本核对有出入");
        assertThat(console.hub.nodes().get("station-b").orElseThrow().state()).isEqualTo(HubNodes.State.QUARANTINED);
        assertThat(console.hub.community().store().eventCount()).isEqualTo(events + 1);
        String act = console.hub.community().store().feed(console.hub.nodeId(), console.hub.community().store().head(console.hub.nodeId()).seq() - 1, 1)
                .get(0).payload();
        assertThat(act).contains("QUARANTINED").contains(manager.id()).contains("账本核对有出入");
        waitUntil(() -> ConsoleFixture.cells(robot).stream().anyMatch(c -> c.startsWith("已隔离")));
        robot.clickOn("station-b");
        tap(robot, "nodes-act-active");
        waitUntil(() -> console.hub.nodes().get("station-b").orElseThrow().state() == HubNodes.State.ACTIVE);

        // a new station: the code, as text and as a QR that scans back to it
        tap(robot, "nodes-new-id").write("station-b");
        tap(robot, "nodes-enroll");
        waitUntil(() -> text(robot, "nodes-refusal").contains("已经登记过了"));
        tap(robot, "nodes-new-id").press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL).write("station-z");
        tap(robot, "nodes-new-name").write("和平里驿站");
        tap(robot, "nodes-enroll");
        waitUntil(() -> text(robot, "nodes-result").contains("station-z"));
        String shown = robot.lookup("#nodes-code").queryAs(javafx.scene.control.TextArea.class).getText();
        EnrollmentCode code = EnrollmentCode.parse(shown);
        assertThat(code.node()).isEqualTo("station-z");
        javafx.scene.image.Image qr = robot.lookup("#nodes-qr").queryAs(ImageView.class).getImage();
        java.awt.image.BufferedImage img = javafx.embed.swing.SwingFXUtils.fromFXImage(qr, null);
        int[] px = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        String scanned = new com.google.zxing.qrcode.QRCodeReader().decode(new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                new com.google.zxing.RGBLuminanceSource(img.getWidth(), img.getHeight(), px)))).getText();
        assertThat(scanned).isEqualTo(shown);
    }
}
