package org.timestation.bench;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import java.util.Random;
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
import org.timestation.community.Community;
import org.timestation.credit.Minutes;
import org.timestation.ledger.h2.H2EventStore;
import org.timestation.member.Member;

/**
 * 3. One member's balance with 1,000,000 events in the store, through the service a screen calls,
 * against a primary-key SELECT of that member's stored account row (the cheapest database read).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 5)
public class BalanceBenchmark {
    Community community;
    List<String> ids;
    Random random;
    PreparedStatement select;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        community = org.timestation.datafolder.DataFolder.at(BigLedger.ensure()).open(Clock.systemUTC());
        ids = community.members().all().stream().map(Member::id).toList();
        random = new Random(7);
        select = ((H2EventStore) community.store()).connection()
                .prepareStatement("SELECT v FROM projection WHERE kind = 'account' AND k = ?");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        select.close();
        community.close();
    }

    @Benchmark
    public Minutes balance() {
        return community.credits().balance(ids.get(random.nextInt(ids.size())));
    }

    @Benchmark
    public String storedRowSelect() throws Exception {
        select.setString(1, "member:" + ids.get(random.nextInt(ids.size())));
        try (ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }
}
