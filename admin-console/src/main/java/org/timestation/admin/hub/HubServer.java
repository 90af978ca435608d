package org.timestation.admin.hub;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.timestation.communitylog.SignedNote;
import org.timestation.ledger.CanonicalJson;
import org.timestation.sync.SignedRequest;
import org.timestation.sync.Wire;
import org.timestation.text.Bilingual;

/**
 * The hub over HTTPS (docs/hub-api.md, decision 0026): Jetty 12 core handlers, TLS 1.3 with the hub's
 * self-signed certificate, a body limit and idle timeouts. {@code /log/...} is public; everything
 * under {@code /sync/...} needs a signed request from an enrolled node that was not revoked.
 */
public final class HubServer implements AutoCloseable {
    /** The largest push (a station a long way behind pushes in several). */
    public static final int MAX_PUSH_BYTES = 32 * 1024 * 1024;
    /** The largest body of any other request. */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    /** At most this many leaves per {@code /log/leaves}. */
    public static final int MAX_LEAVES = 1000;
    private static final long IDLE_MILLIS = 30_000;

    private final Hub hub;
    private final Clock clock;
    private final Server server;
    private final ServerConnector connector;

    public HubServer(Hub hub, HubTls tls, String bind, int port, Clock clock) {
        this.hub = hub;
        this.clock = clock;
        org.timestation.logging.LibraryLogs.quiet();
        QueuedThreadPool threads = new QueuedThreadPool(24, 4);
        threads.setName("hub");
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setIdleTimeout(IDLE_MILLIS);
        // stations reach the hub by an address or any name: the pin, not the name, is what they check
        http.addCustomizer(new SecureRequestCustomizer(false, false, -1, false));
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(tls.keyStore());
        ssl.setKeyStorePassword(HubTls.keyStorePassword());
        ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
        connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(http));
        connector.setHost(bind);
        connector.setPort(port);
        connector.setIdleTimeout(IDLE_MILLIS);
        server.addConnector(connector);
        server.setHandler(new Routes());
    }

    /** Starts serving; returns the port (useful when 0 asked for any free one). */
    public int start() {
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("the hub cannot listen on " + connector.getHost() + ":" + connector.getPort() + ": " + e.getMessage(), e);
        }
        return connector.getLocalPort();
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the hub did not stop cleanly: " + e.getMessage(), e);
        }
    }

    /** A reply: status and body. */
    private record Reply(int status, String contentType, String body) {
        static Reply json(int status, Object value) {
            return new Reply(status, "application/json; charset=utf-8", CanonicalJson.encode(value));
        }

        static Reply error(int status, String code, Bilingual why) {
            Map<String, Object> m = new TreeMap<>();
            m.put("code", code);
            m.put("zh", why.zh());
            m.put("en", why.en());
            return json(status, m);
        }

        static Reply text(String body) {
            return new Reply(200, "text/plain; charset=utf-8", body);
        }
    }

    /** A request the client got wrong: 400 with the reason in both languages. */
    private static final class BadRequest extends RuntimeException {
        private final transient Bilingual why;
        private final int status;

        BadRequest(String zh, String en) {
            this(400, zh, en);
        }

        BadRequest(int status, String zh, String en) {
            super(en, null, false, false);
            this.why = new Bilingual(zh, en);
            this.status = status;
        }
    }

    private final class Routes extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            Reply reply;
            try {
                reply = route(request);
            } catch (BadRequest e) {
                reply = Reply.error(e.status, e.status == 413 ? "too-large" : "bad-request", e.why);
            } catch (RuntimeException e) {
                System.getLogger(HubServer.class.getName()).log(System.Logger.Level.ERROR, "the hub failed on " + request.getHttpURI().getPath(), e);
                reply = Reply.error(500, "hub-error", new Bilingual("枢纽出错了，请稍后再试，并告诉工作人员。", "The hub failed; try again later and tell the staff."));
            }
            response.setStatus(reply.status());
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType());
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            Content.Sink.write(response, true, reply.body(), callback);
            return true;
        }
    }

    private Reply route(Request request) {
        String path = request.getHttpURI().getPath();
        String method = request.getMethod();
        if (path.startsWith("/log/")) {
            if (!"GET".equals(method)) {
                return Reply.error(405, "method", new Bilingual("这里只能读（GET）。", "Only GET here."));
            }
            return log(path, Request.extractQueryParameters(request));
        }
        if (path.equals("/enroll") && "POST".equals(method)) {
            return enroll(body(request, MAX_BODY_BYTES), false);
        }
        if (path.equals("/recover") && "POST".equals(method)) {
            return enroll(body(request, MAX_BODY_BYTES), true);
        }
        if (path.startsWith("/sync/")) {
            return sync(request, path, method);
        }
        return Reply.error(404, "not-found", new Bilingual("没有这个地址。", "No such address."));
    }

    private Reply log(String path, Fields q) {
        CommunityLog log = hub.log();
        switch (path) {
            case "/log/checkpoint" -> {
                return Reply.text(hub.checkpoint().text());
            }
            case "/log/key" -> {
                return Reply.text(java.util.Base64.getEncoder().encodeToString(log.publicKey()) + "\n");
            }
            case "/log/leaves" -> {
                long start = number(q, "start");
                long end = number(q, "end");
                if (end < start || end > log.size() || end - start > MAX_LEAVES) {
                    throw new BadRequest("要 0 ≤ start ≤ end ≤ " + log.size() + "，一次最多 " + MAX_LEAVES + " 条。",
                            "Ask for 0 <= start <= end <= " + log.size() + ", at most " + MAX_LEAVES + " at a time.");
                }
                List<Object> out = new ArrayList<>();
                for (CommunityLog.Leaf l : log.leaves(start, end)) {
                    Map<String, Object> m = new TreeMap<>();
                    m.put("index", l.index());
                    m.put("node", l.nodeId());
                    m.put("seq", l.seq());
                    m.put("hash", HexFormat.of().formatHex(l.eventHash()));
                    out.add(m);
                }
                return Reply.json(200, out);
            }
            case "/log/proof/inclusion" -> {
                long index = number(q, "index");
                long size = number(q, "size");
                if (size < 1 || size > log.size() || index >= size) {
                    throw new BadRequest("要 0 ≤ index < size ≤ " + log.size() + "。", "Ask for 0 <= index < size <= " + log.size() + ".");
                }
                return proof(log.tree().inclusionProof(index, size));
            }
            case "/log/proof/consistency" -> {
                long from = number(q, "from");
                long to = number(q, "to");
                if (from < 1 || from > to || to > log.size()) {
                    throw new BadRequest("要 1 ≤ from ≤ to ≤ " + log.size() + "。", "Ask for 1 <= from <= to <= " + log.size() + ".");
                }
                return proof(log.tree().consistencyProof(from, to));
            }
            default -> {
                return Reply.error(404, "not-found", new Bilingual("没有这个地址。", "No such address."));
            }
        }
    }

    private static Reply proof(List<byte[]> hashes) {
        List<Object> hex = new ArrayList<>();
        hashes.forEach(h -> hex.add(HexFormat.of().formatHex(h)));
        return Reply.json(200, Map.of("proof", hex));
    }

    private static long number(Fields q, String name) {
        String v = q.getValue(name);
        if (v == null || !v.matches("[0-9]{1,18}")) {
            throw new BadRequest("参数 " + name + " 要写一个非负整数。", "The parameter " + name + " must be a whole number, 0 or more.");
        }
        return Long.parseLong(v);
    }

    private Reply sync(Request request, String path, String method) {
        // everything that can be checked without the body is checked before it is read: an unknown caller
        // cannot make the hub hold a thread and megabytes for it
        String node = request.getHeaders().get(SignedRequest.NODE);
        String time = request.getHeaders().get(SignedRequest.TIME);
        String signature = request.getHeaders().get(SignedRequest.SIGNATURE);
        String pathAndQuery = request.getHttpURI().getPathQuery();
        if (node == null || time == null || signature == null || !time.matches("[0-9]{1,18}")) {
            return Reply.error(401, "unsigned", new Bilingual("请求没有站点签名。请先登记这个站点（enroll）。", "The request is not signed by a station. Enroll the station first."));
        }
        byte[] key = hub.community().store().nodeKeys().get(node);
        long at = Long.parseLong(time);
        if (key == null) {
            return Reply.error(401, "unknown", new Bilingual("签名不对，或者这个站点没有在枢纽登记。", "The signature does not verify, or the station is not enrolled with this hub."));
        }
        if (Math.abs(clock.millis() - at) > SignedRequest.WINDOW_MILLIS) {
            return Reply.error(401, "clock", new Bilingual("站点的时钟和枢纽差了 5 分钟以上。请校准站点的时间。",
                    "The station's clock is more than 5 minutes off the hub's. Set the station's time."));
        }
        var refused = hub.refusal(node);
        if (refused.isPresent() && !(refused.get().code().equals("quarantined") && !"/sync/push".equals(path))) {
            return Reply.error(refused.get().status(), refused.get().code(), refused.get().reason());
        }
        byte[] body = body(request, "/sync/push".equals(path) ? MAX_PUSH_BYTES : MAX_BODY_BYTES);
        if (!SignedRequest.verify(key, signature, method, pathAndQuery, at, body)) {
            return Reply.error(401, "unknown", new Bilingual("签名不对，或者这个站点没有在枢纽登记。", "The signature does not verify, or the station is not enrolled with this hub."));
        }
        try {
            return switch (path) {
                case "/sync/push" -> push(node, body);
                case "/sync/pull" -> pull(node, body);
                case "/sync/cosign" -> cosign(node, body);
                case "/sync/status" -> status(node);
                default -> Reply.error(404, "not-found", new Bilingual("没有这个地址。", "No such address."));
            };
        } catch (IllegalArgumentException | CanonicalJson.MalformedPayloadException | CanonicalJson.MalformedTextException | ClassCastException e) {
            throw new BadRequest("请求的内容不对：" + e.getMessage(), "The request's content is wrong: " + e.getMessage());
        }
    }

    private byte[] body(Request request, int limit) {
        long declared = request.getLength();
        if (declared > limit) {
            throw new BadRequest(413, "请求太大（最多 " + limit + " 字节）。", "The request is too large (at most " + limit + " bytes).");
        }
        try {
            return Content.Source.asByteArrayAsync(request, limit).get(IDLE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new BadRequest(413, "请求太大或者没有传完（最多 " + limit + " 字节）。", "The request is too large or was cut off (at most " + limit + " bytes).");
        } catch (TimeoutException e) {
            throw new BadRequest("请求没有传完。", "The request was cut off.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadRequest("枢纽正在停止。", "The hub is stopping.");
        }
    }

    private Reply push(String node, byte[] body) {
        Hub.PushResult r = hub.push(node, Wire.decodeBatch(new String(body, StandardCharsets.UTF_8)));
        Map<String, Object> m = new TreeMap<>();
        m.put("code", r.code());
        m.put("next", r.next());
        m.put("zh", r.reason().zh());
        m.put("en", r.reason().en());
        m.put("checkpoint", hub.checkpoint().text());
        return Reply.json(r.status(), m);
    }

    private Reply pull(String node, byte[] body) {
        Map<String, Object> m = Wire.object(CanonicalJson.parse(new String(body, StandardCharsets.UTF_8)), "pull request");
        if (!m.containsKey("watermarks") || !java.util.Set.of("watermarks", "devices").containsAll(m.keySet())) {
            throw new IllegalArgumentException("the pull request has the fields " + m.keySet() + ", expected watermarks (and devices)");
        }
        org.timestation.sync.DeviceReport devices;
        try {
            devices = org.timestation.sync.DeviceReport.parse(m.get("devices"));
        } catch (IllegalArgumentException e) { // a report the hub cannot read is left out: the pull goes on
            System.getLogger(HubServer.class.getName()).log(System.Logger.Level.WARNING, "the device report of " + node + " was refused: "
                    + e.getMessage());
            devices = org.timestation.sync.DeviceReport.NONE;
        }
        Map<String, Long> watermarks = new HashMap<>();
        for (Map.Entry<String, Object> w : Wire.object(m.get("watermarks"), "watermarks").entrySet()) {
            if (!(w.getValue() instanceof Long l) || l < 0) {
                throw new IllegalArgumentException("a watermark is a whole number, 0 or more");
            }
            watermarks.put(w.getKey(), l);
        }
        hub.nodes().synced(node);
        try {
            hub.nodes().devices(node, devices);
        } catch (RuntimeException e) { // how the devices are is for the dashboard: it never stops a pull
            System.getLogger(HubServer.class.getName()).log(System.Logger.Level.WARNING, "the device report of " + node + " was not kept", e);
        }
        return new Reply(200, "application/json; charset=utf-8", Wire.encode(hub.pull(node, watermarks)));
    }

    private Reply cosign(String node, byte[] body) {
        Map<String, Object> m = Wire.object(CanonicalJson.parse(new String(body, StandardCharsets.UTF_8)), "cosignature", "size", "line");
        if (!(m.get("size") instanceof Long size) || !(m.get("line") instanceof String line)) {
            throw new IllegalArgumentException("a cosignature is {size, line}");
        }
        SignedNote latest = hub.checkpoint();
        SignedNote.Line parsed = SignedNote.parse(latest.body() + "\n" + line).signatures().get(0);
        byte[] key = org.timestation.communitylog.Ed25519Keys.raw(hub.community().store().nodeKeys().get(node));
        if (!parsed.keyName().equals(node) || !hub.log().addCosignature(size, node, key, parsed)) {
            return Reply.error(422, "bad-cosignature", new Bilingual("副署签名不对，没有保留。", "The cosignature does not verify; it was not kept."));
        }
        hub.nodes().cosigned(node, size);
        return Reply.json(200, Map.of("code", "ok"));
    }

    /**
     * A new station's one-time code, its node id and its new public key; the answer carries the
     * community's keys and the station's own keys over its feed. {@code recover}: a recovery code, for
     * a station whose disk died (decision 0030).
     */
    private Reply enroll(byte[] body, boolean recover) {
        Map<String, Object> m;
        byte[] key;
        try {
            m = Wire.object(CanonicalJson.parse(new String(body, StandardCharsets.UTF_8)), "enrollment", "id", "secret", "node", "key");
            key = java.util.Base64.getDecoder().decode(String.valueOf(m.get("key")));
        } catch (IllegalArgumentException | CanonicalJson.MalformedPayloadException | CanonicalJson.MalformedTextException e) {
            throw new BadRequest("登记请求的内容不对。", "The enrollment request is malformed.");
        }
        Optional<Hub.Enrolled> enrolled;
        try {
            enrolled = recover ? Optional.of(hub.recover(String.valueOf(m.get("id")), String.valueOf(m.get("secret")), String.valueOf(m.get("node")), key))
                    : hub.enroll(String.valueOf(m.get("id")), String.valueOf(m.get("secret")), String.valueOf(m.get("node")), key);
        } catch (Hub.RecoveryRefused refused) {
            return Reply.error(401, "bad-code", refused.why());
        }
        if (enrolled.isEmpty()) {
            return Reply.error(401, "bad-code", new Bilingual("登记码不对、已经用过或者过期了，或者这是恢复码（恢复码用 kiosk.jar restore）。请站长在管理端重新生成一个（enroll）。",
                    "The enrollment code is wrong, used or expired, or it is a recovery code (use it with kiosk.jar restore). Ask the manager for a new one (enroll)."));
        }
        Map<String, Object> a = new TreeMap<>();
        a.put("community_key", java.util.Base64.getEncoder().encodeToString(enrolled.get().communityKey()));
        a.put("hub_node", enrolled.get().hubNode());
        a.put("origin", enrolled.get().origin());
        a.put("log_key", java.util.Base64.getEncoder().encodeToString(enrolled.get().logKey()));
        a.put("keys", Wire.keys(enrolled.get().ownKeys()));
        return Reply.json(200, a);
    }

    private Reply status(String node) {
        HubNodes.Node n = hub.nodes().get(node).orElseThrow();
        Map<String, Object> m = new TreeMap<>();
        m.put("node", node);
        m.put("state", n.state().name());
        org.timestation.ledger.FeedHead held = hub.community().store().head(node);
        m.put("held", held.seq());
        m.put("held_hash", held.hash().hex()); // the station checks its own event at that seq is the same (a restored old copy written on is not)
        m.put("log_size", hub.log().size());
        return Reply.json(200, m);
    }
}
