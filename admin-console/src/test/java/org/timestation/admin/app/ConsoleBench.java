package org.timestation.admin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.timestation.bench.BenchHarness.classpath;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.timestation.admin.hub.HubDb;
import org.timestation.admin.staff.StaffAccounts;
import org.timestation.admin.staff.StaffDesk;
import org.timestation.community.Community;
import org.timestation.datafolder.DataFolder;
import org.timestation.member.Member;
import org.timestation.member.Role;

/**
 * The console's benchmark harness (issue 12), not part of the test run: its name does not end in
 * {@code Test}. Run it as BENCHMARKS.md says; each part appends its figures to
 * {@code admin-console/target/console-bench.md}. Nothing here asserts a time: the figures are reported
 * with a baseline measured in the same run.
 *
 * <ol>
 *   <li>Cold start: {@code admin-console.jar app} on the 1,000,000-event store until the sign-in's first
 *       frame and until the dashboard shows its figures after the manager signs in, vs a minimal JavaFX
 *       program showing one label, fresh processes alternated.</li>
 *   <li>Opening each main screen, and the member search as one types, on the 1,000,000-event store
 *       (6,000 members) vs the small demo store (60 members), in one process.</li>
 * </ol>
 */
@ExtendWith(ApplicationExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBench {
    static final Path REPORT = Path.of("target", "console-bench.md");
    static final Path SOURCE = Path.of(System.getProperty("bench.source", "../benchmarks/target/ledger-1m"));
    static final Path BIG = Path.of(System.getProperty("bench.data", "../benchmarks/target/console-1m"));
    static final Path SMALL = Path.of("target", "console-bench-small");
    static final int COLD_RUNS = Integer.getInteger("bench.coldRuns", 8);
    static final int OPENS = Integer.getInteger("bench.opens", 20);

    /** A copy of the 1,000,000-event store as a console's folder, with a manager who signs in with the demo password. */
    static Path big() throws IOException {
        if (!Files.exists(BIG.resolve(DataFolder.LEDGER))) {
            assertThat(SOURCE.resolve(DataFolder.LEDGER)).as("build the 1,000,000-event store first (BENCHMARKS.md)").exists();
            Files.createDirectories(BIG);
            try (var files = Files.list(SOURCE)) {
                for (Path f : files.toList()) {
                    if (Files.isRegularFile(f)) {
                        Files.copy(f, BIG.resolve(f.getFileName()));
                    }
                }
            }
        }
        try (Community c = DataFolder.at(BIG).open(Clock.systemUTC());
             StaffAccounts accounts = new StaffAccounts(HubDb.open(BIG), Clock.systemUTC(), new SecureRandom())) {
            StaffDesk desk = new StaffDesk(c, accounts);
            if (desk.staff().stream().noneMatch(m -> m.has(Role.MANAGER))) {
                Member first = c.members().all().get(0);
                EnumSet<Role> roles = EnumSet.copyOf(first.roles());
                roles.addAll(EnumSet.of(Role.STAFF, Role.MANAGER));
                c.members().changeRoles(first.id(), roles, "bench", "基准测试的站长 the benchmark's manager");
            }
            for (Member m : desk.staff()) {
                accounts.setPassword(m.id(), ConsoleApp.DEMO_PASSWORD);
            }
        }
        return BIG;
    }

    // ----- cold start

    @Test
    @Order(1)
    void coldStart() throws Exception {
        Path jar = Path.of("target", "admin-console.jar").toAbsolutePath();
        assertThat(jar).as("build admin-console.jar first (see BENCHMARKS.md)").exists();
        Path big = big();
        Path small = ConsoleFixture.demoFolder(SMALL);
        startUp(consoleCommand(jar, big)); // once untimed: the hub's log of a copied store is built at its first start
        startUp(consoleCommand(jar, small));
        startUp(minimalCommand(jar));
        long[][] bigRuns = new long[COLD_RUNS][];
        long[][] smallRuns = new long[COLD_RUNS][];
        long[] minimal = new long[COLD_RUNS];
        for (int i = 0; i < COLD_RUNS; i++) {
            bigRuns[i] = startUp(consoleCommand(jar, big));
            smallRuns[i] = startUp(consoleCommand(jar, small));
            minimal[i] = startUp(minimalCommand(jar))[0];
        }
        long[] bigShown = column(bigRuns, 0);
        long[] bigDashboard = column(bigRuns, 1);
        long[] smallDashboard = column(smallRuns, 1);
        BenchHarness.report(REPORT, String.format(Locale.ROOT, "%n### Cold start (%s, %d runs each, %s)%n%n| process | median | min | max |%n|---|---|---|---|%n", display(),
                COLD_RUNS, java.time.LocalDate.now())
                + row("console on the 1M store: start to the window's first frame (\"正在打开账本……\")", bigShown)
                + row("console on the 1M store: start to the dashboard's figures (sign-in included)", bigDashboard)
                + row("console on the small store: start to the dashboard's figures", smallDashboard)
                + row("baseline: a minimal JavaFX program to its first frame", minimal)
                + String.format(Locale.ROOT, "%nRatio (median) 1M dashboard / baseline: **%.2f×**; 1M sign-in frame / baseline: **%.2f×**.%n",
                (double) median(bigDashboard) / median(minimal), (double) median(bigShown) / median(minimal)));
    }

    private static long[] column(long[][] runs, int i) {
        return Arrays.stream(runs).mapToLong(r -> r[i]).toArray();
    }

    private static List<String> consoleCommand(Path jar, Path data) {
        List<String> cmd = java();
        cmd.add("-D" + StartupProbe.PROPERTY + "=true");
        cmd.addAll(List.of("-Xmx4g", "-cp", classpath(jar), "org.timestation.admin.AdminMain", "app", "--data", data.toAbsolutePath().toString(),
                "--port", "0", "--bind", "127.0.0.1"));
        return cmd;
    }

    private static List<String> minimalCommand(Path jar) {
        List<String> cmd = java();
        cmd.addAll(List.of("-cp", classpath(jar) + java.io.File.pathSeparator + Path.of("target", "test-classes").toAbsolutePath(),
                MinimalConsoleFxApp.class.getName()));
        return cmd;
    }


    /** admin-console.jar itself; without a display, also the Monocle jar the tests use (the jar does not ship it). */


    /** Starts a process and returns nanoseconds until it printed {@code shown} and {@code dashboard}. */
    private static long[] startUp(List<String> command) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put(StartupProbe.PASSWORD, ConsoleApp.DEMO_PASSWORD);
        Process p = pb.start();
        long shown = -1;
        long dashboard = -1;
        List<String> said = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                said.add(line);
                if (line.equals("shown")) {
                    shown = System.nanoTime() - t0;
                } else if (line.equals("dashboard")) {
                    dashboard = System.nanoTime() - t0;
                }
            }
        }
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        assertThat(shown).as("the process printed shown: " + command + " " + said).isPositive();
        return new long[] {shown, dashboard};
    }

    // ----- screens and search

    @Test
    @Order(2)
    void screensAndSearch(FxRobot robot) throws Exception {
        long[][] big = measure(robot, big());
        long[][] small = measure(robot, ConsoleFixture.demoFolder(SMALL));
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%n### Opening each screen, and the member search (Monocle headless, %s)%n%n"
                + "From the click (the screen's controller activated on the FX thread) to the first frame after all its work is done "
                + "and its data shown; %d opens each. Search: from a key typed in the members' filter to the next frame showing the "
                + "filtered table.%n%n| what | 1M store p50 | **p95** | max | small store p50 | p95 | ratio p95 |%n|---|---|---|---|---|---|---|%n",
                java.time.LocalDate.now(), OPENS));
        List<String> names = new ArrayList<>(SCREENS);
        names.add("member search, per key typed");
        for (int i = 0; i < names.size(); i++) {
            out.append(String.format(Locale.ROOT, "| %s | %.1f ms | **%.1f ms** | %.1f ms | %.1f ms | %.1f ms | %.2f |%n", names.get(i), ms(median(big[i])),
                    ms(pct(big[i], 95)), ms(max(big[i])), ms(median(small[i])), ms(pct(small[i], 95)), (double) pct(big[i], 95) / pct(small[i], 95)));
        }
        BenchHarness.report(REPORT, out.toString());
    }

    static final List<String> SCREENS = List.of("dashboard", "members", "approvals", "requests", "disputes", "activities", "merchants", "funds",
            "trust", "proxy", "policy", "audit", "nodes", "team");

    /** Per screen (then the search), the nanoseconds of each open (each key). */
    private long[][] measure(FxRobot robot, Path folder) throws Exception {
        ConsoleFixture console = new ConsoleFixture(folder, java.time.Duration.ofHours(1));
        try {
            FxToolkit.registerPrimaryStage();
            FxToolkit.setupStage(console::show);
            Member manager = console.staffMember(true);
            StaffDesk.SignedIn who = console.ctx.staff().signIn(manager.id(), ConsoleApp.DEMO_PASSWORD);
            robot.interact(() -> console.shell.signedIn(who));
            settle(console);
            long[][] out = new long[SCREENS.size() + 1][];
            for (int s = 0; s < SCREENS.size(); s++) {
                String id = SCREENS.get(s);
                out[s] = new long[OPENS];
                for (int i = 0; i < OPENS; i++) {
                    out[s][i] = timed(console, () -> console.shell.open(id));
                }
            }
            robot.interact(() -> console.shell.open("members"));
            settle(console);
            TextField filter = robot.lookup("#members-filter").queryAs(TextField.class);
            List<Member> all = console.hub.community().members().all();
            List<Long> keys = new ArrayList<>();
            for (int n = 0; n < 20; n++) {
                String name = all.get((n * 7919) % all.size()).name();
                robot.interact(() -> filter.setText(""));
                settle(console);
                for (char ch : name.toCharArray()) {
                    keys.add(timed(console, () -> filter.appendText(String.valueOf(ch))));
                }
                keys.add(timed(console, () -> filter.setText(name.substring(0, name.length() - 1)))); // a backspace
            }
            out[SCREENS.size()] = keys.stream().mapToLong(Long::longValue).toArray();
            return out;
        } finally {
            FxToolkit.cleanupStages();
            console.close();
        }
    }

    private static void settle(ConsoleFixture console) throws Exception {
        timed(console, () -> { });
    }

    /** Runs {@code act} on the FX thread and returns the nanoseconds until the first frame after it once no console work is left. */
    private static long timed(ConsoleFixture console, Runnable act) throws Exception {
        long[] at = new long[2];
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            Scene scene = console.shell.root().getScene();
            Runnable[] check = new Runnable[1];
            check[0] = () -> {
                if (console.tasks.working()) {
                    Platform.requestNextPulse();
                    return;
                }
                at[1] = System.nanoTime();
                scene.removePostLayoutPulseListener(check[0]);
                done.countDown();
            };
            at[0] = System.nanoTime();
            act.run();
            scene.addPostLayoutPulseListener(check[0]);
            Platform.requestNextPulse();
        });
        assertThat(done.await(5, TimeUnit.MINUTES)).as("the screen settled").isTrue();
        return at[1] - at[0];
    }








}
