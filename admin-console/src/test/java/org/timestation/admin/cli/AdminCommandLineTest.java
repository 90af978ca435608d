package org.timestation.admin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminCommandLineTest {
    record Result(int exit, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AdminCommandLine.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void demoThenVerifyReportsAnIntactLedgerInOneLine(@TempDir Path dir) {
        Result demo = run("demo", "--data", dir.toString(), "--members", "30", "--months", "3", "--seed", "5", "--until", "2026-11-01");
        assertThat(demo.exit()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("30 members").contains("station-a");
        Result verify = run("verify", "--data", dir.toString());
        assertThat(verify.exit()).as(verify.err()).isZero();
        assertThat(verify.out().strip().lines()).as("the ledger, the hub's log (the console's folder holds it), the state").hasSize(3);
        assertThat(verify.out()).contains("intact:").contains("5 feeds").contains("community log intact").containsPattern("state: [0-9a-f]{64}");
    }

    @Test
    void verifyNamesTheNodeAndSeqOfATamperedEventAndExitsNonZero(@TempDir Path dir) throws Exception {
        run("demo", "--data", dir.toString(), "--members", "20", "--months", "1", "--until", "2026-11-01");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("ledger"), "sa", "");
             Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER event_append_only");
            int changed = st.executeUpdate("UPDATE event SET payload = REPLACE(payload, '\"legs\":[', '\"legs\":[ ') "
                    + "WHERE pos = (SELECT MIN(pos) FROM event WHERE node_id = 'station-b' AND type = 'credit.moved')");
            assertThat(changed).isEqualTo(1);
        }
        Result verify = run("verify", "--data", dir.toString());
        assertThat(verify.exit()).isEqualTo(1);
        assertThat(verify.err()).contains("NOT intact").containsPattern("station-b/\\d+: content does not match its hash")
                .contains("EVENT_APPEND_ONLY");
    }

    @Test
    void verifyCatchesAnEditedBalanceAndRebuildRepairsIt(@TempDir Path dir) throws Exception {
        run("demo", "--data", dir.toString(), "--members", "20", "--months", "1", "--until", "2026-11-01");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("ledger"), "sa", "");
             Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE projection SET v = '{\"b\":6000,\"lots\":[]}' WHERE kind = 'account' AND k = 'pool'");
        }
        assertThat(run("verify", "--data", dir.toString()).err()).contains("balance of pool");
        Result rebuild = run("rebuild", "--data", dir.toString());
        assertThat(rebuild.exit()).isZero();
        assertThat(rebuild.out()).contains("rebuilt");
        assertThat(run("verify", "--data", dir.toString()).exit()).isZero();
    }

    @Test
    void aFolderWithoutALedgerGetsAClearErrorAndIsLeftEmpty(@TempDir Path dir) throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Result verify = run("verify", "--data", empty.toString());
        assertThat(verify.exit()).isEqualTo(2);
        assertThat(verify.err()).contains("没有账本").contains("There is no ledger");
        try (var files = Files.list(empty)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void demoRefusesToOverwriteALedger(@TempDir Path dir) {
        run("demo", "--data", dir.toString(), "--members", "10", "--months", "1", "--until", "2026-11-01");
        Result again = run("demo", "--data", dir.toString(), "--members", "10", "--months", "1");
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("already holds a ledger");
    }

    @Test
    void staffListAndApproveKioskRegistrations(@TempDir Path dir) {
        run("demo", "--data", dir.toString(), "--members", "20", "--months", "1", "--until", "2026-11-01");
        org.timestation.demo.DemoCommunity.Persona p = org.timestation.demo.DemoCommunity.PERSONAS.get(org.timestation.demo.DemoCommunity.REGISTERED_PERSONAS);
        String id;
        try (org.timestation.community.Community c = org.timestation.datafolder.DataFolder.at(dir).open(java.time.Clock.systemDefaultZone())) {
            id = c.members().apply(new org.timestation.member.Registration(p.name(), p.gender(), p.birth(), "幸福里", p.idNumber(), p.phone(),
                    p.roles()), "864209", "864209").id();
        }
        Result list = run("applications", "--data", dir.toString());
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.out()).contains(id).contains("陈新").contains("138****0005").doesNotContain(p.idNumber());
        // --operator names a real staff member, listed by the staff command
        Result staff = run("staff", "--data", dir.toString());
        assertThat(staff.exit()).as(staff.err()).isZero();
        assertThat(staff.out()).contains("周*").doesNotContain("周敏").contains("staff");
        String staffId = staff.out().lines().filter(l -> l.contains("周*")).findFirst().orElseThrow().split("\\s+")[0];
        Result notStaff = run("applications", "--data", dir.toString(), "--approve", id, "--operator", "staff-1", "--reason", "核对原件 card checked");
        assertThat(notStaff.exit()).isEqualTo(2);
        assertThat(notStaff.err()).contains("不是这个账本里的工作人员").contains("not a staff member").doesNotContain("Exception");
        assertThat(run("applications", "--data", dir.toString(), "--approve", id, "--operator", staffId, "--reason", " ").exit()).isEqualTo(2);
        Result wrongId = run("applications", "--data", dir.toString(), "--approve", "A-nope", "--operator", staffId, "--reason", "核对原件 card checked");
        assertThat(wrongId.exit()).isEqualTo(2);
        assertThat(wrongId.err()).contains("登记申请").contains("registration").doesNotContain("求助").doesNotContain("request");
        Result ok = run("applications", "--data", dir.toString(), "--approve", id, "--operator", staffId, "--reason", "核对原件 card checked");
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(run("applications", "--data", dir.toString()).out()).as("the demo's own two still wait").contains("waiting: 2").doesNotContain(id);
        try (org.timestation.community.Community c = org.timestation.datafolder.DataFolder.at(dir).open(java.time.Clock.systemDefaultZone())) {
            assertThat(c.members().byIdNumber(p.idNumber())).isPresent();
        }
    }

    static String sha256(Path f) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    @Test
    void verifyRunsNothingPlantedInTheFileChangesNoByteAndSaysItWasChanged(@TempDir Path dir) throws Exception {
        run("demo", "--data", dir.toString(), "--members", "20", "--months", "1", "--until", "2026-11-01");
        Path marker = dir.getParent().resolve("verify-ran-planted-code-" + System.nanoTime());
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("ledger"), "sa", ""); Statement st = c.createStatement()) {
            st.execute("CREATE TRIGGER EVIL BEFORE SELECT ON event AS $$org.h2.api.Trigger create() { try { java.nio.file.Files.writeString("
                    + "java.nio.file.Path.of(\"" + marker + "\"), \"ran\"); } catch (Exception e) { } return new org.h2.api.Trigger() { "
                    + "public void fire(java.sql.Connection c, Object[] o, Object[] n) { } }; } $$");
        }
        Files.deleteIfExists(marker);
        String before = sha256(dir.resolve("ledger.mv.db"));
        Result verify = run("verify", "--data", dir.toString());
        assertThat(verify.exit()).isEqualTo(1);
        assertThat(verify.err()).contains("EVIL").contains("改动过").contains("changed outside the station software");
        assertThat(marker).as("the planted trigger did not run inside verify").doesNotExist();
        assertThat(sha256(dir.resolve("ledger.mv.db"))).isEqualTo(before);
        assertThat(run("rebuild", "--data", dir.toString()).exit()).as("nor does rebuild open it").isNotZero();
        assertThat(marker).doesNotExist();
    }

    @Test
    void verifyOfAnIntactFolderLeavesItByteIdentical(@TempDir Path dir) throws Exception {
        run("demo", "--data", dir.toString(), "--members", "20", "--months", "1", "--until", "2026-11-01");
        String before = sha256(dir.resolve("ledger.mv.db"));
        java.util.List<String> files;
        try (var list = Files.list(dir)) {
            files = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(run("verify", "--data", dir.toString()).exit()).isZero();
        assertThat(sha256(dir.resolve("ledger.mv.db"))).isEqualTo(before);
        try (var list = Files.list(dir)) {
            assertThat(list.map(p -> p.getFileName().toString()).sorted().toList()).isEqualTo(files);
        }
    }

    @Test
    void aLedgerANewerReleaseWroteIsRefusedByEveryCommandWithExitFour(@TempDir Path dir) throws Exception {
        run("demo", "--data", dir.toString(), "--members", "20", "--months", "1", "--until", "2026-11-01");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("ledger"), "sa", "");
             java.sql.Statement st = c.createStatement()) {
            st.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", \"script\", "
                    + "\"checksum\", \"installed_by\", \"installed_on\", \"execution_time\", \"success\") VALUES (99, '99', 'later', 'SQL', "
                    + "'V99__later.sql', 0, 'sa', CURRENT_TIMESTAMP, 1, TRUE)");
        }
        for (String[] args : new String[][] {{"verify", "--data", dir.toString()}, {"report", "--kind", "roster", "--data", dir.toString(), "--month", "2026-10",
                "--out", dir.resolve("r.csv").toString()}, {"ctl", "backup", "--data", dir.toString(), "--to", dir.resolve("b").toString()}}) {
            Result r = run(args);
            assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(4);
            assertThat(r.err()).as(args[0]).contains("更新版本").contains("newer release");
        }
    }

    @Test
    void verifyOfALedgerInUseByAnotherProgramExitsThreeAndSaysSo(@TempDir Path dir) throws Exception {
        run("demo", "--data", dir.toString(), "--members", "20", "--months", "1", "--until", "2026-11-01");
        try (org.timestation.ledger.h2.LedgerHolder kiosk = org.timestation.ledger.h2.LedgerHolder.holdOpen(dir)) {
            Result verify = run("verify", "--data", dir.toString());
            assertThat(verify.exit()).isEqualTo(3);
            assertThat(verify.err()).contains("正被另一个程序使用").contains("open in another program");
        }
        assertThat(run("verify", "--data", dir.toString()).exit()).isZero();
    }

    @Test
    void rebuildDoesNotLaunderATamperedLedgerUnlessForcedAndThenSaysWhatItOverrode(@TempDir Path dir) throws Exception {
        run("demo", "--data", dir.toString(), "--members", "20", "--months", "1", "--until", "2026-11-01");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("ledger"), "sa", ""); Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER event_append_only");
            st.executeUpdate("UPDATE event SET payload = REPLACE(payload, ',30]', ',3000]') WHERE pos = (SELECT MIN(pos) FROM event WHERE payload LIKE '%,30]%')");
            st.execute("CREATE TRIGGER event_append_only BEFORE UPDATE, DELETE ON event FOR EACH ROW CALL 'org.timestation.ledger.h2.AppendOnlyTrigger'");
            st.executeUpdate("UPDATE projection SET v = '{\"b\":6000,\"lots\":[]}' WHERE kind = 'account' AND k = 'pool'");
        }
        Result refused = run("rebuild", "--data", dir.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("拒绝重建").contains("--force").contains("content does not match its hash");
        assertThat(run("verify", "--data", dir.toString()).err()).as("the projection was left as evidence").contains("balance of pool");
        Result forced = run("rebuild", "--data", dir.toString(), "--force");
        assertThat(forced.exit()).isZero();
        assertThat(forced.err()).contains("--force").contains("content does not match its hash");
        Result after = run("verify", "--data", dir.toString());
        assertThat(after.exit()).as("rebuilding mends the projection, never the events").isEqualTo(1);
        assertThat(after.err()).contains("content does not match its hash").doesNotContain("balance of pool");
    }

    @Test
    void aLostKeyIsRestoredFromTheEncryptedBackupAndTheStationOpensAgain(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("station");
        run("demo", "--data", data.toString(), "--members", "12", "--months", "1", "--until", "2026-11-01", "--node", "station-a");
        Path pass = dir.resolve("pass.txt");
        Files.writeString(pass, "幸福里 备份 口令 2026\n");
        Path backup = dir.resolve("usb/station-a.tskeys");
        Result export = run("keys", "export", "--data", data.toString(), "--out", backup.toString(), "--passphrase-file", pass.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(java.nio.file.Files.getPosixFilePermissions(backup)).isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        assertThat(run("keys", "export", "--data", data.toString(), "--out", backup.toString(), "--passphrase-file", pass.toString()).exit())
                .as("never overwrites a backup").isEqualTo(2);

        byte[] communityKey = Files.readAllBytes(data.resolve("id-hash.key"));
        Files.delete(data.resolve("id-hash.key"));
        Files.delete(data.resolve("node-ed25519.key"));
        Result broken = run("applications", "--data", data.toString());
        assertThat(broken.exit()).isEqualTo(2);
        assertThat(broken.err()).contains("node-ed25519.key").contains("keys import");

        Path wrong = dir.resolve("wrong.txt");
        Files.writeString(wrong, "not the passphrase at all\n");
        Result refused = run("keys", "import", "--data", data.toString(), "--from", backup.toString(), "--passphrase-file", wrong.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("口令不对").contains("passphrase is wrong");
        assertThat(data.resolve("id-hash.key")).doesNotExist();

        Result restored = run("keys", "import", "--data", data.toString(), "--from", backup.toString(), "--passphrase-file", pass.toString());
        assertThat(restored.exit()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("node-ed25519.key").contains("id-hash.key");
        assertThat(Files.readAllBytes(data.resolve("id-hash.key"))).isEqualTo(communityKey);
        assertThat(run("applications", "--data", data.toString()).exit()).isZero();
    }

    @Test
    void anotherStationsBackupIsNotImportedIntoThisFolder(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        run("demo", "--data", a.toString(), "--members", "12", "--months", "1", "--until", "2026-11-01", "--node", "station-a");
        run("demo", "--data", b.toString(), "--members", "12", "--months", "1", "--until", "2026-11-01", "--node", "station-b");
        Path pass = dir.resolve("pass.txt");
        Files.writeString(pass, "幸福里 备份 口令 2026\n");
        run("keys", "export", "--data", b.toString(), "--out", dir.resolve("b.tskeys").toString(), "--passphrase-file", pass.toString());
        Files.delete(a.resolve("node-ed25519.key"));
        Result r = run("keys", "import", "--data", a.toString(), "--from", dir.resolve("b.tskeys").toString(), "--passphrase-file", pass.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("不属于这本账").contains("does not belong to this ledger");
        assertThat(a.resolve("node-ed25519.key")).doesNotExist();
    }

    @org.junit.jupiter.api.Test
    void noCommandPrintsTheUsageAndExitsTwo() {
        Result r = run();
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("请写要做什么").contains("say what to do").contains("verify").contains("demo");
    }

    @org.junit.jupiter.api.Test
    void everyBadArgumentIsExplainedInBothLanguagesWithoutAJavaName(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("a-file.txt"), "x");
        String[][] cases = {
            {"整数", "whole number", "demo", "--data", dir.resolve("d").toString(), "--months", "abc"},
            {"日期", "YYYY-MM-DD", "demo", "--data", dir.resolve("d").toString(), "--until", "2026-13-01"},
            {"不认识的参数", "unknown argument", "verify", "--data", dir.toString(), "--frobnicate"},
            {"缺少 --data", "--data is missing", "verify"},
            {"文件夹", "must be a folder", "verify", "--data", file.toString()},
            {"10 到 100000 之间", "between 10 and 100000", "demo", "--data", dir.resolve("d").toString(), "--members", "3"},
            {"1 到 120 之间", "between 1 and 120", "demo", "--data", dir.resolve("d").toString(), "--months", "0"},
            {"文件夹", "must be a folder", "demo", "--data", file.toString(), "--members", "10", "--months", "1"},
            {"--node 要写", "--node must be one of", "demo", "--data", dir.resolve("d").toString(), "--node", "station-z"},
            {"后面要写要做的事：export、import", "needs what to do after it", "keys"},
            {"文件已存在", "never overwritten", "keys", "export", "--data", dir.toString(), "--out", file.toString(), "--passphrase-file", file.toString()},
            {"找不到备份文件", "no backup file", "keys", "import", "--data", dir.toString(), "--from", dir.resolve("none").toString(),
                "--passphrase-file", file.toString()},
        };
        for (String[] c : cases) {
            Result r = run(java.util.Arrays.copyOfRange(c, 2, c.length));
            assertThat(r.exit()).as(String.join(" ", c)).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", c)).contains(c[0]).contains(c[1])
                    .doesNotContain("Exception").doesNotContain("java.").doesNotContain("picocli");
        }
        assertThat(java.nio.file.Files.readString(file)).as("a file given as --data is left as it was").isEqualTo("x");
        assertThat(java.nio.file.Files.exists(dir.resolve("d"))).as("nothing made").isFalse();
    }
}
