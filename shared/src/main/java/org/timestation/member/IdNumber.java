package org.timestation.member;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

/**
 * A resident identity card number (GB 11643-1999, 18 characters). Held only in memory while a card
 * is being read: it is stored as a keyed hash ({@link IdNumberHasher}) and a masked form, and
 * {@link #toString()} never prints it in clear.
 */
public final class IdNumber {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();
    private final String digits;

    private IdNumber(String digits) {
        this.digits = digits;
    }

    /** Parses and validates: 17 digits then a digit or X, a real birth date, and the ISO 7064 check digit. */
    public static IdNumber parse(String raw) {
        String s = raw == null ? "" : raw.strip().toUpperCase(java.util.Locale.ROOT);
        if (s.length() != 18) {
            throw new DomainException(ErrorCode.MALFORMED_ID_NUMBER);
        }
        for (int i = 0; i < 17; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                throw new DomainException(ErrorCode.MALFORMED_ID_NUMBER);
            }
        }
        char last = s.charAt(17);
        if (!((last >= '0' && last <= '9') || last == 'X')) {
            throw new DomainException(ErrorCode.MALFORMED_ID_NUMBER);
        }
        try {
            LocalDate.of(Integer.parseInt(s.substring(6, 10)), Integer.parseInt(s.substring(10, 12)),
                    Integer.parseInt(s.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new DomainException(ErrorCode.MALFORMED_ID_NUMBER);
        }
        if (checkDigit(s) != last) {
            throw new DomainException(ErrorCode.ID_CHECK_DIGIT, mask(s));
        }
        return new IdNumber(s);
    }

    /** The check character for the first 17 digits. */
    static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public LocalDate birthDate() {
        return LocalDate.of(Integer.parseInt(digits.substring(6, 10)), Integer.parseInt(digits.substring(10, 12)),
                Integer.parseInt(digits.substring(12, 14)));
    }

    /** The 17th digit: odd for men, even for women. */
    public Gender gender() {
        return (digits.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /**
     * {@code **************1234}: the last four characters only. Region and birth date stay hidden, so
     * the masked form together with anything else a station keeps leaves thousands of candidates.
     */
    public String masked() {
        return mask(digits);
    }

    /** Any ID number's masked form: at most its last four characters. */
    public static String mask(String s) {
        return s == null || s.length() <= 4 ? "****" : "*".repeat(s.length() - 4) + s.substring(s.length() - 4);
    }

    /** The digits in clear, only for the keyed hash. */
    String clear() {
        return digits;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdNumber i && i.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
