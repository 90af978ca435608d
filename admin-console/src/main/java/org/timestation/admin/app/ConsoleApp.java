package org.timestation.admin.app;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.timestation.admin.hub.RunningHub;
import org.timestation.admin.staff.StaffAccounts;
import org.timestation.admin.staff.StaffDesk;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.admin.ui.DialogService;
import org.timestation.admin.ui.Tasks;
import org.timestation.datafolder.DataFolder;
import org.timestation.demo.DemoCommunity;
import org.timestation.member.Member;

/**
 * Starts the console app: the data folder made ready (a new community, or the demo's), the hub running
 * behind the window, then the window. Not a JavaFX {@code Application} subclass, so the shaded jar
 * starts with plain {@code java -jar}.
 */
public final class ConsoleApp {
    /** The demo's staff sign in with this password (README). */
    public static final String DEMO_PASSWORD = "timestation-demo";
    /** Whoever leaves the console alone this long is signed out. */
    public static final Duration IDLE = Duration.ofMinutes(10);

    private ConsoleApp() {
    }

    /** How the console was asked to start. */
    public record Options(Path data, boolean demo, String bind, int port, Path screenshots) {
    }

    /**
     * Makes the folder ready: with {@code demo}, an empty folder gets the demo community and its hub's
     * log, and every demo staff member the password {@link #DEMO_PASSWORD}; without, an empty folder
     * becomes a new community (node {@code admin}) whose first manager the first start registers.
     * Returns what to tell the person starting it.
     */
    public static String prepare(Options o) {
        DataFolder folder = DataFolder.at(o.data());
        if (!folder.isEmpty()) {
            return "";
        }
        if (!o.demo()) {
            folder.create(DemoCommunity.ADMIN_NODE, null, new SecureRandom());
            return "新社区已建立 / a new community: " + o.data().toAbsolutePath();
        }
        DemoCommunity.generate(o.data(), DemoCommunity.Options.of(200, 26, 1, java.time.LocalDate.now()), DemoCommunity.ADMIN_NODE);
        org.timestation.admin.hub.DemoHubHistory.build(o.data());
        try (org.timestation.community.Community c = folder.open(Clock.systemUTC());
             StaffAccounts accounts = new StaffAccounts(org.timestation.admin.hub.HubDb.open(o.data()), Clock.systemUTC(), new SecureRandom())) {
            for (Member m : new StaffDesk(c, accounts).staff()) {
                accounts.setPassword(m.id(), DEMO_PASSWORD);
            }
        }
        return "演示社区已生成；工作人员密码 / demo community built; staff password: " + DEMO_PASSWORD;
    }

    /** Runs the console until its window closes (or, with screenshots, until every screen is saved). Returns the exit code. */
    public static int run(Options o, java.io.PrintWriter out, java.io.PrintWriter err) throws InterruptedException {
        String said = prepare(o);
        if (!said.isEmpty()) {
            out.println(said);
            out.flush();
        }
        CountDownLatch closed = new CountDownLatch(1);
        ConsoleText text = new ConsoleText();
        Stage[] window = new Stage[1];
        Platform.setImplicitExit(true);
        try {
            // the window first, saying the ledger is being opened: a big ledger takes a while, and a window that
            // does not come looks like a console that did not start
            Platform.startup(() -> {
                Stage stage = new Stage();
                stage.setOnHidden(e -> closed.countDown());
                ConsoleShell.opening(stage, text);
                window[0] = stage;
                if (StartupProbe.on()) {
                    StartupProbe.firstFrame(stage, out);
                }
            });
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            err.println("无法打开窗口：这台电脑需要图形桌面（Linux 上需要 GTK 3，例如 apt-get install libgtk-3-0）。"
                    + " / Cannot open the console window: this computer needs a graphical desktop (on Linux, GTK 3: apt-get install libgtk-3-0)."
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
            return 3;
        }
        try (RunningHub running = RunningHub.start(o.data(), o.bind(), o.port(), Clock.systemUTC());
             StaffAccounts accounts = new StaffAccounts(org.timestation.admin.hub.HubDb.open(o.data()), Clock.systemUTC(), new SecureRandom());
             Tasks tasks = new Tasks();
             org.timestation.admin.desk.DeskReader reader = org.timestation.admin.desk.DeskReader.open(o.data(), o.demo())) {
            out.printf("枢纽已启动 / hub listening: https://%s:%d/%n", o.bind(), running.port());
            out.flush();
            ConsoleContext ctx = new ConsoleContext(running.hub(), new StaffDesk(running.hub().community(), accounts), tasks,
                    new DialogService(text), text, Clock.systemUTC(), IDLE);
            ctx.reader(reader);
            String host = o.bind().equals("0.0.0.0") ? org.timestation.admin.hub.Enrollment.localAddress() : o.bind();
            ctx.enrollment(new org.timestation.admin.hub.Enrollment.Where(java.net.URI.create("https://" + host + ":" + running.port() + "/"),
                    running.tls().fingerprint()));
            Platform.runLater(() -> {
                Stage stage = window[0];
                if (closed.getCount() == 0) {
                    return; // the window was closed while the ledger opened: nothing to show it in
                }
                ConsoleShell shell = new ConsoleShell(ctx);
                shell.showOn(stage);
                if (StartupProbe.on()) {
                    StartupProbe.signInAndWait(shell, ctx, stage, out);
                }
                if (o.screenshots() != null) {
                    new ScreenshotTour(shell, ctx, stage, o.screenshots(), () -> {
                        stage.close();
                        Platform.exit();
                    }).start();
                }
            });
            closed.await();
            Platform.exit();
        } catch (RuntimeException e) { // the ledger could not be opened: the window goes, and the command line says why
            Platform.runLater(() -> {
                if (window[0] != null) {
                    window[0].close();
                }
                Platform.exit();
            });
            throw e;
        }
        return 0;
    }
}
