package org.timestation.kiosk.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timestation.datafolder.DataFolder;
import org.timestation.kiosk.app.KioskConfig;
import org.timestation.kiosk.app.KioskShell;
import org.timestation.kiosk.testing.Screenshots;
import org.timestation.sync.EnrollmentCode;
import org.timestation.sync.StationSync;
import org.timestation.text.Bilingual;

/**
 * An installed station (in service) on an empty data folder: a staff-only enrollment page instead of the attract
 * screen, never a ledger of its own and never demo data; a code that is not an enrollment code, and a hub out of reach,
 * are said in words and nothing is written; the right code joins the hub, and the station opens as any station does.
 */
@ExtendWith(ApplicationExtension.class)
class EnrollmentFlowTest {
    @TempDir
    Path dir;
    KioskShell shell;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shell = new KioskShell(new KioskConfig(dir.resolve("station"), false, true, true, "station-a", null, null, true));
        shell.showOn(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.close()).get(10, TimeUnit.SECONDS);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    static EnrollmentCode code(URI hub) {
        return new EnrollmentCode(hub, new byte[32], "token-1", "secret-1", "station-a", System.currentTimeMillis() + 3_600_000);
    }

    @Test
    void aStationNotEnrolledShowsStaffHowToEnrollItAndMakesNoLedgerOfItsOwn(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> SignInFlowTest.visible(robot, "enroll-screen"));
        assertThat(text(robot, "enroll-title")).contains("还没有登记");
        assertThat(text(robot, "enroll-how")).contains("登记码").contains("扫码器");
        assertThat(text(robot, "enroll-state")).contains("正在等登记码");
        Screenshots.saveFitting(stage.getScene(), "enroll-zh");
        Thread.sleep(1500); // what a start without enrollment would have done by now: made a ledger
        assertThat(shell.community()).isNull();
        assertThat(DataFolder.at(dir.resolve("station")).isEmpty()).as("no ledger, no keys, no demo").isTrue();

        shell.devices().scanned("M0001-not-an-enrollment-code");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "enroll-state").contains("这不是登记码"));

        shell.devices().scanned(code(URI.create("https://127.0.0.1:1/")).text()); // a hub nobody answers for
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !text(robot, "enroll-state").contains("正在"));
        assertThat(shell.community()).isNull();
        assertThat(SignInFlowTest.visible(robot, "enroll-screen")).isTrue();
    }

    @Test
    void theRightCodeJoinsTheHubAndTheStationOpensAsAnyStationDoes(FxRobot robot) throws Exception {
        AtomicReference<EnrollmentCode> used = new AtomicReference<>();
        shell.joinWith((folder, c) -> { // the hub's side is the admin console's (RecoveryTest): here the station's glue
            used.set(c);
            DataFolder.at(folder).create(c.node(), null, new SecureRandom());
            return new StationSync.Outcome(0, "ok", new Bilingual("已登记", "enrolled"));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> SignInFlowTest.visible(robot, "enroll-screen"));
        EnrollmentCode code = code(URI.create("https://hub.example:8443/"));
        shell.devices().scanned(code.text());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shell.community() != null);
        assertThat(used.get().tokenId()).isEqualTo("token-1");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !SignInFlowTest.visible(robot, "enroll-screen"));
        assertThat(SignInFlowTest.visible(robot, "attract-title")).isTrue();
        assertThat(Files.exists(dir.resolve("station").resolve("ledger.mv.db"))).isTrue();
        assertThat(stage.getScene().getCursor()).as("a station in service shows no mouse pointer").isEqualTo(javafx.scene.Cursor.NONE);
    }
}
