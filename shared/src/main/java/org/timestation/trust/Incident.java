package org.timestation.trust;

/** A breach of trust decided by the staff, with its consequences' end times (0 = none; epoch millis). */
public record Incident(String id, Party party, IncidentLevel level, String reason, String operator, long at,
                       long suspendedUntil, long visibleUntil) {
    public boolean suspends(long now) {
        return level == IncidentLevel.SEVERE || now < suspendedUntil;
    }

    public boolean visible(long now) {
        return visibleUntil == 0 || now < visibleUntil;
    }
}
