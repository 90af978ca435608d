package org.timestation.admin.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.animation.PauseTransition;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.timestation.member.Member;
import org.timestation.member.Role;
import org.timestation.text.Text;

/**
 * {@code app --demo --screenshots DIR}: the console in its real window, every screen in Chinese then in
 * English, each saved as a PNG at the window's size (README), then it quits. It signs in as the demo's
 * manager through the staff desk, as the sign-in form would.
 */
final class ScreenshotTour {
    private final ConsoleShell shell;
    private final ConsoleContext ctx;
    private final Stage stage;
    private final Path dir;
    private final Runnable done;
    private final Deque<Runnable> steps = new ArrayDeque<>();

    ScreenshotTour(ConsoleShell shell, ConsoleContext ctx, Stage stage, Path dir, Runnable done) {
        this.shell = shell;
        this.ctx = ctx;
        this.stage = stage;
        this.dir = dir;
        this.done = done;
    }

    void start() {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (java.util.Locale lang : java.util.List.of(Text.ZH, Text.EN)) {
            String suffix = lang.equals(Text.ZH) ? "zh" : "en";
            steps.add(() -> {
                ctx.text().locale().set(lang);
                shell.signOut("");
            });
            steps.add(() -> save("01-signin-" + suffix));
            steps.add(() -> {
                ctx.tasks().run(() -> {
                    Member manager = ctx.staff().accountHolders().stream().filter(m -> m.has(Role.MANAGER)).findFirst().orElseThrow();
                    return ctx.staff().signIn(manager.id(), ConsoleApp.DEMO_PASSWORD);
                }, shell::signedIn, failed -> {
                    throw new IllegalStateException("the demo manager could not sign in: " + failed.getMessage(), failed);
                });
            });
            int n = 2;
            for (String id : shell.screenIds()) {
                String name = String.format(java.util.Locale.ROOT, "%02d-%s-%s", n++, id, suffix);
                steps.add(() -> shell.open(id));
                steps.add(() -> save(name));
                if (id.equals("bulletin")) { // the month's bulletin previewed, as a manager checks it before printing
                    steps.add(() -> stage.getScene().lookup("#bulletin-preview").fireEvent(new javafx.event.ActionEvent()));
                    steps.add(() -> { });
                    steps.add(() -> save(name.replace("bulletin", "bulletin-preview")));
                }
                if (id.equals("members") && ctx.reader().simulated().isPresent()) { // demo mode: the eldest demo resident's card on the desk reader
                    steps.add(() -> ctx.reader().simulated().get().tap(org.timestation.device.station.DemoDevices.card(
                            org.timestation.demo.DemoCommunity.PERSONAS.get(0))));
                    steps.add(() -> { }); // the card goes through the reader's bytes, then the lookup
                    steps.add(() -> { });
                    steps.add(() -> save(name.replace("members", "members-card")));
                }
            }
        }
        next();
    }

    private void next() {
        // each step after the work it started has finished and the window has drawn it
        PauseTransition wait = new PauseTransition(Duration.millis(700));
        wait.setOnFinished(e -> {
            if (ctx.tasks().working()) {
                next();
                return;
            }
            Runnable step = steps.poll();
            if (step == null) {
                done.run();
                return;
            }
            step.run();
            next();
        });
        wait.play();
    }

    private void save(String name) {
        WritableImage img = stage.getScene().snapshot(null);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader r = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, r.getArgb(x, y));
            }
        }
        try {
            javax.imageio.ImageIO.write(out, "png", dir.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
