package org.timestation.admin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.timestation.admin.app.ConsoleFixture.tap;
import static org.timestation.admin.app.ConsoleFixture.text;
import static org.timestation.admin.app.ConsoleFixture.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.FlowPane;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The bulletin screen as a manager uses it: without the community's name it says what to write; then the
 * month's bulletin is previewed page by page, printed (the PDF the printer gets is the one previewed) and
 * saved as a file.
 */
@ExtendWith(ApplicationExtension.class)
class BulletinFlowTest {
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
    void aManagerPreviewsPrintsAndSavesTheMonthsBulletin(FxRobot robot) throws Exception {
        Path folder = ConsoleFixture.demoFolder(dir.resolve("demo"));
        console = new ConsoleFixture(folder, Duration.ofMinutes(10));
        Path saved = dir.resolve("bulletin.pdf");
        console.answerYes(asked, saved);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(console::show);
        ConsoleFixture.signIn(robot, console.staffMember(true));
        robot.clickOn("#nav-bulletin");
        waitUntil(() -> ConsoleFixture.visible(robot, "bulletin-preview"));
        assertThat(robot.lookup("#bulletin-print").queryButton().isDisabled()).as("nothing to print before a preview").isTrue();

        tap(robot, "bulletin-preview");
        waitUntil(() -> text(robot, "bulletin-refusal").contains("bulletin.properties"), () -> text(robot, "bulletin-result"));

        Files.writeString(folder.resolve("bulletin.properties"), "community=幸福里社区\nstation=幸福里时间驿站\n");
        tap(robot, "bulletin-preview");
        waitUntil(() -> text(robot, "bulletin-result").contains("页"), () -> text(robot, "bulletin-refusal"));
        FlowPane pages = robot.lookup("#bulletin-pages").queryAs(FlowPane.class);
        assertThat(pages.getChildren().size()).isBetween(2, 4);

        // another month chosen after the preview: what was previewed can no longer be printed by mistake
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> month = robot.lookup("#bulletin-month").queryAs(javafx.scene.control.ComboBox.class);
        String previewed = month.getValue();
        robot.interact(() -> month.getSelectionModel().select(month.getItems().get(0)));
        waitUntil(() -> robot.lookup("#bulletin-print").queryButton().isDisabled());
        assertThat(pages.getChildren()).isEmpty();
        robot.interact(() -> month.getSelectionModel().select(previewed));
        tap(robot, "bulletin-preview");
        waitUntil(() -> !robot.lookup("#bulletin-print").queryButton().isDisabled(), () -> text(robot, "bulletin-refusal"));

        tap(robot, "bulletin-print");
        waitUntil(() -> !console.printedPdfs.isEmpty());
        String printed = pdfText(console.printedPdfs.get(0));
        assertThat(printed).contains("社区信任报").contains("幸福里社区").contains("幸福里时间驿站");
        assertThat(text(robot, "bulletin-result")).contains("打印");

        tap(robot, "bulletin-save");
        waitUntil(() -> text(robot, "bulletin-result").contains("已保存"), () -> text(robot, "bulletin-refusal"));
        assertThat(Files.readAllBytes(saved)).isEqualTo(console.printedPdfs.get(0));
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
