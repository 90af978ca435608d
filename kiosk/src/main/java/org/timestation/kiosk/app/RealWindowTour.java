package org.timestation.kiosk.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;

/**
 * {@code kiosk.jar --tour DIR}: the kiosk walks itself through its screens in the window it really
 * runs in (GTK, the real rendering pipeline, the real screen size; not Monocle), taps as a resident
 * would (the same buttons, by their ids), and saves each screen as {@code DIR/NN-name-WxH.png}, then
 * quits. Needs {@code --demo --simulated-devices} (it taps the demo's cards). README: "Screenshots".
 */
public final class RealWindowTour {
    private static final System.Logger LOG = System.getLogger(RealWindowTour.class.getName());
    private final KioskShell shell;
    private final Scene scene;
    private final Path dir;
    private final Runnable done;
    private final List<Step> steps = new ArrayList<>();
    private int next;
    private int shot;
    private long waitingSince;
    private final Timeline ticker = new Timeline(new KeyFrame(Duration.millis(250), e -> tick()));

    /** One step: what to tap (or null), what must be true before the picture, and its name (or null: no picture). */
    private record Step(Runnable act, BooleanSupplier ready, String name) {
    }

    public RealWindowTour(KioskShell shell, Scene scene, Path dir, Runnable done) {
        this.shell = shell;
        this.scene = scene;
        this.dir = dir;
        this.done = done;
        ticker.setCycleCount(Timeline.INDEFINITE);
        plan();
    }

    private void plan() {
        step(null, () -> shell.community() != null, "attract");
        step(() -> fire("#attract-pin"), () -> shown("#pad-1"), "signin-phone");
        step(() -> fire("#btn-back"), () -> shown("#attract-pin"), null);
        step(() -> fire("#sim-card-2"), () -> shown("#tile-credits"), "home"); // 张建国, a captain
        step(() -> fire("#tile-credits"), () -> settled() && shown("#credits-balance"), "credits");
        // help he asked for and has still to rate (the demo leaves one): five stars, a thank-you, whether it may be printed
        step(() -> fire("#btn-home"), () -> shown("#tile-mine"), null);
        step(() -> fire("#tile-mine"), () -> settled() && shown("#mine-star-5"), "mine-rate");
        step(() -> fire("#mine-star-5"), () -> shown("#mine-thanks-1"), "mine-thanks");
        step(() -> fire("#mine-thanks-1"), () -> shown("#mine-share-no"), "mine-share");
        step(() -> fire("#mine-share-no"), () -> settled() && shown("#message-ok"), null);
        step(() -> fire("#message-ok"), () -> true, null);
        step(() -> fire("#btn-home"), () -> shown("#tile-redeem"), null);
        step(() -> fire("#tile-redeem"), () -> settled() && shown("#redeem-merchant-0"), "redeem");
        step(() -> fire("#redeem-merchant-0"), () -> settled() && shown("#redeem-confirm"), "redeem-amount");
        step(() -> fire("#redeem-confirm"), () -> settled() && shown("#redeem-done"), "redeem-issued");
        step(() -> fire("#btn-home"), () -> shown("#tile-activities"), null);
        step(() -> fire("#tile-activities"), this::settled, "activities");
        step(() -> fire("#btn-home"), () -> shown("#tile-help"), null);
        step(() -> fire("#tile-help"), this::settled, "help");
        step(() -> fire("#btn-home"), () -> shown("#tile-ask"), null);
        step(() -> fire("#tile-ask"), () -> shown("#ask-service-company"), "ask");
        step(() -> fire("#ask-service-company"), () -> shown("#ask-day-1"), null);
        step(() -> fire("#ask-day-1"), () -> shown("#ask-part-0"), "ask-part");
        step(() -> fire("#ask-part-0"), () -> shown("#ask-repeat-weekly"), "ask-repeat");
        step(() -> fire("#ask-repeat-once"), () -> shown("#ask-where-home"), null);
        step(() -> fire("#ask-where-home"), () -> shown("#ask-special-1"), null);
        step(() -> fire("#ask-special-1"), () -> true, "ask-special");
        step(() -> fire("#ask-special-next"), () -> shown("#ask-who-any"), null);
        step(() -> fire("#ask-who-any"), () -> settled() && shown("#ask-summary"), "ask-summary");
        step(() -> fire("#btn-home"), () -> shown("#tile-gift"), null);
        step(() -> fire("#tile-gift"), () -> shown("#gift-find"), "gift");
        // to the elder, by her phone number typed on the pad: the amount step, then in large text
        step(() -> "13800000001".chars().forEach(c -> fire("#gpad-" + (char) c)), () -> shown("#gift-find") && !scene.lookup("#gift-find").isDisabled(),
                "gift-typed");
        step(() -> fire("#gift-find"), () -> settled() && shown("#gift-choice-0"), null);
        step(() -> fire("#gift-choice-0"), () -> shown("#gift-amount"), "gift-amount");
        step(() -> fire("#btn-large"), () -> true, "gift-amount-large");
        step(() -> fire("#btn-home"), () -> shown("#tile-credits"), "home-large");
        step(() -> fire("#tile-credits"), () -> settled() && shown("#credits-balance"), "credits-large");
        step(() -> fire("#btn-staff"), () -> shown("#message-ok"), "staff-called-large");
        step(() -> fire("#message-ok"), () -> true, null);
        step(() -> fire("#btn-signout"), () -> shown("#attract-pin"), "attract-after");
        // the elder: told of a request nobody took, her requests, and the calendar two weeks ahead
        step(() -> fire("#sim-card-0"), () -> settled() && shown("#tile-mine"), "home-elder");
        step(() -> fire("#tile-mine"), () -> settled() && shown("#mine-status-0"), "mine");
        step(() -> fire("#btn-home"), () -> shown("#tile-ask"), null);
        step(() -> fire("#tile-ask"), () -> shown("#ask-service-shopping"), null);
        step(() -> fire("#ask-service-shopping"), () -> shown("#ask-day-13"), "ask-day");
        step(() -> fire("#btn-signout"), () -> shown("#attract-pin"), null);
        // a card the station does not know: registration at the kiosk
        step(() -> fire("#sim-card-" + org.timestation.demo.DemoCommunity.REGISTERED_PERSONAS), () -> settled() && shown("#register-card"), "register");
        step(() -> fire("#register-cancel"), () -> shown("#attract-pin"), null);
        // staff: the devices screen (the demo's brand gesture opens the strip, so the tour opens it as the gesture would at a station)
        step(() -> fire("#sim-card-4"), () -> shown("#tile-credits"), null);
        step(shell::openDevicesScreen, () -> settled() && shown("#devices-screen"), "devices");
        step(() -> fire("#btn-signout"), () -> shown("#attract-pin"), null);
        // a building captain acting for an elder, in Chinese and in English
        step(() -> fire("#sim-card-2"), () -> shown("#tile-captain"), null);
        step(() -> fire("#tile-captain"), () -> settled() && shown("#captain-heading"), "captain");
        step(() -> fire("#btn-language"), () -> true, "captain-en");
        step(() -> fire("#btn-home"), () -> shown("#tile-credits"), "home-en");
        step(() -> fire("#btn-language"), () -> true, null);
        step(() -> fire("#btn-signout"), () -> shown("#attract-pin"), null);
    }

    private void step(Runnable act, BooleanSupplier ready, String name) {
        steps.add(new Step(act, ready, name));
    }

    public void start() {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        waitingSince = System.nanoTime();
        ticker.play();
    }

    private void tick() {
        if (next >= steps.size()) {
            ticker.stop();
            LOG.log(System.Logger.Level.INFO, "tour done: " + shot + " screenshots in " + dir);
            done.run();
            return;
        }
        Step s = steps.get(next);
        // the first step waits for the ledger (a new demo community takes a minute or two to make)
        long limit = next == 0 ? 600_000_000_000L : 20_000_000_000L;
        boolean timedOut = System.nanoTime() - waitingSince > limit;
        if (!s.ready().getAsBoolean() && !timedOut) {
            return;
        }
        if (timedOut) {
            LOG.log(System.Logger.Level.WARNING, "tour step " + next + " (" + s.name() + ") did not get ready in time; taking it as it is");
        }
        if (s.name() != null) {
            save(s.name());
        }
        next++;
        waitingSince = System.nanoTime();
        if (next < steps.size() && steps.get(next).act() != null) {
            steps.get(next).act().run();
        }
    }

    private boolean settled() {
        return shell.context().settled();
    }

    private boolean shown(String query) {
        Node n = scene.lookup(query);
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n != null;
    }

    private void fire(String query) {
        Node n = scene.lookup(query);
        if (n instanceof ButtonBase b) {
            b.fire();
        } else {
            LOG.log(System.Logger.Level.WARNING, "tour: no button " + query);
        }
    }

    private void save(String name) {
        WritableImage image = scene.snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        Path file = dir.resolve(String.format("%02d-%s-%dx%d.png", ++shot, name, w, h));
        try {
            javax.imageio.ImageIO.write(out, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
