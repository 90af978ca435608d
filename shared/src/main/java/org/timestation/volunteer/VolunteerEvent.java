package org.timestation.volunteer;

import java.util.List;
import org.timestation.catalogue.ServiceType;
import org.timestation.ledger.Event;
import org.timestation.ledger.EventCodec;
import org.timestation.ledger.EventField;
import org.timestation.ledger.EventType;
import org.timestation.ledger.LedgerEvent;

/** What volunteers offer and what the station has checked. */
public sealed interface VolunteerEvent extends LedgerEvent permits VolunteerEvent.ProfileSet {

    static VolunteerEvent of(Event e) {
        return EventCodec.decode(VolunteerEvent.class, e);
    }

    @EventType(value = "volunteer.profile-set", doc = "Staff recorded what a volunteer offers and what has been checked; matching uses "
            + "the latest profile.")
    record ProfileSet(
            @EventField("the volunteer (a member with the VOLUNTEER role)") String member,
            @EventField("the services offered") List<ServiceType> services,
            @EventField("real-name verified by the station") boolean verified,
            @EventField("the volunteer pledge is signed") boolean pledge,
            @EventField("a clean record was shown (needed for childcare)") boolean cleanRecord,
            @EventField("suspended: offered no requests") boolean suspended,
            @EventField("who recorded it") String operator,
            @EventField("why") String reason) implements VolunteerEvent {
        public ProfileSet {
            services = List.copyOf(services);
        }

        public VolunteerProfile profile() {
            return new VolunteerProfile(member, java.util.Set.copyOf(services), verified, pledge, cleanRecord, suspended);
        }
    }
}
