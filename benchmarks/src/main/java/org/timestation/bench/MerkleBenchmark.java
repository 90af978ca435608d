package org.timestation.bench;

import java.security.MessageDigest;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.timestation.communitylog.MerkleTree;

/**
 * The community log (replication issue): appending 1,000,000 leaves against plain SHA-256 of the same
 * 1,000,000 event hashes (a leaf costs its leaf hash and on average one inner hash, so the ratio should
 * be about 2); and an inclusion and a consistency proof in a tree of 1,000,000 and 10,000,000 leaves
 * against the log2(n) SHA-256 computations a verifier of that proof does.
 */
public class MerkleBenchmark {
    /** A million random 32-byte event hashes. */
    @State(Scope.Benchmark)
    public static class Leaves {
        byte[][] hashes;

        @Setup(Level.Trial)
        public void setUp() {
            Random r = new Random(11);
            hashes = new byte[1_000_000][32];
            for (byte[] h : hashes) {
                r.nextBytes(h);
            }
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(value = 1, jvmArgs = {"-Xmx4g"})
    @Warmup(iterations = 3)
    @Measurement(iterations = 10)
    public long appendMillionLeaves(Leaves l) {
        MerkleTree t = new MerkleTree();
        for (byte[] h : l.hashes) {
            t.append(h);
        }
        return t.size();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(value = 1, jvmArgs = {"-Xmx4g"})
    @Warmup(iterations = 3)
    @Measurement(iterations = 10)
    public void baselineSha256MillionHashes(Leaves l, Blackhole bh) throws Exception {
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        for (byte[] h : l.hashes) {
            bh.consume(d.digest(h));
        }
    }

    /** A tree of {@code size} leaves, built once per trial. */
    @State(Scope.Benchmark)
    public static class Tree {
        @Param({"1000000", "10000000"})
        int size;
        MerkleTree tree;
        Random random;

        @Setup(Level.Trial)
        public void setUp() {
            tree = new MerkleTree();
            byte[] h = new byte[32];
            Random r = new Random(5);
            for (int i = 0; i < size; i++) {
                r.nextBytes(h);
                tree.append(h);
            }
            random = new Random(3);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Fork(value = 1, jvmArgs = {"-Xmx6g"})
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 5, time = 2)
    public List<byte[]> inclusionProof(Tree t) {
        long n = t.tree.size();
        return t.tree.inclusionProof(Math.floorMod(t.random.nextLong(), n), n);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Fork(value = 1, jvmArgs = {"-Xmx6g"})
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 5, time = 2)
    public List<byte[]> consistencyProof(Tree t) {
        long n = t.tree.size();
        return t.tree.consistencyProof(1 + Math.floorMod(t.random.nextLong(), n - 1), n);
    }

    /** What a verifier of one proof at that size at least computes: log2(n) SHA-256 of 65 bytes. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Fork(value = 1, jvmArgs = {"-Xmx6g"})
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 5, time = 2)
    public byte[] baselineLog2nHashes(Tree t) throws Exception {
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        byte[] h = new byte[65];
        int levels = 64 - Long.numberOfLeadingZeros(t.tree.size() - 1);
        for (int i = 0; i < levels; i++) {
            d.update(h);
            System.arraycopy(d.digest(), 0, h, 1, 32);
        }
        return h;
    }
}
