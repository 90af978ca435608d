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

    /**
     * A PIN's stored form: PBKDF2-HMAC-SHA256 (20,000 rounds) salted with a keyed hash of the member
     * id, so the ledger copies on other stations reveal nothing without the community key.
     */
    public String pinHash(String memberId, String pin) {
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
