package org.timestation.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.regex.Pattern;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * This node's name and Ed25519 key pair. Created on first start and kept in the data folder
 * ({@code node-id}, {@code node-ed25519.key} (PKCS#8, owner-only), {@code node-ed25519.pub} (X.509)).
 */
public final class NodeIdentity {
    private static final Pattern NODE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private final String nodeId;
    private final KeyPair keys;

    public NodeIdentity(String nodeId, KeyPair keys) {
        if (!NODE_ID.matcher(nodeId).matches()) {
            throw new IllegalArgumentException("a node id is 1-63 lower-case letters, digits or '-', got '" + nodeId + "'");
        }
        if (keys.getPrivate().getEncoded().length != PKCS8_ED25519_LENGTH || keys.getPublic().getEncoded().length != X509_ED25519_LENGTH) {
            throw new IllegalArgumentException("not an Ed25519 key pair in the expected encoding");
        }
        this.nodeId = nodeId;
        this.keys = keys;
    }

    /** A PKCS#8 v1 PrivateKeyInfo of an Ed25519 key: 16 bytes of header, then the 32-byte seed. */
    private static final int PKCS8_ED25519_LENGTH = 48;

    public static NodeIdentity generate(String nodeId, SecureRandom random) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
            g.initialize(NamedParameterSpec.ED25519, random);
            return new NodeIdentity(nodeId, g.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is missing from this JDK", e);
        }
    }

    /** Loads the identity kept in {@code dir}, or creates one named {@code nodeIdIfNew}. */
    public static NodeIdentity loadOrCreate(Path dir, String nodeIdIfNew, SecureRandom random) {
        Path idFile = dir.resolve("node-id");
        Path keyFile = dir.resolve("node-ed25519.key");
        Path pubFile = dir.resolve("node-ed25519.pub");
        try {
            if (Files.exists(idFile) && Files.exists(keyFile) && Files.exists(pubFile)) {
                String id = Files.readString(idFile, StandardCharsets.UTF_8).trim();
                KeyFactory kf = KeyFactory.getInstance("Ed25519");
                PrivateKey priv = kf.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(keyFile)));
                PublicKey pub = kf.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(pubFile)));
                return new NodeIdentity(id, new KeyPair(pub, priv));
            }
            NodeIdentity created = generate(nodeIdIfNew, random);
            created.saveTo(dir);
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the node key in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the node key in " + dir + " is damaged", e);
        }
    }

    /** Writes this identity into {@code dir} (the key file readable by its owner only). */
    public void saveTo(Path dir) {
        try {
            Files.createDirectories(dir);
            writeAtomically(dir.resolve("node-ed25519.key"), keys.getPrivate().getEncoded(), true);
            writeAtomically(dir.resolve("node-ed25519.pub"), publicKey(), false);
            writeAtomically(dir.resolve("node-id"), (nodeId + "\n").getBytes(StandardCharsets.UTF_8), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the node key in " + dir, e);
        }
    }

    private static void writeAtomically(Path file, byte[] bytes, boolean secret) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        if (secret) {
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: rely on the folder's permissions
            }
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    public String nodeId() {
        return nodeId;
    }

    /** X.509 encoding of the public key. */
    public byte[] publicKey() {
        return keys.getPublic().getEncoded();
    }

    /**
     * Signs a checkpoint (RFC 8032 Ed25519 via BouncyCastle: the same bytes the JDK would produce,
     * about ten times faster on JDK 17; see docs/decisions).
     */
    public Checkpoint sign(long seq, Hash head, long signedAtMillis) {
        return new Checkpoint(nodeId, seq, head, signedAtMillis, sign(Checkpoint.signedBytes(nodeId, seq, head, signedAtMillis)));
    }

    /** An Ed25519 signature (64 bytes) of {@code msg} by this node (vouchers, checkpoints). */
    public byte[] sign(byte[] msg) {
        byte[] pkcs8 = keys.getPrivate().getEncoded();
        byte[] sig = new byte[Ed25519.SIGNATURE_SIZE];
        Ed25519.sign(pkcs8, pkcs8.length - Ed25519.SECRET_KEY_SIZE, msg, 0, msg.length, sig, 0);
        return sig;
    }

    /** True when {@code checkpoint} carries a valid signature by the holder of {@code x509PublicKey}. */
    public static boolean verify(Checkpoint checkpoint, byte[] x509PublicKey) {
        return verify(checkpoint.signedBytes(), checkpoint.signature(), x509PublicKey);
    }

    /** True when {@code sig} is a valid Ed25519 signature of {@code msg} by the holder of {@code x509PublicKey}. */
    public static boolean verify(byte[] msg, byte[] sig, byte[] x509PublicKey) {
        if (x509PublicKey == null || x509PublicKey.length != X509_ED25519_LENGTH || sig == null || sig.length != Ed25519.SIGNATURE_SIZE) {
            return false;
        }
        try {
            return Ed25519.verify(sig, 0, x509PublicKey, X509_ED25519_LENGTH - Ed25519.PUBLIC_KEY_SIZE, msg, 0, msg.length);
        } catch (RuntimeException invalidKey) {
            return false;
        }
    }

    /** An X.509 SubjectPublicKeyInfo of an Ed25519 key: 12 bytes of header, then the 32-byte key. */
    private static final int X509_ED25519_LENGTH = 44;
}
