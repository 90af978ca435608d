package org.timestation.kiosk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.timestation.bench.BenchHarness.classpath;
import static org.timestation.bench.BenchHarness.concat;
import static org.timestation.bench.BenchHarness.display;
import static org.timestation.bench.BenchHarness.java;
import static org.timestation.bench.BenchHarness.max;
import static org.timestation.bench.BenchHarness.median;
import static org.timestation.bench.BenchHarness.ms;
import static org.timestation.bench.BenchHarness.pct;
import static org.timestation.bench.BenchHarness.row;

import org.timestation.bench.BenchHarness;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.timestation.demo.DemoCommunity;
import org.timestation.kiosk.KioskMain;
import org.timestation.kiosk.app.KioskConfig;
import org.timestation.kiosk.app.KioskShell;
import org.timestation.device.CardData;
import org.timestation.kiosk.speech.Speaker;
import org.timestation.kiosk.testing.KioskFixture;
import org.timestation.member.Gender;

/**
 * The kiosk's benchmark harness (issue 4), not part of the test run: its name does not end in
 * {@code Test}. Run it as BENCHMARKS.md says; each part appends its figures to
 * {@code kiosk/target/kiosk-bench.md}. Nothing here asserts a time: the figures are reported, with
 * a baseline measured in the same run.
 *
 * <ol>
 *   <li>Cold start: {@code kiosk.jar} until the attract screen's first frame vs a minimal JavaFX
 *       program showing one label, both as fresh processes, alternated.</li>
 *   <li>Tap to next screen: from the tap's release to the first frame showing the next screen with
 *       its data, for the five main tiles, on the 1,000,000-event store vs a small demo store.</li>
 *   <li>Heap after 1,000 sign-in / sign-out sessions, sampled after full collections.</li>
 * </ol>
 */
@ExtendWith(ApplicationExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KioskBench {
    static final Path REPORT = Path.of("target", "kiosk-bench.md");
    static final List<String> MAIN_TILES = List.of("credits", "help", "ask", "redeem", "activities");
    static final int COLD_RUNS = Integer.getInteger("bench.coldRuns", 10);
    static final int TAPS_PER_TILE = Integer.getInteger("bench.taps", 40);
    static final int SESSIONS = Integer.getInteger("bench.sessions", 1000);

    @Test
    @Order(1)
    void coldStart() throws Exception {
        Path jar = Path.of("target", "kiosk.jar").toAbsolutePath();
        assertThat(jar).as("build kiosk.jar first (see BENCHMARKS.md)").exists();
        Path data = KioskFixture.demoData();
        // started once untimed: the data folder's projection is stored on close, as a station's would be
        startUp(kioskCommand(jar, data));
        startUp(minimalCommand(jar));
        long[] kiosk = new long[COLD_RUNS];
        long[] kioskReady = new long[COLD_RUNS];
        long[] minimal = new long[COLD_RUNS];
        for (int i = 0; i < COLD_RUNS; i++) {
            long[] k = startUp(kioskCommand(jar, data));
            kiosk[i] = k[0];
            kioskReady[i] = k[1];
            minimal[i] = startUp(minimalCommand(jar))[0];
        }
        BenchHarness.report(REPORT, "## Cold start (" + display() + ", " + COLD_RUNS + " runs each, alternated)\n\n"
                + "| what | median | min | max |\n|---|---|---|---|\n"
                + row("kiosk.jar to the attract screen's first frame", kiosk)
                + row("kiosk.jar until the ledger is open (\"ready for a card\")", kioskReady)
                + row("baseline: minimal JavaFX program showing one label", minimal)
                + String.format(Locale.ROOT, "\nratio (medians): **%.2f×** the minimal program (target ≤ 1.5×)%n%n",
                        (double) median(kiosk) / median(minimal)));
    }

    @Test
    @Order(2)
    void tapToNextScreen(FxRobot robot) throws Exception {
        Path big = Path.of(System.getProperty("bench.data", "../benchmarks/target/ledger-1m")).toAbsolutePath();
        assertThat(big.resolve("ledger.mv.db")).as("build the 1,000,000-event store first (see BENCHMARKS.md)").exists();
        Path small = KioskFixture.demoData();
        long[][] baseline = latencies(small);
        long[][] onBig = latencies(big);
        StringBuilder b = new StringBuilder("## Tap to next screen (Monocle headless, software rendering; "
                + TAPS_PER_TILE + " taps per tile)\n\n"
                + "From the release of the tap on a home tile (the button's action fired on the FX thread, as a touch release fires it) to the first frame that shows the screen with its data.\n\n"
                + "| screen | 1,000,000-event store p50 | p95 | max | small demo store p50 | p95 | ratio p95 |\n|---|---|---|---|---|---|---|\n");
        long[] allBig = new long[0];
        long[] allSmall = new long[0];
        for (int i = 0; i < MAIN_TILES.size(); i++) {
            b.append(String.format(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.2f |%n", MAIN_TILES.get(i),
                    ms(pct(onBig[i], 50)), ms(pct(onBig[i], 95)), ms(max(onBig[i])),
                    ms(pct(baseline[i], 50)), ms(pct(baseline[i], 95)), (double) pct(onBig[i], 95) / pct(baseline[i], 95)));
            allBig = concat(allBig, onBig[i]);
            allSmall = concat(allSmall, baseline[i]);
        }
        b.append(String.format(Locale.ROOT, "| **all five** | %.1f ms | **%.1f ms** | %.1f ms | %.1f ms | %.1f ms | %.2f |%n%n",
                ms(pct(allBig, 50)), ms(pct(allBig, 95)), ms(max(allBig)), ms(pct(allSmall, 50)), ms(pct(allSmall, 95)),
                (double) pct(allBig, 95) / pct(allSmall, 95)));
        BenchHarness.report(REPORT, b.toString());
    }

    @Test
    @Order(3)
    void heapAfterSessions(FxRobot robot) throws Exception {
        Path data = KioskFixture.demoData();
        Kiosk k = Kiosk.open(data);
        try {
            StringBuilder b = new StringBuilder("## Heap after sign-in / sign-out sessions (small demo store)\n\n"
                    + "Each session: a card tap, home, 我的时间 with its data, sign out. Heap used after three full collections.\n\n"
                    + "| sessions | heap used |\n|---|---|\n");
            List<Long> samples = new ArrayList<>();
            for (int s = 1; s <= SESSIONS; s++) {
                k.session(s % DemoCommunity.REGISTERED_PERSONAS);
                if (s == 50 || s % 250 == 0) {
                    long used = heapAfterGc();
                    samples.add(used);
                    b.append(String.format(Locale.ROOT, "| %d | %.1f MB |%n", s, used / 1e6));
                }
            }
            long first = samples.get(0);
            long last = samples.get(samples.size() - 1);
            b.append(String.format(Locale.ROOT, "%ngrowth from session 50 to %d: %+.1f MB (%+.1f KB per session)%n%n",
                    SESSIONS, (last - first) / 1e6, (last - first) / 1e3 / (SESSIONS - 50)));
            BenchHarness.report(REPORT, b.toString());
        } finally {
            k.close();
        }
    }

    // ----- tap to next screen

    private long[][] latencies(Path data) throws Exception {
        Kiosk k = Kiosk.open(data);
        try {
            k.signIn(0); // warm up: every screen once
            for (String tile : MAIN_TILES) {
                k.tap(tile);
            }
            long[][] out = new long[MAIN_TILES.size()][TAPS_PER_TILE];
            for (int n = 0; n < TAPS_PER_TILE; n++) {
                for (int i = 0; i < MAIN_TILES.size(); i++) {
                    out[i][n] = k.tap(MAIN_TILES.get(i));
                }
            }
            return out;
        } finally {
            k.close();
        }
    }

    /** A kiosk shown headless on a data folder, with a probe that times a tap to the settled next screen. */
    private static final class Kiosk {
        final Stage stage;
        final KioskShell shell;
        volatile long releasedAt;
        volatile long settledAt;
        volatile String waitingFor;

        private Kiosk(Stage stage, KioskShell shell) {
            this.stage = stage;
            this.shell = shell;
        }

        static Kiosk open(Path data) throws Exception {
            Stage stage = FxToolkit.registerPrimaryStage();
            KioskShell[] shell = new KioskShell[1];
            FxToolkit.setupStage(s -> shell[0] = KioskFixture.show(s, new KioskConfig(data, false, true, true, "station-a"),
                    Speaker.NONE, Duration.hours(1), 10));
            WaitForAsyncUtils.waitFor(10, TimeUnit.MINUTES, () -> shell[0].community() != null);
            Kiosk k = new Kiosk(stage, shell[0]);
            WaitForAsyncUtils.asyncFx(k::probe).get();
            return k;
        }

        private void probe() {
            Scene scene = stage.getScene();
            scene.addPostLayoutPulseListener(() -> {
                String target = waitingFor;
                if (target != null && shell.navigator().current().get().id().equals(target) && shell.context().settled()) {
                    settledAt = System.nanoTime();
                    waitingFor = null;
                }
            });
        }

        /** Signs persona {@code p} in with a card tap and waits for the home screen. */
        void signIn(int p) throws Exception {
            DemoCommunity.Persona persona = DemoCommunity.PERSONAS.get(p);
            CardData card = new CardData(persona.name(), persona.gender() == null ? Gender.MALE : persona.gender(),
                    persona.birth(), "", persona.idNumber());
            WaitForAsyncUtils.asyncFx(() -> shell.devices().cardTapped(card)).get();
            await("home");
        }

        /** One whole session: card tap, home, 我的时间 with its data, sign out. */
        void session(int p) throws Exception {
            signIn(p);
            fire("tile-credits");
            await("credits");
            fire("btn-signout");
            await("attract");
        }

        /** Taps a home tile and returns nanoseconds from the release to the settled next screen; then goes home. */
        long tap(String tile) throws Exception {
            if (shell.session().member().get() == null) {
                signIn(0);
            }
            if (!WaitForAsyncUtils.asyncFx(() -> shell.navigator().current().get().id().equals("home")).get()) {
                fire("btn-home"); // whatever came up (a message, a screen) goes; the tap starts from home
                await("home");
            }
            WaitForAsyncUtils.asyncFx(() -> shell.context().message().set(null)).get();
            settledAt = 0;
            waitingFor = tile;
            // the tap: its release starts the clock, then the tile's action runs (as a touch's release would fire it)
            WaitForAsyncUtils.asyncFx(() -> {
                releasedAt = System.nanoTime();
                ((Button) stage.getScene().lookup("#tile-" + tile)).fire();
            }).get();
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> waitingFor == null);
            long took = settledAt - releasedAt;
            fire("btn-home");
            await("home");
            return took;
        }

        void fire(String id) throws Exception {
            WaitForAsyncUtils.asyncFx(() -> ((Button) stage.getScene().lookup("#" + id)).fire()).get();
        }

        void await(String screen) throws TimeoutException {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                    () -> shell.navigator().current().get().id().equals(screen) && shell.context().settled()).get());
        }

        void close() {
            KioskFixture.close(stage);
        }
    }

    // ----- cold start

    private static List<String> kioskCommand(Path jar, Path data) {
        List<String> cmd = java();
        cmd.add("-D" + KioskMain.STARTUP_PROBE + "=true");
        cmd.addAll(List.of("-cp", classpath(jar), "org.timestation.kiosk.KioskMain", "--data", data.toString(), "--windowed"));
        return cmd;
    }

    private static List<String> minimalCommand(Path jar) {
        List<String> cmd = java();
        cmd.addAll(List.of("-cp", classpath(jar) + java.io.File.pathSeparator + Path.of("target", "test-classes").toAbsolutePath(),
                MinimalFxApp.class.getName()));
        return cmd;
    }


    /** kiosk.jar itself; without a display, also the Monocle jar the tests use (kiosk.jar does not ship it). */


    /** Starts a process and returns nanoseconds until it printed {@code shown} and (if it does) {@code ready}. */
    private static long[] startUp(List<String> command) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long shown = -1;
        long ready = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.equals("shown")) {
                    shown = System.nanoTime() - t0;
                } else if (line.equals("ready")) {
                    ready = System.nanoTime() - t0;
                }
            }
        }
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        assertThat(shown).as("the process printed shown: " + command).isPositive();
        return new long[] {shown, ready};
    }


    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }








}
