package org.timestation.member;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Supplier;
import org.timestation.ledger.Base45;
import org.timestation.ledger.Leb128;
import org.timestation.ledger.NodeIdentity;
import org.timestation.ledger.Transactor;
import org.timestation.policy.Policy;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

/**
 * Member codes (会员码): a QR printed on every statement that a resident can scan at any station
 * instead of tapping the card. It only signs in: spending (a gift, a voucher, confirming help) needs
 * the card or the PIN ({@link Identified#requireToSpend}), because whoever holds the paper holds the
 * code. A code expires after the policy's days (90 by default), and printing a new one makes every
 * older code of the member stop working (its generation is recorded as an event, so every station
 * learns it).
 *
 * <p>Text {@code TSM1.} + Base45 of: version byte 2, the issuing node id and the member id (each a
 * length byte and ASCII), the generation and the issue day (epoch day; both unsigned LEB128), then
 * the issuing node's Ed25519 signature of all that. Version 1 codes (no expiry) are refused.
 */
public final class MemberCodes {
    public static final String PREFIX = "TSM1.";
    private static final int VERSION = 2;
    private static final int SIGNATURE = 64;
    private final MemberRegistry members;
    private final NodeIdentity node;
    private final Function<String, java.util.List<byte[]>> nodeKeys;
    private final Clock clock;
    private final Transactor tx;
    private final Supplier<Policy> policy;

    public MemberCodes(Transactor tx, MemberRegistry members, NodeIdentity node, Function<String, java.util.List<byte[]>> nodeKeys, Clock clock,
                       Supplier<Policy> policy) {
        this.tx = tx;
        this.members = members;
        this.node = node;
        this.nodeKeys = nodeKeys;
        this.clock = clock;
        this.policy = policy;
    }

    /** A new code for the member, signed by this station; every older code of theirs stops working. */
    public String codeFor(String memberId) {
        long generation = tx.write(sink -> {
            members.byId(memberId).orElseThrow(() -> new DomainException(ErrorCode.UNKNOWN_MEMBER, String.valueOf(memberId)));
            long next = members.codeGeneration(memberId) + 1;
            sink.emit(new MemberEvent.CodeIssued(memberId, next));
            return next;
        });
        byte[] body = body(node.nodeId(), memberId, generation, today().toEpochDay());
        byte[] sig = node.sign(body);
        byte[] all = Arrays.copyOf(body, body.length + sig.length);
        System.arraycopy(sig, 0, all, body.length, sig.length);
        return PREFIX + Base45.encode(all);
    }

    /** The member a scanned code names, signed in now (not proof enough to spend); refused when invalid, expired or replaced. */
    public Identified identify(String scanned) {
        if (scanned == null || !scanned.strip().startsWith(PREFIX) || scanned.length() > 400) {
            throw invalid();
        }
        byte[] all;
        try {
            all = Base45.decode(scanned.strip().substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (all.length < 1 + 2 + SIGNATURE) {
            throw invalid();
        }
        if (all[0] == 1) {
            throw new DomainException(ErrorCode.MEMBER_CODE_EXPIRED, policy.get().memberCodeDays()); // printed before codes expired
        }
        if (all[0] != VERSION) {
            throw invalid();
        }
        int end = all.length - SIGNATURE;
        int[] pos = {1};
        String nodeId = Leb128.readText(all, pos, end, MemberCodes::invalid);
        String memberId = Leb128.readText(all, pos, end, MemberCodes::invalid);
        long generation = Leb128.read(all, pos, end, MemberCodes::invalid);
        long issuedDay = Leb128.read(all, pos, end, MemberCodes::invalid);
        if (pos[0] != end) {
            throw invalid();
        }
        byte[] signed = Arrays.copyOf(all, end);
        byte[] signature = Arrays.copyOfRange(all, end, all.length);
        // any key the node ever had: a code printed before the station was recovered onto a new machine still works
        if (nodeKeys.apply(nodeId).stream().noneMatch(k -> NodeIdentity.verify(signed, signature, k))) {
            throw invalid();
        }
        int days = policy.get().memberCodeDays();
        long today = today().toEpochDay();
        if (today > issuedDay + days || issuedDay > today + 1) {
            throw new DomainException(ErrorCode.MEMBER_CODE_EXPIRED, days);
        }
        tx.read(() -> {
            members.byId(memberId).orElseThrow(() -> new DomainException(ErrorCode.UNKNOWN_MEMBER, memberId));
            if (generation < members.codeGeneration(memberId)) {
                throw new DomainException(ErrorCode.MEMBER_CODE_REPLACED);
            }
            return null;
        });
        return new Identified(memberId, Identified.Method.QR, clock.instant());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), policy.get().zoneId());
    }

    private static DomainException invalid() {
        return new DomainException(ErrorCode.MEMBER_CODE_INVALID);
    }

    private static byte[] body(String nodeId, String memberId, long generation, long issuedDay) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(VERSION);
        Leb128.writeText(out, nodeId);
        Leb128.writeText(out, memberId);
        Leb128.write(out, generation);
        Leb128.write(out, issuedDay);
        return out.toByteArray();
    }
}
