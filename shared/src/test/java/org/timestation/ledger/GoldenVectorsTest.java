package org.timestation.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The ledger's encodings pinned to bytes computed outside this code base (Python's hashlib and the
 * {@code cryptography} package's Ed25519, RFC 8032 test key 1). Any change to what is hashed or signed
 * (a field left out, reordered, another magic) fails here loudly instead of silently changing every
 * hash of every ledger in the field.
 */
class GoldenVectorsTest {
    static final HexFormat HEX = HexFormat.of();
    static final String NODE = "station-a";
    static final long HLC = 116_151_209_164_800_003L; // 2026-03-01T01:00:00Z (1772326800000 ms) << 16 | 3
    static final String TYPE = "credit.moved";
    static final String PAYLOAD = "{\"kind\":\"GIFT\",\"legs\":[[\"member:M0000000001\",\"member:M0000000002\",90]],\"memo\":\"给孙女 for my granddaughter\"}";

    @Test
    void theHybridClockPacksMillisIntoTheHigh48BitsAndTheCounterIntoTheLow16() {
        assertThat(HybridLogicalClock.of(1_772_326_800_000L, 3)).isEqualTo(HLC);
        assertThat(HybridLogicalClock.millis(HLC)).isEqualTo(1_772_326_800_000L);
        assertThat(HybridLogicalClock.of(1_772_326_800_000L, 0x1_0003)).as("the counter is 16 bits").isEqualTo(HLC);
    }

    @Test
    void anEventsChainHashIsSha256OfItsCanonicalEncoding() {
        Hash prev = Hash.ofHex("ab".repeat(32));
        Hash h = new ChainHasher().hash(NODE, 42, HLC, TYPE, PAYLOAD, prev);
        assertThat(h.hex()).isEqualTo("5d4ec281b29d3bf5019cd0dda7bde10a468ef8f1b86a19394e4b743dfaf48b9e");
    }

    @Test
    void lengthsAreFourBytesBigEndianSoLongTextsHashAsWell() {
        String payload = "{\"memo\":\"" + "时".repeat(23_500) + "\"}"; // 70,511 UTF-8 bytes: the length uses three of its four bytes
        Hash h = new ChainHasher().hash(NODE, 42, HLC, TYPE, payload, Hash.ofHex("ab".repeat(32)));
        assertThat(h.hex()).isEqualTo("b756e67efb08376e4fdd03f6743206f976a2ad83675500b31b605c514ad9989b");
    }

    @Test
    void theFirstEventOfAFeedLinksToTheZeroHash() {
        Hash h = new ChainHasher().hash(NODE, 1, HLC, TYPE, PAYLOAD, Hash.ZERO);
        assertThat(h.hex()).isEqualTo("cb3fda828f1b979a258bb25ed03a43011300b1c4808bee21bcdbeb0ce86c8bdd");
    }

    @Test
    void anEventWhoseHashIsNotItsContentsIsRecognised() {
        ChainHasher hasher = new ChainHasher();
        Hash prev = Hash.ofHex("ab".repeat(32));
        Event good = new Event(NODE, 42, HLC, TYPE, PAYLOAD, prev, hasher.hash(NODE, 42, HLC, TYPE, PAYLOAD, prev));
        assertThat(good.hashMatches(hasher)).isTrue();
        assertThat(new Event(NODE, 42, HLC, TYPE, PAYLOAD.replace("90", "91"), prev, good.hash()).hashMatches(hasher)).isFalse();
        assertThat(new Event(NODE, 43, HLC, TYPE, PAYLOAD, prev, good.hash()).hashMatches(hasher)).isFalse();
        assertThat(new Event("station-b", 42, HLC, TYPE, PAYLOAD, prev, good.hash()).hashMatches(hasher)).isFalse();
        assertThat(new Event(NODE, 42, HLC + 1, TYPE, PAYLOAD, prev, good.hash()).hashMatches(hasher)).isFalse();
        assertThat(new Event(NODE, 42, HLC, "credit.moved2", PAYLOAD, prev, good.hash()).hashMatches(hasher)).isFalse();
        assertThat(new Event(NODE, 42, HLC, TYPE, PAYLOAD, Hash.ZERO, good.hash()).hashMatches(hasher)).isFalse();
    }

    @Test
    void aCheckpointSignsFixedBytesWithStandardEd25519() throws Exception {
        Hash head = Hash.ofHex("cd".repeat(32));
        byte[] signed = Checkpoint.signedBytes(NODE, 42, head, 1_772_326_800_123L);
        assertThat(HEX.formatHex(signed)).isEqualTo("545343310000000973746174696f6e2d61000000000000002a"
                + "cd".repeat(32) + "0000019ca6e8cafb");

        KeyFactory kf = KeyFactory.getInstance("Ed25519");
        KeyPair rfc8032 = new KeyPair(
                kf.generatePublic(new X509EncodedKeySpec(HEX.parseHex("302a300506032b6570032100d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"))),
                kf.generatePrivate(new PKCS8EncodedKeySpec(HEX.parseHex("302e020100300506032b6570042204209d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"))));
        NodeIdentity node = new NodeIdentity(NODE, rfc8032);
        Checkpoint cp = node.sign(42, head, 1_772_326_800_123L);
        assertThat(HEX.formatHex(cp.signature())).isEqualTo("3d1dcda89a881696775734f29b31e319034c4f914f152fae7d6c731bc365617f"
                + "2f44ebb6f44bcf1709884519cbaaeb5c54919be036e4dbafe0647278be047e0f");
        assertThat(NodeIdentity.verify(cp, node.publicKey())).isTrue();
    }

    @Test
    void checkpointsAreEqualOnlyWhenEveryFieldIs() {
        Hash head = Hash.ofHex("cd".repeat(32));
        Checkpoint a = new Checkpoint(NODE, 42, head, 7L, new byte[64]);
        assertThat(a).isEqualTo(new Checkpoint(NODE, 42, head, 7L, new byte[64]));
        byte[] otherSig = new byte[64];
        otherSig[63] = 1;
        assertThat(a).isNotEqualTo(new Checkpoint(NODE, 42, head, 7L, otherSig))
                .isNotEqualTo(new Checkpoint("station-b", 42, head, 7L, new byte[64]))
                .isNotEqualTo(new Checkpoint(NODE, 43, head, 7L, new byte[64]))
                .isNotEqualTo(new Checkpoint(NODE, 42, Hash.ZERO, 7L, new byte[64]))
                .isNotEqualTo(new Checkpoint(NODE, 42, head, 8L, new byte[64]))
                .isNotEqualTo("not a checkpoint");
    }
}
