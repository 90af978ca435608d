package org.timestation.ledger;

import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

/** A write did not follow its feed's head: the writer's view was stale, or someone else wrote first. */
public final class SequenceConflictException extends RuntimeException {
    private final transient DomainException reason;

    public SequenceConflictException(EventId event, long expectedAfter, long found) {
        super("event " + event + " must follow seq " + found + " of its feed, but its writer expected " + expectedAfter);
        this.reason = new DomainException(ErrorCode.SEQUENCE_CONFLICT, event, found, expectedAfter);
    }

    public DomainException asDomainError() {
        return reason;
    }
}
