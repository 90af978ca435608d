package org.timestation.member;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a registration brings: the ID card's data (name, gender, birth date, address, ID number, the
 * last day the card is valid: {@code null} for a card valid for life, 长期) plus a phone number and
 * the roles asked for. Validated by {@link MemberService#register}: an expired card is refused.
 */
public record Registration(String name, Gender gender, LocalDate birthDate, String address, String idNumber,
                           String phone, Set<Role> roles, LocalDate validTo) {

    /** A registration whose card's validity is not known (staff entering a card's data by hand). */
    public Registration(String name, Gender gender, LocalDate birthDate, String address, String idNumber, String phone, Set<Role> roles) {
        this(name, gender, birthDate, address, idNumber, phone, roles, null);
    }

    @Override
    public String toString() {
        return "Registration[" + name + ", id=" + IdNumber.mask(idNumber) + "]";
    }
}
