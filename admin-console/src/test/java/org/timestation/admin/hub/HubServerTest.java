package org.timestation.admin.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timestation.communitylog.Cosignature;
import org.timestation.communitylog.Ed25519Keys;
import org.timestation.communitylog.LogCheckpoint;
import org.timestation.communitylog.MerkleHash;
import org.timestation.communitylog.MerkleProofs;
import org.timestation.communitylog.SignedNote;
import org.timestation.community.Community;
import org.timestation.credit.Minutes;
import org.timestation.datafolder.DataFolder;
import org.timestation.demo.DemoCommunity;
import org.timestation.ledger.CanonicalJson;
import org.timestation.ledger.FeedHead;
import org.timestation.ledger.NodeIdentity;
import org.timestation.member.Member;
import org.timestation.sync.HubClient;
import org.timestation.sync.Wire;

/**
 * The hub over HTTPS on loopback: the public log answers proofs that verify against the signed
 * checkpoint; a station pinned to the hub's certificate pushes, pulls and cosigns; a client pinned to
 * another certificate fails the handshake; an unsigned caller, an unknown key and a revoked node are
 * refused and read nothing; an oversized body is refused.
 */
class HubServerTest {
    private static final DemoCommunity.Options DEMO = LoopbackHub.DEMO;
    @TempDir
    static Path dir;
    static LoopbackHub loopback;
    static Hub hub;
    static HubTls tls;
    static URI uri;

    @BeforeAll
    static void start() {
        loopback = new LoopbackHub(dir.resolve("hub"));
        DemoCommunity.generate(dir.resolve("station-a"), DEMO, "station-a");
        hub = loopback.hub;
        tls = loopback.tls;
        uri = loopback.uri;
    }

    @AfterAll
    static void stop() {
        loopback.close();
    }

    static HubClient client(NodeIdentity node) {
        return new HubClient(uri, tls.fingerprint(), node, Clock.systemUTC());
    }

    static NodeIdentity station() {
        return DataFolder.at(dir.resolve("station-a")).keys().node();
    }

    @Test
    void theTlsKeyIsOwnerOnlyAndKeptAcrossStarts() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("hub").resolve(HubTls.KEY_FILE)))).isEqualTo("rw-------");
        assertThat(HubTls.openOrCreate(dir.resolve("hub"), new SecureRandom()).fingerprint()).isEqualTo(tls.fingerprint());
    }

    @Test
    void thePublicLogGivesProofsThatVerifyAgainstTheSignedCheckpoint() throws Exception {
        HubClient anyone = client(NodeIdentity.generate("visitor", new SecureRandom()));
        byte[] key = Base64.getDecoder().decode(anyone.get("/log/key").body().trim());
        SignedNote note = SignedNote.parse(anyone.get("/log/checkpoint").body());
        LogCheckpoint c = LogCheckpoint.verified(note, hub.log().origin(), hub.log().origin(), key);
        assertThat(c.size()).isEqualTo(hub.log().size()).isGreaterThan(100);
        List<?> two = (List<?>) CanonicalJson.parse(anyone.get("/log/leaves?start=5&end=7").body());
        assertThat(two).hasSize(2);
        @SuppressWarnings("unchecked")
        Map<String, Object> leaf = (Map<String, Object>) two.get(0);
        assertThat(leaf).containsKeys("index", "node", "seq", "hash").containsEntry("index", 5L);
        List<byte[]> proof = proof(anyone.get("/log/proof/inclusion?index=5&size=" + c.size()).body());
        assertThat(MerkleProofs.verifyInclusion(5, c.size(), MerkleHash.leaf(HexFormat.of().parseHex((String) leaf.get("hash"))), proof, c.root())).isTrue();
        List<byte[]> consistency = proof(anyone.get("/log/proof/consistency?from=50&to=" + c.size()).body());
        assertThat(MerkleProofs.verifyConsistency(50, c.size(), consistency, hub.log().tree().root(50), c.root())).isTrue();
        HubClient.Reply bad = anyone.get("/log/proof/consistency?from=0&to=5");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("1 <= from").contains("要 1");
        assertThat(anyone.get("/log/leaves?start=0&end=100000").status()).isEqualTo(400);
        assertThat(anyone.get("/log/leaves?start=x&end=1").body()).contains("whole number");
    }

    static List<byte[]> proof(String json) {
        List<byte[]> out = new ArrayList<>();
        Object list = CanonicalJson.parseObject(json).get("proof");
        for (Object h : (List<?>) list) {
            out.add(HexFormat.of().parseHex((String) h));
        }
        return out;
    }

    @Test
    void aClientPinnedToAnotherCertificateFailsTheHandshake() {
        byte[] other = tls.fingerprint().clone();
        other[0] ^= 1;
        HubClient wrong = new HubClient(uri, other, station(), Clock.systemUTC());
        assertThatThrownBy(() -> wrong.get("/log/checkpoint")).isInstanceOf(javax.net.ssl.SSLHandshakeException.class);
    }

    @Test
    void unsignedUnknownAndRevokedCallersAreRefusedAndReadNothing() throws Exception {
        String pull = CanonicalJson.encode(Map.of("watermarks", Map.of()));
        // no signature at all
        java.net.http.HttpClient raw = java.net.http.HttpClient.newBuilder().sslContext(org.timestation.sync.PinnedTrust.context(tls.fingerprint())).build();
        var unsigned = raw.send(java.net.http.HttpRequest.newBuilder(uri.resolve("/sync/pull")).POST(java.net.http.HttpRequest.BodyPublishers.ofString(pull)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(unsigned.body()).contains("enroll").doesNotContain("payload");
        // a key the hub never enrolled, claiming to be station-a
        HubClient impostor = client(NodeIdentity.generate("station-a", new SecureRandom()));
        HubClient.Reply r = impostor.signed("POST", "/sync/pull", pull);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.body()).doesNotContain("payload");
        // a revoked node, with its real key
        DemoCommunity.generate(dir.resolve("station-c"), DEMO, "station-c");
        hub.act("station-c", HubNodes.State.REVOKED, "staff-1", "station closed");
        HubClient revoked = client(DataFolder.at(dir.resolve("station-c")).keys().node());
        HubClient.Reply rr = revoked.signed("POST", "/sync/pull", pull);
        assertThat(rr.status()).isEqualTo(403);
        assertThat(rr.body()).contains("revoked").doesNotContain("payload");
        assertThat(revoked.signed("GET", "/sync/status", "").status()).isEqualTo(403);
    }

    @Test
    void aStationPushesPullsAndCosignsOverHttps() throws Exception {
        HubClient a = client(station());
        long before = hub.community().store().head("station-a").seq();
        Wire.Batch b;
        try (Community c = DataFolder.at(dir.resolve("station-a")).open(Clock.systemUTC())) {
            Member m = c.members().all().get(4);
            c.credits().reward(m.id(), Minutes.of(30), "修自行车 bike repair", "staff-1");
            FeedHead head = c.store().head("station-a");
            b = new Wire.Batch(c.store().feed("station-a", before, 1000), List.of(station().sign(head.seq(), head.hash(), System.currentTimeMillis())));
        }
        HubClient.Reply pushed = a.signed("POST", "/sync/push", Wire.encode(b));
        assertThat(pushed.status()).as(pushed.body()).isEqualTo(200);
        Map<String, Object> answer = CanonicalJson.parseObject(pushed.body());
        assertThat(answer).containsEntry("code", "ok").containsEntry("next", before + 2);
        SignedNote cp = SignedNote.parse((String) answer.get("checkpoint"));
        LogCheckpoint checkpoint = LogCheckpoint.parseBody(cp.body());
        assertThat(checkpoint.size()).isEqualTo(hub.log().size());
        // the witness cosigns what it saw
        SignedNote.Line line = Cosignature.sign(cp, "station-a", station(), System.currentTimeMillis() / 1000);
        HubClient.Reply cosigned = a.signed("POST", "/sync/cosign", CanonicalJson.encode(Map.of("size", checkpoint.size(), "line", line.text())));
        assertThat(cosigned.status()).as(cosigned.body()).isEqualTo(200);
        assertThat(hub.log().cosigners(checkpoint.size())).isEqualTo(1);
        assertThat(Cosignature.verify(SignedNote.parse(a.get("/log/checkpoint").body()), "station-a", Ed25519Keys.raw(station().publicKey()))).isPresent();
        SignedNote.Line forged = Cosignature.sign(cp, "station-a", NodeIdentity.generate("station-a", new SecureRandom()), 1);
        assertThat(a.signed("POST", "/sync/cosign", CanonicalJson.encode(Map.of("size", checkpoint.size(), "line", forged.text()))).status()).isEqualTo(422);
        // the status and a pull
        assertThat(CanonicalJson.parseObject(a.signed("GET", "/sync/status", "").body())).containsEntry("held", before + 1).containsEntry("state", "ACTIVE");
        Wire.Batch pulled = Wire.decodeBatch(a.signed("POST", "/sync/pull", CanonicalJson.encode(Map.of("watermarks", Map.of("station-a", before + 1)))).body());
        assertThat(pulled.events()).isNotEmpty().noneMatch(e -> e.nodeId().equals("station-a"));
        assertThat(pulled.nodeKeys().nodes()).contains("admin");
        // a station that holds less of its own feed than the hub (one recovered onto a new machine) gets it back
        Wire.Batch own = Wire.decodeBatch(a.signed("POST", "/sync/pull", CanonicalJson.encode(Map.of("watermarks", Map.of()))).body());
        assertThat(own.events()).anyMatch(e -> e.nodeId().equals("station-a"));
        // how its devices are rides on a pull; a report the hub cannot read is left out and the pull still answers
        HubClient.Reply planted = a.signed("POST", "/sync/pull", CanonicalJson.encode(Map.of("watermarks", Map.of("station-a", before + 1),
                "devices", Map.of("printer", "<script>", "camera", "on"))));
        assertThat(planted.status()).isEqualTo(200);
        assertThat(hub.nodes().devices("station-a")).isEmpty();
        assertThat(a.signed("POST", "/sync/pull", CanonicalJson.encode(Map.of("watermarks", Map.of("station-a", before + 1),
                "devices", Map.of("printer", "printer.paper-out")))).status()).isEqualTo(200);
        assertThat(hub.nodes().devices("station-a").orElseThrow().report().states()).containsEntry("printer", "printer.paper-out");
        assertThat(a.signed("POST", "/sync/pull", CanonicalJson.encode(Map.of("watermarks", Map.of(), "extra", 1))).status())
                .as("any other field is still refused").isEqualTo(400);
    }

    @Test
    void anOversizedBodyIsRefused() throws Exception {
        HubClient a = client(station());
        // the hub answers 413 as soon as it sees the length and closes the connection; a client still
        // sending may see the close before the answer. Either way the body was not taken in.
        try {
            HubClient.Reply r = a.signed("POST", "/sync/pull", "x".repeat(HubServer.MAX_BODY_BYTES + 1));
            assertThat(r.status()).isEqualTo(413);
            assertThat(r.body()).contains("too large");
        } catch (java.io.IOException closedWhileSending) {
            assertThat(closedWhileSending.getMessage()).isNotBlank();
        }
        assertThat(a.signed("POST", "/sync/pull", "{\"watermarks\":{}}").status()).as("the hub still serves").isEqualTo(200);
    }
}
