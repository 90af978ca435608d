package org.timestation.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.timestation.exchange.Candidate;
import org.timestation.exchange.PostRequest;
import org.timestation.exchange.Request;
import org.timestation.catalogue.ServiceType;
import org.timestation.ledger.InMemoryEventStore;
import org.timestation.ledger.NodeIdentity;
import org.timestation.ledger.h2.H2EventStore;
import org.timestation.member.Gender;
import org.timestation.member.IdNumberHasher;
import org.timestation.member.IdNumbers;
import org.timestation.member.Member;
import org.timestation.member.Registration;
import org.timestation.member.Role;
import org.timestation.time.ManualClock;

/**
 * Issue 3's benchmarks. (a) Ranking the candidates of one request among 10,000 volunteers with
 * 100,000 past exchanges behind them (target p99 ≤ 5 ms). (b) Settling exchanges end to end
 * (post, accept, start, end, confirm with the payment, both sides' trust changes; eight events each), 100 exchanges per commit on
 * an H2 file, against raw JDBC batch inserts of rows of the same size in the same run.
 */
public class ExchangeBenchmark {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The benchmark members' made-up ID numbers, by member id: confirming help needs the requester's card. */
    static final java.util.Map<String, String> ID_NUMBERS = new java.util.concurrent.ConcurrentHashMap<>();

    static Member register(Community c, int i, Role... roles) {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(i % 15_000);
        String first17 = "440106" + birth.toString().replace("-", "") + String.format("%03d", i % 1000);
        EnumSet<Role> rs = EnumSet.of(Role.MEMBER);
        rs.addAll(List.of(roles));
        String idNumber = first17 + IdNumbers.checkDigit(first17);
        Member m = c.members().register(new Registration("居民" + i, i % 2 == 0 ? Gender.FEMALE : Gender.MALE, birth, "幸福里", idNumber,
                "13900000000", rs));
        ID_NUMBERS.put(m.id(), idNumber);
        return m;
    }

    /** The member taps their card at the kiosk (as the requester does to confirm help). */
    static org.timestation.member.Identified tap(Community c, Member m) {
        return c.members().identifyByCard(ID_NUMBERS.get(m.id()));
    }

    /** A community of 10,000 volunteers over 40 buildings and 100,000 settled exchanges. */
    @State(Scope.Benchmark)
    public static class Matching {
        Community community;
        List<String> openRequests = new ArrayList<>();
        Random random = new Random(3);

        @Setup(Level.Trial)
        public void setUp() {
            ManualClock clock = new ManualClock(Instant.parse("2026-01-05T01:00:00Z"), ZONE);
            community = new Community(new InMemoryEventStore(), true, NodeIdentity.generate("station-bench", new SecureRandom()),
                    new IdNumberHasher(new byte[32]), clock);
            List<Member> volunteers = new ArrayList<>();
            List<Member> elders = new ArrayList<>();
            community.write(sink -> {
                for (int b = 0; b < 40; b++) {
                    community.places().addBuilding("B" + b, "楼" + b, 31_230_000 + (b / 8) * 4_000L, 121_470_000 + (b % 8) * 4_500L, "staff");
                }
                community.credits().fundPool(Minutes.ofCredits(100), "bench", "staff");
                return null;
            });
            int serial = 0;
            for (int chunk = 0; chunk < 10; chunk++) {
                int base = serial;
                community.write(sink -> {
                    for (int i = 0; i < 1000; i++) {
                        Member v = register(community, base + i, Role.VOLUNTEER);
                        community.places().setHome(v.id(), "B" + ((base + i) % 40), "staff");
                        community.volunteers().setProfile(v.id(), EnumSet.allOf(ServiceType.class), true, true, true, false, "staff", "ok");
                        volunteers.add(v);
                    }
                    return null;
                });
                serial += 1000;
            }
            int eldersBase = serial;
            community.write(sink -> {
                for (int i = 0; i < 500; i++) {
                    Member e = register(community, eldersBase + i);
                    community.places().setHome(e.id(), "B" + (i % 40), "staff");
                    elders.add(e);
                    for (int k = 0; k < 17; k++) {
                        community.credits().reward(e.id(), Minutes.ofCredits(100), "bench", "staff");
                    }
                }
                return null;
            });
            // 100,000 past exchanges, settled through the real path
            for (int chunk = 0; chunk < 100; chunk++) {
                community.write(sink -> {
                    for (int i = 0; i < 1000; i++) {
                        Member e = elders.get(random.nextInt(elders.size()));
                        Member v = volunteers.get(random.nextInt(volunteers.size()));
                        Request r = community.exchanges().post(PostRequest.of(e.id(), ServiceType.COMPANY, clock.instant(), "B" + random.nextInt(40)));
                        community.exchanges().accept(r.id(), v.id());
                        community.exchanges().start(r.id(), v.id());
                        clock.advance(Duration.ofSeconds(30));
                        community.exchanges().end(r.id(), v.id());
                        community.exchanges().confirm(r.id(), tap(community, e), Minutes.of(1));
                        community.exchanges().rate(r.id(), e.id(), 1 + random.nextInt(5), null);
                    }
                    return null;
                });
            }
            community.write(sink -> {
                for (int i = 0; i < 200; i++) {
                    Member e = elders.get(random.nextInt(elders.size()));
                    openRequests.add(community.exchanges().post(PostRequest.of(e.id(), ServiceType.values()[i % 9],
                            clock.instant().plus(Duration.ofHours(1)), "B" + random.nextInt(40))).id());
                }
                return null;
            });
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            community.close();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(value = 1, jvmArgs = {"-Xmx8g"})
    @Warmup(iterations = 3, time = 3)
    @Measurement(iterations = 5, time = 5)
    public List<Candidate> matchOneRequest(Matching m) {
        return m.community.exchanges().candidates(m.openRequests.get(m.random.nextInt(m.openRequests.size())));
    }

    /**
     * Baseline for matching, in the same run: the least any ranking of 10,000 volunteers must do,
     * copy one long key per volunteer and sort them.
     */
    @State(Scope.Benchmark)
    public static class Keys {
        long[] keys = new Random(7).longs(10_000).toArray();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(value = 1, jvmArgs = {"-Xmx8g"})
    @Warmup(iterations = 3, time = 3)
    @Measurement(iterations = 5, time = 5)
    public long[] sortTenThousandKeysBaseline(Keys k) {
        long[] copy = k.keys.clone();
        java.util.Arrays.sort(copy);
        return copy;
    }

    /** Exchanges settled end to end on an H2 file, and the raw-insert baseline beside it. */
    @State(Scope.Benchmark)
    public static class Settling {
        static final int BATCH = 100;
        Community community;
        List<Member> volunteers = new ArrayList<>();
        List<Member> elders = new ArrayList<>();
        ManualClock clock = new ManualClock(Instant.parse("2026-01-05T01:00:00Z"), ZONE);
        Random random = new Random(5);
        RawInserts raw;
        Path dir;

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            BigLedger.FLYWAY.setLevel(java.util.logging.Level.WARNING);
            dir = Files.createTempDirectory("bench-settle");
            community = new Community(H2EventStore.open(dir.resolve("ledger")), true, NodeIdentity.generate("station-bench", new SecureRandom()),
                    new IdNumberHasher(new byte[32]), clock);
            community.write(sink -> {
                community.places().addBuilding("B0", "楼", 31_230_000, 121_470_000, "staff");
                for (int i = 0; i < 300; i++) {
                    Member v = register(community, i, Role.VOLUNTEER);
                    community.places().setHome(v.id(), "B0", "staff");
                    community.volunteers().setProfile(v.id(), EnumSet.allOf(ServiceType.class), true, true, true, false, "staff", "ok");
                    volunteers.add(v);
                }
                for (int i = 0; i < 300; i++) {
                    Member e = register(community, 300 + i);
                    elders.add(e);
                    for (int k = 0; k < 10; k++) {
                        community.credits().reward(e.id(), Minutes.ofCredits(100), "bench", "staff");
                    }
                }
                return null;
            });
            String samplePayload = community.store().feed("station-bench", community.store().head("station-bench").seq() - 1, 1).get(0).payload();
            raw = new RawInserts(Files.createDirectories(dir.resolve("raw")), "exchange.confirmed", samplePayload);
        }

        @TearDown(Level.Trial)
        public void tearDown() throws Exception {
            community.close();
            raw.close();
            BigLedger.deleteTree(dir);
        }
    }

    /** One whole exchange (eight events: post, accept, start, end, payment, confirmation, two trust changes), 100 per commit. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Fork(value = 1, jvmArgs = {"-Xmx4g"})
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 5, time = 8)
    @OperationsPerInvocation(Settling.BATCH)
    public Object settleExchanges(Settling s) {
        return s.community.write(sink -> {
            Object last = null;
            for (int i = 0; i < Settling.BATCH; i++) {
                Member e = s.elders.get(s.random.nextInt(s.elders.size()));
                Member v = s.volunteers.get(s.random.nextInt(s.volunteers.size()));
                Request r = s.community.exchanges().post(PostRequest.of(e.id(), ServiceType.REPAIR, s.clock.instant(), "B0"));
                s.community.exchanges().accept(r.id(), v.id());
                s.community.exchanges().start(r.id(), v.id());
                s.clock.advance(Duration.ofSeconds(60));
                s.community.exchanges().end(r.id(), v.id());
                last = s.community.exchanges().confirm(r.id(), tap(s.community, e), Minutes.of(1));
            }
            return last;
        });
    }

    /** Baseline: 800 rows (eight per exchange: six exchange and credit events, two trust changes) of the same size by JDBC batch, in one commit. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Fork(value = 1, jvmArgs = {"-Xmx4g"})
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 5, time = 8)
    @OperationsPerInvocation(Settling.BATCH)
    public int[] rawInsertsEightPerExchange(Settling s) throws Exception {
        return s.raw.insertAndCommit(Settling.BATCH * 8);
    }
}
