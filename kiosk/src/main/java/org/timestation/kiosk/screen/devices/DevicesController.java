package org.timestation.kiosk.screen.devices;

import java.util.List;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.control.Label;
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
    private final DevicesModel model = new DevicesModel();
    private final DevicesView view;
    private final Timeline refresh = new Timeline(new KeyFrame(Duration.seconds(1), e -> reload()));
    /** The open staff calls, copied into the model only while the screen shows (the list lives as long as the kiosk). */
    private final javafx.collections.ListChangeListener<org.timestation.kiosk.staffcall.StaffCalls.Call> callsChanged;
    /** Which test waits for the next card or code: "card", "scan" or null. */
    private String capturing;

    public DevicesController(KioskContext ctx, Supplier<StationDevices> station, Supplier<String> configError) {
        this.ctx = ctx;
        this.station = station;
        this.configError = configError;
        this.callsChanged = c -> showCalls();
        refresh.setCycleCount(Timeline.INDEFINITE);
        Label syncLabel = Ui.label(Ui.text(ctx.session(), this::syncText, ctx.sync(), ctx.enrolled()), Styles.BODY, "devices-sync");
        view = new DevicesView(model, this, ctx.session(), syncLabel);
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
        return view.root();
    }

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
        showCalls();
        model.configError.set(configError.get() == null ? "" : configError.get());
        say();
        capturing = null;
        reload();
        refresh.play();
        java.util.concurrent.CompletableFuture.supplyAsync(DevicesController::listPorts).thenAccept(p -> FxBridge.onFx(() -> model.ports.set(p)));
    }

    /** The open calls, and the callers' masked names read from the ledger (the call itself keeps only the member id). */
    private void showCalls() {
        java.util.List<org.timestation.kiosk.staffcall.StaffCalls.Call> open = java.util.List.copyOf(ctx.openCalls());
        java.util.Set<String> ids = open.stream().map(org.timestation.kiosk.staffcall.StaffCalls.Call::member).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        model.calls.setAll(open);
        if (!ids.isEmpty()) {
            ctx.read(c -> {
                java.util.Map<String, String> names = new java.util.HashMap<>();
                for (String id : ids) {
                    c.members().byId(id).ifPresent(m -> names.put(id, m.maskedName()));
                }
                return java.util.Map.copyOf(names);
            }, model.callers::set);
        }
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
        if (!now.equals(model.notices)) {
            model.notices.setAll(now);
        }
        StationDevices s = station.get();
        List<StationDevices.State> states = s == null ? List.of() : s.states();
        if (!states.equals(model.states)) {
            model.states.setAll(states);
        }
        // the kept receipts are files: counted off the FX thread
        java.util.concurrent.CompletableFuture.supplyAsync(() -> ctx.devices().keeper().kept().size())
                .thenAccept(n -> FxBridge.onFx(() -> model.kept.set(n)));
        if (ctx.nav().current().get() != this) {
            refresh.stop();
        }
    }

    /** 已处理 on a call: cleared, named after the staff member signed in. */
    void answerCall(long callId) {
        org.timestation.member.Member staff = ctx.session().member().get();
        ctx.answerCall(callId, staff == null ? "staff" : staff.id());
    }

    private String t(String key, Object... args) {
        return KioskText.BUNDLE.get(ctx.locale(), key, args);
    }

    void testCard() {
        capturing = "card";
        say("devices.tap-now");
    }

    void testScan() {
        capturing = "scan";
        say("devices.scan-now");
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
    void close() {
        if (ctx.session().signedIn() && ctx.nav().canGoBack()) {
            ctx.nav().back();
        } else if (!ctx.session().signedIn()) {
            ctx.nav().reset();
        } else {
            ctx.nav().home();
        }
    }

    void printTest() {
        say("devices.printing");
        ctx.run(c -> ctx.devices().printTest(), ok -> say(ok ? "devices.printed" : "devices.print-failed"));
    }

    void reprint() {
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
        model.test.set(keyAndArgs);
    }
}
