package org.timestation.member;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.function.Function;
import org.timestation.ledger.Base45;
import org.timestation.ledger.NodeIdentity;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

/**
 * Member codes (会员码): a QR a resident can scan at any station instead of tapping the card.
 * Text {@code TSM1.} + Base45 of version byte 1, the issuing node id and the member id (each a length
 * byte and ASCII), then the issuing node's Ed25519 signature. Verified with the node keys every
 * station holds. A member code signs in; it does not count as the elder's proof for 代办 (card or PIN only).
 */
public final class MemberCodes {
    public static final String PREFIX = "TSM1.";
    private final MemberRegistry members;
    private final NodeIdentity node;
    private final Function<String, byte[]> nodeKeys;
    private final Clock clock;
    private final org.timestation.ledger.Transactor tx;

    public MemberCodes(org.timestation.ledger.Transactor tx, MemberRegistry members, NodeIdentity node, Function<String, byte[]> nodeKeys,
                       Clock clock) {
        this.tx = tx;
        this.members = members;
        this.node = node;
        this.nodeKeys = nodeKeys;
        this.clock = clock;
    }

    /** The member's code, signed by this station. */
    public String codeFor(String memberId) {
        tx.read(() -> members.byId(memberId).orElseThrow(() -> new DomainException(ErrorCode.UNKNOWN_MEMBER, String.valueOf(memberId))));
        byte[] body = body(node.nodeId(), memberId);
        byte[] sig = node.sign(body);
        byte[] all = Arrays.copyOf(body, body.length + sig.length);
        System.arraycopy(sig, 0, all, body.length, sig.length);
        return PREFIX + Base45.encode(all);
    }

    /** The member a scanned code names, identified now; refused when the code is not a valid member code of this community. */
    public Identified identify(String scanned) {
        if (scanned == null || !scanned.strip().startsWith(PREFIX) || scanned.length() > 400) {
            throw new DomainException(ErrorCode.MEMBER_CODE_INVALID);
        }
        byte[] all;
        try {
            all = Base45.decode(scanned.strip().substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new DomainException(ErrorCode.MEMBER_CODE_INVALID);
        }
        if (all.length < 1 + 2 + 64 || all[0] != 1) {
            throw new DomainException(ErrorCode.MEMBER_CODE_INVALID);
        }
        int pos = 1;
        int nodeLen = all[pos++] & 0xFF;
        if (pos + nodeLen + 1 > all.length - 64) {
            throw new DomainException(ErrorCode.MEMBER_CODE_INVALID);
        }
        String nodeId = new String(all, pos, nodeLen, StandardCharsets.US_ASCII);
        pos += nodeLen;
        int memberLen = all[pos++] & 0xFF;
        if (pos + memberLen != all.length - 64) {
            throw new DomainException(ErrorCode.MEMBER_CODE_INVALID);
        }
        String memberId = new String(all, pos, memberLen, StandardCharsets.US_ASCII);
        byte[] body = Arrays.copyOf(all, all.length - 64);
        byte[] sig = Arrays.copyOfRange(all, all.length - 64, all.length);
        if (!NodeIdentity.verify(body, sig, nodeKeys.apply(nodeId))) {
            throw new DomainException(ErrorCode.MEMBER_CODE_INVALID);
        }
        tx.read(() -> members.byId(memberId).orElseThrow(() -> new DomainException(ErrorCode.UNKNOWN_MEMBER, memberId)));
        return new Identified(memberId, Identified.Method.QR, clock.instant());
    }

    private static byte[] body(String nodeId, String memberId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(1);
        for (String s : new String[] {nodeId, memberId}) {
            byte[] b = s.getBytes(StandardCharsets.US_ASCII);
            out.write(b.length);
            out.write(b, 0, b.length);
        }
        return out.toByteArray();
    }
}
