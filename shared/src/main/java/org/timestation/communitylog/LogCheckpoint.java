package org.timestation.communitylog;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;
import org.timestation.ledger.NodeIdentity;

/**
 * A checkpoint of the community log (c2sp.org/tlog-checkpoint): the log's origin, its size and its
 * root hash, as the three lines of a signed note's body. The hub signs it with its Ed25519 key; a
 * kiosk adds its cosignature; the monthly bulletin prints it.
 */
public record LogCheckpoint(String origin, long size, byte[] root) {
    private static final Pattern SIZE = Pattern.compile("0|[1-9][0-9]{0,18}");

    public LogCheckpoint {
        if (origin == null || origin.isEmpty() || origin.chars().anyMatch(c -> c == '\n' || Character.isISOControl(c))) {
            throw new IllegalArgumentException("a checkpoint's origin is one non-empty line");
        }
        if (size < 0) {
            throw new IllegalArgumentException("a log's size is never negative");
        }
        if (root == null || root.length != MerkleHash.SIZE) {
            throw new IllegalArgumentException("a root hash is 32 bytes");
        }
        root = root.clone();
    }

    @Override
    public byte[] root() {
        return root.clone();
    }

    /** The note body: origin, size and base64 root, each on its own line. */
    public String body() {
        return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(root) + "\n";
    }

    /** The checkpoint signed by the log's key {@code keyName} (the hub's node key). */
    public SignedNote signedBy(String keyName, NodeIdentity log) {
        SignedNote.checkKeyName(keyName);
        byte[] sig = log.sign(body().getBytes(StandardCharsets.UTF_8));
        byte[] id = SignedNote.keyId(keyName, SignedNote.ED25519, Ed25519Keys.raw(log.publicKey()));
        return new SignedNote(body(), java.util.List.of(new SignedNote.Line(keyName, id, sig)));
    }

    /**
     * The checkpoint in {@code note}, once its signature by {@code keyName} with the raw 32-byte key
     * {@code logKey} checks out and its body is exactly a checkpoint of {@code origin}. Any other note
     * is refused with the reason.
     */
    public static LogCheckpoint verified(SignedNote note, String origin, String keyName, byte[] logKey) {
        byte[] id = SignedNote.keyId(keyName, SignedNote.ED25519, logKey);
        SignedNote.Line line = note.lineOf(keyName, id);
        if (line == null) {
            throw new IllegalArgumentException("the checkpoint is not signed by the log's key " + keyName);
        }
        if (!NodeIdentity.verify(note.body().getBytes(StandardCharsets.UTF_8), line.signature(), Ed25519Keys.x509(logKey))) {
            throw new IllegalArgumentException("the checkpoint's signature by " + keyName + " does not verify");
        }
        LogCheckpoint c = parseBody(note.body());
        if (!c.origin().equals(origin)) {
            throw new IllegalArgumentException("the checkpoint is of another log: " + c.origin());
        }
        return c;
    }

    /** Reads the three lines of a checkpoint body (extension lines after them are allowed and ignored). */
    public static LogCheckpoint parseBody(String body) {
        String[] lines = body.split("\n", -1);
        if (lines.length < 4 || !lines[lines.length - 1].isEmpty()) {
            throw new IllegalArgumentException("a checkpoint is three lines: origin, size, root");
        }
        if (!SIZE.matcher(lines[1]).matches()) {
            throw new IllegalArgumentException("a checkpoint's size is a decimal number without leading zeros: " + lines[1]);
        }
        byte[] root;
        try {
            root = Base64.getDecoder().decode(lines[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a checkpoint's root is base64: " + lines[2], e);
        }
        if (!Base64.getEncoder().encodeToString(root).equals(lines[2])) {
            throw new IllegalArgumentException("a checkpoint's root is canonical base64: " + lines[2]);
        }
        return new LogCheckpoint(lines[0], Long.parseLong(lines[1]), root);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogCheckpoint c && c.origin.equals(origin) && c.size == size && Arrays.equals(c.root, root);
    }

    @Override
    public int hashCode() {
        return (origin.hashCode() * 31 + Long.hashCode(size)) * 31 + Arrays.hashCode(root);
    }

    @Override
    public String toString() {
        return origin + " size " + size + " root " + java.util.HexFormat.of().formatHex(root);
    }
}
