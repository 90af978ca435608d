package org.timestation.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.timestation.community.Community;
import org.timestation.credit.Minutes;
import org.timestation.ledger.NodeIdentity;
import org.timestation.ledger.h2.H2EventStore;
import org.timestation.member.Gender;
import org.timestation.member.IdNumberHasher;
import org.timestation.member.IdNumbers;
import org.timestation.member.Member;
import org.timestation.member.Registration;
import org.timestation.member.Role;

/**
 * 1. Credit transfers through the whole path (validation, event, hash, projection, checkpoint
 * policy, commit) against raw JDBC batch inserts of rows of the same size into H2, both on files in
 * the same folder with the same settings, both 100 per commit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
public class AppendBenchmark {
    static final int BATCH = 100;
    Path dir;
    Community community;
    List<String> members;
    List<String> idNumbers;
    Random random;
    RawInserts raw;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        BigLedger.FLYWAY.setLevel(java.util.logging.Level.WARNING);
        dir = Files.createTempDirectory("bench-append");
        H2EventStore store = H2EventStore.open(dir.resolve("ledger"));
        community = new Community(store, true, NodeIdentity.generate("station-bench", new SecureRandom()),
                new IdNumberHasher(new byte[32]), Clock.systemUTC());
        members = new ArrayList<>();
        idNumbers = new ArrayList<>();
        LocalDate birth = LocalDate.of(1980, 1, 1);
        community.write(sink -> {
            for (int i = 0; i < 1000; i++) {
                String first17 = "310104" + birth.plusDays(i).toString().replace("-", "") + String.format("%03d", i % 1000);
                Member m = community.members().register(new Registration("会员" + i, Gender.FEMALE, birth.plusDays(i), "幸福里" + i,
                        first17 + IdNumbers.checkDigit(first17), "13800000000", EnumSet.of(Role.MEMBER)));
                members.add(m.id());
                idNumbers.add(first17 + IdNumbers.checkDigit(first17));
                community.credits().reward(m.id(), Minutes.ofCredits(100), "bench", "staff-1");
            }
            return null;
        });
        random = new Random(1);
        // one real transfer event, for the size of the raw rows
        String samplePayload = community.store().feed("station-bench", community.store().head("station-bench").seq() - 1, 1).get(0).payload();
        raw = new RawInserts(Files.createDirectories(dir.resolve("raw")), "credit.moved", samplePayload);
        rawWithoutHybridIndex = new RawInserts(Files.createDirectories(dir.resolve("raw-v3")), "credit.moved", samplePayload, false);
    }

    RawInserts rawWithoutHybridIndex;

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        community.close();
        raw.close();
        rawWithoutHybridIndex.close();
        BigLedger.deleteTree(dir);
    }

    /** A person gives another a minute, 100 times in one commit: the whole path. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public Object ledgerTransfers() {
        return community.write(sink -> {
            Object last = null;
            for (int i = 0; i < BATCH; i++) {
                int a = random.nextInt(members.size());
                int b = random.nextInt(members.size());
                if (a == b) {
                    b = (a + 1) % members.size();
                }
                // the giver taps their card: spending needs it, so the whole path includes it
                last = community.credits().gift(community.members().identifyByCard(idNumbers.get(a)), members.get(b), Minutes.of(1), null);
            }
            return last;
        });
    }

    /** The baseline: 100 rows of the same size, inserted by JDBC batch in one commit. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int[] rawInserts() throws Exception {
        return raw.insertAndCommit(BATCH);
    }

    /** The baseline as it was before the event table had its hybrid-order index (V4): one index fewer to keep, faster. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int[] rawInsertsWithoutHybridIndex() throws Exception {
        return rawWithoutHybridIndex.insertAndCommit(BATCH);
    }
}
