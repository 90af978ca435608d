package org.timestation.kiosk.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.timestation.community.Community;
import org.timestation.demo.DemoCommunity;
import org.timestation.kiosk.fx.FxBridge;
import org.timestation.kiosk.screen.attract.AttractController;
import org.timestation.kiosk.theme.Theme;
import org.timestation.ledger.h2.H2EventStore;

/**
 * The kiosk's composition root: builds the screens, opens the ledger off the FX thread (filling it
 * with the demo community first when asked), and closes everything when the window goes.
 */
public final class KioskShell {
    private static final System.Logger LOG = System.getLogger(KioskShell.class.getName());
    private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");
    private final KioskConfig config;
    private final FxBridge bridge = new FxBridge();
    private final AttractController attract;
    private final StackPane root = new StackPane();
    private volatile Community community;

    public KioskShell(KioskConfig config) {
        this.config = config;
        FLYWAY.setLevel(Level.WARNING);
        this.attract = new AttractController(config.demo(), config.simulatedDevices());
        root.getChildren().add(attract.view());
    }

    public Parent root() {
        return root;
    }

    public AttractController attract() {
        return attract;
    }

    /** Shows the kiosk on {@code stage} and starts opening the ledger. */
    public void showOn(Stage stage) {
        Scene scene = new Scene(root, 1280, 800);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.setTitle("时间驿站 Time Station");
        if (!config.windowed()) {
            stage.setFullScreenExitHint("");
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreen(true);
        }
        stage.setOnHidden(e -> close());
        // a service stop (SIGTERM) never closes the window: end the commit batch anyway
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "kiosk-shutdown"));
        stage.show();
        start();
    }

    /** Opens the ledger in the background; the attract screen says what is happening. */
    public void start() {
        boolean needsDemo = config.demo() && !H2EventStore.exists(config.dataDir());
        attract.showStatus(needsDemo ? "status.preparing-demo" : "status.opening");
        bridge.submit(() -> {
            if (needsDemo) {
                DemoCommunity.generate(config.dataDir(), DemoCommunity.Options.of(80, 26, 1, LocalDate.now()), config.nodeId());
            }
            return Community.open(config.dataDir(), config.nodeId(), Clock.systemDefaultZone());
        }, opened -> {
            community = opened;
            attract.showStatus("status.ready");
        }, error -> {
            LOG.log(System.Logger.Level.ERROR, "cannot open the ledger in " + config.dataDir(), error);
            attract.showStatus("status.ledger-failed");
        });
    }

    /** The open community, or null while it is still opening (or failed). */
    public Community community() {
        return community;
    }

    /** Stops background work and closes the ledger (signing the head and storing the projection). Idempotent. */
    public synchronized void close() {
        bridge.close();
        Community c = community;
        community = null;
        if (c != null) {
            c.close();
        }
    }
}
