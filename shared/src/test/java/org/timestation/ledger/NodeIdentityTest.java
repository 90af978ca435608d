package org.timestation.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyFactory;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import org.junit.jupiter.api.Test;

class NodeIdentityTest {
    final NodeIdentity node = NodeIdentity.generate("station-a", new SecureRandom());
    final Hash head = Hash.ofHex("ab".repeat(32));

    @Test
    void checkpointSignaturesAreStandardEd25519ThatAnyVerifierAccepts() throws Exception {
        Checkpoint cp = node.sign(7, head, 1_700_000_000_000L);
        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(node.publicKey())));
        jdk.update(cp.signedBytes());
        assertThat(jdk.verify(cp.signature())).isTrue();
    }

    @Test
    void aSignatureOverOtherBytesOrByAnotherKeyIsRejected() {
        Checkpoint cp = node.sign(7, head, 1L);
        assertThat(NodeIdentity.verify(cp, node.publicKey())).isTrue();
        assertThat(NodeIdentity.verify(new Checkpoint("station-a", 8, head, 1L, cp.signature()), node.publicKey())).isFalse();
        assertThat(NodeIdentity.verify(cp, NodeIdentity.generate("station-a", new SecureRandom()).publicKey())).isFalse();
        assertThat(NodeIdentity.verify(cp, new byte[3])).isFalse();
    }

    @Test
    void thePublicKeyMustBeTheOneThePrivateKeyMakes() throws Exception {
        NodeIdentity other = NodeIdentity.generate("station-a", new SecureRandom());
        assertThat(node.publicKeyMatchesPrivate()).isTrue();
        KeyFactory kf = KeyFactory.getInstance("Ed25519");
        java.security.KeyPair mixed = new java.security.KeyPair(kf.generatePublic(new X509EncodedKeySpec(other.publicKey())),
                kf.generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(node.privateKey())));
        assertThat(new NodeIdentity("station-a", mixed).publicKeyMatchesPrivate()).isFalse();
    }
}
