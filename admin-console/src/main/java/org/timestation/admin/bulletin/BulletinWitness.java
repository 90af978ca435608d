package org.timestation.admin.bulletin;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.timestation.admin.hub.CommunityLog;
import org.timestation.communitylog.LogCheckpoint;
import org.timestation.communitylog.SignedNote;
import org.timestation.ledger.Checkpoint;
import org.timestation.ledger.EventStore;

/**
 * The signed proof a bulletin prints: the community log's checkpoint in force at the month's end (with
 * its cosignatures), or, where there is no hub log (a station not enrolled), the station's own last
 * signed head before the month's end.
 */
public final class BulletinWitness {
    /** The first line of a station's own signed head, as the QR holds it. */
    public static final String OWN_HEAD = "timestation station head v1";

    private BulletinWitness() {
    }

    /** The log's checkpoint in force at {@code endMillis}, or empty when it had none yet. */
    public static Optional<BulletinFacts.Witness> ofLog(CommunityLog log, long endMillis) {
        return log.inForceAt(endMillis).map(note -> {
            LogCheckpoint c = LogCheckpoint.parseBody(note.body());
            return new BulletinFacts.Witness(note.text(), c.size(), HexFormat.of().formatHex(c.root()), fingerprint(log.publicKey()),
                    log.cosigners(c.size()), false);
        });
    }

    /** The station's own last signed head at or before {@code endMillis}, or empty. */
    public static Optional<BulletinFacts.Witness> ofStation(EventStore store, String node, byte[] publicKey, long endMillis) {
        Checkpoint[] last = new Checkpoint[1];
        store.forEachCheckpoint(c -> {
            if (c.nodeId().equals(node) && c.signedAtMillis() <= endMillis && (last[0] == null || c.seq() > last[0].seq())) {
                last[0] = c;
            }
        });
        if (last[0] == null) {
            return Optional.empty();
        }
        Checkpoint c = last[0];
        String head = HexFormat.of().formatHex(c.head().bytes());
        String text = OWN_HEAD + "\n" + c.nodeId() + "\n" + c.seq() + "\n" + head + "\n" + c.signedAtMillis() + "\n"
                + java.util.Base64.getEncoder().encodeToString(c.signature()) + "\n";
        return Optional.of(new BulletinFacts.Witness(text, c.seq(), head, fingerprint(publicKey), 0, true));
    }

    /** The first 16 bytes of the key's SHA-256, in groups of four hex digits. */
    public static String fingerprint(byte[] key) {
        try {
            String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 16);
            return String.join(" ", hex.split("(?<=\\G.{4})"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static SignedNote parse(String text) {
        return SignedNote.parse(text);
    }
}
