package org.timestation.text;

import java.util.Locale;

/** Every way a command can be refused. Each has a message key {@code error.<name>} in both bundles. */
public enum ErrorCode {
    AMOUNT_NOT_POSITIVE,
    AMOUNT_TOO_LARGE,
    BELOW_FLOOR,
    INSUFFICIENT_CREDITS,
    CREDITS_EXPIRED,
    POOL_EXHAUSTED,
    SELF_TRANSFER,
    UNKNOWN_MEMBER,
    NOT_A_MERCHANT,
    DUPLICATE_ID_NUMBER,
    MALFORMED_ID_NUMBER,
    ID_CHECK_DIGIT,
    ID_BIRTH_DATE_MISMATCH,
    MALFORMED_PHONE,
    NAME_REQUIRED,
    ADDRESS_REQUIRED,
    NO_ROLES,
    UNKNOWN_EVENT,
    NOT_REVERSIBLE,
    ALREADY_REVERSED,
    REASON_REQUIRED,
    OPERATOR_REQUIRED,
    INVALID_POLICY,
    INVALID_BUILDING,
    UNKNOWN_BUILDING,
    NOT_A_CAPTAIN,
    NOT_A_VOLUNTEER,
    UNKNOWN_REQUEST,
    WRONG_STATE,
    ALREADY_ACCEPTED,
    NOT_ELIGIBLE,
    NOT_A_PARTY,
    START_IN_PAST,
    MORE_THAN_TIMER,
    STARS_OUT_OF_RANGE,
    ALREADY_RATED,
    TEXT_TOO_LONG,
    ALREADY_APPLIED,
    NOT_YET_ELIGIBLE,
    SEQUENCE_CONFLICT,
    STORAGE_FAILED;

    public String key() {
        return "error." + name().toLowerCase(Locale.ROOT);
    }
}
