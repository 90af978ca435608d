package org.timestation.admin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.timestation.admin.app.ConsoleFixture.tap;
import static org.timestation.admin.app.ConsoleFixture.text;
import static org.timestation.admin.app.ConsoleFixture.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.timestation.member.Member;
import org.timestation.proxy.ProxyAct;

/** The month's proxy report as staff read it: a month that is not one is refused in words; the demo's month counts every act, people masked. */
@ExtendWith(ApplicationExtension.class)
class ProxyFlowTest {
    @TempDir
    static Path dir;
    ConsoleFixture console;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        console.close();
    }

    @Test
    void aMonthsProxyActsAreCountedByCaptainAndElder(FxRobot robot) throws Exception {
        console = new ConsoleFixture(ConsoleFixture.demoFolder(dir.resolve("demo")), Duration.ofMinutes(10));
        var c = console.hub.community();
        YearMonth now = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        YearMonth month = Stream.iterate(now, m -> m.minusMonths(1)).limit(3).filter(m -> !c.proxies().monthlyReport(m).isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("the demo has a captain acting for an elder every month"));
        List<ProxyAct> acts = c.proxies().monthlyReport(month);
        Member captain = c.members().byId(acts.get(0).captainId()).orElseThrow();
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(console::show);

        ConsoleFixture.signIn(robot, console.staffMember(false));
        robot.clickOn("#nav-proxy");
        waitUntil(() -> text(robot, "proxy-totals").contains(now.toString()));
        tap(robot, "proxy-month").write("十一月");
        tap(robot, "proxy-show");
        waitUntil(() -> text(robot, "proxy-refusal").contains("2026-11"));
        tap(robot, "proxy-month").press(javafx.scene.input.KeyCode.CONTROL).press(javafx.scene.input.KeyCode.A)
                .release(javafx.scene.input.KeyCode.A).release(javafx.scene.input.KeyCode.CONTROL).write(month.toString());
        tap(robot, "proxy-show");
        waitUntil(() -> text(robot, "proxy-totals").startsWith(month + "：共 " + acts.size() + " 次代办"), () -> text(robot, "proxy-totals"));
        assertThat(ConsoleFixture.cells(robot)).contains(captain.maskedName() + "（" + captain.id() + "）").doesNotContain(captain.name());
    }
}
