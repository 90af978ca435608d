package org.timestation.trust;

/**
 * Why a trust score changed, and by how much (base 100; decision 0010). Each has a text
 * {@code trust.reason.<name>} in both bundles so a person can read why their score is what it is.
 */
public enum TrustReason {
    /** A volunteer came and the help was settled. */
    KEPT_PROMISE(2),
    /** A requester confirmed the help within the confirmation window. */
    CONFIRMED_ON_TIME(1),
    /** Received a rating of 4 or 5 stars. */
    GOOD_RATING(1),
    /** Did not come to an accepted exchange. */
    NO_SHOW(-10),
    /** Let the confirmation window run out (the exchange was confirmed automatically). */
    LATE_CONFIRM(-2),
    /** Reported more time than was given (a dispute found it). */
    FALSE_REPORT(-20),
    /** A complaint about the help was upheld (credits halved or re-service by someone else). */
    COMPLAINT_UPHELD(-10),
    /** Incidents decided by the staff. */
    INCIDENT_MINOR(0),
    INCIDENT_MODERATE(-15),
    INCIDENT_SEVERE(-50);

    private final int delta;

    TrustReason(int delta) {
        this.delta = delta;
    }

    public int delta() {
        return delta;
    }

    public String key() {
        return "trust.reason." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
