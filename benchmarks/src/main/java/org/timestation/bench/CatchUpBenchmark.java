package org.timestation.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.timestation.admin.hub.Hub;
import org.timestation.community.Community;
import org.timestation.datafolder.DataFolder;
import org.timestation.demo.DemoCommunity;
import org.timestation.ledger.Event;

/**
 * Catch-up (replication issue): a new station about 100,000 events behind enrolls with the hub over
 * HTTPS on loopback and pulls every page (in hybrid order) and takes them in, as {@code kiosk.jar
 * enroll} does: hashes, signatures, the projection and its stored rows, then it witnesses the log. Baseline, same run: the same rows inserted by plain JDBC batches
 * of the same size into a fresh H2 file with the event table ({@link RawInserts}' schema), one commit
 * per batch.
 */
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CatchUpBenchmark {
    /** About 100,000 events: 800 members, 26 months, 10 operations per station per day. */
    static final DemoCommunity.Options OPTIONS = new DemoCommunity.Options(800, 26, 1, LocalDate.of(2026, 11, 1), 10);

    /** The hub with the community's history, and a fresh folder for each catch-up. */
    @State(Scope.Benchmark)
    public static class Behind {
        Path dir;
        Hub hub;
        org.timestation.admin.hub.HubServer server;
        org.timestation.admin.hub.HubTls tls;
        java.net.URI url;
        org.timestation.sync.EnrollmentCode code;
        List<Event> rows;
        Path station;
        Path raw;
        int n;

        @Setup(Level.Trial)
        public void hub() throws Exception {
            BigLedger.FLYWAY.setLevel(java.util.logging.Level.WARNING);
            dir = Files.createTempDirectory("catch-up");
            DemoCommunity.Summary s = DemoCommunity.generate(dir.resolve("hub"), OPTIONS, DemoCommunity.ADMIN_NODE);
            System.err.printf("hub holds %d events%n", s.events());
            hub = Hub.open(dir.resolve("hub"), Clock.systemUTC());
            tls = org.timestation.admin.hub.HubTls.openOrCreate(dir.resolve("hub"), new SecureRandom());
            server = new org.timestation.admin.hub.HubServer(hub, tls, "127.0.0.1", 0, Clock.systemUTC());
            url = java.net.URI.create("https://127.0.0.1:" + server.start() + "/");
            rows = new ArrayList<>();
            hub.community().store().forEachEvent(rows::add);
        }

        @Setup(Level.Invocation)
        public void freshFolders() throws Exception {
            n++;
            station = dir.resolve("station-" + n);
            raw = dir.resolve("raw-" + n);
            Files.createDirectories(raw);
            String node = "station-z" + n;
            org.timestation.admin.hub.EnrollTokens.Issued t = hub.tokens().issue(node, node, java.time.Duration.ofHours(1), false, new SecureRandom());
            code = new org.timestation.sync.EnrollmentCode(url, tls.fingerprint(), t.tokenId(), t.secret(), node, t.expiresAt());
        }

        @TearDown(Level.Invocation)
        public void dropFolders() throws Exception {
            BigLedger.deleteTree(station);
            BigLedger.deleteTree(raw);
        }

        @TearDown(Level.Trial)
        public void close() throws Exception {
            server.close();
            hub.close();
            BigLedger.deleteTree(dir);
        }
    }

    @Benchmark
    public long catchUp(Behind b) {
        org.timestation.sync.StationSync.Outcome o = org.timestation.sync.StationSync.enroll(b.station, b.code, Clock.systemUTC(), new SecureRandom());
        if (o.exit() != 0) {
            throw new IllegalStateException(o.message().en());
        }
        try (Community c = DataFolder.at(b.station).open(Clock.systemUTC())) {
            long taken = c.store().eventCount();
            if (taken < b.rows.size()) {
                throw new IllegalStateException("caught up " + taken + " of " + b.rows.size());
            }
            System.err.printf("%s: %d events%n", o.code(), taken);
            return taken;
        }
    }

    @Benchmark
    public long rawBatchInserts(Behind b) throws SQLException {
        try (Connection conn = DriverManager.getConnection("jdbc:h2:file:" + b.raw.resolve("raw") + ";WRITE_DELAY=0", "sa", "")) {
            conn.setAutoCommit(false);
            RawInserts.createEventTable(conn);
            long n = 0;
            try (PreparedStatement insert = conn.prepareStatement(
                    "INSERT INTO event (node_id, seq, hlc, type, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (Event e : b.rows) {
                    insert.setString(1, e.nodeId());
                    insert.setLong(2, e.seq());
                    insert.setLong(3, e.hlc());
                    insert.setString(4, e.type());
                    insert.setString(5, e.payload());
                    insert.setBytes(6, e.prevHash().unsafeBytes());
                    insert.setBytes(7, e.hash().unsafeBytes());
                    insert.addBatch();
                    if (++n % Hub.PULL_LIMIT == 0) {
                        insert.executeBatch();
                        conn.commit();
                    }
                }
                insert.executeBatch();
                conn.commit();
            }
            return n;
        }
    }
}
