package org.timestation.kiosk.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.timestation.kiosk.flows.SignInFlowTest.text;
import static org.timestation.kiosk.flows.SignInFlowTest.visible;
import static org.timestation.kiosk.flows.SignInFlowTest.waitUntil;

import java.nio.file.Path;
import java.security.SecureRandom;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timestation.community.Community;
import org.timestation.credit.Minutes;
import org.timestation.demo.DemoCommunity;
import org.timestation.kiosk.app.KioskConfig;
import org.timestation.kiosk.app.KioskShell;
import org.timestation.kiosk.speech.Speaker;
import org.timestation.kiosk.testing.KioskFixture;
import org.timestation.kiosk.testing.KioskFlowTest;
import org.timestation.kiosk.testing.Screenshots;
import org.timestation.member.IdNumber;
import org.timestation.member.IdNumberHasher;
import org.timestation.member.Member;
import org.timestation.merchant.Merchant;
import org.timestation.merchant.VoucherCode;

/** The merchant terminal: scan, see who and how much, redeem once; refusals say why. */
class MerchantTerminalFlowTest extends KioskFlowTest {
    String shop;

    @Override
    protected String node() {
        return DemoCommunity.MERCHANT_NODE;
    }

    @Override
    protected KioskConfig config() {
        shop = org.timestation.datafolder.DataFolder.at(data()).keys().hasher().memberId(IdNumber.parse(DemoCommunity.PERSONAS.get(3).idNumber()));
        return new KioskConfig(data(), false, true, true, node(), shop);
    }

    @Test
    void aScannedVoucherShowsTheMaskedMemberAndAmountAndIsRedeemedOnce(FxRobot robot) {
        Community c = shell.community();
        Member elder = c.members().byPhone("13800000001").get(0);
        c.credits().reward(elder.id(), Minutes.of(180), "测试 test", "staff-1");
        String code = c.merchants().issueVoucher(c.members().identifyByCard(DemoCommunity.PERSONAS.get(0).idNumber()), shop, Minutes.of(60)).code();
        assertThat(visible(robot, "merchant-heading")).isTrue();
        shell.devices().scanned(code);
        waitUntil(() -> !text(robot, "merchant-voucher").isEmpty());
        assertThat(text(robot, "merchant-voucher")).startsWith("王*英").contains("1小时").contains("¥");
        Screenshots.saveFitting(stage.getScene(), "merchant-check-zh");
        robot.clickOn("#merchant-redeem");
        waitUntil(() -> visible(robot, "message"));
        assertThat(text(robot, "message")).startsWith("核销成功");
        robot.clickOn("#message-ok");
        assertThat(c.merchants().vouchersOf(elder.id()).stream().filter(v -> v.redeemed()).count()).isPositive();

        shell.devices().scanned(code); // the same voucher again
        waitUntil(() -> visible(robot, "merchant-refusal"));
        assertThat(text(robot, "merchant-refusal")).contains("已经在").contains("使用过");
        robot.clickOn("#message-ok");

        VoucherCode v = VoucherCode.parse(c.merchants().issueVoucher(c.members().identifyByCard(DemoCommunity.PERSONAS.get(0).idNumber()), shop, Minutes.of(30)).code());
        shell.devices().scanned(new VoucherCode(v.nodeId(), v.seq(), v.merchantId(), v.memberId(), 600, 5000, v.lastDay(), v.signature()).encode());
        waitUntil(() -> text(robot, "merchant-refusal").contains("改动过"));
        robot.clickOn("#message-ok");
        Screenshots.saveFitting(stage.getScene(), "merchant-refused-zh");

        Merchant other = c.merchants().merchants().stream().filter(m -> !m.id().equals(shop)).findFirst().orElseThrow();
        shell.devices().scanned(c.merchants().issueVoucher(c.members().identifyByCard(DemoCommunity.PERSONAS.get(0).idNumber()), other.id(), Minutes.of(30)).code());
        waitUntil(() -> text(robot, "merchant-refusal").contains(other.shopName()));
    }

    /** The terminal's screens for the screenshot tour (README): waiting, a voucher checked, a refusal; zh/en, normal/large. */
    @Test
    void screenshotsOfTheTerminalInBothLanguagesAndSizes(FxRobot robot) throws Exception {
        Community c = shell.community();
        Member elder = c.members().byPhone("13800000001").get(0);
        c.credits().reward(elder.id(), Minutes.of(600), "截图 screenshots", "staff-1");
        for (String lang : new String[] {"zh", "en"}) {
            for (boolean large : new boolean[] {false, true}) {
                String suffix = "-" + lang + (large ? "-large" : "");
                org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
                    shell.session().locale().set(lang.equals("zh") ? org.timestation.text.Text.ZH : org.timestation.text.Text.EN);
                    shell.session().large().set(large);
                }).get();
                org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
                Screenshots.save(stage.getScene(), "21-merchant-waiting" + suffix);
                String code = c.merchants().issueVoucher(c.members().identifyByCard(DemoCommunity.PERSONAS.get(0).idNumber()), shop, Minutes.of(30)).code();
                shell.devices().scanned(code);
                waitUntil(() -> !text(robot, "merchant-voucher").isEmpty());
                Screenshots.save(stage.getScene(), "22-merchant-voucher" + suffix);
                robot.clickOn("#merchant-redeem");
                waitUntil(() -> visible(robot, "message"));
                robot.clickOn("#message-ok");
                shell.devices().scanned(code); // again: refused
                waitUntil(() -> visible(robot, "merchant-refusal"));
                Screenshots.save(stage.getScene(), "23-merchant-refused" + suffix);
                robot.clickOn("#message-ok");
            }
        }
    }
}
