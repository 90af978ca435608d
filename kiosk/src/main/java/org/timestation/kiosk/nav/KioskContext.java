package org.timestation.kiosk.nav;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Duration;
import org.timestation.community.Community;
import org.timestation.kiosk.app.KioskText;
import org.timestation.device.Devices;
import org.timestation.kiosk.fx.FxBridge;
import org.timestation.kiosk.session.Session;
import org.timestation.kiosk.speech.Speaker;
import org.timestation.text.Bilingual;
import org.timestation.text.DomainException;

/**
 * What every screen controller works with: the session, the navigator, the ledger (reached only
 * through {@link #run}, off the FX thread), the devices, the speaker, and the frame's message line.
 */
public final class KioskContext {
    /** A spinner shows when work takes longer than this. */
    public static final Duration SPINNER_AFTER = Duration.millis(300);
    private final Session session;
    private final Navigator nav;
    private final Supplier<Community> community;
    private final FxBridge bridge;
    private final Devices devices;
    private final Speaker speaker;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Bilingual> message = new SimpleObjectProperty<>();
    private int running;

    public KioskContext(Session session, Navigator nav, Supplier<Community> community, FxBridge bridge, Devices devices, Speaker speaker) {
        this.session = session;
        this.nav = nav;
        this.community = community;
        this.bridge = bridge;
        this.devices = devices;
        this.speaker = speaker;
    }

    public Session session() {
        return session;
    }

    public Navigator nav() {
        return nav;
    }

    public Devices devices() {
        return devices;
    }

    public Speaker speaker() {
        return speaker;
    }

    /** True while work has been running longer than {@link #SPINNER_AFTER}. */
    public BooleanProperty busy() {
        return busy;
    }

    /**
     * What the staff must know about this station's ledger, for the staff screen: a clock that stops it
     * writing, and how it opened (a stored projection rebuilt from the events). Empty while it opens.
     */
    public java.util.List<Bilingual> stationNotices() {
        Community c = community.get();
        if (c == null) {
            return java.util.List.of();
        }
        java.util.List<Bilingual> out = new java.util.ArrayList<>();
        c.clockProblem().ifPresent(out::add);
        org.timestation.disk.DiskGuard disk = c.diskGuard();
        if (disk != null) {
            disk.warning().ifPresent(out::add); // the disk nearly full: no new writes until space is freed
        }
        out.addAll(c.notices());
        return out;
    }

    private org.timestation.kiosk.staffcall.StaffCalls staffCalls;
    private final javafx.collections.ObservableList<org.timestation.kiosk.staffcall.StaffCalls.Call> openCalls =
            javafx.collections.FXCollections.observableArrayList();

    /** The station's log of staff calls (the shell sets it once, before the first frame). */
    public void staffCalls(org.timestation.kiosk.staffcall.StaffCalls calls) {
        this.staffCalls = calls;
        openCalls.setAll(calls.open());
    }

    private final ObjectProperty<org.timestation.sync.BackgroundSync.Status> sync = new SimpleObjectProperty<>();
    private final javafx.beans.property.BooleanProperty enrolled = new javafx.beans.property.SimpleBooleanProperty();

    /** The last background sync round's outcome (null before the first), for the staff screen. */
    public ObjectProperty<org.timestation.sync.BackgroundSync.Status> sync() {
        return sync;
    }

    /** True when this station is enrolled with a hub (it syncs in the background). */
    public javafx.beans.property.BooleanProperty enrolled() {
        return enrolled;
    }

    /** The calls for staff nobody has answered yet (the frame shows "staff called" while there is one). */
    public javafx.collections.ObservableList<org.timestation.kiosk.staffcall.StaffCalls.Call> openCalls() {
        return openCalls;
    }

    /**
     * 呼叫工作人员: the call is written to the station's log, the chime sounds, the frame shows that
     * staff were called, and the devices screen lists it until a staff member clears it.
     */
    public void callStaff() {
        Screen now = nav.current().get();
        String screen = now == null ? "" : now.id();
        String member = session.member().get() == null ? null : session.member().get().id();
        speaker.chime();
        // the log line is forced to disk: off the FX thread; the screen says so once it is written
        bridge.submit(() -> {
            staffCalls.call(screen, member);
            return staffCalls.open();
        }, open -> {
            openCalls.setAll(open);
            say(text("message.staff-called"));
        }, error -> {
            System.getLogger(KioskContext.class.getName()).log(System.Logger.Level.ERROR, "cannot record the staff call: " + error.getMessage());
            say(text("message.staff-called")); // the chime sounded: staff still come
        });
    }

    /** A staff member came for call {@code id}: it leaves the open list (written off the FX thread). */
    public void answerCall(long id, String operator) {
        bridge.submit(() -> {
            staffCalls.answer(id, operator);
            return staffCalls.open();
        }, openCalls::setAll, error -> System.getLogger(KioskContext.class.getName())
                .log(System.Logger.Level.ERROR, "cannot record the answer to staff call " + id + ": " + error.getMessage()));
    }

    /** What the frame's message panel shows (an error or a notice), or null. */
    public ObjectProperty<Bilingual> message() {
        return message;
    }

    public void say(Bilingual text) {
        message.set(text);
    }

    /** A kiosk text in both languages. */
    public static Bilingual text(String key, Object... args) {
        return KioskText.BUNDLE.both(key, args);
    }

    public String t(String key, Object... args) {
        return KioskText.BUNDLE.get(session.locale().get(), key, args);
    }

    /** Now, by the ledger's clock (the system's until it is open), in the community's zone. */
    public java.time.ZonedDateTime now() {
        Community c = community.get();
        java.time.Instant at = c == null ? java.time.Instant.now() : c.clock().instant();
        return at.atZone(session.zone().get());
    }

    public Locale locale() {
        return session.locale().get();
    }

    /**
     * Runs {@code work} against the ledger off the FX thread, then {@code done} on it. A refusal is
     * shown in both languages; anything else says the station has a problem and to ask staff.
     */
    public <T> void run(java.util.function.Function<Community, T> work, Consumer<T> done) {
        run(work, done, refused -> { });
    }

    public <T> void run(java.util.function.Function<Community, T> work, Consumer<T> done, Consumer<DomainException> onRefused) {
        Community c = community.get();
        if (c == null) {
            say(text("message.not-ready"));
            return;
        }
        running++;
        PauseTransition spinner = new PauseTransition(SPINNER_AFTER);
        spinner.setOnFinished(e -> busy.set(running > 0));
        spinner.play();
        bridge.submit(() -> work.apply(c), value -> {
            finish(spinner);
            done.accept(value);
        }, error -> {
            finish(spinner);
            if (error instanceof DomainException d) {
                say(d.text());
                onRefused.accept(d);
            } else {
                say(text("message.failed"));
            }
        });
    }

    /**
     * Reads what a screen shows about the person signed in (off the FX thread, like {@link #run}); the
     * result is dropped when that person signed out (or another signed in) meanwhile, so one resident's
     * balance or requests never show for the next.
     */
    public <T> void read(java.util.function.Function<Community, T> work, Consumer<T> done) {
        Object who = session.member().get();
        run(work, value -> {
            if (session.member().get() == who) {
                done.accept(value);
            }
        });
    }

    /** Prints off the FX thread; when it cannot, the resident is told to ask staff. */
    public void print(org.timestation.device.ReceiptPrinter.Receipt receipt) {
        print(receipt, ok -> {
            if (!ok) {
                say(text("message.print-failed"));
            }
        });
    }

    /** Prints off the FX thread and tells {@code printed} (on the FX thread) whether it printed; a failed one is kept for staff. */
    public void print(org.timestation.device.ReceiptPrinter.Receipt receipt, java.util.function.Consumer<Boolean> printed) {
        bridge.submit(() -> devices.print(receipt), printed::accept, error -> printed.accept(false));
    }

    /** No ledger work is under way (call on the FX thread): whatever the last tap asked for is on screen. */
    public boolean settled() {
        return running == 0;
    }

    private void finish(PauseTransition spinner) {
        spinner.stop();
        running--;
        busy.set(running > 0 && busy.get());
    }
}
