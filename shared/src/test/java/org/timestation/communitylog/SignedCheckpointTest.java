package org.timestation.communitylog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.timestation.ledger.NodeIdentity;

/**
 * Signed notes, checkpoints and cosignatures: the Go sumdb/note reference note is reproduced byte for
 * byte, a checkpoint signed by the hub verifies only with the hub's key and only unchanged, and a
 * witness's cosignature carries its time and breaks when anything in the body changes.
 */
class SignedCheckpointTest {
    /** golang.org/x/mod/sumdb/note's example key (PeterNeumann) and note. */
    private static final String PETER_PRIVATE = "AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    private static final String PETER_PUBLIC = "ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    private static final String PETER_TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    private static final String PETER_NOTE = PETER_TEXT + "\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

    static NodeIdentity fromSeed(String id, byte[] seed) throws Exception {
        byte[] pkcs8 = HexFormat.of().parseHex("302e020100300506032b657004220420");
        byte[] priv = Arrays.copyOf(pkcs8, pkcs8.length + 32);
        System.arraycopy(seed, 0, priv, pkcs8.length, 32);
        KeyFactory f = KeyFactory.getInstance("Ed25519");
        byte[] pub = new byte[32];
        org.bouncycastle.math.ec.rfc8032.Ed25519.generatePublicKey(seed, 0, pub, 0);
        return new NodeIdentity(id, new KeyPair(f.generatePublic(new X509EncodedKeySpec(Ed25519Keys.x509(pub))),
                f.generatePrivate(new PKCS8EncodedKeySpec(priv))));
    }

    @Test
    void theGoReferenceNoteIsMadeAndReadByteForByte() throws Exception {
        byte[] seed = Arrays.copyOfRange(Base64.getDecoder().decode(PETER_PRIVATE), 1, 33);
        NodeIdentity peter = fromSeed("peter", seed);
        byte[] pub = Arrays.copyOfRange(Base64.getDecoder().decode(PETER_PUBLIC), 1, 33);
        assertThat(Ed25519Keys.raw(peter.publicKey())).isEqualTo(pub);
        assertThat(HexFormat.of().formatHex(SignedNote.keyId("PeterNeumann", SignedNote.ED25519, pub))).isEqualTo("c74f20a3");
        byte[] sig = peter.sign(PETER_TEXT.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        SignedNote made = new SignedNote(PETER_TEXT, java.util.List.of(new SignedNote.Line("PeterNeumann",
                SignedNote.keyId("PeterNeumann", SignedNote.ED25519, pub), sig)));
        assertThat(made.text()).isEqualTo(PETER_NOTE);
        SignedNote read = SignedNote.parse(PETER_NOTE);
        assertThat(read.body()).isEqualTo(PETER_TEXT);
        assertThat(read.signatures()).singleElement().satisfies(l -> assertThat(l.signature()).isEqualTo(sig));
    }

    @Test
    void aCheckpointVerifiesWithTheHubsKeyOnlyAndOnlyUnchanged() {
        NodeIdentity hub = NodeIdentity.generate("admin", new SecureRandom());
        byte[] key = Ed25519Keys.raw(hub.publicKey());
        MerkleTree t = MerkleVectorsTest.referenceTree();
        LogCheckpoint c = new LogCheckpoint("timestation.local/xingfuli", t.size(), t.root());
        SignedNote note = c.signedBy("timestation.local/xingfuli", hub);
        assertThat(note.text()).startsWith("timestation.local/xingfuli\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n\n\u2014 timestation.local/xingfuli ");
        assertThat(LogCheckpoint.verified(SignedNote.parse(note.text()), "timestation.local/xingfuli", "timestation.local/xingfuli", key))
                .isEqualTo(c);

        String bigger = note.text().replaceFirst("\n8\n", "\n9\n");
        assertThatThrownBy(() -> LogCheckpoint.verified(SignedNote.parse(bigger), c.origin(), c.origin(), key))
                .hasMessageContaining("does not verify");
        byte[] otherKey = Ed25519Keys.raw(NodeIdentity.generate("mallory", new SecureRandom()).publicKey());
        assertThatThrownBy(() -> LogCheckpoint.verified(note, c.origin(), c.origin(), otherKey)).hasMessageContaining("not signed by");
        assertThatThrownBy(() -> LogCheckpoint.verified(note, "another/log", c.origin(), key)).hasMessageContaining("another log");
    }

    @Test
    void aWitnessCosignsWithItsTimeAndTheCosignatureBindsTheBody() {
        NodeIdentity hub = NodeIdentity.generate("admin", new SecureRandom());
        NodeIdentity kiosk = NodeIdentity.generate("station-a", new SecureRandom());
        byte[] kioskKey = Ed25519Keys.raw(kiosk.publicKey());
        SignedNote note = new LogCheckpoint("o", 8, MerkleVectorsTest.referenceTree().root()).signedBy("o", hub);
        SignedNote cosigned = note.with(Cosignature.sign(note, "station-a", kiosk, 1_679_315_147L));
        SignedNote read = SignedNote.parse(cosigned.text());
        assertThat(read.signatures()).hasSize(2);
        assertThat(Cosignature.verify(read, "station-a", kioskKey)).hasValue(1_679_315_147L);
        assertThat(Cosignature.verify(read, "station-b", kioskKey)).as("another witness's name").isEmpty();
        assertThat(Cosignature.verify(note, "station-a", kioskKey)).as("not cosigned").isEmpty();
        SignedNote moved = new SignedNote(note.body().replace("\n8\n", "\n7\n"), read.signatures());
        assertThat(Cosignature.verify(moved, "station-a", kioskKey)).isEmpty();
        // the witness's time is part of what it signed
        SignedNote.Line line = read.signatures().get(1);
        byte[] later = line.signature().clone();
        later[7]++;
        assertThat(Cosignature.verify(note.with(new SignedNote.Line(line.keyName(), line.keyId(), later)), "station-a", kioskKey)).isEmpty();
        // a cosignature is not a note signature: the key IDs differ by type
        assertThat(SignedNote.keyId("station-a", SignedNote.COSIGNATURE_V1, kioskKey))
                .isNotEqualTo(SignedNote.keyId("station-a", SignedNote.ED25519, kioskKey));
    }

    @Test
    void malformedNotesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> SignedNote.parse(PETER_TEXT)).hasMessageContaining("blank line");
        assertThatThrownBy(() -> SignedNote.parse(PETER_NOTE.replace("\n", "\r\n"))).hasMessageContaining("Unix line ends");
        assertThatThrownBy(() -> SignedNote.parse(PETER_TEXT + "\n- PeterNeumann eA==\n")).hasMessageContaining("starts with");
        assertThatThrownBy(() -> SignedNote.parse(PETER_TEXT + "\n\u2014 PeterNeumann !!!\n")).hasMessageContaining("base64");
        assertThatThrownBy(() -> SignedNote.parse(PETER_TEXT + "\n\u2014 PeterNeumann AAAA\n")).hasMessageContaining("4-byte key ID");
        assertThatThrownBy(() -> SignedNote.parse(PETER_TEXT + "\n")).hasMessageContaining("not signed");
        assertThatThrownBy(() -> SignedNote.parse("x".repeat(SignedNote.MAX_BYTES + 1))).hasMessageContaining("larger");
        assertThatThrownBy(() -> LogCheckpoint.parseBody("o\n007\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n")).hasMessageContaining("leading zeros");
        assertThatThrownBy(() -> LogCheckpoint.parseBody("o\n7\n")).hasMessageContaining("three lines");
        assertThatThrownBy(() -> LogCheckpoint.parseBody("o\n7\nAAAA\n")).hasMessageContaining("32 bytes");
        assertThat(LogCheckpoint.parseBody("o\n7\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\nextension\n").size()).isEqualTo(7);
    }
}
