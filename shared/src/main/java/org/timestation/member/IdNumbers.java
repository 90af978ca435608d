package org.timestation.member;

/** Building blocks for tools that make ID numbers (demo data, tests). */
public final class IdNumbers {
    private IdNumbers() {
    }

    /** The check character for 17 digits, per GB 11643 (ISO 7064 MOD 11-2). */
    public static char checkDigit(String first17) {
        return IdNumber.checkDigit(first17);
    }
}
