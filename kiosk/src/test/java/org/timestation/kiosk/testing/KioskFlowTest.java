package org.timestation.kiosk.testing;

import java.nio.file.Path;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.api.FxToolkit;
import org.timestation.kiosk.app.KioskConfig;
import org.timestation.kiosk.app.KioskShell;
import org.timestation.kiosk.speech.Speaker;

/**
 * A kiosk flow test: a shell on its own small demo community (one per test class), shown headless
 * before each test and closed after it. Subclasses may change the config, speaker and idle timing.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class KioskFlowTest {
    private static final java.util.Map<Class<?>, Path> DATA = new java.util.concurrent.ConcurrentHashMap<>();
    protected KioskShell shell;
    protected Stage stage;

    /** This class's data folder, made on first use. */
    protected Path data() {
        return DATA.computeIfAbsent(getClass(), k -> KioskFixture.demoData(node()));
    }

    protected String node() {
        return "station-a";
    }

    protected KioskConfig config() {
        return new KioskConfig(data(), false, true, true, node());
    }

    protected Speaker speaker() {
        return Speaker.NONE;
    }

    protected Duration idle() {
        return Duration.seconds(60);
    }

    protected int countdown() {
        return 10;
    }

    /** The ledger's clock (a test may return a manual one it steps). */
    protected java.time.Clock clock() {
        return java.time.Clock.systemDefaultZone();
    }

    /** TestFX finds {@code @Start} only on the test class itself, so a subclass's kiosk is set up here instead. */
    @BeforeEach
    void startKiosk() throws java.util.concurrent.TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> shell = KioskFixture.show(s, config(), speaker(), idle(), countdown(), clock()));
        KioskFixture.awaitLedger(shell);
    }

    @AfterEach
    void closeKiosk() {
        KioskFixture.close(stage);
    }
}
