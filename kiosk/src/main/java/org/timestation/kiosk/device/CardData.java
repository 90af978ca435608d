package org.timestation.kiosk.device;

import java.time.LocalDate;
import org.timestation.member.Gender;

/** What an ID card reader reads from a card (the ID number in clear stays in memory only, never stored or logged). */
public record CardData(String name, Gender gender, LocalDate birth, String address, String idNumber) {
    @Override
    public String toString() {
        return "CardData[" + name + ", " + org.timestation.member.IdNumber.parse(idNumber).masked() + "]";
    }
}
