package org.timestation.trust;

import java.time.Duration;

/**
 * The three levels of a breach of trust (信任手册 ch. 3) and what each does. Minor: a reminder, kept
 * in the record. Moderate: a member's redemption frozen one week (and double deduction of falsely
 * reported time), a merchant paused three days (and ¥200 from the deposit); the record is kept three
 * months. Severe: removal (a merchant's deposit is forfeited).
 */
public enum IncidentLevel {
    MINOR(Duration.ZERO, Duration.ZERO, null, TrustReason.INCIDENT_MINOR),
    MODERATE(Duration.ofDays(7), Duration.ofDays(3), Duration.ofDays(91), TrustReason.INCIDENT_MODERATE),
    SEVERE(Duration.ZERO, Duration.ZERO, null, TrustReason.INCIDENT_SEVERE);

    /** The deposit a moderate incident costs a merchant, in fen (¥200). */
    public static final long MERCHANT_PENALTY_FEN = 200_00;

    private final Duration memberFreeze;
    private final Duration merchantPause;
    private final Duration keptFor;
    private final TrustReason reason;

    IncidentLevel(Duration memberFreeze, Duration merchantPause, Duration keptFor, TrustReason reason) {
        this.memberFreeze = memberFreeze;
        this.merchantPause = merchantPause;
        this.keptFor = keptFor;
        this.reason = reason;
    }

    /** How long redemption (member) or business (merchant) is suspended. */
    public Duration suspension(Party.Side side) {
        return side == Party.Side.MEMBER ? memberFreeze : merchantPause;
    }

    /** How long the incident stays in the visible record; null for ever. */
    public Duration keptFor() {
        return keptFor;
    }

    public TrustReason reason() {
        return reason;
    }
}
