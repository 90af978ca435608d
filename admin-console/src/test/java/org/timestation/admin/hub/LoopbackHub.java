package org.timestation.admin.hub;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.timestation.demo.DemoCommunity;
import org.timestation.sync.EnrollmentCode;

/** A hub on a small demo community, serving HTTPS on a free loopback port (the hub tests' fixture). */
final class LoopbackHub implements AutoCloseable {
    static final DemoCommunity.Options DEMO = DemoCommunity.Options.of(12, 1, 7, LocalDate.of(2026, 11, 1));
    final Hub hub;
    final HubTls tls;
    final HubServer server;
    final URI uri;

    LoopbackHub(Path dir) {
        DemoCommunity.generate(dir, DEMO);
        hub = Hub.open(dir, Clock.systemUTC());
        tls = HubTls.openOrCreate(dir, new SecureRandom());
        server = new HubServer(hub, tls, "127.0.0.1", 0, Clock.systemUTC());
        uri = URI.create("https://127.0.0.1:" + server.start() + "/");
    }

    /** A one-time code for {@code node}, valid for {@code valid}, pointing at {@code via} (the hub, or a proxy before it). */
    EnrollmentCode code(String node, Duration valid, URI via) {
        EnrollTokens.Issued t = hub.tokens().issue(node, "幸福里驿站", valid, false, new SecureRandom());
        return new EnrollmentCode(via, tls.fingerprint(), t.tokenId(), t.secret(), node, t.expiresAt());
    }

    @Override
    public void close() {
        server.close();
        hub.close();
    }
}
