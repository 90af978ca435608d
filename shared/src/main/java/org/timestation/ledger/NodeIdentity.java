package org.timestation.ledger;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.util.regex.Pattern;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * This node's name and Ed25519 key pair, kept in the data folder ({@code DataFolder}: {@code node-id},
 * {@code node-ed25519.key} (PKCS#8, owner-only), {@code node-ed25519.pub} (X.509)).
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

    public String nodeId() {
        return nodeId;
    }

    /** X.509 encoding of the public key. */
    public byte[] publicKey() {
        return keys.getPublic().getEncoded();
    }

    /** PKCS#8 encoding of the private key: only for the data folder's key file and the key backup. */
    public byte[] privateKey() {
        return keys.getPrivate().getEncoded();
    }

    /** True when the public key is the one the private key makes (a key file replaced by another's is not). */
    public boolean publicKeyMatchesPrivate() {
        byte[] pkcs8 = keys.getPrivate().getEncoded();
        byte[] derived = new byte[Ed25519.PUBLIC_KEY_SIZE];
        Ed25519.generatePublicKey(pkcs8, pkcs8.length - Ed25519.SECRET_KEY_SIZE, derived, 0);
        byte[] x509 = publicKey();
        return java.util.Arrays.equals(derived, java.util.Arrays.copyOfRange(x509, x509.length - Ed25519.PUBLIC_KEY_SIZE, x509.length));
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
