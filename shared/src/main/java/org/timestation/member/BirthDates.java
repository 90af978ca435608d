package org.timestation.member;

import java.time.LocalDate;

/**
 * Birth dates are kept sealed with the community key (decision 0020): a member's event and stored row
 * carry the ciphertext, and only a node holding the key (every station and the hub) can tell an age.
 * Without the key a member's age is unknown, and so is every rule that depends on it.
 */
public interface BirthDates {
    /** No key: every sealed birth date stays unknown. */
    BirthDates NONE = (memberId, sealed) -> null;

    /** The birth date sealed for {@code memberId}, or {@code null} when it cannot be opened here. */
    LocalDate open(String memberId, String sealed);
}
