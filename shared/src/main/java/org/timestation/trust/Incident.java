package org.timestation.trust;

/**
 * A breach of trust decided by the staff, with its consequences' end times (0 = none; epoch millis).
 * Resolved (an appeal upheld, the matter put right): its suspension or removal ends at
 * {@code resolvedAt}; it stays in the record with who resolved it and why.
 */
public record Incident(String id, Party party, IncidentLevel level, String reason, String operator, long at,
                       long suspendedUntil, long visibleUntil, long resolvedAt, String resolvedBy, String resolution) {
    public boolean suspends(long now) {
        return resolvedAt == 0 && (level == IncidentLevel.SEVERE || now < suspendedUntil);
    }

    public boolean visible(long now) {
        return visibleUntil == 0 || now < visibleUntil;
    }

    public boolean resolved() {
        return resolvedAt != 0;
    }

    Incident resolvedBy(long when, String operator, String why) {
        return new Incident(id, party, level, reason, this.operator, at, suspendedUntil, visibleUntil, when, operator, why);
    }
}
