package org.timestation.ops;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.timestation.audit.VerificationReport;
import org.timestation.audit.Verifier;
import org.timestation.datafolder.DataFolder;
import org.timestation.ledger.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code timestation-ctl}: what a field technician does to keep a station (or the hub) running for
 * years. {@code status}, {@code backup} (online: a running app takes it itself, through its control
 * socket), {@code restore --from FILE} (only with the app stopped; the backup is verified before it
 * replaces anything; the ledger it replaces is kept beside it) and {@code compact}. Installed as
 * {@code /usr/bin/timestation-ctl} (each app's {@code Ctl} launcher runs it); in development {@code java -jar kiosk.jar ctl …} or
 * {@code java -jar admin-console.jar ctl …}. Exit 0 done, 1 failed (nothing changed), 2 usage, 3 the
 * app is running (restore) or the ledger is in use, 4 the ledger was written by a newer release.
 */
@Command(name = "timestation-ctl", mixinStandardHelpOptions = true, versionProvider = CtlMain.Version.class,
        description = {"时间驿站维护工具：状态、备份、恢复、压缩 / Time Station maintenance: status, backup, restore, compact."},
        subcommands = {CtlMain.Status.class, CtlMain.Backup.class, CtlMain.Restore.class, CtlMain.Compact.class})
public final class CtlMain implements Callable<Integer> {
    public static final int DONE = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int IN_USE = 3;
    /** The ledger was written by a newer release than this one (the same code everywhere: verify, the kiosk's commands). */
    public static final int NEWER_RELEASE = 4;

    /** The exit code and words for a ledger a newer release wrote, when {@code e} is that; null otherwise. */
    static Integer newerRelease(Throwable e, PrintWriter err) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.timestation.text.DomainException d && d.code() == org.timestation.text.ErrorCode.LEDGER_FROM_NEWER_RELEASE) {
                err.println("错误：" + d.text().zh() + " / Error: " + d.text().en());
                return NEWER_RELEASE;
            }
            if (t instanceof org.timestation.ledger.LedgerFromNewerReleaseException n) {
                org.timestation.text.DomainException d = new org.timestation.text.DomainException(
                        org.timestation.text.ErrorCode.LEDGER_FROM_NEWER_RELEASE, n.folder(), n.stored(), n.known());
                err.println("错误：" + d.text().zh() + " / Error: " + d.text().en());
                return NEWER_RELEASE;
            }
        }
        return null;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static CommandLine commandLine() {
        return org.timestation.cli.BadArguments.install(new CommandLine(new CtlMain()));
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /** The release, from the build. */
    public static String version() {
        try (var in = CtlMain.class.getResourceAsStream("/org/timestation/version.properties")) {
            java.util.Properties p = new java.util.Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Time Station " + version()};
        }
    }

    /** The data folder: {@code --data}, else {@code TIMESTATION_DATA} (the installed wrapper sets it). */
    abstract static class OnFolder {
        @Option(names = "--data", paramLabel = "DIR", description = "the data folder (default: $TIMESTATION_DATA)")
        Path data;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        Path folder() {
            Path d = data != null ? data : Optional.ofNullable(System.getenv("TIMESTATION_DATA")).map(Path::of).orElse(null);
            if (d == null) {
                throw org.timestation.cli.BadArguments.wrong(spec.commandLine(), "请用 --data 指定数据文件夹。", "give the data folder with --data.");
            }
            if (!Files.isDirectory(d)) {
                throw org.timestation.cli.BadArguments.wrong(spec.commandLine(), "没有这个数据文件夹：" + d, "there is no data folder " + d + ".");
            }
            return d.toAbsolutePath();
        }

        Path backups(Path given) {
            Path d = given != null ? given : Optional.ofNullable(System.getenv("TIMESTATION_BACKUPS")).map(Path::of).orElse(null);
            if (d == null) {
                throw org.timestation.cli.BadArguments.wrong(spec.commandLine(), "请用 --to 指定备份文件夹。", "give the backup folder with --to.");
            }
            return d.toAbsolutePath();
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        PrintWriter err() {
            return spec.commandLine().getErr();
        }

        /**
         * Asks the running app to do {@code request}; with none running, does {@code offline} on the folder's own
         * files. The exit code; what failed is said after {@code failed}.
         */
        int online(Path data, String request, String failed, java.util.function.Consumer<String[]> answered,
                   java.util.function.Consumer<Offline> offline) {
            Optional<List<String>> running = ControlSocket.ask(data, request, ControlSocket.LONG);
            if (running.isPresent()) {
                String[] a = running.get().isEmpty() ? new String[] {"error", "没有回答", "no answer"} : running.get().get(0).split("\t");
                if (!a[0].equals("ok")) {
                    err().println(failed + a[1]);
                    return FAILED;
                }
                answered.accept(a);
                return DONE;
            }
            try (Offline o = Offline.open(data)) {
                offline.accept(o);
                return DONE;
            } catch (InUse e) {
                err().println(e.getMessage());
                return IN_USE;
            } catch (RuntimeException e) {
                Integer newer = newerRelease(e, err());
                if (newer != null) {
                    return newer;
                }
                err().println(failed + ControlSocket.said(e));
                return FAILED;
            }
        }

        String service() {
            return Optional.ofNullable(System.getenv("TIMESTATION_SERVICE")).orElse("timestation-kiosk");
        }
    }

    @Command(name = "status", description = {"版本、节点、枢纽、上次同步、账本大小、磁盘余量、上次备份、设备 / Version, node, hub, last sync, "
            + "ledger size, free disk, last backup, devices."})
    static final class Status extends OnFolder implements Callable<Integer> {
        @Option(names = "--backups", paramLabel = "DIR", description = "where the backups are (default: $TIMESTATION_BACKUPS)")
        Path backupsDir;

        @Override
        public Integer call() {
            Path data = folder();
            StationStatus s = StationStatus.of(data, backupsDir != null ? backupsDir.toAbsolutePath()
                    : Optional.ofNullable(System.getenv("TIMESTATION_BACKUPS")).map(Path::of).orElse(null), ZoneId.systemDefault());
            s.lines().forEach(out()::println);
            return DONE;
        }
    }

    @Command(name = "backup", description = {"在线备份账本（程序运行时也可以），写完整才算数，保留最新 N 份 / Back up the ledger, also while the app runs; "
            + "written whole or not at all; keeps the newest N."})
    static final class Backup extends OnFolder implements Callable<Integer> {
        @Option(names = "--to", paramLabel = "DIR", description = "the backup folder (default: $TIMESTATION_BACKUPS)")
        Path to;

        @Option(names = "--keep", defaultValue = "14", paramLabel = "N", description = "how many of the newest backups to keep (default ${DEFAULT-VALUE})")
        int keep;

        @Override
        public Integer call() {
            Path data = folder();
            Path dir = backups(to);
            if (keep < 1) {
                throw org.timestation.cli.BadArguments.wrong(spec.commandLine(), "--keep 至少是 1。", "--keep must be at least 1.");
            }
            String[] done = new String[1];
            int exit = online(data, "backup\t" + dir + "\t" + keep, "备份失败 / backup failed: ", answer -> done[0] = answer[1] + "\t" + answer[2],
                    offline -> {
                        Backups.Taken t = Backups.take(offline, offline.node, dir, keep, Clock.systemUTC(), Backups.sizeOf(data));
                        done[0] = t.file() + "\t" + t.bytes();
                    });
            if (exit == DONE) {
                String[] a = done[0].split("\t");
                out().printf("备份已写好 / backup written: %s (%s)%n", a[0], StationStatus.size(Long.parseLong(a[1])));
            }
            return exit;
        }
    }

    @Command(name = "restore", description = {"从备份恢复账本：程序必须先停止；先核验备份，再替换；原账本保留在旁边 / Restore the ledger from a backup: "
            + "the app must be stopped; the backup is verified first; the ledger it replaces is kept beside it."})
    static final class Restore extends OnFolder implements Callable<Integer> {
        @Option(names = "--from", required = true, paramLabel = "FILE", description = "the backup (ledger-….zip)")
        Path from;

        @Override
        public Integer call() {
            Path data = folder();
            if (!Files.isRegularFile(from) || !Files.isReadable(from)) {
                throw org.timestation.cli.BadArguments.wrong(spec.commandLine(), "没有这个备份文件，或者读不了它：" + from.toAbsolutePath()
                        + "（timestation-ctl 以 timestation 用户身份运行：请把备份复制到 " + data.getParent() + " 下的备份文件夹再试）",
                        "there is no backup file " + from.toAbsolutePath() + ", or it cannot be read (timestation-ctl runs as the timestation user: "
                        + "copy the backup into the backup folder under " + data.getParent() + " and try again).");
            }
            if (ControlSocket.ask(data, "ping").isPresent() || locked(data.resolve(Backups.FILES.get(0)))) {
                err().printf("驿站程序正在运行，不能恢复。请先停止它：sudo systemctl stop %s，恢复后再启动。%n"
                        + "The station's app is running: it cannot be restored under it. Stop it first (sudo systemctl stop %s), restore, then start it.%n",
                        service(), service());
                return IN_USE;
            }
            Path work = data.resolve(".restore");
            try {
                deleteTree(work);
                Files.createDirectory(work);
                List<String> files = Backups.unpack(from, work, p -> {
                });
                for (String key : DataFolder.KEY_FILES) {
                    Path k = data.resolve(key);
                    if (Files.exists(k, LinkOption.NOFOLLOW_LINKS)) {
                        Files.copy(k, work.resolve(key), StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                    }
                }
                String node = Files.exists(data.resolve(DataFolder.NODE_ID)) ? Files.readString(data.resolve(DataFolder.NODE_ID)).strip() : null;
                VerificationReport report;
                String backupNode;
                try (EventStore store = DataFolder.at(work).openReadOnly()) {
                    backupNode = store.meta("node").orElse(null);
                    report = Verifier.verify(store, Clock.systemUTC(), n -> n.equals(store.meta("node").orElse(null)));
                }
                if (node != null && backupNode != null && !node.equals(backupNode)) {
                    err().printf("这是另一台机器（%s）的备份，本机是 %s：没有恢复。%nThis is the backup of another node (%s); this one is %s. Nothing was restored.%n",
                            backupNode, node, backupNode, node);
                    return FAILED;
                }
                if (!report.intact()) {
                    err().println("备份没有通过核验，没有恢复，现有账本没动。 / The backup did not verify; nothing was restored and the ledger is as it was.");
                    report.findings().stream().limit(20).forEach(f -> err().println("  " + f));
                    return FAILED;
                }
                String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(java.time.ZoneOffset.UTC).format(Clock.systemUTC().instant());
                List<Path> kept = swap(data, work, files, stamp);
                out().printf("已从 %s 恢复，核验完好。原来的账本保留为：%s%n", from.getFileName(), kept);
                out().printf("Restored from %s and verified. The ledger it replaced is kept as: %s%n", from.getFileName(), kept);
                if (Files.exists(data.resolve(org.timestation.sync.HubLink.FILE))) {
                    out().println("这台机器登记在社区枢纽上：枢纽已经有比这份备份更新的记录，同步会拒绝它。要找回全部记录，请按 README 的“从枢纽恢复”操作。");
                    out().println("This station is enrolled: the hub holds newer work than this backup and will refuse its sync. "
                            + "To get everything back, recover from the hub instead (README: recover from the hub).");
                }
                return DONE;
            } catch (IOException | RuntimeException e) {
                Integer newer = newerRelease(e, err());
                if (newer != null) {
                    return newer; // a backup a newer release wrote: this older program does not restore it
                }
                err().println("恢复失败，现有账本没动 / restore failed, the ledger is as it was: " + e.getMessage());
                return FAILED;
            } finally {
                deleteTree(work);
            }
        }
    }

    /**
     * Puts the restored files in place, each current one set aside as {@code NAME.before-restore-STAMP}; holds the
     * ledger's file lock meanwhile (no app opens it half-swapped) and, if a move fails, puts back what it moved.
     */
    static List<Path> swap(Path data, Path work, List<String> files, String stamp) throws IOException {
        Path ledger = data.resolve(Backups.FILES.get(0));
        List<Path[]> done = new ArrayList<>(); // {current, aside or null}
        try (FileChannel ch = Files.exists(ledger) ? FileChannel.open(ledger, StandardOpenOption.READ, StandardOpenOption.WRITE) : null;
             FileLock lock = ch == null ? null : ch.tryLock()) {
            if (ch != null && lock == null) {
                throw new IOException("the ledger was opened by another program meanwhile");
            }
            try {
                for (String f : files) {
                    Path current = data.resolve(f);
                    Path aside = null;
                    if (Files.exists(current)) {
                        aside = data.resolve(f + ".before-restore-" + stamp);
                        Files.move(current, aside, StandardCopyOption.ATOMIC_MOVE);
                    }
                    done.add(new Path[] {current, aside});
                    Files.move(work.resolve(f), current, StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException | RuntimeException e) {
                for (int i = done.size() - 1; i >= 0; i--) { // put back what was moved: the folder as it was
                    Path[] d = done.get(i);
                    if (d[1] != null) {
                        Files.move(d[1], d[0], StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    }
                }
                throw e;
            }
        }
        List<Path> kept = new ArrayList<>();
        done.forEach(d -> {
            if (d[1] != null) {
                kept.add(d[1]);
            }
        });
        return kept;
    }

    @Command(name = "compact", description = {"压缩账本文件（SHUTDOWN COMPACT），不丢任何记录；请在没人用的时候做 / Compact the ledger file "
            + "(SHUTDOWN COMPACT); nothing is lost; do it at a quiet moment."})
    static final class Compact extends OnFolder implements Callable<Integer> {
        @Override
        public Integer call() {
            Path data = folder();
            long[] sizes = new long[2];
            int exit = online(data, "compact", "压缩失败，记录都还在 / compaction failed, nothing was lost: ", answer -> {
                sizes[0] = Long.parseLong(answer[1]);
                sizes[1] = Long.parseLong(answer[2]);
            }, offline -> {
                org.timestation.disk.DiskGuard.requireRoomFor(data, Math.max(0, Backups.bytes(data.resolve(Backups.FILES.get(0))))); // a copy, for a moment
                System.arraycopy(offline.ledger.compact(), 0, sizes, 0, 2);
            });
            if (exit == DONE) {
                out().printf("账本文件已压缩 / ledger file compacted: %s → %s%n", StationStatus.size(sizes[0]), StationStatus.size(sizes[1]));
            }
            return exit;
        }
    }

    /** The ledger in use by a process that is not answering on the control socket (an older release, a tool). */
    static final class InUse extends RuntimeException {
        InUse(Path data) {
            super("账本正被另一个程序使用（" + data + "）。请稍后再试，或先停止驿站程序。 / The ledger in " + data
                    + " is in use by another program. Try again later, or stop the station's app first.");
        }
    }

    /** The folder's databases opened by ctl itself, the app not running. */
    static final class Offline implements Backups.Source, AutoCloseable {
        final EventStore ledger;
        final Connection hub;
        final String node;

        private Offline(EventStore ledger, Connection hub, String node) {
            this.ledger = ledger;
            this.hub = hub;
            this.node = node;
        }

        static Offline open(Path data) {
            if (locked(data.resolve(Backups.FILES.get(0)))) {
                throw new InUse(data);
            }
            EventStore ledger = DataFolder.at(data).openStore(); // its keys checked against it, as the app does
            Connection hub = null;
            try {
                if (Files.exists(data.resolve(Backups.FILES.get(1)))) {
                    hub = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("hub") + ";IFEXISTS=TRUE", "sa", "");
                }
                String node = ledger.meta("node").orElseGet(() -> readNode(data));
                return new Offline(ledger, hub, node);
            } catch (SQLException e) {
                ledger.close();
                throw new IllegalStateException("the hub database could not be opened: " + e.getMessage(), e);
            }
        }

        @Override
        public List<String> files() {
            return hub == null ? List.of(Backups.FILES.get(0)) : Backups.FILES;
        }

        @Override
        public void backup(String file, Path zip) {
            if (file.equals(Backups.FILES.get(0))) {
                ledger.backupTo(zip);
                return;
            }
            try (Statement st = hub.createStatement()) {
                st.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
            } catch (SQLException e) {
                throw new IllegalStateException("backing up the hub database failed: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try {
                if (hub != null) {
                    hub.close();
                }
            } catch (SQLException ignored) {
                // closing: nothing to keep
            }
            ledger.close();
        }
    }

    static String readNode(Path data) {
        try {
            return Files.readString(data.resolve(DataFolder.NODE_ID)).strip();
        } catch (IOException e) {
            return "node";
        }
    }

    /** True when another process holds the database file (H2 locks it while open). */
    static boolean locked(Path dbFile) {
        if (!Files.exists(dbFile)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(dbFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = ch.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // this very process has it open
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code key=value} pairs a running app reports, or empty. */
    static Map<String, String> live(Path data) {
        return ControlSocket.ask(data, "status").filter(l -> !l.isEmpty() && l.get(0).equals("ok")).map(ControlSocket::pairs).orElse(Map.of());
    }
}
