package org.timestation.credit;

/**
 * One line of a member's statement: a credit movement as that member sees it. {@code minutes} is
 * signed (+ received, − paid); {@code other} is the other side (an account); {@code proxyId} is the
 * captain who acted for the member (代办), shown on the statement.
 */
public record Movement(String eventId, long at, MovementKind kind, long minutes, String other, String ref, String proxyId) {
}
