package org.timestation.datafolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timestation.audit.VerificationReport;
import org.timestation.audit.Verifier;
import org.timestation.community.Community;
import org.timestation.credit.Minutes;
import org.timestation.ledger.EventStore;
import org.timestation.ops.CtlMain;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

/**
 * Upgrades: a station's data folder written by the previous release (a fixture in the repository: ledger schema
 * V4, projection format 2; {@code EncodingStabilityTest} keeps release 0.1's) verifies as it is but for its stored
 * projection's older format, opens with this build, which migrates it, keeps every event, takes
 * new work, and verifies; a folder written by a newer release than this one is refused before anything reads or
 * migrates it, with a message that says to install the newer release or restore the pre-upgrade backup, and its
 * own exit code.
 */
class UpgradeTest {
    @TempDir
    Path dir;

    /** The fixture unpacked, with the permissions a data folder has (0700, keys 0600). */
    Path previousRelease() throws Exception {
        Path folder = dir.resolve("station");
        Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        try (InputStream in = UpgradeTest.class.getResourceAsStream("/upgrade/release-3f23dad-station-a.zip"); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                Path f = folder.resolve(e.getName());
                Files.copy(zip, f);
                Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
            }
        }
        return folder;
    }

    static VerificationReport verify(Path folder) {
        try (EventStore store = DataFolder.at(folder).openReadOnly()) {
            String own = store.meta("node").orElseThrow();
            return Verifier.verify(store, Clock.systemUTC(), own::equals);
        }
    }

    @Test
    void aFolderThePreviousReleaseWroteMigratesKeepsEveryEventAndVerifies() throws Exception {
        Path folder = previousRelease();
        VerificationReport before = verify(folder);
        assertThat(before.findings()).as("as the previous release left it: its events and signatures intact, only its stored projection "
                + "of the older format (rebuilt when it opens)").allMatch(f -> f.kind() == org.timestation.audit.Finding.Kind.PROJECTION);
        Map<String, ?> heads;
        long events;
        try (EventStore store = DataFolder.at(folder).openReadOnly()) {
            events = store.eventCount();
            heads = Map.copyOf(store.heads());
        }
        assertThat(events).isEqualTo(2_152);
        try (Community c = DataFolder.at(folder).open(Clock.systemUTC())) { // migrates to this release's schema
            assertThat(c.store().eventCount()).isEqualTo(events);
            assertThat(Map.copyOf(c.store().heads())).isEqualTo(heads);
            c.credits().reward(c.members().all().get(1).id(), Minutes.of(30), "读报 reading", "staff-1"); // and works on
        }
        assertThat(verify(folder).findings()).as("after the upgrade (the projection rebuilt) and new work").isEmpty();
    }

    @Test
    void aFolderANewerReleaseWroteIsRefusedBeforeAnythingReadsOrMigratesIt() throws Exception {
        Path folder = previousRelease();
        try (Community c = DataFolder.at(folder).open(Clock.systemUTC())) {
            c.seal();
        }
        // what a later release would leave: one more migration applied, and what it made
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("ledger"), "sa", "");
             java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE TABLE future_feature(id INT PRIMARY KEY)");
            st.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", \"script\", \"checksum\", "
                    + "\"installed_by\", \"installed_on\", \"execution_time\", \"success\") VALUES (99, '99', 'future feature', 'SQL', "
                    + "'V99__future_feature.sql', 0, 'sa', CURRENT_TIMESTAMP, 1, TRUE)");
        }
        byte[] file = Files.readAllBytes(folder.resolve("ledger.mv.db"));
        assertThatThrownBy(() -> DataFolder.at(folder).open(Clock.systemUTC())).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.LEDGER_FROM_NEWER_RELEASE);
            assertThat(e.text().zh()).contains("更新版本").contains("99").contains("备份");
            assertThat(e.text().en()).contains("newer release").contains("restore the backup");
        });
        assertThatThrownBy(() -> DataFolder.at(folder).openReadOnly()).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.LEDGER_FROM_NEWER_RELEASE));
        assertThat(Files.readAllBytes(folder.resolve("ledger.mv.db"))).as("nothing migrated or written").isEqualTo(file);

        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine cl = CtlMain.commandLine();
        cl.setErr(new java.io.PrintWriter(err, true));
        cl.setOut(new java.io.PrintWriter(new java.io.StringWriter(), true));
        assertThat(cl.execute("backup", "--data", folder.toString(), "--to", dir.resolve("b").toString())).isEqualTo(CtlMain.NEWER_RELEASE);
        assertThat(err.toString()).contains("newer release");
    }
}
