package org.timestation.datafolder;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.timestation.ledger.CanonicalJson;
import org.timestation.ledger.NodeIdentity;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

/**
 * The key backup a station's staff keep away from the station (a USB stick in the manager's safe):
 * the node's key pair and the community key, encrypted with AES-256-GCM under a key derived from a
 * passphrase with Argon2id (64 MiB, 3 passes). A text file:
 *
 * <pre>
 *   TIMESTATION-KEYS 1
 *   kdf argon2id m=65536 t=3 p=1 salt=&lt;base64&gt;
 *   cipher aes-256-gcm nonce=&lt;base64&gt;
 *   &lt;base64 of the ciphertext, lines of 76&gt;
 * </pre>
 *
 * The first three lines are authenticated with the ciphertext: a changed parameter or a changed byte
 * is refused as damage, a wrong passphrase as a wrong passphrase.
 */
public final class KeyBackup {
    static final String MAGIC = "TIMESTATION-KEYS 1";
    static final int MEMORY_KIB = 64 * 1024;
    static final int ITERATIONS = 3;
    static final int PARALLELISM = 1;
    /** The shortest passphrase accepted for a new backup. */
    public static final int MIN_PASSPHRASE = 10;

    private KeyBackup() {
    }

    /** The backup file's bytes. */
    public static byte[] export(DataFolder.Keys keys, char[] passphrase, SecureRandom random) {
        if (passphrase == null || passphrase.length < MIN_PASSPHRASE) {
            throw new DomainException(ErrorCode.PASSPHRASE_TOO_SHORT, MIN_PASSPHRASE);
        }
        byte[] salt = new byte[16];
        byte[] nonce = new byte[12];
        random.nextBytes(salt);
        random.nextBytes(nonce);
        String header = MAGIC + "\n" + "kdf argon2id m=" + MEMORY_KIB + " t=" + ITERATIONS + " p=" + PARALLELISM + " salt="
                + Base64.getEncoder().encodeToString(salt) + "\n" + "cipher aes-256-gcm nonce=" + Base64.getEncoder().encodeToString(nonce) + "\n";
        Map<String, Object> plain = new TreeMap<>();
        plain.put("community", HexFormat.of().formatHex(keys.communityKey()));
        plain.put("node", keys.node().nodeId());
        plain.put("private", HexFormat.of().formatHex(keys.node().privateKey()));
        plain.put("public", HexFormat.of().formatHex(keys.node().publicKey()));
        byte[] key = derive(passphrase, salt, MEMORY_KIB, ITERATIONS, PARALLELISM);
        byte[] sealed = gcm(Cipher.ENCRYPT_MODE, key, nonce, header, CanonicalJson.encode(plain).getBytes(StandardCharsets.UTF_8));
        Arrays.fill(key, (byte) 0);
        String body = Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(sealed);
        return (header + body + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** The keys in a backup file; refused when the passphrase is wrong or the file was changed. */
    public static DataFolder.Keys read(byte[] file, char[] passphrase) {
        String text = new String(file, StandardCharsets.US_ASCII);
        List<String> lines = text.lines().toList();
        if (lines.size() < 4 || !lines.get(0).equals(MAGIC) || !lines.get(1).startsWith("kdf argon2id ")
                || !lines.get(2).startsWith("cipher aes-256-gcm nonce=")) {
            throw new DomainException(ErrorCode.KEY_BACKUP_DAMAGED);
        }
        try {
            Map<String, String> kdf = params(lines.get(1).substring("kdf argon2id ".length()));
            int m = Integer.parseInt(kdf.get("m"));
            int t = Integer.parseInt(kdf.get("t"));
            int p = Integer.parseInt(kdf.get("p"));
            if (m < 8 * 1024 || m > 4 * 1024 * 1024 || t < 1 || t > 100 || p < 1 || p > 16) {
                throw new DomainException(ErrorCode.KEY_BACKUP_DAMAGED);
            }
            byte[] salt = Base64.getDecoder().decode(kdf.get("salt"));
            byte[] nonce = Base64.getDecoder().decode(lines.get(2).substring("cipher aes-256-gcm nonce=".length()));
            String header = lines.get(0) + "\n" + lines.get(1) + "\n" + lines.get(2) + "\n";
            byte[] sealed = Base64.getMimeDecoder().decode(String.join("\n", lines.subList(3, lines.size())));
            byte[] key = derive(passphrase, salt, m, t, p);
            byte[] plain;
            try {
                plain = gcm(Cipher.DECRYPT_MODE, key, nonce, header, sealed);
            } catch (IllegalStateException wrongKey) {
                throw new DomainException(ErrorCode.KEY_BACKUP_PASSPHRASE_WRONG);
            } finally {
                Arrays.fill(key, (byte) 0);
            }
            Map<String, Object> fields = CanonicalJson.parseObject(new String(plain, StandardCharsets.UTF_8));
            KeyFactory kf = KeyFactory.getInstance("Ed25519");
            NodeIdentity node = new NodeIdentity((String) fields.get("node"), new KeyPair(
                    kf.generatePublic(new X509EncodedKeySpec(HexFormat.of().parseHex((String) fields.get("public")))),
                    kf.generatePrivate(new PKCS8EncodedKeySpec(HexFormat.of().parseHex((String) fields.get("private"))))));
            if (!node.publicKeyMatchesPrivate()) {
                throw new DomainException(ErrorCode.KEY_BACKUP_DAMAGED);
            }
            return new DataFolder.Keys(node, HexFormat.of().parseHex((String) fields.get("community")));
        } catch (DomainException e) {
            throw e;
        } catch (RuntimeException | GeneralSecurityException e) {
            throw new DomainException(ErrorCode.KEY_BACKUP_DAMAGED, e);
        }
    }

    private static Map<String, String> params(String s) {
        Map<String, String> out = new TreeMap<>();
        for (String kv : s.split(" ")) {
            int eq = kv.indexOf('=');
            if (eq > 0) {
                out.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        return out;
    }

    static byte[] derive(char[] passphrase, byte[] salt, int memoryKib, int iterations, int parallelism) {
        Argon2BytesGenerator argon = new Argon2BytesGenerator();
        argon.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib).withIterations(iterations).withParallelism(parallelism).withSalt(salt).build());
        byte[] key = new byte[32];
        byte[] pass = new String(passphrase).getBytes(StandardCharsets.UTF_8);
        argon.generateBytes(pass, key);
        Arrays.fill(pass, (byte) 0);
        return key;
    }

    private static byte[] gcm(int mode, byte[] key, byte[] nonce, String header, byte[] input) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
            c.updateAAD(header.getBytes(StandardCharsets.US_ASCII));
            return c.doFinal(input);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalStateException("the tag does not match", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("AES-GCM failed", e);
        }
    }
}
