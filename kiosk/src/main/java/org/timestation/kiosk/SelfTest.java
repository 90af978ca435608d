package org.timestation.kiosk;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.application.Platform;
import org.timestation.kiosk.app.KioskConfig;
import org.timestation.kiosk.app.KioskShell;

/**
 * {@code kiosk --self-test}: what the package checks run on an installed (or just extracted) kiosk. It
 * opens the real window on a new ledger in a temporary folder, with simulated devices, waits until the
 * attract screen is drawn and the ledger is open, checks that the bundled font is in use, then quits and
 * deletes the folder. Exit 0 when all of that happened within two minutes; 1 when something did not
 * (said which); 3 when no window could be opened at all.
 */
final class SelfTest {
    private SelfTest() {
    }

    static int run(PrintWriter out, PrintWriter err) {
        Path dir;
        try {
            dir = Files.createTempDirectory("timestation-self-test");
        } catch (IOException e) {
            err.println("自检失败：无法建临时文件夹 / self-test failed: no temporary folder (" + e.getMessage() + ")");
            return 1;
        }
        CountDownLatch ready = new CountDownLatch(1);
        AtomicReference<String> problem = new AtomicReference<>();
        AtomicReference<KioskShell> shell = new AtomicReference<>();
        try {
            Platform.setImplicitExit(false);
            Platform.startup(() -> {
                try {
                    KioskShell s = new KioskShell(new KioskConfig(dir.resolve("data"), false, true, true, "self-test"));
                    shell.set(s);
                    javafx.stage.Stage stage = new javafx.stage.Stage();
                    s.whenReady(() -> {
                        if (stage.getScene() == null || stage.getScene().getRoot() == null || !stage.isShowing()) {
                            problem.set("the window is not showing");
                        } else if (s.community() == null) {
                            problem.set("the ledger did not open");
                        } else if (!javafx.scene.text.Font.getFamilies().contains("Droid Sans Fallback")) {
                            problem.set("the bundled font is not loaded");
                        }
                        ready.countDown();
                    });
                    s.showOn(stage);
                } catch (RuntimeException e) {
                    problem.set(e.toString());
                    ready.countDown();
                }
            });
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            err.println("自检失败：无法打开窗口（需要图形桌面和 GTK 3）/ self-test failed: cannot open a window (a desktop and GTK 3 are needed): "
                    + e.getMessage());
            deleteQuietly(dir);
            return 3;
        }
        boolean inTime;
        try {
            inTime = ready.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            inTime = false;
        }
        CountDownLatch closed = new CountDownLatch(1);
        org.timestation.kiosk.fx.FxBridge.onFx(() -> {
            KioskShell s = shell.get();
            if (s != null) {
                s.close();
            }
            closed.countDown();
        });
        try {
            closed.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
        deleteQuietly(dir);
        if (!inTime) {
            err.println("自检失败：两分钟内没有准备好 / self-test failed: the kiosk was not ready within two minutes");
            return 1;
        }
        if (problem.get() != null) {
            err.println("自检失败 / self-test failed: " + problem.get());
            return 1;
        }
        out.println("自检通过：窗口、字体、账本、模拟设备 / self-test passed: window, font, ledger, simulated devices");
        out.flush();
        return 0;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a temporary folder: the system clears it
        }
    }
}
