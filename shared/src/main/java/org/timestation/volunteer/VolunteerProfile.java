package org.timestation.volunteer;

import java.util.Set;
import org.timestation.catalogue.ServiceType;

/** What a volunteer offers and what the station has checked (real-name verification, signed pledge, clean record). */
public record VolunteerProfile(String memberId, Set<ServiceType> services, boolean verified, boolean pledgeSigned,
                               boolean cleanRecord, boolean suspended) {
    public VolunteerProfile {
        services = Set.copyOf(services);
    }
}
