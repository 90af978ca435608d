package org.timestation.kiosk.app;

import java.time.Clock;
import java.time.LocalDate;
import javafx.animation.PauseTransition;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.timestation.community.Community;
import org.timestation.demo.DemoCommunity;
import org.timestation.device.CardData;
import org.timestation.device.Devices;
import org.timestation.device.SimulatedPrinter;
import org.timestation.kiosk.device.SimulatedStrip;
import org.timestation.kiosk.fx.FxBridge;
import org.timestation.kiosk.nav.Frame;
import org.timestation.kiosk.nav.KioskContext;
import org.timestation.kiosk.nav.Navigator;
import org.timestation.kiosk.screen.activities.ActivitiesController;
import org.timestation.kiosk.screen.attract.AttractController;
import org.timestation.kiosk.screen.credits.CreditsController;
import org.timestation.kiosk.screen.home.HomeController;
import org.timestation.kiosk.screen.redeem.RedeemController;
import org.timestation.kiosk.screen.signin.SigninController;
import org.timestation.kiosk.session.Session;
import org.timestation.kiosk.speech.EspeakSpeaker;
import org.timestation.kiosk.speech.Speaker;
import org.timestation.kiosk.theme.Theme;
import org.timestation.datafolder.DataFolder;
import org.timestation.member.Member;
import org.timestation.text.ErrorCode;

/**
 * The kiosk's composition root: builds the session, navigator, frame, screens and devices, opens
 * the ledger off the FX thread (filling it with the demo community first when asked), routes card
 * taps to sign-in, and closes everything when the window goes.
 */
public final class KioskShell {
    private static final System.Logger LOG = System.getLogger(KioskShell.class.getName());
    private final KioskConfig config;
    private final Clock clock;
    private final FxBridge bridge = new FxBridge();
    private final Session session = new Session();
    private final Navigator nav = new Navigator();
    private final SimulatedPrinter printer;
    private final Devices devices;
    private final org.timestation.device.station.DemoDevices demo;
    private final org.timestation.device.station.StationDevices station;
    private final org.timestation.device.station.DeviceConfig deviceConfig;
    /** Why devices.properties could not be used, or null. */
    private final org.timestation.device.station.DeviceConfig.ConfigException deviceConfigError;
    private final org.timestation.device.scanner.KeyWedgeDecoder wedge = new org.timestation.device.scanner.KeyWedgeDecoder();
    private final KioskContext ctx;
    private final Frame frame;
    private final AttractController attract;
    private final javafx.scene.layout.StackPane root = new javafx.scene.layout.StackPane();
    private final SimulatedStrip strip;
    private final org.timestation.kiosk.screen.merchant.MerchantController merchant;





    private volatile Community community;
    private Runnable whenReady = () -> { };
    private int brandTaps;
    private final PauseTransition tapWindow = new PauseTransition(Duration.seconds(3));
    /** Every time rule (auto-confirmation, escalation, expiry, voucher refunds) runs once a minute, off the FX thread. */
    private final javafx.animation.Timeline schedule = new javafx.animation.Timeline(
            new javafx.animation.KeyFrame(Duration.minutes(1), e -> runScheduler()));

    public KioskShell(KioskConfig config) {
        this(config, EspeakSpeaker.detect(), Duration.seconds(60), 10);
    }

    /** With a given speaker and idle timing (tests shorten the 60 s). */
    public KioskShell(KioskConfig config, Speaker speaker, Duration idle, int countdownSeconds) {
        this(config, speaker, idle, countdownSeconds, Clock.systemDefaultZone());
    }

    /** With a given clock too (tests step a manual one to end a service after an hour). */
    public KioskShell(KioskConfig config, Speaker speaker, Duration idle, int countdownSeconds, Clock clock) {
        this.config = config;
        this.clock = clock;
        org.timestation.device.printer.ReceiptKeeper keeper = new org.timestation.device.printer.ReceiptKeeper(
                config.dataDir().resolve("receipts-kept"));
        java.util.function.Supplier<String> printedAt = () -> java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(clock.instant().atZone(session.zone().get()));
        org.timestation.device.station.DeviceConfig cfg = org.timestation.device.station.DeviceConfig.NONE;
        org.timestation.device.station.DeviceConfig.ConfigException cfgError = null;
        if (config.simulatedDevices()) {
            demo = new org.timestation.device.station.DemoDevices();
            org.timestation.device.printer.EscPosPrinter paper = new org.timestation.device.printer.EscPosPrinter(
                    demo.printerOpener(), org.timestation.device.printer.ReceiptText.COLUMNS_80MM, printedAt);
            printer = new SimulatedPrinter(paper);
            devices = new Devices(printer, keeper, clock);
            station = new org.timestation.device.station.StationDevices(devices, demo.readerOpener(), paper, demo.scannerOpener(),
                    java.util.Map.of("reader", "simulator", "printer", "simulator", "scanner", "simulator"), 100, 500);
        } else {
            demo = null;
            printer = null;
            try {
                cfg = org.timestation.device.station.DeviceConfig.loadFile(config.devices());
            } catch (org.timestation.device.station.DeviceConfig.ConfigException e) {
                cfgError = e;
                LOG.log(System.Logger.Level.ERROR, e.getMessage());
            }
            org.timestation.device.station.DeviceConfig c = cfg;
            org.timestation.device.printer.EscPosPrinter paper = c.printerPort() == null ? null
                    : new org.timestation.device.printer.EscPosPrinter(
                            () -> org.timestation.device.serial.SerialLink.open(c.printerPort(), c.printerBaud(), 1000),
                            org.timestation.device.printer.ReceiptLayout.columns(c.paperMm()), printedAt,
                            c.printerQr() == org.timestation.device.station.DeviceConfig.QrMode.RASTER);
            devices = new Devices(paper != null ? paper : receipt -> false, keeper, clock);
            java.util.Map<String, String> where = new java.util.HashMap<>();
            where.put("reader", c.readerPort() == null ? "" : c.readerPort() + " @ " + c.readerBaud());
            where.put("printer", c.printerPort() == null ? "" : c.printerPort() + " @ " + c.printerBaud() + " · " + c.paperMm() + " mm"
                    + (c.printerQr() == org.timestation.device.station.DeviceConfig.QrMode.RASTER ? " · QR raster" : ""));
            if (c.scannerMode() == org.timestation.device.station.DeviceConfig.ScannerMode.WEDGE) {
                where.put("scanner", "keyboard / 键盘模式");
            } else {
                where.put("scanner", c.scannerPort() + " @ " + c.scannerBaud());
            }
            station = new org.timestation.device.station.StationDevices(devices,
                    c.readerPort() == null ? null : () -> org.timestation.device.serial.SerialLink.open(c.readerPort(), c.readerBaud(), 500),
                    paper,
                    c.scannerMode() == org.timestation.device.station.DeviceConfig.ScannerMode.SERIAL && c.scannerPort() != null
                            ? () -> org.timestation.device.serial.SerialLink.open(c.scannerPort(), c.scannerBaud(), 1000) : null,
                    where, 300, 2000);
        }
        deviceConfig = cfg;
        deviceConfigError = cfgError;
        ctx = new KioskContext(session, nav, () -> community, bridge, devices, speaker);
        ctx.staffCalls(new org.timestation.kiosk.staffcall.StaffCalls(config.dataDir(), clock));
        attract = new AttractController(ctx, config.demo(), config.simulatedDevices());
        if (config.merchantTerminal()) {
            merchant = new org.timestation.kiosk.screen.merchant.MerchantController(ctx, config.merchantId());
            nav.register(merchant); // in place of the attract screen: a terminal has no sign-in
        } else {
            merchant = null;
            nav.register(attract);
        }
        devices.onScan(text -> FxBridge.onFx(() -> codeScanned(text)));
        // every other screen is built just after the first frame (or when first needed): the attract screen shows sooner
        nav.register("signin", () -> new SigninController(ctx));
        nav.register(Navigator.HOME, () -> new HomeController(ctx));
        nav.register("credits", () -> new CreditsController(ctx));
        nav.register("redeem", () -> new RedeemController(ctx));
        nav.register("activities", () -> new ActivitiesController(ctx));
        nav.register("register", () -> new org.timestation.kiosk.screen.register.RegisterController(ctx));
        nav.register(org.timestation.kiosk.screen.bulletin.BulletinCheckController.ID, () -> new org.timestation.kiosk.screen.bulletin.BulletinCheckController(
                ctx, (code, held) -> org.timestation.sync.BulletinCheck.atStation(code, held, config.dataDir(), clock)));
        nav.register("help", () -> new org.timestation.kiosk.screen.help.HelpController(ctx));
        nav.register("captain", () -> new org.timestation.kiosk.screen.captain.CaptainController(ctx));
        nav.register("ask", () -> new org.timestation.kiosk.screen.ask.AskController(ctx));
        nav.register("gift", () -> new org.timestation.kiosk.screen.gift.GiftController(ctx));
        nav.register(org.timestation.kiosk.screen.myrequests.MyRequestsController.ID,
                () -> new org.timestation.kiosk.screen.myrequests.MyRequestsController(ctx));
        nav.register(org.timestation.kiosk.screen.devices.DevicesController.ID, () -> new org.timestation.kiosk.screen.devices.DevicesController(ctx,
                () -> station, () -> deviceConfigError == null ? null
                        : session.locale().get().getLanguage().equals("zh") ? deviceConfigError.zh() : deviceConfigError.en()));
        frame = new Frame(ctx, idle, countdownSeconds);
        strip = demo == null ? null : new SimulatedStrip(demo, printer, this::openDevicesScreen);
        root.getChildren().add(frame.root());
        if (config.simulatedDevices()) {
            // over the screen's foot, never pushing the screen: staff only
            javafx.scene.layout.StackPane.setAlignment(strip.root(), javafx.geometry.Pos.BOTTOM_CENTER);
            strip.root().setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            root.getChildren().add(strip.root());
        }
        if (strip != null) {
            session.member().addListener((o, was, now) -> {
                if (now == null) {
                    strip.forget();
                }
            });
        }
        frame.onBrandTapped(this::brandTapped); // the staff gesture: the strip in demo mode, the devices screen at a station
        devices.onCard(card -> FxBridge.onFx(() -> cardTapped(card)));
        schedule.setCycleCount(javafx.animation.Animation.INDEFINITE);
        nav.reset();
    }

    private void brandTapped() {
        brandTaps++;
        tapWindow.setOnFinished(e -> brandTaps = 0);
        tapWindow.playFromStart();
        if (brandTaps >= 5) {
            brandTaps = 0;
            if (strip != null) {
                strip.toggle();
            } else {
                openDevicesScreen();
            }
        }
    }

    /**
     * The devices screen (reprints of kept receipts, device tests, the open staff calls) is for staff
     * only: a staff member signs in first, with their card or phone and PIN, then makes the gesture.
     */
    void openDevicesScreen() {
        Member m = session.member().get();
        if (m != null && (m.roles().contains(org.timestation.member.Role.STAFF) || m.roles().contains(org.timestation.member.Role.MANAGER))) {
            nav.go(org.timestation.kiosk.screen.devices.DevicesController.ID);
        } else {
            ctx.say(KioskContext.text("devices.staff-only"));
        }
    }

    /**
     * A card on the reader: the screen showing takes it if it waits for one (a test, an elder's card, a
     * requester confirming); otherwise sign in, or switch to the new person when another card is tapped.
     */
    void cardTapped(CardData card) {
        frame.activity();
        if (nav.current().get().onCard(card)) {
            return;
        }
        signIn(c -> c.members().identifyByCard(card.idNumber()), refused -> {
            if (refused.code() == ErrorCode.UNKNOWN_MEMBER && session.member().get() == null) {
                ctx.message().set(null);
                nav.screen("register").onNewCard(card); // a new card at the attract screen: register at the kiosk
            }
        });
    }

    /** A code held to the scanner: the screen showing takes it if it waits for one; otherwise sign in (or switch person), like a card tap. */
    void codeScanned(String text) {
        frame.activity();
        if (enrollment != null) {
            enrollment.scanned(text); // an installed station not yet enrolled takes only its enrollment code
            return;
        }
        if (nav.current().get().onScan(text) || merchant != null) { // a merchant terminal has no sign-in
            return;
        }
        if (nav.screen(org.timestation.kiosk.screen.bulletin.BulletinCheckController.ID).onScan(text)) { // a bulletin's QR: checked, nobody signs in
            return;
        }
        signIn(c -> c.memberCodes().identify(text), refused -> { });
    }

    /** Signs in whoever {@code identify} names; another person already signed in is signed out first, the same one stays. */
    private void signIn(java.util.function.Function<Community, org.timestation.member.Identified> identify,
                        java.util.function.Consumer<org.timestation.text.DomainException> onRefused) {
        Member current = session.member().get();
        ctx.run(c -> {
            org.timestation.member.Identified proof = identify.apply(c);
            return new Tapped(proof, c.members().byId(proof.memberId()).orElseThrow());
        }, tapped -> {
            if (current != null && current.id().equals(tapped.member().id())) {
                if (session.strengthen(tapped.proof())) { // signed in by member code, now their card: they may redeem, give and confirm
                    ctx.say(KioskContext.text("session.card-confirmed"));
                }
                return; // the same person again
            }
            if (current != null) {
                frame.signOut();
            }
            session.signIn(tapped.member(), tapped.proof());
            nav.home();
        }, onRefused);
    }

    private record Tapped(org.timestation.member.Identified proof, Member member) {
    }

    public Parent root() {
        return root;
    }

    public AttractController attract() {
        return attract;
    }

    public Session session() {
        return session;
    }

    public org.timestation.device.station.StationDevices station() {
        return station;
    }

    /** Why devices.properties could not be used (shown on the devices screen), or null. */
    public org.timestation.device.station.DeviceConfig.ConfigException deviceConfigError() {
        return deviceConfigError;
    }

    public org.timestation.device.station.DemoDevices demo() {
        return demo;
    }

    public Devices devices() {
        return devices;
    }

    public SimulatedPrinter printer() {
        return printer;
    }

    public KioskContext context() {
        return ctx;
    }

    public Navigator navigator() {
        return nav;
    }

    /** Shows the kiosk on {@code stage} and starts opening the ledger. */
    public void showOn(Stage stage) {
        // the whole screen, whatever its size: the visual bounds when full screen is not granted
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = config.windowed() ? new Scene(root, Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight()))
                : new Scene(root, screen.getWidth(), screen.getHeight());
        if (!config.windowed()) {
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
        }
        if (demo == null && deviceConfig.scannerMode() == org.timestation.device.station.DeviceConfig.ScannerMode.WEDGE) {
            // a keyboard-wedge scanner types its codes: bursts become scans, nobody's typing does
            scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_TYPED, e -> {
                String ch = e.getCharacter();
                if (ch.isEmpty()) {
                    return;
                }
                long t = System.nanoTime();
                boolean burst = wedge.inBurst(t);
                wedge.typed(ch.charAt(0), t).ifPresent(devices::scanned);
                if (burst || wedge.inBurst(t)) {
                    e.consume();
                }
            });
        }
        Theme.apply(scene);
        stage.setScene(scene);
        stage.setTitle("时间驿站 Time Station");
        if (!config.windowed()) {
            stage.setFullScreenExitHint("");
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreen(true);
        }
        if (config.inService()) {
            scene.setCursor(javafx.scene.Cursor.NONE); // a touchscreen in service shows no mouse pointer
        }
        stage.setOnHidden(e -> close());
        // a service stop (SIGTERM) never closes the window: end the commit batch anyway
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "kiosk-shutdown"));
        stage.show();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            FxBridge.onFx(() -> { // the rest, once the first frame is out
                frame.addOverlays();
                nav.buildAll();
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
        start();
    }

    /** How a station not yet enrolled joins its hub: null for the real hub in its code. */
    private volatile java.util.function.BiFunction<java.nio.file.Path, org.timestation.sync.EnrollmentCode, org.timestation.sync.StationSync.Outcome> joiner;

    /** How a station not yet enrolled joins its hub (tests give a hub of their own making). */
    public void joinWith(java.util.function.BiFunction<java.nio.file.Path, org.timestation.sync.EnrollmentCode, org.timestation.sync.StationSync.Outcome> how) {
        this.joiner = how;
    }

    /** The enrollment page over the window while an installed station waits to be enrolled, or null. */
    private org.timestation.kiosk.screen.enroll.EnrollController enrollment;

    /** Opens the ledger in the background; the attract screen says what is happening. */
    public void start() {
        if (config.inService() && !config.demo() && DataFolder.at(config.dataDir()).isEmpty()) {
            // an installed station that is not enrolled: staff enroll it first; it never makes a ledger of its own
            enrollment = new org.timestation.kiosk.screen.enroll.EnrollController(ctx, config.dataDir(), (dir, code) -> joiner != null ? joiner.apply(dir, code)
                    : org.timestation.sync.StationSync.enroll(dir, code, clock, new java.security.SecureRandom()), () -> {
                root.getChildren().remove(enrollment.view());
                enrollment = null;
                start();
            });
            root.getChildren().add(enrollment.view());
            return;
        }
        boolean needsDemo = config.demo() && DataFolder.at(config.dataDir()).isEmpty();
        attract.showStatus(needsDemo ? "status.preparing-demo" : "status.opening");
        bridge.submit(() -> {
            if (needsDemo) {
                DemoCommunity.generate(config.dataDir(), DemoCommunity.Options.of(80, 26, 1, LocalDate.now()), config.nodeId());
            }
            Community opened = DataFolder.at(config.dataDir()).openOrCreate(config.nodeId(), clock, new java.security.SecureRandom());
            if (runsTimeRules()) {
                opened.scheduler().runDue(); // whatever fell due while the kiosk was off, before anyone signs in
            }
            opened.compactIfWasteful(); // the file grown by a day of durable commits shrinks back before anyone comes
            return opened;
        }, opened -> {
            community = opened;
            session.zone().set(opened.policy().current().zoneId());
            lastCompaction = java.time.LocalDate.now(clock.withZone(opened.policy().current().zoneId())); // compacted as it opened
            attract.showStatus("status.ready");
            schedule.play();
            startSync(opened);
            openControl(opened);
            whenReady.run();
        }, error -> {
            LOG.log(System.Logger.Level.ERROR, "cannot open the ledger in " + config.dataDir(), error);
            if (error instanceof org.timestation.text.DomainException d) { // what the technician reads in the log, in both languages
                LOG.log(System.Logger.Level.ERROR, "错误：" + d.text().zh() + " / Error: " + d.text().en());
            }
            attract.showStatus(inUse(error) ? "status.ledger-in-use" : newerRelease(error) ? "status.ledger-newer" : "status.ledger-failed");
        });
    }

    private org.timestation.sync.BackgroundSync backgroundSync;
    private org.timestation.ops.ControlSocket control;

    /** timestation-ctl reaches the running kiosk through its data folder's control socket (status, online backup, compact). */
    private void openControl(Community opened) {
        try {
            control = org.timestation.ops.ControlSocket.open(config.dataDir(), new org.timestation.ops.CommunityStation(opened, java.util.Map.of(),
                    this::liveFacts), clock);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "timestation-ctl cannot reach this kiosk (" + e.getMessage() + "); backups need it stopped");
        }
    }

    /** What only the running kiosk knows, for timestation-ctl status: its last sync and its devices. */
    private java.util.Map<String, String> liveFacts() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        org.timestation.sync.BackgroundSync.Status st = ctx.sync().get();
        m.put("last-sync", st == null || st.lastSync() == null ? "从未 never"
                : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(session.zone().get()).format(st.lastSync()));
        java.util.List<String> devs = new java.util.ArrayList<>();
        deviceReport().states().forEach((device, state) -> devs.add(device + " " + state));
        m.put("devices", String.join(", ", devs));
        return m;
    }

    /**
     * A standalone station runs the community's time rules itself (auto-confirm, escalation, lapses,
     * expiry, refunds); an enrolled one leaves them to its hub, so each takes effect once (decision 0027).
     */
    public boolean runsTimeRules() {
        return org.timestation.sync.HubLink.of(config.dataDir()).isEmpty();
    }

    /** An enrolled station syncs with its hub in the background (its own thread); the staff screen shows how it went. */
    private void startSync(Community opened) {
        if (org.timestation.sync.HubLink.of(config.dataDir()).isEmpty()) {
            return;
        }
        ctx.enrolled().set(true);
        backgroundSync = org.timestation.sync.BackgroundSync.start(opened, config.dataDir(), clock,
                status -> FxBridge.onFx(() -> ctx.sync().set(status)), this::deviceReport);
    }

    /** How the devices are, for the hub's dashboard (with each sync): each device's state, and the receipts waiting to be printed again. */
    org.timestation.sync.DeviceReport deviceReport() {
        java.util.Map<String, String> states = new java.util.TreeMap<>();
        if (station != null) {
            for (org.timestation.device.station.StationDevices.State s : station.states()) {
                states.put(s.device(), s.key());
            }
        }
        states.put("receipts", Integer.toString(devices.keeper().kept().size()));
        return new org.timestation.sync.DeviceReport(states);
    }

    /** A newer release wrote this folder's ledger (this kiosk was downgraded): said as such, with what to do. */
    private static boolean newerRelease(Throwable error) {
        return causedBy(error, t -> t instanceof org.timestation.text.DomainException d
                && d.code() == org.timestation.text.ErrorCode.LEDGER_FROM_NEWER_RELEASE);
    }

    /** The console (or a second kiosk) has this folder's ledger open: said as such, not as a broken ledger. */
    private static boolean inUse(Throwable error) {
        return causedBy(error, t -> t instanceof org.timestation.text.DomainException d && d.code() == org.timestation.text.ErrorCode.LEDGER_IN_USE
                || t instanceof org.timestation.ledger.LedgerInUseException);
    }

    private static boolean causedBy(Throwable error, java.util.function.Predicate<Throwable> what) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (what.test(t)) {
                return true;
            }
        }
        return false;
    }

    private void runScheduler() {
        Community c = community;
        if (c != null) {
            // once a night, in the first quiet minute after 3:00, the ledger file is compacted (decision 0004)
            java.time.ZonedDateTime now = java.time.ZonedDateTime.now(clock).withZoneSameInstant(session.zone().get());
            boolean compactNow = now.getHour() >= 3 && !now.toLocalDate().equals(lastCompaction) && session.member().get() == null;
            if (compactNow) {
                lastCompaction = now.toLocalDate();
            }
            bridge.submit(() -> {
                if (runsTimeRules()) {
                    c.scheduler().runDue();
                }
                if (compactNow) {
                    c.compactIfWasteful();
                }
                return c.sealIfDue(); // a quiet kiosk signs its tail within about a minute, not only at the next commit
            }, run -> { }, error -> LOG.log(System.Logger.Level.WARNING, "the minute's work failed: " + error.getMessage()));
        }
    }

    private java.time.LocalDate lastCompaction;

    /** Runs {@code r} on the FX thread once the ledger is open (the start-up probe of the benchmarks). */
    public void whenReady(Runnable r) {
        whenReady = r;
    }

    /** The open community, or null while it is still opening (or failed). */
    public Community community() {
        return community;
    }

    /** Stops background work and closes the ledger (signing the head and storing the projection). Idempotent. */
    public synchronized void close() {
        if (javafx.application.Platform.isFxApplicationThread()) {
            schedule.stop();
        }
        if (backgroundSync != null) {
            backgroundSync.close();
        }
        if (control != null) {
            control.close();
        }
        bridge.close();
        station.close();
        if (demo != null) {
            demo.close();
        }
        Community c = community;
        community = null;
        if (c != null) {
            c.close();
        }
    }

}
