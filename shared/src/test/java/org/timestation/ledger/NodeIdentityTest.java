package org.timestation.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void theKeyIsCreatedOnFirstStartAndKeptInTheDataFolder(@TempDir Path dir) {
        NodeIdentity first = NodeIdentity.loadOrCreate(dir, "station-b", new SecureRandom());
        NodeIdentity again = NodeIdentity.loadOrCreate(dir, "ignored-when-present", new SecureRandom());
        assertThat(again.nodeId()).isEqualTo("station-b");
        assertThat(again.publicKey()).isEqualTo(first.publicKey());
        Checkpoint cp = again.sign(1, head, 2L);
        assertThat(NodeIdentity.verify(cp, first.publicKey())).isTrue();
    }
}
