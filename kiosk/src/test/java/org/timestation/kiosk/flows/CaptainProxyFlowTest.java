package org.timestation.kiosk.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.timestation.kiosk.flows.SignInFlowTest.tapCard;
import static org.timestation.kiosk.flows.SignInFlowTest.text;
import static org.timestation.kiosk.flows.SignInFlowTest.visible;
import static org.timestation.kiosk.flows.SignInFlowTest.waitUntil;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
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
import org.timestation.kiosk.app.KioskShell;
import org.timestation.kiosk.speech.Speaker;
import org.timestation.kiosk.testing.KioskFixture;
import org.timestation.kiosk.testing.KioskFlowTest;
import org.timestation.kiosk.testing.Screenshots;
import org.timestation.member.Member;
import org.timestation.merchant.Voucher;
import org.timestation.proxy.ProxyAct;

/** 楼长代办: the captain signs in, the elder taps their card, the captain redeems for the elder; the ledger says who did what. */
class CaptainProxyFlowTest extends KioskFlowTest {

    @Test
    void aCaptainRedeemsForAnElderWhoTappedTheirCardAndEveryScreenShowsIt(FxRobot robot) {
        Community c = shell.community();
        Member elder = c.members().byPhone("13800000001").get(0);
        Member captain = c.members().byPhone("13800000003").get(0);
        c.credits().reward(elder.id(), Minutes.of(120), "测试 test", "staff-1");
        tapCard(robot, 2);
        robot.clickOn("#tile-captain");
        assertThat(text(robot, "captain-heading")).contains("请老人");
        SignInFlowTest.openStrip(robot);
        robot.clickOn("#sim-card-0"); // the elder's own card, in the same session
        robot.clickOn("#sim-hide");
        waitUntil(() -> visible(robot, "proxy-banner"));
        assertThat(text(robot, "proxy-banner")).isEqualTo("楼长代办：张建国 正在为 王秀英 办理");
        assertThat(shell.session().member().get().id()).as("the captain stays signed in").isEqualTo(captain.id());
        Screenshots.saveFitting(stage.getScene(), "captain-acting-zh");
        robot.clickOn("#captain-redeem");
        waitUntil(() -> visible(robot, "redeem-merchant-0"));
        assertThat(visible(robot, "proxy-banner")).isTrue();
        robot.clickOn("#redeem-merchant-0");
        robot.clickOn("#redeem-confirm");
        waitUntil(() -> visible(robot, "redeem-done"));
        List<Voucher> vs = c.merchants().vouchersOf(elder.id());
        Voucher v = vs.get(vs.size() - 1);
        assertThat(v.proxyId()).isEqualTo(captain.id());
        assertThat(c.credits().statement(elder.id(), 1).get(0).proxyId()).isEqualTo(captain.id());
        YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        assertThat(c.proxies().monthlyReport(month)).anyMatch(a -> a.kind() == ProxyAct.Kind.REDEEM && a.ref().equals(v.id())
                && a.captainId().equals(captain.id()) && a.elderId().equals(elder.id()));
        waitUntil(() -> shell.printer().last() != null && shell.printer().last().qr() != null);
        assertThat(shell.printer().last().lines()).contains("【代办】楼长 张建国 为 王秀英 办理");
        robot.clickOn("#btn-back");
        robot.clickOn("#captain-end");
        assertThat(visible(robot, "proxy-banner")).isFalse();
        assertThat(shell.session().elder().get()).isNull();
    }
}
