package org.timestation.exchange;

import org.timestation.catalogue.ServiceType;
import java.time.Instant;
import java.util.List;
import org.timestation.member.Gender;

/** What a resident asks for: service, when, where, anything special, and an optional preferred volunteer. */
public record PostRequest(String requesterId, ServiceType service, Instant startAt, String buildingId, List<String> requirements,
                          Gender preferredGender, int preferredAgeMin, int preferredAgeMax) {
    public PostRequest {
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
    }

    public static PostRequest of(String requesterId, ServiceType service, Instant startAt, String buildingId) {
        return new PostRequest(requesterId, service, startAt, buildingId, List.of(), null, 0, 0);
    }
}
