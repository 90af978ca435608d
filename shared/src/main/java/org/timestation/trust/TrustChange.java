package org.timestation.trust;

/** One change of a trust score: the event that made it, how much, why, and what it was about. */
public record TrustChange(String eventId, Party party, int delta, TrustReason reason, String ref, long at) {
}
