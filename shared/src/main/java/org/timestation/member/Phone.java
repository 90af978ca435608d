package org.timestation.member;

import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

/** A mainland mobile number (11 digits, 1[3-9]…). Shown only masked: {@code 138****5678}. */
public record Phone(String digits) {
    public Phone {
        if (digits == null || !digits.matches("1[3-9][0-9]{9}")) {
            throw new DomainException(ErrorCode.MALFORMED_PHONE);
        }
    }

    public static Phone parse(String raw) {
        return new Phone(raw == null ? null : raw.replaceAll("[\\s-]", ""));
    }

    public String masked() {
        return digits.substring(0, 3) + "****" + digits.substring(7);
    }

    @Override
    public String toString() {
        return masked();
    }
}
