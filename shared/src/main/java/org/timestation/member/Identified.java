package org.timestation.member;

import java.time.Duration;
import java.time.Instant;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

/**
 * Proof that a member identified themselves at this kiosk (ID card tap or PIN), made only by
 * {@link MemberService}. A captain acting for an elder (代办) must hold the elder's proof from the
 * same session: no older than {@link #SESSION}.
 */
public final class Identified {
    /** How long an identification counts as "in the same session". */
    public static final Duration SESSION = Duration.ofMinutes(10);

    /** How the member proved who they are. */
    public enum Method {
        CARD, PIN,
        /** A scanned member code: signs in, but is not proof enough for 代办. */
        QR
    }

    private final String memberId;
    private final Method method;
    private final Instant at;

    Identified(String memberId, Method method, Instant at) {
        this.memberId = memberId;
        this.method = method;
        this.at = at;
    }

    public String memberId() {
        return memberId;
    }

    public Method method() {
        return method;
    }

    public Instant at() {
        return at;
    }

    /**
     * Refuses unless {@code proof} shows that {@code memberId} identified themselves by card or PIN
     * within the session before {@code now}: what spending credits needs (a gift, a voucher, confirming
     * help). A member code scanned at the kiosk signs in but never spends (it is printed on every
     * statement, so whoever holds the paper holds the code).
     */
    public static void requireToSpend(Identified proof, String memberId, Instant now) {
        if (proof == null || !proof.memberId.equals(memberId) || proof.method == Method.QR) {
            throw new DomainException(ErrorCode.IDENTIFICATION_REQUIRED);
        }
        if (proof.at.plus(SESSION).isBefore(now) || proof.at.isAfter(now)) {
            throw new DomainException(ErrorCode.IDENTIFICATION_EXPIRED, SESSION.toMinutes());
        }
    }

    /** Refuses unless this proves {@code memberId} was identified within the session before {@code now}. */
    public static void require(Identified proof, String memberId, Instant now) {
        if (proof == null || !proof.memberId.equals(memberId) || proof.method == Method.QR) {
            throw new DomainException(ErrorCode.ELDER_NOT_IDENTIFIED);
        }
        if (proof.at.plus(SESSION).isBefore(now) || proof.at.isAfter(now)) {
            throw new DomainException(ErrorCode.IDENTIFICATION_EXPIRED, SESSION.toMinutes());
        }
    }
}
