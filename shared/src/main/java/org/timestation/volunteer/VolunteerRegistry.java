package org.timestation.volunteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.timestation.catalogue.ServiceType;
import org.timestation.ledger.Event;
import org.timestation.ledger.Payload;
import org.timestation.ledger.RowKey;

/** Volunteer profiles, built from {@code volunteer.profile-set} events. */
public final class VolunteerRegistry {
    private static final String KIND = "volunteer";
    private final Map<String, VolunteerProfile> profiles = new HashMap<>();
    private final Set<String> dirty = new HashSet<>();

    private java.util.function.Consumer<String> onChange = id -> { };

    /** Told the member id whenever a member's matching-relevant data changes (the match index listens). */
    public void onChange(java.util.function.Consumer<String> listener) {
        this.onChange = listener;
    }

    public void apply(Event e) {
        VolunteerProfile v = ((VolunteerEvent.ProfileSet) VolunteerEvent.of(e)).profile();
        profiles.put(v.memberId(), v);
        dirty.add(v.memberId());
        onChange.accept(v.memberId());
    }

    public Optional<VolunteerProfile> profile(String memberId) {
        return Optional.ofNullable(profiles.get(memberId));
    }

    public Collection<VolunteerProfile> all() {
        return profiles.values();
    }

    static Map<String, Object> encode(VolunteerProfile v) {
        List<Object> services = new ArrayList<>();
        for (ServiceType s : v.services().isEmpty() ? EnumSet.noneOf(ServiceType.class) : EnumSet.copyOf(v.services())) {
            services.add(s.name());
        }
        return Payload.builder().put("member", v.memberId()).put("services", services).put("verified", v.verified())
                .put("pledge", v.pledgeSigned()).put("cleanRecord", v.cleanRecord()).put("suspended", v.suspended()).map();
    }

    private static VolunteerProfile decode(Payload p) {
        Set<ServiceType> services = EnumSet.noneOf(ServiceType.class);
        for (Object o : p.list("services")) {
            services.add(ServiceType.valueOf((String) o));
        }
        return new VolunteerProfile(p.str("member"), services, p.bool("verified"), p.bool("pledge"), p.bool("cleanRecord"),
                p.bool("suspended"));
    }

    public void clear() {
        profiles.clear();
        dirty.clear();
    }

    public void drainDirtyRows(Map<RowKey, String> out) {
        dirty.forEach(id -> out.put(new RowKey(KIND, id), org.timestation.ledger.CanonicalJson.encode(encode(profiles.get(id)))));
        dirty.clear();
    }

    public void allRows(Map<RowKey, String> out) {
        profiles.values().forEach(v -> out.put(new RowKey(KIND, v.memberId()), org.timestation.ledger.CanonicalJson.encode(encode(v))));
    }

    public boolean load(RowKey key, String value) {
        if (!key.kind().equals(KIND)) {
            return false;
        }
        VolunteerProfile v = decode(Payload.parse(value));
        profiles.put(v.memberId(), v);
        return true;
    }
}
