package org.timestation.credit;

/** Credits earned together: spent first-earned-first, expiring at {@code expiresAt} (epoch ms). */
public record Lot(long earnedAt, long expiresAt, long minutes) {
    public Lot {
        if (minutes <= 0) {
            throw new IllegalArgumentException("a lot holds a positive amount, got " + minutes);
        }
    }

    public boolean isExpiredAt(long epochMillis) {
        return expiresAt <= epochMillis;
    }

    Lot withMinutes(long m) {
        return new Lot(earnedAt, expiresAt, m);
    }
}
