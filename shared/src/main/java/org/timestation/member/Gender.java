package org.timestation.member;

/** As printed on the ID card (code 1 = male, 2 = female). */
public enum Gender {
    MALE, FEMALE;

    public static Gender fromCardCode(String code) {
        return switch (code.strip()) {
            case "1" -> MALE;
            case "2" -> FEMALE;
            default -> throw new IllegalArgumentException("unknown gender code " + code);
        };
    }
}
