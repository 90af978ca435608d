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
        assertThat(verify.out().strip().lines()).hasSize(1);
        assertThat(verify.out()).contains("intact:").contains("5 feeds");
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
        assertThat(verify.err()).contains("NOT intact").containsPattern("station-b/\\d+: content does not match its hash");
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
        assertThat(verify.err()).contains("无法打开账本").contains("cannot open the ledger");
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
    void noSubcommandPrintsTheUsage() {
        Result r = run();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("demo").contains("verify").contains("rebuild");
    }

    @Test
    void staffListAndApproveKioskRegistrations(@TempDir Path dir) {
        run("demo", "--data", dir.toString(), "--members", "20", "--months", "1", "--until", "2026-11-01");
        org.timestation.demo.DemoCommunity.Persona p = org.timestation.demo.DemoCommunity.PERSONAS.get(org.timestation.demo.DemoCommunity.REGISTERED_PERSONAS);
        String id;
        try (org.timestation.community.Community c = org.timestation.community.Community.open(dir, "admin", java.time.Clock.systemDefaultZone())) {
            id = c.members().apply(new org.timestation.member.Registration(p.name(), p.gender(), p.birth(), "幸福里", p.idNumber(), p.phone(),
                    p.roles()), "864209", "864209").id();
        }
        Result list = run("applications", "--data", dir.toString());
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.out()).contains(id).contains("陈新").contains("138****0005").doesNotContain(p.idNumber());
        assertThat(run("applications", "--data", dir.toString(), "--approve", id, "--operator", "staff-1", "--reason", " ").exit()).isEqualTo(2);
        Result ok = run("applications", "--data", dir.toString(), "--approve", id, "--operator", "staff-1", "--reason", "核对原件 card checked");
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(run("applications", "--data", dir.toString()).out()).contains("waiting: 0");
        try (org.timestation.community.Community c = org.timestation.community.Community.open(dir, "admin", java.time.Clock.systemDefaultZone())) {
            assertThat(c.members().byIdNumber(p.idNumber())).isPresent();
        }
    }
}
