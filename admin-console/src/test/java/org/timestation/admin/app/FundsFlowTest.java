package org.timestation.admin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.timestation.admin.app.ConsoleFixture.tap;
import static org.timestation.admin.app.ConsoleFixture.text;
import static org.timestation.admin.app.ConsoleFixture.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.timestation.funds.FundsEntry;
import org.timestation.funds.FundsKind;

/**
 * An expense recorded as the manager would: without its voucher picture, or with two approvers, it is
 * refused before anyone is asked and nothing is written; with the picture and three approvers it is said
 * first (what it does to the money held), then written with the picture's hash, the approvers and the
 * operator; the picture is kept under its hash; the week's statement prints.
 */
@ExtendWith(ApplicationExtension.class)
class FundsFlowTest {
    @TempDir
    static Path dir;
    ConsoleFixture console;
    final List<String> asked = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        console.close();
    }

    static void pick(FxRobot robot, String id, int index) {
        ComboBox<?> box = robot.lookup("#" + id).queryAs(ComboBox.class);
        tap(robot, id);
        robot.clickOn(box.getItems().get(index).toString());
    }

    @Test
    void anExpenseNeedsItsPictureAndThreeApprovers(FxRobot robot) throws Exception {
        console = new ConsoleFixture(ConsoleFixture.demoFolder(dir.resolve("demo")), Duration.ofMinutes(10));
        console.answerYes(asked, null);
        byte[] jpeg = new byte[2048];
        jpeg[0] = (byte) 0xFF;
        jpeg[1] = (byte) 0xD8;
        jpeg[2] = (byte) 0xFF;
        jpeg[3] = (byte) 0xE0;
        new java.util.Random(7).nextBytes(java.util.Arrays.copyOfRange(jpeg, 4, jpeg.length));
        Path receipt = Files.write(dir.resolve("receipt.jpg"), jpeg);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jpeg));
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(console::show);
        long cash = console.hub.community().funds().cashFen();
        long events = console.hub.community().store().eventCount();

        ConsoleFixture.signIn(robot, console.staffMember(true));
        robot.clickOn("#nav-funds");
        TableView<?> table = robot.lookup("#funds-table").queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        ComboBox<?> kinds = robot.lookup("#funds-kind").queryAs(ComboBox.class);
        tap(robot, "funds-kind");
        robot.clickOn("支出（要 3 人审批）");
        assertThat(kinds.getValue()).isEqualTo(FundsKind.EXPENSE);
        tap(robot, "funds-amount").write("120.50");
        tap(robot, "funds-description").write("重阳节活动物料：茶叶、纸杯");
        pick(robot, "funds-approver-1", 0);
        pick(robot, "funds-approver-2", 1);
        tap(robot, "funds-record");
        waitUntil(() -> text(robot, "funds-refusal").contains("凭证"));

        console.attach = receipt;
        tap(robot, "funds-attach");
        waitUntil(() -> text(robot, "funds-attached").contains(hash.substring(0, 12)));
        tap(robot, "funds-record");
        waitUntil(() -> text(robot, "funds-refusal").contains("3 位不同的人"));
        assertThat(asked).as("refused before anyone is asked").isEmpty();
        assertThat(console.hub.community().store().eventCount()).isEqualTo(events);
        assertThat(console.hub.community().funds().cashFen()).isEqualTo(cash);

        pick(robot, "funds-approver-3", 2);
        tap(robot, "funds-record");
        waitUntil(() -> text(robot, "funds-result").contains("已记进账本"), () -> text(robot, "funds-refusal"));
        assertThat(asked).singleElement().asString().contains("¥120.50").contains("减少");
        assertThat(console.hub.community().funds().cashFen()).isEqualTo(cash - 12_050);
        List<FundsEntry> all = console.hub.community().funds().entries();
        FundsEntry last = all.get(all.size() - 1);
        assertThat(last.kind()).isEqualTo(FundsKind.EXPENSE);
        assertThat(last.voucherRef()).isEqualTo("sha256:" + hash);
        assertThat(last.approvers()).hasSize(3).doesNotHaveDuplicates();
        assertThat(last.operator()).isEqualTo(console.staffMember(true).id());
        assertThat(Files.readAllBytes(console.hub.dataDir().resolve("vouchers").resolve(hash + ".jpg"))).isEqualTo(jpeg);
        waitUntil(() -> ConsoleFixture.cells(robot).contains("重阳节活动物料：茶叶、纸杯"));

        tap(robot, "funds-print-week");
        waitUntil(() -> !console.printed.isEmpty());
        assertThat(console.printed.get(0)).contains("资金周报").contains("重阳节活动物料").contains("120.50");
    }
}
