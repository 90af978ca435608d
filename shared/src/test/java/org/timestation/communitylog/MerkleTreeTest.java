package org.timestation.communitylog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tree against the definition: for every size up to 64 its roots equal a plain recursive MTH,
 * and for every 1 <= m <= n <= 64 the proofs it makes verify, while any changed hash, index or size
 * makes them fail.
 */
class MerkleTreeTest {
    private static final int N = 64;

    private static byte[] data(int i) {
        return ("event-" + i).getBytes(StandardCharsets.UTF_8);
    }

    private static MerkleTree tree(int n) {
        MerkleTree t = new MerkleTree();
        for (int i = 0; i < n; i++) {
            assertThat(t.append(data(i))).isEqualTo(i);
        }
        return t;
    }

    /** RFC 9162's MTH written straight from the definition, with no stored subtrees. */
    private static byte[] mth(int lo, int hi) {
        if (hi == lo) {
            return MerkleHash.emptyRoot();
        }
        if (hi - lo == 1) {
            return MerkleHash.leaf(data(lo));
        }
        int k = Integer.highestOneBit(hi - lo - 1);
        return MerkleHash.node(mth(lo, lo + k), mth(lo + k, hi));
    }

    @Test
    void everyRootEqualsTheDefinition() {
        MerkleTree t = tree(N);
        for (int n = 0; n <= N; n++) {
            assertThat(t.root(n)).as("root of %d", n).isEqualTo(mth(0, n));
        }
        assertThat(tree(37).root()).isEqualTo(mth(0, 37));
    }

    @Test
    void everyInclusionProofVerifiesAndNothingElseDoes() {
        MerkleTree t = tree(N);
        for (int n = 1; n <= N; n++) {
            byte[] root = t.root(n);
            for (int i = 0; i < n; i++) {
                List<byte[]> proof = t.inclusionProof(i, n);
                byte[] leaf = t.leafHash(i);
                assertThat(proof.size()).as("O(log n)").isLessThanOrEqualTo(64 - Long.numberOfLeadingZeros(n - 1));
                assertThat(MerkleProofs.verifyInclusion(i, n, leaf, proof, root)).as("leaf %d of %d", i, n).isTrue();
                assertThat(MerkleProofs.verifyInclusion(i, n, MerkleHash.leaf(data(i + 1000)), proof, root)).isFalse();
                if (n > 1) {
                    assertThat(MerkleProofs.verifyInclusion((i + 1) % n, n, leaf, proof, root)).as("another index").isFalse();
                }
                for (int p = 0; p < proof.size(); p++) {
                    assertThat(MerkleProofs.verifyInclusion(i, n, leaf, flipped(proof, p), root)).as("hash %d changed", p).isFalse();
                }
                if (!proof.isEmpty()) {
                    assertThat(MerkleProofs.verifyInclusion(i, n, leaf, proof.subList(0, proof.size() - 1), root)).as("cut short").isFalse();
                }
                List<byte[]> longer = new ArrayList<>(proof);
                longer.add(root);
                assertThat(MerkleProofs.verifyInclusion(i, n, leaf, longer, root)).as("too long").isFalse();
            }
        }
    }

    @Test
    void everyConsistencyProofVerifiesAndNothingElseDoes() {
        MerkleTree t = tree(N);
        for (int n = 1; n <= N; n++) {
            for (int m = 1; m <= n; m++) {
                List<byte[]> proof = t.consistencyProof(m, n);
                byte[] r1 = t.root(m);
                byte[] r2 = t.root(n);
                assertThat(MerkleProofs.verifyConsistency(m, n, proof, r1, r2)).as("%d to %d", m, n).isTrue();
                if (m < n) {
                    assertThat(MerkleProofs.verifyConsistency(m, n, proof, mth(1, m + 1), r2)).as("another old root").isFalse();
                    assertThat(MerkleProofs.verifyConsistency(m, n, proof, r1, t.root(n - 1))).as("another new root").isFalse();
                    for (int p = 0; p < proof.size(); p++) {
                        assertThat(MerkleProofs.verifyConsistency(m, n, flipped(proof, p), r1, r2)).as("%d to %d, hash %d changed", m, n, p).isFalse();
                    }
                    assertThat(MerkleProofs.verifyConsistency(n, m, proof, r2, r1)).as("backwards").isFalse();
                } else {
                    assertThat(proof).isEmpty();
                }
            }
        }
    }

    @Test
    void aRewrittenLeafBreaksConsistencyWithWhatWasSigned() {
        MerkleTree honest = tree(20);
        MerkleTree rewritten = new MerkleTree();
        for (int i = 0; i < 20; i++) {
            rewritten.append(i == 7 ? "forged".getBytes(StandardCharsets.UTF_8) : data(i));
        }
        for (int i = 20; i < 30; i++) {
            rewritten.append(data(i));
        }
        byte[] signedRoot = honest.root(12); // what a witness cosigned when the log had 12 leaves
        assertThat(MerkleProofs.verifyConsistency(12, 30, rewritten.consistencyProof(12, 30), signedRoot, rewritten.root())).isFalse();
    }

    @Test
    void proofsOutsideTheTreeAreRefused() {
        MerkleTree t = tree(5);
        assertThatThrownBy(() -> t.inclusionProof(5, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.inclusionProof(0, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.consistencyProof(0, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.consistencyProof(4, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.root(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.appendLeafHash(new byte[31])).isInstanceOf(IllegalArgumentException.class);
        assertThat(MerkleProofs.verifyInclusion(-1, 5, t.leafHash(0), List.of(), t.root())).isFalse();
        assertThat(MerkleProofs.verifyConsistency(0, 0, List.of(), MerkleHash.emptyRoot(), MerkleHash.emptyRoot())).isFalse();
    }

    @Test
    void aTreeRebuiltFromItsLeafHashesIsTheSameTree() {
        MerkleTree t = tree(100_000 / 1000 + 33); // crosses several levels
        MerkleTree again = new MerkleTree();
        for (long i = 0; i < t.size(); i++) {
            again.appendLeafHash(t.leafHash(i));
        }
        assertThat(again.root()).isEqualTo(t.root());
        assertThat(again.consistencyProof(17, again.size())).usingElementComparator(java.util.Arrays::compare)
                .containsExactlyElementsOf(t.consistencyProof(17, t.size()));
    }

    @Test
    void aTreeCrossingAChunkBoundaryKeepsItsHashes() {
        int n = (1 << 15) + 3; // one more chunk at level 0
        MerkleTree t = new MerkleTree();
        MerkleTree check = new MerkleTree();
        for (int i = 0; i < n; i++) {
            t.append(data(i));
        }
        assertThat(MerkleProofs.verifyInclusion(n - 1, n, MerkleHash.leaf(data(n - 1)), t.inclusionProof(n - 1, n), t.root())).isTrue();
        assertThat(MerkleProofs.verifyInclusion(1 << 15, n, MerkleHash.leaf(data(1 << 15)), t.inclusionProof(1 << 15, n), t.root())).isTrue();
        assertThat(check.size()).isZero();
    }

    private static List<byte[]> flipped(List<byte[]> proof, int at) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < proof.size(); i++) {
            byte[] h = proof.get(i).clone();
            if (i == at) {
                h[i % h.length] ^= 0x01;
            }
            out.add(h);
        }
        return out;
    }
}
