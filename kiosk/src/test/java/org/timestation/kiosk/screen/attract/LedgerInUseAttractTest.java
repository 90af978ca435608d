package org.timestation.kiosk.screen.attract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timestation.datafolder.DataFolder;
import org.timestation.kiosk.app.KioskConfig;
import org.timestation.kiosk.app.KioskShell;
import org.timestation.ledger.h2.LedgerHolder;

/**
 * The kiosk started on a folder whose ledger the console (another program) holds open says exactly
 * that, in both languages, and what staff should do: not a generic "the ledger cannot be opened".
 */
@ExtendWith(ApplicationExtension.class)
class LedgerInUseAttractTest {
    static Path data;
    static LedgerHolder console;
    KioskShell shell;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        data = java.nio.file.Files.createTempDirectory(java.nio.file.Files.createDirectories(Path.of("target", "kiosk-data")), "in-use-")
                .resolve("station"); // in target, not /tmp: the kiosk may still be trying the folder when the class ends
        try (var c = DataFolder.at(data).openOrCreate("station-a", java.time.Clock.systemUTC(), new java.security.SecureRandom())) {
            assertThat(c.members().all()).isEmpty();
        }
        console = LedgerHolder.holdOpen(data);
        this.stage = stage;
        shell = new KioskShell(new KioskConfig(data, false, true, true, "station-a"));
        shell.showOn(stage);
    }

    @AfterAll
    static void release() throws Exception {
        if (console != null) {
            console.close();
        }
    }

    private String status(FxRobot robot) {
        return robot.lookup("#attract-status").queryAs(Label.class).getText();
    }

    @Test
    void theStatusLineSaysAnotherProgramHasTheLedgerAndWhatToDo(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status(robot).contains("另一个程序"));
        assertThat(status(robot)).contains("管理端").contains("关掉那个程序");
        assertThat(shell.community()).isNull();
        robot.clickOn("#btn-language");
        assertThat(status(robot)).contains("open in another program").contains("close that program");
        WaitForAsyncUtils.asyncFx(() -> stage.close()).get(10, TimeUnit.SECONDS);
    }
}
