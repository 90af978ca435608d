package org.timestation.kiosk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.testfx.util.WaitForAsyncUtils;
import org.timestation.demo.DemoCommunity;
import org.timestation.kiosk.app.KioskConfig;
import org.timestation.kiosk.app.KioskShell;
import org.timestation.kiosk.speech.Speaker;

/** A kiosk on a small demo community (made once per test class), shown headless at 1920×1080. */
public final class KioskFixture {
    private KioskFixture() {
    }

    /** A fresh data folder holding a small demo community (24 members, 2 months up to today) for node station-a. */
    public static Path demoData() {
        return demoData("station-a");
    }

    /** The same, for another demo node (e.g. {@code merchant-1}, the merchant terminal). */
    public static Path demoData(String node) {
        try {
            Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "kiosk-data")), "demo-");
            Path data = dir.resolve("station");
            DemoCommunity.generate(data, DemoCommunity.Options.of(24, 2, 1, LocalDate.now()), node);
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static KioskShell show(Stage stage, Path data, Speaker speaker, Duration idle, int countdown) {
        return show(stage, new KioskConfig(data, false, true, true, "station-a"), speaker, idle, countdown);
    }

    public static KioskShell show(Stage stage, KioskConfig config, Speaker speaker, Duration idle, int countdown) {
        return show(stage, config, speaker, idle, countdown, java.time.Clock.systemDefaultZone());
    }

    public static KioskShell show(Stage stage, KioskConfig config, Speaker speaker, Duration idle, int countdown, java.time.Clock clock) {
        KioskShell shell = new KioskShell(config, speaker, idle, countdown, clock);
        shell.showOn(stage);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1920);
        stage.setHeight(1080);
        return shell;
    }

    /** Waits (off the FX thread: call it from a test or {@code @BeforeEach}) until the ledger is open. */
    public static void awaitLedger(KioskShell shell) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shell.community() != null);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the ledger did not open", e);
        }
    }

    public static void close(Stage stage) {
        try {
            WaitForAsyncUtils.asyncFx(stage::close).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
