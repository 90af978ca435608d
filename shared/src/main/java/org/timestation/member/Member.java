package org.timestation.member;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

/**
 * A registered person. Holds the keyed hash and masked form of the ID number, never the number.
 * The phone is kept for staff to call but shown only masked ({@link Phone#masked()}).
 */
public record Member(
        String id,
        String name,
        Gender gender,
        LocalDate birthDate,
        String address,
        String idHash,
        String idMasked,
        Phone phone,
        Set<Role> roles,
        boolean hardship,
        long registeredAt) {

    public Member {
        roles = Set.copyOf(roles);
    }

    /** The name with the phone masked (王阿姨  138****5678): what the other side of an exchange sees. */
    public String contact() {
        return phone == null ? name : name + "  " + phone.masked();
    }

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    Member withRoles(Set<Role> r) {
        return new Member(id, name, gender, birthDate, address, idHash, idMasked, phone, r, hardship, registeredAt);
    }

    Member withHardship(boolean h) {
        return new Member(id, name, gender, birthDate, address, idHash, idMasked, phone, roles, h, registeredAt);
    }
}
