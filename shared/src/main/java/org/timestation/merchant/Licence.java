package org.timestation.merchant;

import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

/** A business licence number: the 18-character unified social credit code (GB 32100-2015, check character verified). */
public final class Licence {
    private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private Licence() {
    }

    /** The check character for the first 17 characters. */
    public static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CHARS.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new DomainException(ErrorCode.INVALID_LICENCE, first17);
            }
            sum += v * WEIGHTS[i];
        }
        return CHARS.charAt((31 - sum % 31) % 31);
    }

    /** The normalised code, or a refusal saying what is wrong with it. */
    public static String parse(String raw) {
        String s = raw == null ? "" : raw.strip().toUpperCase(java.util.Locale.ROOT);
        if (s.length() != 18) {
            throw new DomainException(ErrorCode.INVALID_LICENCE, s);
        }
        for (int i = 0; i < 18; i++) {
            if (CHARS.indexOf(s.charAt(i)) < 0) {
                throw new DomainException(ErrorCode.INVALID_LICENCE, s);
            }
        }
        if (checkChar(s.substring(0, 17)) != s.charAt(17)) {
            throw new DomainException(ErrorCode.INVALID_LICENCE, s);
        }
        return s;
    }
}
