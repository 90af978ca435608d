package org.timestation.sync;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.timestation.ledger.NodeIdentity;

/**
 * A station's connection to its hub: HTTPS to the hub's address, trusting only the pinned certificate
 * ({@link PinnedTrust}), every {@code /sync} request signed with the station's node key
 * ({@link SignedRequest}). Blocking; the kiosk calls it from its sync thread, never the FX thread.
 */
public final class HubClient {
    private static final Duration CONNECT = Duration.ofSeconds(10);
    private static final Duration REQUEST = Duration.ofSeconds(60);
    private final URI base;
    private final NodeIdentity node;
    private final Clock clock;
    private final HttpClient http;

    public HubClient(URI base, byte[] fingerprint, NodeIdentity node, Clock clock) {
        this.base = base;
        this.node = node;
        this.clock = clock;
        this.http = HttpClient.newBuilder().sslContext(PinnedTrust.context(fingerprint)).connectTimeout(CONNECT)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /** An answer: the HTTP status and the body as text. */
    public record Reply(int status, String body) {
    }

    /** A public {@code /log/...} read. */
    public Reply get(String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(REQUEST).GET().build();
        HttpResponse<String> a = http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(a.statusCode(), a.body());
    }

    /** A signed {@code /sync/...} request with {@code body} (empty for a GET). */
    public Reply signed(String method, String pathAndQuery, String body) throws IOException, InterruptedException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        long now = clock.millis();
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(REQUEST)
                .header(SignedRequest.NODE, node.nodeId())
                .header(SignedRequest.TIME, Long.toString(now))
                .header(SignedRequest.SIGNATURE, SignedRequest.sign(node, method, pathAndQuery, now, bytes))
                .header("Content-Type", "application/json; charset=utf-8");
        b = "GET".equals(method) ? b.GET() : b.method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
        HttpResponse<String> a = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(a.statusCode(), a.body());
    }
}
