package org.timestation.kiosk.sync;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.timestation.community.Community;
import org.timestation.datafolder.DataFolder;
import org.timestation.sync.EnrollmentCode;
import org.timestation.sync.StationSync;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kiosk.jar enroll} and {@code kiosk.jar sync}: a station joins its hub, and syncs once, headless. */
public final class SyncCommands {
    private SyncCommands() {
    }

    static int report(PrintWriter out, PrintWriter err, StationSync.Outcome o) {
        if (o.exit() == 0) {
            out.println(o.message().zh() + " / " + o.message().en());
        } else {
            err.println("错误：" + o.message().zh() + " / Error: " + o.message().en());
        }
        return o.exit();
    }

    /** A ledger that cannot be opened (in use by the running kiosk, keys missing) is said in both languages: exit 1. */
    static int guarded(picocli.CommandLine.Model.CommandSpec spec, Callable<Integer> body) {
        try {
            return body.call();
        } catch (org.timestation.text.DomainException d) {
            spec.commandLine().getErr().println("错误：" + d.text().zh() + " / Error: " + d.text().en());
            return 1;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code --data} names a folder (or nothing yet), or the command stops with the usage: exit 2. */
    static Path folder(picocli.CommandLine.Model.CommandSpec spec, Path data) {
        if (Files.exists(data) && !Files.isDirectory(data)) {
            throw org.timestation.cli.BadArguments.wrong(spec.commandLine(), "--data 要写一个文件夹，“" + data + "”是一个文件。",
                    "--data must be a folder; \"" + data + "\" is a file.");
        }
        return data;
    }

    /** How a station joins its hub with a code: enrolled anew, or restored (the same command line around either). */
    interface Joining {
        StationSync.Outcome join(Path dir, EnrollmentCode code, Clock clock, SecureRandom random);
    }

    /** A code that is not one is a usage error (exit 2); then the station joins and the outcome is said. */
    static int join(picocli.CommandLine.Model.CommandSpec spec, Path data, String code, Joining how) {
        EnrollmentCode parsed;
        try {
            parsed = EnrollmentCode.parse(code);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "错误：" + e.getMessage());
        }
        Path dir = folder(spec, data);
        return guarded(spec, () -> report(spec.commandLine().getOut(), spec.commandLine().getErr(),
                how.join(dir, parsed, Clock.systemUTC(), new SecureRandom())));
    }

    /** {@code enroll --data DIR --code CODE}: a new, empty folder becomes an enrolled station with the whole community. */
    @Command(name = "enroll", description = {"用登记码把本机登记为站点（文件夹须为空）/ Enroll this machine as a station with a code (the folder must be empty).",
            "退出码 / exit: 0 已登记 enrolled, 1 被拒绝 refused, 2 连不上枢纽 hub unreachable"})
    public static final class Enroll implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--data", required = true, paramLabel = "DIR", description = "a new, empty data folder for this station")
        Path data;

        @Option(names = "--code", required = true, paramLabel = "CODE", description = "the code the console's enroll command printed (its last line)")
        String code;

        @Override
        public Integer call() {
            return join(spec, data, code, StationSync::enroll);
        }
    }

    /**
     * {@code restore --data DIR --code CODE}: a station whose disk died, re-created on a new machine
     * from the hub with a recovery code (decision 0030). Run again on the same folder, it finishes a
     * restore that stopped.
     */
    @Command(name = "restore", description = {"用恢复码从枢纽恢复坏了硬盘的站点（文件夹须为空，或是没做完的恢复）/ Recover a station whose disk died from the hub with a recovery code (the folder must be empty, or hold an unfinished restore).",
            "退出码 / exit: 0 已恢复 recovered, 1 被拒绝 refused, 2 连不上枢纽 hub unreachable"})
    public static final class Restore implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--data", required = true, paramLabel = "DIR", description = "a new, empty data folder for the station (or the one an unfinished restore left)")
        Path data;

        @Option(names = "--code", required = true, paramLabel = "CODE", description = "the recovery code the console's enroll --recover command printed (its last line)")
        String code;

        @Override
        public Integer call() {
            return join(spec, data, code, StationSync::restore);
        }
    }

    /** {@code sync --data DIR [--timeout S]}: one round now. Exit 0 in sync, 1 refused (the reason is printed), 2 hub unreachable. */
    @Command(name = "sync", description = {"立即和枢纽同步一次 / Sync with the hub once, now.",
            "退出码 / exit: 0 已同步 in sync, 1 被拒绝 refused (fork, rollback, quarantined, revoked, rule broken), 2 连不上枢纽 hub unreachable"})
    public static final class Sync implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--data", required = true, paramLabel = "DIR", description = "the station's data folder")
        Path data;

        @Option(names = "--timeout", defaultValue = "120", paramLabel = "S", description = "give up after this many seconds (default ${DEFAULT-VALUE})")
        int timeout;

        @Option(names = "--clear-alert", description = "the manager checked the hub after this station saw its log go back or fork: sync again")
        boolean clearAlert;

        @Override
        public Integer call() throws Exception {
            if (timeout < 1 || timeout > 86_400) {
                throw org.timestation.cli.BadArguments.wrong(spec.commandLine(), "--timeout 要写 1 到 86400 之间的秒数。", "--timeout is a number of seconds from 1 to 86400.");
            }
            Path dir;
            dir = folder(spec, data);
            return guarded(spec, () -> once(dir));
        }

        private int once(Path dir) throws Exception {
            ExecutorService one = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "sync");
                t.setDaemon(true);
                return t;
            });
            try (Community c = DataFolder.at(dir).open(Clock.systemUTC())) {
                if (clearAlert) {
                    StationSync.clearAlert(c);
                }
                Future<StationSync.Outcome> round = one.submit(() -> StationSync.round(c, dir, Clock.systemUTC()));
                try {
                    return report(spec.commandLine().getOut(), spec.commandLine().getErr(), round.get(timeout, TimeUnit.SECONDS));
                } catch (TimeoutException e) {
                    round.cancel(true);
                    spec.commandLine().getErr().println("错误：" + timeout + " 秒内没有同步完。记录都在本站，下次会接着同步。 / Error: the round did not finish in "
                            + timeout + " s. Everything is kept at the station; the next round continues.");
                    return 2;
                }
            } finally {
                one.shutdownNow();
            }
        }
    }

    /** {@code load --data DIR --operations N [--seed S]}: residents simulated through the screens' services (soak tests, benchmarks, field acceptance). */
    @Command(name = "load", description = {"模拟居民操作（只用于演示社区）/ Simulate residents' operations (demo community only).",
            "求助、接单、开始/结束、确认、评价、转赠、兑换 / ask, accept, start/end, confirm, rate, gift, redeem"})
    public static final class Load implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--data", required = true, paramLabel = "DIR", description = "the station's data folder (a demo community)")
        Path data;

        @Option(names = "--operations", required = true, paramLabel = "N", description = "how many operations (1 to 1,000,000)")
        int operations;

        @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "random seed (default ${DEFAULT-VALUE}): the same seed, the same operations")
        long seed;

        @Override
        public Integer call() {
            if (operations < 1 || operations > 1_000_000) {
                throw org.timestation.cli.BadArguments.wrong(spec.commandLine(), "--operations 要写 1 到 1000000 之间的数。", "--operations is a number from 1 to 1,000,000.");
            }
            Path dir;
            dir = folder(spec, data);
            return guarded(spec, () -> {
                // the station's clock starts after its ledger's last event and is moved on by each service's minutes;
                // the run stops before it would pass the real now (the hub refuses events from the future)
                org.timestation.time.ManualClock clock = new org.timestation.time.ManualClock(
                        java.time.Instant.now().minus(org.timestation.load.LoadGenerator.budget(operations)), java.time.ZoneId.of("Asia/Shanghai"));
                try (Community c = DataFolder.at(dir).open(clock)) {
                    org.timestation.load.LoadGenerator.Result r;
                    try {
                        r = new org.timestation.load.LoadGenerator(c, clock, seed, org.timestation.demo.DemoCommunity.DEMO_PIN).run(operations, java.time.Instant.now());
                    } catch (IllegalArgumentException e) {
                        spec.commandLine().getErr().println("错误：" + e.getMessage());
                        return 1;
                    }
                    spec.commandLine().getOut().printf("完成 / done: %d %s, 被拒绝 / refused (as a kiosk would): %d %s%n", r.done(), r.byKind(), r.refused(), r.refusedWhy());
                    if (r.done() + r.refused() < operations) {
                        spec.commandLine().getOut().printf("在现在之前只能做 %d 个操作（账本的最后一条记录太新）。 / Only %d operations fit before now (the ledger's last event is too recent).%n",
                                r.done() + r.refused(), r.done() + r.refused());
                    }
                    return 0;
                }
            });
        }
    }
}
