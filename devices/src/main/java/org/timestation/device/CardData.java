package org.timestation.device;

import java.time.LocalDate;
import org.timestation.member.Gender;
import org.timestation.member.IdNumber;

/**
 * What an ID card reader reads from a card (the ID number in clear stays in memory only, never stored
 * or logged). {@code validTo} is the card's last valid day, {@code null} for a card valid for life
 * (长期); {@code validFrom} and the issuing authority are kept as printed.
 */
public record CardData(String name, Gender gender, String nation, LocalDate birth, String address, String idNumber, String authority,
                       String validFrom, LocalDate validTo) {

    /** A card read without its validity (hand-made test cards): valid for life. */
    public CardData(String name, Gender gender, LocalDate birth, String address, String idNumber) {
        this(name, gender, "", birth, address, idNumber, "", "", null);
    }

    /** True when the card's validity ended before {@code today}. */
    public boolean expiredOn(LocalDate today) {
        return validTo != null && validTo.isBefore(today);
    }

    /** {@code 20300101}, or {@code 长期} for a card valid for life: as printed on the card. */
    public String validToText() {
        return validTo == null ? "长期" : String.format("%04d%02d%02d", validTo.getYear(), validTo.getMonthValue(), validTo.getDayOfMonth());
    }

    /** Reads a card's valid-to field: {@code YYYYMMDD}, or {@code 长期} (for life) as {@code null}. */
    public static LocalDate parseValidTo(String printed) {
        String s = printed == null ? "" : printed.strip();
        if (s.equals("长期")) {
            return null;
        }
        if (!s.matches("[0-9]{8}")) {
            throw new IllegalArgumentException("not a valid-to date: " + s);
        }
        return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)), Integer.parseInt(s.substring(6, 8)));
    }

    @Override
    public String toString() {
        return "CardData[" + name + ", " + IdNumber.mask(idNumber) + "]";
    }
}
