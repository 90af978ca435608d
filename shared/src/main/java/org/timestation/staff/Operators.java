package org.timestation.staff;

import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

/** Every staff act names its operator and its reason. */
public final class Operators {
    private Operators() {
    }

    public static void require(String operator, String reason) {
        if (operator == null || operator.isBlank()) {
            throw new DomainException(ErrorCode.OPERATOR_REQUIRED);
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException(ErrorCode.REASON_REQUIRED);
        }
    }
}
