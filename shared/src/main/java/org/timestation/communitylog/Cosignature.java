package org.timestation.communitylog;

import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.OptionalLong;
import org.timestation.ledger.NodeIdentity;

/**
 * A witness's cosignature (c2sp.org/tlog-cosignature, cosignature/v1, Ed25519): the kiosk's statement
 * that, at its time, this checkpoint was the largest consistent one it had seen of the log. The signed
 * message is {@code cosignature/v1\ntime <seconds>\n} followed by the checkpoint's body; the line
 * carries the key ID, the 8-byte big-endian time and the signature.
 */
public final class Cosignature {
    private Cosignature() {
    }

    static byte[] message(String body, long epochSeconds) {
        return ("cosignature/v1\ntime " + epochSeconds + "\n" + body).getBytes(StandardCharsets.UTF_8);
    }

    /** The signature line a witness named {@code witnessName} adds to {@code checkpoint}. */
    public static SignedNote.Line sign(SignedNote checkpoint, String witnessName, NodeIdentity witness, long epochSeconds) {
        SignedNote.checkKeyName(witnessName);
        if (epochSeconds < 0) {
            throw new IllegalArgumentException("a cosignature's time is never before 1970");
        }
        byte[] sig = witness.sign(message(checkpoint.body(), epochSeconds));
        byte[] id = SignedNote.keyId(witnessName, SignedNote.COSIGNATURE_V1, Ed25519Keys.raw(witness.publicKey()));
        return new SignedNote.Line(witnessName, id, ByteBuffer.allocate(8 + sig.length).putLong(epochSeconds).put(sig).array());
    }

    /** The time of {@code witnessName}'s valid cosignature on {@code checkpoint}, or empty when it has none that verifies. */
    public static OptionalLong verify(SignedNote checkpoint, String witnessName, byte[] witnessKey) {
        SignedNote.Line line = checkpoint.lineOf(witnessName, SignedNote.keyId(witnessName, SignedNote.COSIGNATURE_V1, witnessKey));
        if (line == null || line.signature().length != 8 + 64) {
            return OptionalLong.empty();
        }
        ByteBuffer b = ByteBuffer.wrap(line.signature());
        long time = b.getLong();
        byte[] sig = new byte[64];
        b.get(sig);
        if (time < 0 || !NodeIdentity.verify(message(checkpoint.body(), time), sig, Ed25519Keys.x509(witnessKey))) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(time);
    }
}
