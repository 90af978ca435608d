package org.timestation.member;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hash (HMAC-SHA256) of ID numbers, for lookup without keeping the number. The key belongs to
 * the community (every station of it needs the same key to recognise a card) and is kept in the
 * data folder as {@code id-hash.key} (see {@code DataFolder}); without it the 18-digit space cannot be
 * searched offline.
 */
public final class IdNumberHasher implements BirthDates {
    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private final byte[] key;

    public IdNumberHasher(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the ID hash key needs at least 32 bytes");
        }
        this.key = key.clone();
    }

    /** A check value of the key: which key a ledger was made with, without revealing anything of the key. */
    public String keyCheck() {
        return HexFormat.of().formatHex(java.util.Arrays.copyOf(mac("time station community key check"), 16));
    }

    /** 64 hex characters. */
    public String hash(IdNumber id) {
        return HexFormat.of().formatHex(mac(id.clear()));
    }

    /** A short, stable member number derived from the keyed hash: {@code M} + 10 Crockford base-32 characters. */
    public String memberId(IdNumber id) {
        byte[] h = mac("member-id:" + id.clear());
        long bits = 0;
        for (int i = 0; i < 7; i++) {
            bits = (bits << 8) | (h[i] & 0xFF);
        }
        StringBuilder sb = new StringBuilder("M");
        for (int i = 0; i < 10; i++) {
            sb.append(CROCKFORD.charAt((int) ((bits >>> (5 * (9 - i))) & 31)));
        }
        return sb.toString();
    }

    /** Argon2id for PINs: OWASP's minimum (19 MiB, 2 passes, 1 lane), the community key as the secret (pepper). See decision 0021. */
    static final int PIN_MEMORY_KIB = 19 * 1024;
    static final int PIN_ITERATIONS = 2;
    static final int PIN_PARALLELISM = 1;
    private static final String PIN_FORMAT = "a2id";

    /**
     * A PIN's stored form: Argon2id with a random salt and the community key as its secret (pepper):
     * {@code a2id$m=19456,t=2,p=1$<salt>$<hash>} (Base64). Without the community key nothing can be
     * tried offline; with it, every guess costs a memory-hard Argon2id (decision 0021).
     */
    public String pinHash(String pin, java.security.SecureRandom random) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return PIN_FORMAT + "$m=" + PIN_MEMORY_KIB + ",t=" + PIN_ITERATIONS + ",p=" + PIN_PARALLELISM + "$"
                + java.util.Base64.getEncoder().withoutPadding().encodeToString(salt) + "$"
                + java.util.Base64.getEncoder().withoutPadding().encodeToString(argon(pin, salt, PIN_MEMORY_KIB, PIN_ITERATIONS, PIN_PARALLELISM));
    }

    /** True when {@code pin} is the member's PIN whose stored form is {@code stored} (also a form written before release 0.2). */
    public boolean pinMatches(String memberId, String pin, String stored) {
        byte[] expected;
        byte[] actual;
        if (stored.startsWith(PIN_FORMAT + "$")) {
            try {
                String[] parts = stored.split("\\$");
                java.util.Map<String, Integer> params = new java.util.TreeMap<>();
                for (String kv : parts[1].split(",")) {
                    String[] p = kv.split("=");
                    params.put(p[0], Integer.parseInt(p[1]));
                }
                int m = params.get("m");
                int t = params.get("t");
                int p = params.get("p");
                if (parts.length != 4 || m < 8 * 1024 || m > 256 * 1024 || t < 1 || t > 10 || p < 1 || p > 4) {
                    return false; // not a form this station writes (nor one that could tie it up)
                }
                byte[] salt = java.util.Base64.getDecoder().decode(parts[2]);
                expected = java.util.Base64.getDecoder().decode(parts[3]);
                actual = argon(pin, salt, m, t, p);
            } catch (RuntimeException malformed) {
                return false;
            }
        } else {
            expected = stored.getBytes(StandardCharsets.US_ASCII);
            actual = legacyPinHash(memberId, pin).getBytes(StandardCharsets.US_ASCII);
        }
        return java.security.MessageDigest.isEqual(expected, actual);
    }

    private byte[] argon(String pin, byte[] salt, int memoryKib, int iterations, int parallelism) {
        org.bouncycastle.crypto.generators.Argon2BytesGenerator g = new org.bouncycastle.crypto.generators.Argon2BytesGenerator();
        g.init(new org.bouncycastle.crypto.params.Argon2Parameters.Builder(org.bouncycastle.crypto.params.Argon2Parameters.ARGON2_id)
                .withVersion(org.bouncycastle.crypto.params.Argon2Parameters.ARGON2_VERSION_13).withMemoryAsKB(memoryKib)
                .withIterations(iterations).withParallelism(parallelism).withSalt(salt).withSecret(mac("pin-pepper")).build());
        byte[] out = new byte[32];
        g.generateBytes(pin.getBytes(StandardCharsets.US_ASCII), out);
        return out;
    }

    /** Release 0.1's PIN form (PBKDF2-HMAC-SHA256, 20,000 rounds, salted with a keyed hash of the member id): still accepted. */
    private String legacyPinHash(String memberId, String pin) {
        try {
            javax.crypto.SecretKeyFactory f = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
            byte[] salt = mac("pin:" + memberId);
            byte[] h = f.generateSecret(new javax.crypto.spec.PBEKeySpec(pin.toCharArray(), salt, 20_000, 256)).getEncoded();
            return HexFormat.of().formatHex(h);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JDK", e);
        }
    }

    /**
     * A birth date sealed for one member with AES-256-GCM under a key derived from the community key;
     * the member id is authenticated with it, so a sealed date cannot be moved to another member. The
     * nonce is derived from the key, the member and the date (a synthetic nonce), so the same member
     * and date always seal the same way (the demo is deterministic) and no nonce is ever reused for
     * another plaintext. {@code b1.} + Base64url.
     */
    public String sealBirthDate(String memberId, LocalDate birth) {
        byte[] nonce = java.util.Arrays.copyOf(mac("birth-nonce:" + memberId + ":" + birth), 12);
        byte[] sealed = gcm(javax.crypto.Cipher.ENCRYPT_MODE, nonce, memberId, birth.toString().getBytes(StandardCharsets.US_ASCII));
        byte[] out = new byte[nonce.length + sealed.length];
        System.arraycopy(nonce, 0, out, 0, nonce.length);
        System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
        return "b1." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    }

    @Override
    public LocalDate open(String memberId, String sealed) {
        if (sealed == null || !sealed.startsWith("b1.")) {
            return null;
        }
        try {
            byte[] all = java.util.Base64.getUrlDecoder().decode(sealed.substring(3));
            byte[] plain = gcm(javax.crypto.Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(all, 12), memberId,
                    java.util.Arrays.copyOfRange(all, 12, all.length));
            return LocalDate.parse(new String(plain, StandardCharsets.US_ASCII));
        } catch (RuntimeException wrongKeyOrDamaged) {
            return null;
        }
    }

    private byte[] gcm(int mode, byte[] nonce, String memberId, byte[] input) {
        try {
            javax.crypto.Cipher c = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, new SecretKeySpec(mac("birth-date-aes-256-gcm"), "AES"), new javax.crypto.spec.GCMParameterSpec(128, nonce));
            c.updateAAD(memberId.getBytes(StandardCharsets.US_ASCII));
            return c.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the sealed birth date cannot be opened with this key", e);
        }
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }
}
