package org.timestation.communitylog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks the proofs a hub hands out (RFC 9162 sections 2.1.3.2 and 2.1.4.2), with nothing but the
 * hashes: a kiosk checking that the hub's log only grew, or a household checking the bulletin's
 * checkpoint. Every malformed input (wrong sizes, a proof too long or too short, a hash of the wrong
 * length) is a failed proof, never an exception.
 */
public final class MerkleProofs {
    private MerkleProofs() {
    }

    /** True when {@code proof} shows leaf {@code leafHash} at {@code index} in the tree of {@code treeSize} leaves with {@code root}. */
    public static boolean verifyInclusion(long index, long treeSize, byte[] leafHash, List<byte[]> proof, byte[] root) {
        if (index < 0 || treeSize <= 0 || index >= treeSize || !wellFormed(leafHash, proof, root)) {
            return false;
        }
        long fn = index;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false; // the proof is longer than the path
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleHash.node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                r = MerkleHash.node(r, p);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /**
     * True when {@code proof} shows the tree of {@code size1} leaves with {@code root1} to be a prefix
     * of the tree of {@code size2} leaves with {@code root2}. Equal sizes need an empty proof and equal
     * roots; a proof from the empty tree proves nothing and is refused.
     */
    public static boolean verifyConsistency(long size1, long size2, List<byte[]> proof, byte[] root1, byte[] root2) {
        if (size1 <= 0 || size2 < size1 || proof == null) {
            return false;
        }
        if (size1 == size2) { // nothing to prove: the two checkpoints must simply agree
            return proof.isEmpty() && root1 != null && Arrays.equals(root1, root2);
        }
        if (proof.isEmpty() || !wellFormed(root1, proof, root2)) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof.size() + 1);
        if (Long.bitCount(size1) == 1) {
            path.add(root1); // the old tree is a complete subtree: its root starts the path
        }
        path.addAll(proof);
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>>= 1;
            sn >>>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleHash.node(c, fr);
                sr = MerkleHash.node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                sr = MerkleHash.node(sr, c);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        return sn == 0 && Arrays.equals(fr, root1) && Arrays.equals(sr, root2);
    }

    private static boolean wellFormed(byte[] a, List<byte[]> proof, byte[] b) {
        if (a == null || b == null || a.length != MerkleHash.SIZE || b.length != MerkleHash.SIZE || proof == null) {
            return false;
        }
        for (byte[] p : proof) {
            if (p == null || p.length != MerkleHash.SIZE) {
                return false;
            }
        }
        return true;
    }
}
