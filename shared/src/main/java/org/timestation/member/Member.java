package org.timestation.member;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

/**
 * A registered person. Holds the keyed hash and masked form (last four characters) of the ID number,
 * never the number. The birth date is kept sealed with the community key ({@code birthSealed});
 * {@code birthDate} is the opened date, or {@code null} where it cannot be opened (no key, or a member
 * registered before release 0.2 whose date was stored in clear is opened from that). The phone is
 * kept for staff to call but shown only masked ({@link Phone#masked()}).
 */
public record Member(
        String id,
        String name,
        Gender gender,
        LocalDate birthDate,
        String birthSealed,
        String address,
        String idHash,
        String idMasked,
        Phone phone,
        Set<Role> roles,
        boolean hardship,
        long registeredAt) {

    /** The age of someone whose birth date cannot be opened here: no age-bound rule holds for them. */
    public static final int UNKNOWN_AGE = -1;

    public Member {
        roles = Set.copyOf(roles);
        idMasked = IdNumber.mask(idMasked);
    }

    /** 王*英: the name with its middle hidden, for anyone who has not proved who they are (phone sign-in, a scanned voucher). */
    public String maskedName() {
        return maskName(name);
    }

    /** 王*明: the first and last character of a name, the middle hidden (two-character names keep the first). */
    public static String maskName(String name) {
        int[] cps = name.codePoints().toArray();
        if (cps.length <= 1) {
            return name;
        }
        StringBuilder sb = new StringBuilder().appendCodePoint(cps[0]);
        sb.append("*".repeat(Math.max(1, cps.length - 2)));
        if (cps.length > 2) {
            sb.appendCodePoint(cps[cps.length - 1]);
        }
        return sb.toString();
    }

    /** The name with the phone masked (王阿姨  138****5678): what the other side of an exchange sees. */
    public String contact() {
        return phone == null ? name : name + "  " + phone.masked();
    }

    /** Completed years on {@code day}, or {@link #UNKNOWN_AGE} when the birth date cannot be opened here. */
    public int ageOn(LocalDate day) {
        return birthDate == null ? UNKNOWN_AGE : Period.between(birthDate, day).getYears();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    Member withRoles(Set<Role> r) {
        return new Member(id, name, gender, birthDate, birthSealed, address, idHash, idMasked, phone, r, hardship, registeredAt);
    }

    Member withHardship(boolean h) {
        return new Member(id, name, gender, birthDate, birthSealed, address, idHash, idMasked, phone, roles, h, registeredAt);
    }
}
