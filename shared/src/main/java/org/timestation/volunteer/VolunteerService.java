package org.timestation.volunteer;

import java.util.Set;
import org.timestation.catalogue.ServiceType;
import org.timestation.ledger.Transactor;
import org.timestation.member.MemberRegistry;
import org.timestation.staff.Operators;
import org.timestation.member.Role;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

/** Staff record what a volunteer offers and what has been checked. */
public final class VolunteerService {
    private final Transactor tx;
    private final VolunteerRegistry volunteers;
    private final MemberRegistry members;

    public VolunteerService(Transactor tx, VolunteerRegistry volunteers, MemberRegistry members) {
        this.tx = tx;
        this.volunteers = volunteers;
        this.members = members;
    }

    public VolunteerProfile setProfile(String memberId, Set<ServiceType> services, boolean verified, boolean pledgeSigned,
                                       boolean cleanRecord, boolean suspended, String operator, String reason) {
        Operators.require(operator, reason);
        return tx.write(sink -> {
            var m = members.byId(memberId).orElseThrow(() -> new DomainException(ErrorCode.UNKNOWN_MEMBER, String.valueOf(memberId)));
            if (!m.has(Role.VOLUNTEER)) {
                throw new DomainException(ErrorCode.NOT_A_VOLUNTEER, memberId);
            }
            java.util.List<ServiceType> offered = java.util.List.copyOf(services.isEmpty() ? java.util.EnumSet.noneOf(ServiceType.class)
                    : java.util.EnumSet.copyOf(services));
            sink.emit(new VolunteerEvent.ProfileSet(memberId, offered, verified, pledgeSigned, cleanRecord, suspended, operator.strip(),
                    reason.strip()));
            return volunteers.profile(memberId).orElseThrow();
        });
    }

    public java.util.Optional<VolunteerProfile> profile(String memberId) {
        return tx.read(() -> volunteers.profile(memberId));
    }
}
