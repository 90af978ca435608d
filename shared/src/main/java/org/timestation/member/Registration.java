package org.timestation.member;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a registration brings: the ID card's data (name, gender, birth date, address, ID number)
 * plus a phone number and the roles asked for. Validated by {@link MemberService#register}.
 */
public record Registration(String name, Gender gender, LocalDate birthDate, String address, String idNumber,
                           String phone, Set<Role> roles) {

    @Override
    public String toString() {
        return "Registration[" + name + ", id=" + (idNumber == null || idNumber.length() < 18 ? "?" :
                idNumber.substring(0, 6) + "********" + idNumber.substring(14)) + "]";
    }
}
