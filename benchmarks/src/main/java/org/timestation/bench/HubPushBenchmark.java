package org.timestation.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.timestation.admin.hub.EnrollTokens;
import org.timestation.admin.hub.Hub;
import org.timestation.admin.hub.HubServer;
import org.timestation.admin.hub.HubTls;
import org.timestation.community.Community;
import org.timestation.credit.Minutes;
import org.timestation.datafolder.DataFolder;
import org.timestation.demo.DemoCommunity;
import org.timestation.ledger.Event;
import org.timestation.ledger.FeedHead;
import org.timestation.ledger.NodeIdentity;
import org.timestation.sync.EnrollmentCode;
import org.timestation.sync.HubClient;
import org.timestation.sync.StationSync;
import org.timestation.sync.Wire;

/**
 * The hub's push latency with 20 stations pushing at once over HTTPS on loopback (replication issue):
 * each push carries one new event of the station's own feed and its signed checkpoint; the hub checks
 * the chain, the signature and every rule, commits, logs and signs a checkpoint. Baseline, same run and
 * same 20 threads: {@code GET /log/key}, the cheapest request over the same TLS connections.
 */
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 4, time = 10)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(20)
public class HubPushBenchmark {
    /** The hub, on loopback, over a small demo community. */
    @State(Scope.Benchmark)
    public static class HubState {
        Path dir;
        Hub hub;
        HubTls tls;
        HubServer server;
        URI uri;
        final AtomicInteger next = new AtomicInteger();

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            dir = Files.createTempDirectory("hub-bench");
            DemoCommunity.generate(dir.resolve("hub"), DemoCommunity.Options.of(40, 1, 5, LocalDate.now().minusDays(2)));
            hub = Hub.open(dir.resolve("hub"), Clock.systemUTC());
            tls = HubTls.openOrCreate(dir.resolve("hub"), new SecureRandom());
            server = new HubServer(hub, tls, "127.0.0.1", 0, Clock.systemUTC());
            uri = URI.create("https://127.0.0.1:" + server.start() + "/");
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            server.close();
            hub.close();
        }
    }

    /** One enrolled station per benchmark thread. */
    @State(Scope.Thread)
    public static class Station {
        Community community;
        NodeIdentity key;
        HubClient client;
        String node;
        String memberId;

        @Setup(Level.Trial)
        public void setUp(HubState h) {
            node = "bench-" + h.next.getAndIncrement();
            Path folder = h.dir.resolve(node);
            EnrollTokens.Issued t = h.hub.tokens().issue(node, node, Duration.ofHours(1), false, new SecureRandom());
            StationSync.Outcome o = StationSync.enroll(folder, new EnrollmentCode(h.uri, h.tls.fingerprint(), t.tokenId(), t.secret(), node,
                    t.expiresAt()), Clock.systemUTC(), new SecureRandom());
            if (o.exit() != 0) {
                throw new IllegalStateException(o.message().en());
            }
            community = DataFolder.at(folder).open(Clock.systemUTC());
            key = DataFolder.at(folder).keys().node();
            client = new HubClient(h.uri, h.tls.fingerprint(), key, Clock.systemUTC());
            memberId = community.members().all().get(1).id();
        }

        String batch;

        /** The station's next event, made (and committed at the station) outside the measured time. */
        @Setup(Level.Invocation)
        public void nextEvent() {
            community.credits().reward(memberId, Minutes.of(5), "打扫 cleaning", "staff-1");
            FeedHead head = community.store().head(node);
            List<Event> one = community.store().feed(node, head.seq() - 1, 1);
            batch = Wire.encode(new Wire.Batch(one, List.of(key.sign(head.seq(), head.hash(), System.currentTimeMillis()))));
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            community.close();
        }
    }

    @Benchmark
    public int push(Station s) throws Exception {
        HubClient.Reply r = s.client.signed("POST", "/sync/push", s.batch);
        if (r.status() != 200) {
            throw new IllegalStateException(r.body());
        }
        return r.status();
    }

    @Benchmark
    public int baselineGetKey(Station s) throws Exception {
        return s.client.get("/log/key").status();
    }
}
