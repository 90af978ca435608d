package org.timestation.admin.app;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.timestation.member.Member;
import org.timestation.member.Role;

/**
 * The console's start-up probe for the benchmark (BENCHMARKS.md), on with {@code -Dtimestation.startupProbe=true}:
 * prints {@code shown} after the window's first frame (it says the ledger is being opened); then, when the environment gives a
 * password ({@code TIMESTATION_PROBE_PASSWORD}), signs the first manager in with it (the same sign-in a
 * person makes) and prints {@code dashboard} once the dashboard shows its figures, then quits.
 */
final class StartupProbe {
    static final String PROPERTY = "timestation.startupProbe";
    static final String PASSWORD = "TIMESTATION_PROBE_PASSWORD";

    private StartupProbe() {
    }

    static boolean on() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Prints {@code shown} after the window's first frame (the opening screen); without a password, quits there. */
    static void firstFrame(Stage stage, java.io.PrintWriter out) {
        Scene scene = stage.getScene();
        Runnable[] shown = new Runnable[1];
        shown[0] = () -> {
            scene.removePostLayoutPulseListener(shown[0]);
            say(out, "shown");
            if (System.getenv(PASSWORD) == null) {
                quit(stage);
            }
        };
        scene.addPostLayoutPulseListener(shown[0]);
    }

    /** Once the console is ready: signs the first manager in with the probe's password and prints {@code dashboard} once it shows its figures. */
    static void signInAndWait(ConsoleShell shell, ConsoleContext ctx, Stage stage, java.io.PrintWriter out) {
        String password = System.getenv(PASSWORD);
        if (password == null) {
            return;
        }
        Scene scene = stage.getScene();
        ctx.tasks().run(() -> {
            Member manager = ctx.staff().accountHolders().stream().filter(m -> m.has(Role.MANAGER)).findFirst().orElseThrow();
            return ctx.staff().signIn(manager.id(), password);
        }, who -> {
            shell.signedIn(who);
            Runnable[] figures = new Runnable[1];
            figures[0] = () -> {
                if (scene.lookup("#dashboard-hours") != null && !ctx.tasks().working()) {
                    scene.removePostLayoutPulseListener(figures[0]);
                    say(out, "dashboard");
                    quit(stage);
                } else {
                    Platform.requestNextPulse();
                }
            };
            scene.addPostLayoutPulseListener(figures[0]);
        }, failed -> {
            say(out, "failed " + failed.getMessage());
            quit(stage);
        });
    }

    private static void say(java.io.PrintWriter out, String line) {
        out.println(line);
        out.flush();
    }

    private static void quit(Stage stage) {
        Platform.runLater(stage::close);
    }
}
