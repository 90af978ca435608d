package org.timestation.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import org.timestation.audit.VerificationReport;
import org.timestation.audit.Verifier;
import org.timestation.ledger.h2.H2EventStore;

/**
 * 2. {@code verify} over the 1,000,000-event demo store against plain SHA-256 over the same bytes
 * read from the same database (every event row, in the same order).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class VerifyBenchmark {
    H2EventStore store;

    @Setup(Level.Trial)
    public void setUp() {
        Path dir = BigLedger.ensure();
        store = H2EventStore.openExisting(dir);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        store.close();
    }

    @Benchmark
    public VerificationReport verify() {
        VerificationReport r = Verifier.verify(store);
        if (!r.intact()) {
            throw new IllegalStateException(r.summary());
        }
        return r;
    }

    /** The baseline: read every event row and SHA-256 its bytes. */
    @Benchmark
    public long rawSha256() throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        long n = 0;
        try (PreparedStatement ps = store.connection().prepareStatement(
                "SELECT node_id, seq, hlc, type, payload, prev_hash, hash FROM event ORDER BY pos")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                byte[] num = new byte[16];
                while (rs.next()) {
                    md.update(rs.getString(1).getBytes(StandardCharsets.UTF_8));
                    long seq = rs.getLong(2);
                    long hlc = rs.getLong(3);
                    for (int i = 0; i < 8; i++) {
                        num[i] = (byte) (seq >>> (56 - 8 * i));
                        num[8 + i] = (byte) (hlc >>> (56 - 8 * i));
                    }
                    md.update(num);
                    md.update(rs.getString(4).getBytes(StandardCharsets.UTF_8));
                    md.update(rs.getString(5).getBytes(StandardCharsets.UTF_8));
                    md.update(rs.getBytes(6));
                    byte[] digest = md.digest();
                    n += digest[0] ^ rs.getBytes(7)[0];
                }
            }
        }
        store.connection().rollback();
        return n;
    }
}
