package org.timestation.kiosk.screen.devices;

import java.util.List;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.timestation.kiosk.app.KioskText;
import org.timestation.device.CardData;
import org.timestation.device.station.StationDevices;
import org.timestation.kiosk.fx.FxBridge;
import org.timestation.kiosk.nav.KioskContext;
import org.timestation.kiosk.nav.Screen;
import org.timestation.kiosk.theme.Styles;
import org.timestation.kiosk.theme.Ui;
import org.timestation.member.IdNumber;

/**
 * 设备 (staff only, behind the staff gesture): the reader, printer and scanner with where they are
 * plugged in and their live state; a test for each (read a card, print a test page, scan a code:
 * the card or code is only shown, masked, not used to sign in); the receipts kept because they
 * could not print, with 补打 to print them again; the serial ports this computer has. Nothing
 * personal is shown but a masked ID number during the card test.
 */
public final class DevicesController implements Screen {
    public static final String ID = "devices";
    private final KioskContext ctx;
    private final Supplier<StationDevices> station;
    private final Supplier<String> configError;
    private final ObservableList<StationDevices.State> states = FXCollections.observableArrayList();
    /** The last test's result: a text key and its arguments, shown in the session's language. */
    private final javafx.beans.property.ObjectProperty<Object[]> test = new javafx.beans.property.SimpleObjectProperty<>(new Object[0]);
    private final javafx.beans.property.IntegerProperty kept = new javafx.beans.property.SimpleIntegerProperty();
    private final StringProperty ports = new SimpleStringProperty("");
    private final ObservableList<org.timestation.text.Bilingual> notices = FXCollections.observableArrayList();
    private final VBox list = new VBox(12);
    private final VBox calls = new VBox(12);
    private final VBox root;
    private final Timeline refresh = new Timeline(new KeyFrame(Duration.seconds(1), e -> reload()));
    /** Which test waits for the next card or code: "card", "scan" or null. */
    private String capturing;

    public DevicesController(KioskContext ctx, Supplier<StationDevices> station, Supplier<String> configError) {
        this.ctx = ctx;
        this.station = station;
        this.configError = configError;
        refresh.setCycleCount(Timeline.INDEFINITE);
        Label heading = Ui.label(Ui.text(ctx.session(), "devices.title"), Styles.HEADING, "devices-heading");
        list.setId("devices-list");
        Label error = Ui.label(Ui.text(ctx.session(), () -> configError.get() == null ? "" : configError.get()), Styles.WARNING, "devices-config-error");
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Button card = Ui.button(Ui.text(ctx.session(), "devices.test-card"), Styles.PRIMARY, "devices-test-card", () -> capture("card"));
        Button print = Ui.button(Ui.text(ctx.session(), "devices.test-print"), Styles.PRIMARY, "devices-test-print", this::printTest);
        Button scan = Ui.button(Ui.text(ctx.session(), "devices.test-scan"), Styles.PRIMARY, "devices-test-scan", () -> capture("scan"));
        Button reprint = Ui.button(Ui.text(ctx.session(), "devices.reprint"), Styles.PRIMARY, "devices-reprint", this::reprint);
        Button close = Ui.button(Ui.text(ctx.session(), "devices.close"), Styles.PRIMARY, "devices-close", this::close);
        FlowPane actions = new FlowPane(20, 20, card, print, scan, reprint, close);
        actions.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // all its rows, or the page scrolls: never cut
        Label testResult = Ui.label(Ui.text(ctx.session(), () -> test.get().length == 0 ? ""
                : t((String) test.get()[0], java.util.Arrays.copyOfRange(test.get(), 1, test.get().length)), test), Styles.BODY, "devices-test-result");
        Label keptLabel = Ui.label(Ui.text(ctx.session(), () -> t("devices.kept", kept.get()), kept), Styles.BODY, "devices-kept");
        Label portsLabel = Ui.label(Ui.text(ctx.session(), () -> t("devices.ports") + "\n" + ports.get(), ports), Styles.BODY, "devices-ports");
        Label noticesLabel = Ui.label(Ui.text(ctx.session(), () -> String.join("\n", notices.stream().map(n -> n.in(ctx.locale())).toList()),
                notices), Styles.WARNING, "devices-notices");
        noticesLabel.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(notices));
        noticesLabel.managedProperty().bind(noticesLabel.visibleProperty());
        noticesLabel.setWrapText(true);
        calls.setId("devices-calls");
        ctx.session().locale().addListener((o, was, now) -> fillCalls());
        fillCalls();
        Label syncLabel = Ui.label(Ui.text(ctx.session(), this::syncText, ctx.sync(), ctx.enrolled()), Styles.BODY, "devices-sync");
        syncLabel.setWrapText(true);
        VBox content = new VBox(20, heading, calls, noticesLabel, syncLabel, error, list, actions, testResult, keptLabel, portsLabel);
        content.setPadding(new Insets(24, 40, 16, 40));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content); // large text: scroll, never push the frame
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(org.timestation.kiosk.theme.Styles.CONTENT_SCROLL);
        root = new VBox(scroll);
        javafx.scene.layout.VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        root.setId("devices-screen");
        states.addListener((javafx.collections.ListChangeListener<StationDevices.State>) c -> fill());
        ctx.session().locale().addListener((o, was, now) -> fill());
    }

    /** The station's sync as staff read it: standalone, or the last success, what waits, whether the hub answers, and any refusal. */
    private String syncText() {
        if (!ctx.enrolled().get()) {
            return t("devices.sync.standalone");
        }
        org.timestation.sync.BackgroundSync.Status st = ctx.sync().get();
        if (st == null) {
            return t("devices.sync.starting");
        }
        String last = st.lastSync() == null ? t("devices.sync.never")
                : java.time.format.DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ctx.session().zone().get()).format(st.lastSync());
        String state = st.last().exit() == 0 ? "" : st.last().message().in(ctx.locale());
        return t("devices.sync.status", last, Math.max(0, st.waiting()), t(st.reachable() ? "devices.sync.reachable" : "devices.sync.unreachable"), state);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Node view() {
        return root;
    }

    /** The open staff calls, listened to only while the screen shows (the list lives as long as the kiosk). */
    private final javafx.collections.ListChangeListener<org.timestation.kiosk.staffcall.StaffCalls.Call> callsChanged = c -> fillCalls();

    @Override
    public void onDeactivate() {
        ctx.openCalls().removeListener(callsChanged);
        refresh.stop();
        capturing = null; // a test left unfinished does not catch the next person's card
    }

    @Override
    public void onActivate() {
        ctx.openCalls().removeListener(callsChanged); // once, however often the screen is shown again
        ctx.openCalls().addListener(callsChanged);
        fillCalls();
        say();
        capturing = null;
        reload();
        refresh.play();
        java.util.concurrent.CompletableFuture.supplyAsync(DevicesController::listPorts).thenAccept(p -> FxBridge.onFx(() -> ports.set(p)));
    }

    static String listPorts() {
        StringBuilder sb = new StringBuilder();
        for (com.fazecast.jSerialComm.SerialPort p : com.fazecast.jSerialComm.SerialPort.getCommPorts()) {
            sb.append(p.getSystemPortPath()).append("  ").append(p.getDescriptivePortName()).append('\n');
        }
        return sb.length() == 0 ? "—" : sb.toString().strip();
    }

    private void reload() {
        java.util.List<org.timestation.text.Bilingual> now = ctx.stationNotices();
        if (!now.equals(notices)) {
            notices.setAll(now);
        }
        StationDevices s = station.get();
        states.setAll(s == null ? List.of() : s.states());
        // the kept receipts are files: counted off the FX thread
        java.util.concurrent.CompletableFuture.supplyAsync(() -> ctx.devices().keeper().kept().size())
                .thenAccept(n -> FxBridge.onFx(() -> kept.set(n)));
        if (ctx.nav().current().get() != this) {
            refresh.stop();
        }
    }

    private void fill() {
        list.getChildren().clear();
        for (StationDevices.State st : states) {
            Label l = new Label(t("devices.name." + st.device()) + "  ·  " + (st.where().isEmpty() ? "—" : st.where()) + "\n"
                    + t(st.key()) + (st.detail().isEmpty() ? "" : "  (" + st.detail() + ")"));
            l.getStyleClass().addAll(Styles.BODY, Styles.CARD);
            if (!st.key().equals("device.ok") && !st.key().equals("scanner.wedge")) {
                l.getStyleClass().add(Styles.WARNING); // something for staff to do
            }
            l.setWrapText(true);
            l.setMaxWidth(Double.MAX_VALUE);
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            l.setId("devices-state-" + st.device());
            list.getChildren().add(l);
        }
    }

    /** The residents' calls for staff nobody has answered: when, from which screen; 已处理 clears one (named after the staff signed in). */
    private void fillCalls() {
        calls.getChildren().clear();
        java.util.List<org.timestation.kiosk.staffcall.StaffCalls.Call> open = ctx.openCalls();
        if (open.isEmpty()) {
            return;
        }
        calls.getChildren().add(Ui.label(Ui.text(ctx.session(), () -> t("devices.calls", open.size())), Styles.HEADING, "devices-calls-heading"));
        java.time.format.DateTimeFormatter hm = java.time.format.DateTimeFormatter.ofPattern("MM-dd HH:mm");
        int i = 0;
        for (org.timestation.kiosk.staffcall.StaffCalls.Call c : open) {
            String when = hm.format(c.at().atZone(ctx.session().zone().get()));
            Label what = new Label(t("devices.call", when, screenName(c.screen()), c.member() == null ? t("devices.call-nobody") : c.member()));
            what.getStyleClass().addAll(Styles.BODY, Styles.WARNING);
            what.setWrapText(true);
            what.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            what.setId("devices-call-" + i);
            Button done = Ui.button(Ui.text(ctx.session(), "devices.call-done"), Styles.PRIMARY, "devices-call-done-" + i, () -> {
                org.timestation.member.Member staff = ctx.session().member().get();
                ctx.answerCall(c.id(), staff == null ? "staff" : staff.id());
            });
            javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(20, what, done);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            javafx.scene.layout.HBox.setHgrow(what, javafx.scene.layout.Priority.ALWAYS);
            what.setMaxWidth(Double.MAX_VALUE);
            calls.getChildren().add(row);
            i++;
        }
    }

    private String t(String key, Object... args) {
        return KioskText.BUNDLE.get(ctx.locale(), key, args);
    }

    /** The screen a call came from, as the resident saw it named (我的时间, not "credits"). */
    private String screenName(String id) {
        if (id.isEmpty()) {
            return "—";
        }
        return KioskText.BUNDLE.keys(ctx.locale()).contains("screen." + id) ? t("screen." + id) : id;
    }

    private void capture(String what) {
        capturing = what;
        say("card".equals(what) ? "devices.tap-now" : "devices.scan-now");
    }

    /** While a test waits for a card, the card tapped is read out (instead of signing in). */
    @Override
    public boolean onCard(CardData card) {
        if (!"card".equals(capturing)) {
            return false;
        }
        capturing = null;
        say("devices.card-read", card.name(), IdNumber.parse(card.idNumber()).masked());
        return true;
    }

    /** While a test waits for a code, the code scanned is shown (instead of signing in). */
    @Override
    public boolean onScan(String code) {
        if (!"scan".equals(capturing)) {
            return false;
        }
        capturing = null;
        say("devices.scanned", code.length() > 60 ? code.substring(0, 60) + "…" : code);
        return true;
    }

    /** Back where staff came from: the attract screen when nobody is signed in. */
    private void close() {
        if (ctx.session().signedIn() && ctx.nav().canGoBack()) {
            ctx.nav().back();
        } else if (!ctx.session().signedIn()) {
            ctx.nav().reset();
        } else {
            ctx.nav().home();
        }
    }

    private void printTest() {
        say("devices.printing");
        ctx.run(c -> ctx.devices().printTest(), ok -> say(ok ? "devices.printed" : "devices.print-failed"));
    }

    private void reprint() {
        ctx.run(c -> ctx.devices().reprintKept(), n -> {
            say("devices.reprinted", n);
            reload();
        });
    }

    @Override
    public String speech() {
        return t("devices.title");
    }

    @Override
    public void clear() {
        refresh.stop();
        capturing = null;
        say();
    }

    /** Shows a test's result (a text key and its arguments); nothing with no key. */
    private void say(Object... keyAndArgs) {
        test.set(keyAndArgs);
    }
}
