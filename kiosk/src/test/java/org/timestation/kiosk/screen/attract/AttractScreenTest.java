package org.timestation.kiosk.screen.attract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
import org.timestation.kiosk.app.KioskConfig;
import org.timestation.kiosk.app.KioskShell;
import org.timestation.kiosk.testing.Screenshots;

@ExtendWith(ApplicationExtension.class)
class AttractScreenTest {
    @TempDir
    static Path data;
    KioskShell shell;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shell = new KioskShell(new KioskConfig(data.resolve("station"), false, true, true, "station-a"));
        shell.showOn(stage);
        stage.setWidth(1920);
        stage.setHeight(1080);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.close()).get(10, TimeUnit.SECONDS);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    @Test
    void theAttractScreenAsksForTheIdCardInChineseFirst(FxRobot robot) {
        assertThat(text(robot, "attract-title")).isEqualTo("请刷身份证或扫码");
        assertThat(text(robot, "attract-subtitle")).isEqualTo("Tap your ID card or scan your code");
        assertThat(text(robot, "attract-card")).isEqualTo("把身份证放在读卡器上");
    }

    @Test
    void theLedgerOpensOffTheFxThreadAndTheScreenSaysWhenItIsReady(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "欢迎使用，请刷卡开始".equals(text(robot, "attract-status")));
        assertThat(shell.community()).isNotNull();
        assertThat(Files.exists(data.resolve("station").resolve("ledger.mv.db"))).isTrue();
        Path zh = Screenshots.save(stage.getScene(), "attract-zh");
        assertThat(Files.size(zh)).isPositive();
    }

    @Test
    void tappingTheLanguageButtonSwitchesToEnglishAndBack(FxRobot robot) {
        robot.clickOn("#btn-language");
        assertThat(text(robot, "attract-title")).isEqualTo("Tap your ID card or scan your code");
        assertThat(text(robot, "attract-subtitle")).isEqualTo("请刷身份证或扫码");
        Screenshots.save(stage.getScene(), "attract-en");
        robot.clickOn("#btn-language");
        assertThat(text(robot, "attract-title")).isEqualTo("请刷身份证或扫码");
    }
}
