package org.timestation.communitylog;

import java.util.ArrayList;
import java.util.List;

/**
 * The community log's Merkle tree (RFC 9162 section 2.1), append-only, with every complete subtree's
 * hash kept: level {@code L} holds the roots of the aligned runs of {@code 2^L} leaves. Appending a
 * leaf costs its leaf hash plus, on average, one inner hash. A root, an inclusion proof or a
 * consistency proof for any earlier size joins at most {@code 2 log2 n} stored hashes with
 * {@code O(log n)} new ones, so a proof at ten million leaves takes microseconds. Memory: about 64
 * bytes per leaf (BENCHMARKS.md).
 *
 * <p>Thread-safe: the hub appends on one thread while others ask for proofs.
 */
public final class MerkleTree {
    private final List<HashColumn> levels = new ArrayList<>();
    private long size;

    /** The number of leaves. */
    public synchronized long size() {
        return size;
    }

    private final java.security.MessageDigest sha = sha256();
    private final byte[] scratch = new byte[MerkleHash.SIZE];

    private static java.security.MessageDigest sha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Appends a leaf whose data is {@code data} (for the community log: an event's 32-byte chain hash); returns its index. */
    public synchronized long append(byte[] data) {
        sha.update((byte) 0);
        sha.update(data);
        try {
            sha.digest(scratch, 0, MerkleHash.SIZE);
        } catch (java.security.DigestException e) {
            throw new IllegalStateException(e);
        }
        return appendLeafHash(scratch);
    }

    /** Appends a leaf by its leaf hash (a tree rebuilt from stored leaf hashes); returns its index. */
    public synchronized long appendLeafHash(byte[] leafHash) {
        if (leafHash.length != MerkleHash.SIZE) {
            throw new IllegalArgumentException("a leaf hash is 32 bytes, got " + leafHash.length);
        }
        long index = size;
        column(0).add(leafHash, 0);
        size++;
        // each completed pair of a level makes one node of the level above, hashed straight into its place
        for (int level = 0; ((index >>> level) & 1) == 1; level++) {
            long right = index >>> level;
            levels.get(level).nodeInto(sha, right - 1, right, column(level + 1));
        }
        return index;
    }

    private HashColumn column(int level) {
        while (levels.size() <= level) {
            levels.add(new HashColumn());
        }
        return levels.get(level);
    }

    /** The leaf hash at {@code index}. */
    public synchronized byte[] leafHash(long index) {
        checkIndex(index, size);
        return levels.get(0).get(index);
    }

    /** The root of the whole tree. */
    public synchronized byte[] root() {
        return root(size);
    }

    /** The root of the tree as it was when it had {@code treeSize} leaves. */
    public synchronized byte[] root(long treeSize) {
        checkSize(treeSize);
        return hash(0, treeSize);
    }

    /**
     * The audit path of leaf {@code index} in the tree of {@code treeSize} leaves (RFC 9162 2.1.3.1),
     * from the leaf's sibling up to the root's child.
     */
    public synchronized List<byte[]> inclusionProof(long index, long treeSize) {
        checkSize(treeSize);
        checkIndex(index, treeSize);
        List<byte[]> out = new ArrayList<>();
        path(index, 0, treeSize, out);
        return out;
    }

    private void path(long m, long lo, long hi, List<byte[]> out) {
        if (hi - lo <= 1) {
            return;
        }
        long k = Long.highestOneBit(hi - lo - 1);
        if (m < lo + k) {
            path(m, lo, lo + k, out);
            out.add(hash(lo + k, hi));
        } else {
            path(m, lo + k, hi, out);
            out.add(hash(lo, lo + k));
        }
    }

    /**
     * The proof that the tree of {@code fromSize} leaves is a prefix of the tree of {@code toSize}
     * leaves (RFC 9162 2.1.4.1). Empty when the sizes are equal; the empty tree has no proof.
     */
    public synchronized List<byte[]> consistencyProof(long fromSize, long toSize) {
        checkSize(toSize);
        if (fromSize <= 0 || fromSize > toSize) {
            throw new IllegalArgumentException("a consistency proof needs 0 < from <= to, got from " + fromSize + " to " + toSize);
        }
        List<byte[]> out = new ArrayList<>();
        subproof(fromSize, 0, toSize, true, out);
        return out;
    }

    private void subproof(long m, long lo, long hi, boolean whole, List<byte[]> out) {
        long n = hi - lo;
        if (m == n) {
            if (!whole) {
                out.add(hash(lo, hi));
            }
            return;
        }
        long k = Long.highestOneBit(n - 1);
        if (m <= k) {
            subproof(m, lo, lo + k, whole, out);
            out.add(hash(lo + k, hi));
        } else {
            subproof(m - k, lo + k, hi, false, out);
            out.add(hash(lo, lo + k));
        }
    }

    /**
     * MTH of leaves [lo, hi). Every range the proofs ask for starts at a multiple of its largest
     * power-of-two part, so its left part is a stored complete subtree and only the right edge is hashed.
     */
    private byte[] hash(long lo, long hi) {
        long n = hi - lo;
        if (n == 0) {
            return MerkleHash.emptyRoot();
        }
        if (Long.bitCount(n) == 1) {
            int level = Long.numberOfTrailingZeros(n);
            return levels.get(level).get(lo >>> level);
        }
        long k = Long.highestOneBit(n - 1);
        return MerkleHash.node(hash(lo, lo + k), hash(lo + k, hi));
    }

    private void checkSize(long treeSize) {
        if (treeSize < 0 || treeSize > size) {
            throw new IllegalArgumentException("the log has " + size + " leaves, not " + treeSize);
        }
    }

    private static void checkIndex(long index, long treeSize) {
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + treeSize);
        }
    }

    /** One level's hashes, 32 bytes each, in chunks of 32,768 (1 MiB) so growing never copies a large array. */
    private static final class HashColumn {
        private static final int SHIFT = 15;
        private static final int PER_CHUNK = 1 << SHIFT;
        private final List<byte[]> chunks = new ArrayList<>();
        private long count;

        void add(byte[] hash, int off) {
            int at = (int) (count & (PER_CHUNK - 1));
            if (at == 0) {
                chunks.add(new byte[PER_CHUNK * MerkleHash.SIZE]);
            }
            System.arraycopy(hash, off, chunks.get(chunks.size() - 1), at * MerkleHash.SIZE, MerkleHash.SIZE);
            count++;
        }

        byte[] get(long i) {
            byte[] out = new byte[MerkleHash.SIZE];
            System.arraycopy(chunks.get((int) (i >>> SHIFT)), (int) (i & (PER_CHUNK - 1)) * MerkleHash.SIZE, out, 0, MerkleHash.SIZE);
            return out;
        }

        /** Appends node(hash i, hash j) of this column to {@code above}, hashed with {@code sha} directly into its slot. */
        void nodeInto(java.security.MessageDigest sha, long i, long j, HashColumn above) {
            int at = (int) (above.count & (PER_CHUNK - 1));
            if (at == 0) {
                above.chunks.add(new byte[PER_CHUNK * MerkleHash.SIZE]);
            }
            sha.update((byte) 1);
            sha.update(chunks.get((int) (i >>> SHIFT)), (int) (i & (PER_CHUNK - 1)) * MerkleHash.SIZE, MerkleHash.SIZE);
            sha.update(chunks.get((int) (j >>> SHIFT)), (int) (j & (PER_CHUNK - 1)) * MerkleHash.SIZE, MerkleHash.SIZE);
            try {
                sha.digest(above.chunks.get(above.chunks.size() - 1), at * MerkleHash.SIZE, MerkleHash.SIZE);
            } catch (java.security.DigestException e) {
                throw new IllegalStateException(e);
            }
            above.count++;
        }
    }
}
