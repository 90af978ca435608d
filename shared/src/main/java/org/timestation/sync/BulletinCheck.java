package org.timestation.sync;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.timestation.community.Community;
import org.timestation.communitylog.LogCheckpoint;
import org.timestation.communitylog.MerkleProofs;
import org.timestation.communitylog.SignedNote;
import org.timestation.datafolder.DataFolder;
import org.timestation.ledger.CanonicalJson;

/**
 * Checks a printed bulletin's QR code at a station: the code is the community log's signed checkpoint at
 * the month's end. It must be signed by this community's hub key, and the log this station last
 * witnessed must have grown from it (an RFC 9162 consistency proof, from the hub). Then nothing in the
 * bulletin's month was changed or removed since it was printed.
 */
public final class BulletinCheck {
    /** What the check found. */
    public enum Verdict {
        /** Signed by the community's hub and consistent with the log this station holds. */
        MATCHES,
        /** Not this community's, altered, or the log was rewritten since: tell staff. */
        DOES_NOT_MATCH,
        /** Cannot be told now (the station has not synced that far, or the hub does not answer): try again later. */
        CANNOT_CHECK_NOW
    }

    public record Result(Verdict verdict, long bulletinSize, long stationSize, String detail) {
    }

    /** Where a consistency proof between two sizes comes from (the hub); empty when it cannot be had now. */
    public interface Proofs {
        Optional<List<byte[]>> consistency(long from, long to);
    }

    private BulletinCheck() {
    }

    /**
     * What a bulletin's QR code holds: {@code TSB1.} and the signed note in base64url, one line of ASCII, so
     * that a scanner in serial or keyboard mode (both end a code at a line break) passes it whole.
     */
    public static final String QR_PREFIX = "TSB1.";

    /** The QR text of a signed note. */
    public static String qr(String note) {
        return QR_PREFIX + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(note.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The signed note a bulletin's QR text holds, or empty when it is not one. */
    public static Optional<String> note(String scanned) {
        if (!looksLike(scanned)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(java.util.Base64.getUrlDecoder().decode(scanned.strip().substring(QR_PREFIX.length())),
                    java.nio.charset.StandardCharsets.UTF_8));
        } catch (IllegalArgumentException garbled) {
            return Optional.empty();
        }
    }

    /** Whether a scanned text is a bulletin's QR code (the community log's checkpoint), not a member code or a voucher. */
    public static boolean looksLike(String scanned) {
        return scanned != null && scanned.strip().startsWith(QR_PREFIX);
    }

    /**
     * Checks {@code scanned} against the hub key and origin in {@code link} and the checkpoint this station last
     * witnessed ({@code stationCheckpoint}: its note body, or empty before the first sync).
     */
    public static Result check(String scanned, HubLink link, Optional<String> stationCheckpoint, Proofs proofs) {
        Optional<String> text = note(scanned);
        if (text.isEmpty()) {
            return new Result(Verdict.DOES_NOT_MATCH, 0, 0, "not a bulletin's code");
        }
        LogCheckpoint printed;
        try {
            printed = LogCheckpoint.verified(SignedNote.parse(text.get()), link.origin(), link.origin(), link.logKey());
        } catch (IllegalArgumentException e) {
            return new Result(Verdict.DOES_NOT_MATCH, 0, 0, "not signed by this community's hub: " + e.getMessage());
        }
        if (stationCheckpoint.isEmpty()) {
            return new Result(Verdict.CANNOT_CHECK_NOW, printed.size(), 0, "this station has not witnessed the log yet");
        }
        LogCheckpoint held = LogCheckpoint.parseBody(stationCheckpoint.get());
        if (printed.size() > held.size()) {
            return new Result(Verdict.CANNOT_CHECK_NOW, printed.size(), held.size(), "this station has not synced that far yet");
        }
        if (printed.size() == held.size()) {
            boolean same = java.util.Arrays.equals(printed.root(), held.root());
            return new Result(same ? Verdict.MATCHES : Verdict.DOES_NOT_MATCH, printed.size(), held.size(), same ? "the same tree" : "another root");
        }
        Optional<List<byte[]>> proof = proofs.consistency(printed.size(), held.size());
        if (proof.isEmpty()) {
            return new Result(Verdict.CANNOT_CHECK_NOW, printed.size(), held.size(), "the hub gave no consistency proof");
        }
        boolean consistent = MerkleProofs.verifyConsistency(printed.size(), held.size(), proof.get(), printed.root(), held.root());
        return new Result(consistent ? Verdict.MATCHES : Verdict.DOES_NOT_MATCH, printed.size(), held.size(),
                consistent ? "consistent" : "the log was rewritten since the bulletin was printed");
    }

    /** The checkpoint this station last witnessed (read on the ledger's thread), or empty before its first sync. */
    public static Optional<String> witnessed(Community community) {
        return community.store().nodeState(StationSync.LAST_CHECKPOINT);
    }

    /**
     * The check at an enrolled station: its hub link, the checkpoint it last witnessed, a proof asked of the hub
     * (over the network: call it off the ledger's thread).
     */
    public static Result atStation(String scanned, Optional<String> witnessed, Path dataDir, java.time.Clock clock) {
        Optional<HubLink> link = HubLink.of(dataDir);
        if (link.isEmpty()) {
            return new Result(Verdict.CANNOT_CHECK_NOW, 0, 0, "this station is not enrolled with a hub");
        }
        HubClient hub = new HubClient(link.get().url(), link.get().fingerprint(), DataFolder.at(dataDir).keys().node(), clock);
        return check(scanned, link.get(), witnessed, (from, to) -> {
            try {
                HubClient.Reply p = hub.get("/log/proof/consistency?from=" + from + "&to=" + to);
                if (p.status() != 200) {
                    return Optional.empty();
                }
                List<byte[]> out = new ArrayList<>();
                for (Object h : (List<?>) CanonicalJson.parseObject(p.body()).get("proof")) {
                    out.add(java.util.HexFormat.of().parseHex((String) h));
                }
                return Optional.of(out);
            } catch (java.io.IOException | RuntimeException e) {
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        });
    }
}
