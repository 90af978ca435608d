package org.timestation.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timestation.audit.VerificationReport;
import org.timestation.audit.Verifier;
import org.timestation.community.Community;
import org.timestation.credit.Minutes;
import org.timestation.datafolder.DataFolder;
import org.timestation.demo.DemoCommunity;
import org.timestation.ledger.EventStore;
import picocli.CommandLine;

/**
 * timestation-ctl on a demo station: a backup taken offline and one taken through a running app's control
 * socket both restore to the same events, heads and projection, and verify; a backup is written whole or not
 * at all and only the newest N are kept; restore refuses while the app runs and refuses a backup that does
 * not verify (or is another node's), leaving the ledger as it was; compaction shrinks the file and changes
 * no state; status says what a technician needs.
 */
class CtlTest {
    @TempDir
    static Path dir;
    static Path template;

    @BeforeAll
    static void demo() {
        template = dir.resolve("template");
        DemoCommunity.generate(template, DemoCommunity.Options.of(40, 2, 5, LocalDate.now()), "station-a");
    }

    /** A fresh copy of the demo station's folder. */
    static Path station(String name) throws Exception {
        Path to = dir.resolve(name);
        try (Stream<Path> all = Files.walk(template)) {
            for (Path p : all.toList()) {
                Path q = to.resolve(template.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(q);
                } else {
                    Files.copy(p, q, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }

    record Run(int exit, String out, String err) {
    }

    static Run ctl(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = CtlMain.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** What must survive a backup and restore: every event, every feed's head, the projection's digest. */
    record State(long events, Map<String, ?> heads, String digest) {
    }

    static State state(Path folder) {
        try (Community c = DataFolder.at(folder).open(Clock.systemUTC())) {
            return new State(c.store().eventCount(), Map.copyOf(c.store().heads()), c.inspect(s -> s.digest()));
        }
    }

    static void intact(Path folder) {
        try (EventStore store = DataFolder.at(folder).openReadOnly()) {
            String own = store.meta("node").orElseThrow();
            VerificationReport r = Verifier.verify(store, Clock.systemUTC(), own::equals);
            assertThat(r.findings()).as("verify " + folder).isEmpty();
        }
    }

    @Test
    void anOfflineBackupRestoresToTheSameLedgerAndVerifies() throws Exception {
        Path a = station("offline");
        State before = state(a);
        Path backups = dir.resolve("offline-backups");
        Run b = ctl("backup", "--data", a.toString(), "--to", backups.toString());
        assertThat(b.exit()).as(b.err()).isZero();
        List<Path> taken = Backups.list(backups, "station-a");
        assertThat(taken).hasSize(1);
        assertThat(b.out()).contains(taken.get(0).getFileName().toString());
        // the station goes on working, then is restored to the backup: back to exactly what was backed up
        try (Community c = DataFolder.at(a).open(Clock.systemUTC())) {
            c.credits().reward(c.members().all().get(3).id(), Minutes.of(30), "读报 reading", "staff-1");
        }
        assertThat(state(a).events()).isGreaterThan(before.events());
        Run r = ctl("restore", "--data", a.toString(), "--from", taken.get(0).toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(state(a)).isEqualTo(before);
        intact(a);
        try (Stream<Path> files = Files.list(a)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("the replaced ledger is kept beside it")
                    .anyMatch(n -> n.startsWith("ledger.mv.db.before-restore-")).noneMatch(n -> n.equals(".restore"));
        }
    }

    @Test
    void aBackupTakenThroughARunningAppsControlSocketIsConsistentAndTheAppGoesOn() throws Exception {
        Path a = station("online");
        Path backups = dir.resolve("online-backups");
        State atBackup;
        try (Community c = DataFolder.at(a).open(Clock.systemUTC());
             ControlSocket control = ControlSocket.open(a, new CommunityStation(c, Map.of(), () -> Map.of("last-sync", "从未 never")),
                     Clock.systemUTC())) {
            c.credits().reward(c.members().all().get(2).id(), Minutes.of(15), "陪聊 company", "staff-1");
            Run b = ctl("backup", "--data", a.toString(), "--to", backups.toString(), "--keep", "3");
            assertThat(b.exit()).as(b.err()).isZero();
            atBackup = new State(c.store().eventCount(), Map.copyOf(c.store().heads()), c.inspect(s -> s.digest()));
            c.credits().reward(c.members().all().get(2).id(), Minutes.of(15), "陪聊 company", "staff-1"); // still takes writes
            Run s = ctl("status", "--data", a.toString(), "--backups", backups.toString());
            assertThat(s.exit()).isZero();
            assertThat(s.out()).contains("station-a").contains("是 yes").contains("ledger-station-a-").contains("未登记");
            Run r = ctl("restore", "--data", a.toString(), "--from", Backups.list(backups, "station-a").get(0).toString());
            assertThat(r.exit()).as("refused while the app runs").isEqualTo(CtlMain.IN_USE);
            assertThat(r.err()).contains("systemctl stop");
        }
        Path copy = station("online-restored");
        Run r = ctl("restore", "--data", copy.toString(), "--from", Backups.list(backups, "station-a").get(0).toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(state(copy)).isEqualTo(atBackup);
        intact(copy);
    }

    @Test
    void aBackupIsWholeOrNotThereAndOnlyTheNewestAreKept() throws Exception {
        Path backups = dir.resolve("kept");
        Backups.Source source = new Backups.Source() {
            int calls;

            @Override
            public List<String> files() {
                return List.of("ledger.mv.db");
            }

            @Override
            public void backup(String file, Path zip) {
                calls++;
                if (calls == 4) {
                    throw new IllegalStateException("the disk filled up half-way");
                }
                try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
                    out.putNextEntry(new java.util.zip.ZipEntry("ledger.mv.db"));
                    out.write(("ledger " + calls).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    out.closeEntry();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        Clock[] clocks = new Clock[5];
        for (int i = 0; i < 5; i++) {
            clocks[i] = Clock.fixed(java.time.Instant.parse("2026-11-0" + (i + 1) + "T03:30:00Z"), java.time.ZoneOffset.UTC);
        }
        for (int i = 0; i < 3; i++) {
            Backups.take(source, "station-a", backups, 2, clocks[i]);
        }
        assertThat(Backups.list(backups, "station-a")).extracting(p -> p.getFileName().toString())
                .containsExactly("ledger-station-a-20261102-033000.zip", "ledger-station-a-20261103-033000.zip");
        assertThatThrownBy(() -> Backups.take(source, "station-a", backups, 2, clocks[3])).hasMessageContaining("half-way");
        try (Stream<Path> files = Files.list(backups)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no part file, and the backups already there are kept")
                    .containsExactlyInAnyOrder("ledger-station-a-20261102-033000.zip", "ledger-station-a-20261103-033000.zip");
        }
        Backups.take(source, "station-a", backups, 2, clocks[4]);
        assertThat(Backups.list(backups, "station-a")).hasSize(2).last().satisfies(p -> assertThat(p.getFileName().toString()).contains("20261105"));

        // another node whose id starts the same shares the folder: its backups are neither counted nor pruned; a part file
        // a power cut left is cleared; backups are readable by the station's account alone
        Path neighbours = Files.writeString(backups.resolve("ledger-station-a-2-20261101-033000.zip"), "another node's");
        Path leftOver = Files.writeString(backups.resolve(".ledger-station-a-20261106-033000.zip.part"), "half");
        Clock later = Clock.fixed(java.time.Instant.parse("2026-11-07T03:30:00Z"), java.time.ZoneOffset.UTC);
        Backups.Taken t = Backups.take(source, "station-a", backups, 2, later);
        assertThat(Backups.list(backups, "station-a")).hasSize(2).doesNotContain(neighbours);
        assertThat(neighbours).exists();
        assertThat(leftOver).doesNotExist();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(t.file()))).isEqualTo("rw-------");
    }

    @Test
    void aRestoreThatFailsHalfWayPutsBackWhatItMoved() throws Exception {
        Path a = station("half-way");
        byte[] ledger = Files.readAllBytes(a.resolve("ledger.mv.db"));
        Path work = Files.createDirectory(a.resolve(".restore"));
        Files.writeString(work.resolve("ledger.mv.db"), "the restored ledger");
        Files.writeString(a.resolve("hub.mv.db"), "the hub's own"); // the backup's second file never arrives in work: the second move fails
        assertThatThrownBy(() -> CtlMain.swap(a, work, List.of("ledger.mv.db", "hub.mv.db"), "20261130-120000"))
                .isInstanceOf(java.io.IOException.class);
        assertThat(Files.readAllBytes(a.resolve("ledger.mv.db"))).as("the ledger as it was").isEqualTo(ledger);
        assertThat(Files.readString(a.resolve("hub.mv.db"))).isEqualTo("the hub's own");
        assertThat(names(a)).noneMatch(n -> n.contains("before-restore"));
    }

    @Test
    void anAppThatDoesNotAnswerIsSaidToBeStuckAndNobodyWaitsForEver() throws Exception {
        Path a = station("stuck");
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        try (Community c = DataFolder.at(a).open(Clock.systemUTC());
             ControlSocket control = ControlSocket.open(a, new CommunityStation(c, Map.of(), () -> {
                 try {
                     release.await(); // a frozen app
                 } catch (InterruptedException e) {
                     Thread.currentThread().interrupt();
                 }
                 return Map.of();
             }), Clock.systemUTC())) {
            long t0 = System.nanoTime();
            java.util.Optional<List<String>> answer = ControlSocket.ask(a, "status", java.time.Duration.ofMillis(500));
            assertThat(answer).hasValueSatisfying(l -> assertThat(l.get(0)).startsWith("error").contains("did not answer"));
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - t0)).isLessThan(java.time.Duration.ofSeconds(20));
            release.countDown();
        }
    }

    @Test
    void aBackupThatDoesNotVerifyOrIsAnotherNodesIsNotRestoredAndTheLedgerStaysAsItWas() throws Exception {
        Path a = station("tampered");
        Path backups = dir.resolve("tampered-backups");
        assertThat(ctl("backup", "--data", a.toString(), "--to", backups.toString()).exit()).isZero();
        Path good = Backups.list(backups, "station-a").get(0);
        // an insider edits the backup: one event's payload changed inside the zip's database
        Path work = dir.resolve("tamper-work");
        Files.createDirectories(work);
        Backups.unpack(good, work, p -> {
        });
        for (String key : DataFolder.KEY_FILES) {
            Files.copy(a.resolve(key), work.resolve(key), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + work.resolve("ledger"), "sa", "");
             java.sql.Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER IF EXISTS event_append_only"); // what an insider with the file can do
            int changed = st.executeUpdate("UPDATE event SET payload = REPLACE(payload, '\"minutes\":', '\"minutes\":9') WHERE type = 'credit.moved' "
                    + "AND seq = (SELECT MIN(seq) FROM event WHERE type = 'credit.moved')");
            assertThat(changed).isPositive();
        }
        Path forged = backups.resolve("forged.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(forged))) {
            out.putNextEntry(new java.util.zip.ZipEntry("ledger.mv.db"));
            Files.copy(work.resolve("ledger.mv.db"), out);
            out.closeEntry();
        }
        State before = state(a);
        byte[] ledgerBefore = Files.readAllBytes(a.resolve("ledger.mv.db"));
        Run r = ctl("restore", "--data", a.toString(), "--from", forged.toString());
        assertThat(r.exit()).isEqualTo(CtlMain.FAILED);
        assertThat(r.err()).contains("没有通过核验").contains("did not verify");
        assertThat(Files.readAllBytes(a.resolve("ledger.mv.db"))).isEqualTo(ledgerBefore);
        assertThat(state(a)).isEqualTo(before);

        Path other = dir.resolve("other-node");
        DemoCommunity.generate(other, DemoCommunity.Options.of(20, 1, 9, LocalDate.now()), "station-b");
        Path otherBackups = dir.resolve("other-backups");
        assertThat(ctl("backup", "--data", other.toString(), "--to", otherBackups.toString()).exit()).isZero();
        Run wrong = ctl("restore", "--data", a.toString(), "--from", Backups.list(otherBackups, "station-b").get(0).toString());
        assertThat(wrong.exit()).isEqualTo(CtlMain.FAILED);
        assertThat(wrong.err()).contains("station-b").contains("another node");
        assertThat(state(a)).isEqualTo(before);

        Path notAZip = Files.writeString(backups.resolve("half.zip"), "PK\u0003\u0004 half a file");
        assertThat(ctl("restore", "--data", a.toString(), "--from", notAZip.toString()).exit()).isEqualTo(CtlMain.FAILED);
        assertThat(state(a)).isEqualTo(before);
    }

    @Test
    void compactionShrinksTheFileAndChangesNoState() throws Exception {
        Path a = station("compact");
        try (Community c = DataFolder.at(a).open(Clock.systemUTC())) {
            for (int i = 0; i < 300; i++) { // durable single commits leave old pages behind (decision 0004)
                c.credits().reward(c.members().all().get(i % 10 + 1).id(), Minutes.of(1), "整理图书 library", "staff-1");
            }
        }
        State before = state(a);
        long sizeBefore = Files.size(a.resolve("ledger.mv.db"));
        Run r = ctl("compact", "--data", a.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.size(a.resolve("ledger.mv.db"))).isLessThan(sizeBefore);
        assertThat(state(a)).isEqualTo(before);
        intact(a);
    }

    @Test
    void usageErrorsAreSaidInBothLanguages() {
        Run none = ctl("backup", "--data", dir.resolve("nowhere").toString(), "--to", dir.toString());
        assertThat(none.exit()).isEqualTo(CtlMain.USAGE);
        assertThat(none.err()).contains("没有这个数据文件夹").contains("there is no data folder");
        Run keep = ctl("backup", "--data", template.toString(), "--to", dir.resolve("k").toString(), "--keep", "0");
        assertThat(keep.exit()).isEqualTo(CtlMain.USAGE);
        Run missing = ctl("restore", "--data", template.toString(), "--from", dir.resolve("no.zip").toString());
        assertThat(missing.exit()).isEqualTo(CtlMain.USAGE);
        assertThat(missing.err()).contains("没有这个备份文件");
    }

    static void deleteTree(Path p) throws Exception {
        try (Stream<Path> all = Files.walk(p)) {
            for (Path q : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }

    static List<String> names(Path folder) throws Exception {
        List<String> out = new ArrayList<>();
        try (Stream<Path> all = Files.list(folder)) {
            all.forEach(p -> out.add(p.getFileName().toString()));
        }
        return out;
    }
}
