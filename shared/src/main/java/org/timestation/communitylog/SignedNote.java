package org.timestation.communitylog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The C2SP signed-note format (c2sp.org/signed-note): a UTF-8 text body ending in a newline, a blank
 * line, then one or more signature lines {@code — <key name> base64(4-byte key ID || signature)}.
 * Parsing is strict: a note that is not exactly this shape is refused with the reason.
 */
public record SignedNote(String body, List<Line> signatures) {
    /** The em dash and space that start every signature line. */
    private static final String DASH = "\u2014 ";
    /** Signature type of an Ed25519 note signature (in its key ID). */
    public static final byte ED25519 = 0x01;
    /** Signature type of an Ed25519 cosignature/v1 (c2sp.org/tlog-cosignature). */
    public static final byte COSIGNATURE_V1 = 0x04;
    /** A note larger than this is refused before it is looked at. */
    public static final int MAX_BYTES = 64 * 1024;

    public SignedNote {
        signatures = List.copyOf(signatures);
    }

    /** One signature line: the key's name, its 4-byte ID, and the signature bytes after the ID. */
    public record Line(String keyName, byte[] keyId, byte[] signature) {
        public String text() {
            byte[] all = new byte[keyId.length + signature.length];
            System.arraycopy(keyId, 0, all, 0, keyId.length);
            System.arraycopy(signature, 0, all, keyId.length, signature.length);
            return DASH + keyName + " " + Base64.getEncoder().encodeToString(all) + "\n";
        }
    }

    /** The note as text. */
    public String text() {
        StringBuilder b = new StringBuilder(body).append('\n');
        signatures.forEach(l -> b.append(l.text()));
        return b.toString();
    }

    /** The same note with one more signature line. */
    public SignedNote with(Line line) {
        List<Line> all = new ArrayList<>(signatures);
        all.add(line);
        return new SignedNote(body, all);
    }

    /** The first line signed by {@code keyName} whose key ID is {@code keyId}, or null. */
    public Line lineOf(String keyName, byte[] keyId) {
        for (Line l : signatures) {
            if (l.keyName().equals(keyName) && Arrays.equals(l.keyId(), keyId)) {
                return l;
            }
        }
        return null;
    }

    /** SHA-256(name || "\n" || type || public key)[:4]: the key ID the spec gives every key. */
    public static byte[] keyId(String keyName, byte type, byte[] rawPublicKey) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(keyName.getBytes(StandardCharsets.UTF_8));
            d.update((byte) '\n');
            d.update(type);
            return Arrays.copyOf(d.digest(rawPublicKey), 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A key name: non-empty, no spaces, no plus sign (the spec's rule), no line breaks. */
    public static void checkKeyName(String name) {
        if (name.isEmpty() || name.chars().anyMatch(c -> c == ' ' || c == '+' || c == '\n' || c == '\r' || Character.isISOControl(c))) {
            throw new IllegalArgumentException("a key name has no spaces, '+' or control characters: \"" + name + "\"");
        }
    }

    /** Reads a note; refuses anything that is not a body, a blank line and well-formed signature lines. */
    public static SignedNote parse(String text) {
        if (text == null || text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("the note is missing or larger than " + MAX_BYTES + " bytes");
        }
        if (text.indexOf('\r') >= 0 || !text.endsWith("\n")) {
            throw new IllegalArgumentException("a note has Unix line ends and ends with a newline");
        }
        int split = text.lastIndexOf("\n\n");
        if (split < 0) {
            throw new IllegalArgumentException("a note has a blank line between its text and its signatures");
        }
        String body = text.substring(0, split + 1);
        List<Line> lines = new ArrayList<>();
        for (String line : text.substring(split + 2).split("\n", -1)) {
            if (line.isEmpty()) {
                continue; // the split after the final newline
            }
            if (!line.startsWith(DASH)) {
                throw new IllegalArgumentException("a signature line starts with \"— \": " + line);
            }
            String rest = line.substring(DASH.length());
            int space = rest.indexOf(' ');
            if (space <= 0) {
                throw new IllegalArgumentException("a signature line is \"— name signature\": " + line);
            }
            String name = rest.substring(0, space);
            checkKeyName(name);
            byte[] raw;
            try {
                raw = Base64.getDecoder().decode(rest.substring(space + 1));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("a signature is base64: " + line, e);
            }
            if (raw.length < 5) {
                throw new IllegalArgumentException("a signature has a 4-byte key ID and a signature: " + line);
            }
            lines.add(new Line(name, Arrays.copyOf(raw, 4), Arrays.copyOfRange(raw, 4, raw.length)));
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("the note is not signed");
        }
        return new SignedNote(body, lines);
    }
}
