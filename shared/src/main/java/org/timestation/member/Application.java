package org.timestation.member;

/** A registration submitted at the kiosk, waiting for (or decided by) the staff. The PIN is kept only as its hash. */
public record Application(String id, Member member, String pinHash, Status status, long submittedAt) {
    public enum Status { PENDING, APPROVED, REJECTED }
}
