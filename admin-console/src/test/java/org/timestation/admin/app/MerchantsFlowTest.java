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
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.timestation.funds.FundsEntry;
import org.timestation.funds.FundsKind;
import org.timestation.member.Member;
import org.timestation.member.Role;
import org.timestation.merchant.Licence;
import org.timestation.merchant.Merchant;
import org.timestation.trust.IncidentLevel;
import org.timestation.trust.Party;

/**
 * Merchants as staff handle them: a day's settlement shown; a merchant paused (said first: three days,
 * ¥200 of the deposit kept), which the table then shows; a new merchant onboarded, refused until the
 * deposit's receipt picture is attached, then written with the deposit in the funds ledger.
 */
@ExtendWith(ApplicationExtension.class)
class MerchantsFlowTest {
    @TempDir
    static Path dir;
    ConsoleFixture console;
    final List<String> asked = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        console.close();
    }

    /** The console shown, a staff member signed in, the merchants page open and {@code shop} chosen: the staff member. */
    private Member merchantsPageWith(FxRobot robot, Merchant shop) throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(console::show);
        Member staff = console.staffMember(false);
        ConsoleFixture.signIn(robot, staff);
        robot.clickOn("#nav-merchants");
        TableView<?> table = robot.lookup("#merchants-table").queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        ConsoleFixture.clickCell(robot, shop.shopName());
        return staff;
    }

    private static void retype(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup("#" + id).queryAs(javafx.scene.control.TextField.class).clear());
        tap(robot, id).write(text);
    }

    @Test
    void staffRecordAFairPriceCheckAtOnceAndOneOverCostPlusFivePercentPausesTheShopAfterSayingSo(FxRobot robot) throws Exception {
        console = new ConsoleFixture(ConsoleFixture.demoFolder(dir.resolve("demo")), Duration.ofMinutes(10));
        console.answerYes(asked, null);
        var c = console.hub.community();
        Merchant shop = c.merchants().merchants().stream().filter(m -> c.trust().record(Party.merchant(m.id())).stream()
                .noneMatch(i -> i.suspends(System.currentTimeMillis()))).findFirst().orElseThrow();
        int before = c.trust().record(Party.merchant(shop.id())).size();
        Member staff = merchantsPageWith(robot, shop);

        tap(robot, "merchants-check-item").write("鸡蛋（每斤）");
        tap(robot, "merchants-check-cost").write("5");
        tap(robot, "merchants-check-listed").write("5.25");
        tap(robot, "merchants-check-charged").write("5.25");
        tap(robot, "merchants-check");
        waitUntil(() -> text(robot, "merchants-result").contains("价格合规"), () -> text(robot, "merchants-refusal"));
        assertThat(asked).as("a fair check asks nothing").isEmpty();
        assertThat(c.trust().record(Party.merchant(shop.id()))).hasSize(before);

        retype(robot, "merchants-check-charged", "5.60");
        tap(robot, "merchants-check");
        waitUntil(() -> text(robot, "merchants-result").contains("暂停接单 3 天"), () -> text(robot, "merchants-refusal"));
        assertThat(asked).singleElement().asString().contains(shop.shopName()).contains("超过进货价 5%");
        assertThat(c.trust().record(Party.merchant(shop.id()))).hasSize(before + 1).anySatisfy(i -> {
            assertThat(i.level()).isEqualTo(IncidentLevel.MODERATE);
            assertThat(i.operator()).isEqualTo(staff.id());
            assertThat(i.reason()).contains("鸡蛋（每斤）").contains("¥5.60");
        });

        retype(robot, "merchants-check-cost", "five");
        tap(robot, "merchants-check");
        waitUntil(() -> text(robot, "merchants-refusal").contains("金额请写成元"), () -> text(robot, "merchants-refusal"));
        assertThat(c.trust().record(Party.merchant(shop.id()))).as("nothing written for a price not understood").hasSize(before + 1);
    }

    @Test
    void staffPauseAMerchantAndOnboardANewOne(FxRobot robot) throws Exception {
        console = new ConsoleFixture(ConsoleFixture.demoFolder(dir.resolve("demo")), Duration.ofMinutes(10));
        console.answerYes(asked, null);
        var c = console.hub.community();
        Merchant shop = c.merchants().merchants().get(0);
        Member owner = c.members().all().stream().filter(m -> !m.has(Role.MERCHANT) && c.merchants().merchant(m.id()).isEmpty()).findFirst().orElseThrow();
        Member staff = merchantsPageWith(robot, shop);
        tap(robot, "merchants-show-settlement");
        TextArea settlement = robot.lookup("#merchants-settlement").queryAs(TextArea.class);
        waitUntil(() -> settlement.getText().startsWith(shop.shopName()));
        assertThat(settlement.getText()).contains("结算");
        tap(robot, "merchants-print-settlement"); // the merchant's copy: a laid-out statement with lines to sign
        waitUntil(() -> !console.printedPdfs.isEmpty(), () -> text(robot, "merchants-refusal"));
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(console.printedPdfs.get(0))) {
            String printed = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(printed).contains(shop.shopName() + " · 商户日结算单").contains("商户签字").contains("驿站经办人");
        }
        waitUntil(() -> text(robot, "merchants-result").contains(shop.shopName()));

        tap(robot, "merchants-reason").write("会员价高于约定");
        tap(robot, "merchants-pause");
        waitUntil(() -> text(robot, "merchants-result").contains("已记进账本"), () -> text(robot, "merchants-refusal"));
        assertThat(asked).singleElement().asString().contains(shop.shopName()).contains("暂停营业 3 天").contains("¥200.00");
        assertThat(c.trust().record(Party.merchant(shop.id()))).anySatisfy(i -> {
            assertThat(i.level()).isEqualTo(IncidentLevel.MODERATE);
            assertThat(i.operator()).isEqualTo(staff.id());
        });
        waitUntil(() -> ConsoleFixture.cells(robot).stream().anyMatch(s -> s.startsWith("暂停到")));

        String first17 = "91310115MA1K4ABC1";
        String licence = first17 + Licence.checkChar(first17);
        tap(robot, "merchants-new-member").write(owner.id());
        tap(robot, "merchants-new-shop").write("老王修鞋");
        tap(robot, "merchants-new-licence").write(licence);
        tap(robot, "merchants-onboard");
        waitUntil(() -> text(robot, "merchants-refusal").contains("收据的照片"), () -> text(robot, "merchants-refusal"));
        assertThat(c.merchants().merchant(owner.id())).isEmpty();

        byte[] png = new byte[600];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, png, 0, 8);
        console.attach = Files.write(dir.resolve("deposit.png"), png);
        tap(robot, "merchants-attach");
        waitUntil(() -> text(robot, "merchants-attached").contains("deposit.png"));
        tap(robot, "merchants-onboard");
        waitUntil(() -> text(robot, "merchants-result").contains("已入驻"), () -> text(robot, "merchants-refusal"));
        Merchant added = c.merchants().merchant(owner.id()).orElseThrow();
        assertThat(added.shopName()).isEqualTo("老王修鞋");
        assertThat(added.fenPerCredit()).isEqualTo(500);
        List<FundsEntry> lines = c.funds().entries();
        FundsEntry deposit = lines.get(lines.size() - 1);
        assertThat(deposit.kind()).isEqualTo(FundsKind.MERCHANT_DEPOSIT);
        assertThat(deposit.fen()).isEqualTo(50_000);
        assertThat(deposit.voucherRef()).startsWith("sha256:");
    }
}
