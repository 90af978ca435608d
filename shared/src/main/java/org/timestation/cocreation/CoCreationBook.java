package org.timestation.cocreation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.timestation.ledger.Event;
import org.timestation.ledger.Payload;
import org.timestation.ledger.RowKey;

/** Certified skills and co-creation applications, built from {@code cocreation.*} events. */
public final class CoCreationBook {
    private static final String SKILLS_KIND = "skills";
    private static final String APPLICATION_KIND = "application";

    /** Where an application stands. */
    public enum Status { PENDING, APPROVED, REJECTED }

    private final Map<String, TreeSet<String>> skills = new HashMap<>();
    private final Map<String, Status> applications = new HashMap<>();
    private final Set<RowKey> dirty = new HashSet<>();

    /** Returns the member approved by this event, if it approved one (the member projection adds the role). */
    public Optional<String> apply(Event e) {
        CoCreationEvent event = CoCreationEvent.of(e);
        if (event instanceof CoCreationEvent.SkillCertified c) {
            skills.computeIfAbsent(c.member(), k -> new TreeSet<>()).add(c.skill());
            dirty.add(new RowKey(SKILLS_KIND, c.member()));
        } else if (event instanceof CoCreationEvent.Applied a) {
            setStatus(a.member(), Status.PENDING);
        } else if (event instanceof CoCreationEvent.Decided d) {
            setStatus(d.member(), d.approved() ? Status.APPROVED : Status.REJECTED);
            return d.approved() ? Optional.of(d.member()) : Optional.empty();
        }
        return Optional.empty();
    }

    private void setStatus(String member, Status s) {
        applications.put(member, s);
        dirty.add(new RowKey(APPLICATION_KIND, member));
    }

    public Set<String> skills(String member) {
        return Set.copyOf(skills.getOrDefault(member, new TreeSet<>()));
    }

    public Optional<Status> application(String member) {
        return Optional.ofNullable(applications.get(member));
    }

    public void clear() {
        skills.clear();
        applications.clear();
        dirty.clear();
    }

    public void drainDirtyRows(Map<RowKey, String> out) {
        dirty.forEach(k -> out.put(k, row(k)));
        dirty.clear();
    }

    public void allRows(Map<RowKey, String> out) {
        skills.keySet().forEach(m -> out.put(new RowKey(SKILLS_KIND, m), row(new RowKey(SKILLS_KIND, m))));
        applications.keySet().forEach(m -> out.put(new RowKey(APPLICATION_KIND, m), row(new RowKey(APPLICATION_KIND, m))));
    }

    private String row(RowKey k) {
        if (k.kind().equals(SKILLS_KIND)) {
            return Payload.builder().put("skills", List.<Object>copyOf(skills.get(k.key()))).encode();
        }
        return applications.get(k.key()).name();
    }

    public boolean load(RowKey key, String value) {
        if (key.kind().equals(SKILLS_KIND)) {
            TreeSet<String> set = new TreeSet<>();
            Payload.parse(value).list("skills").forEach(o -> set.add((String) o));
            skills.put(key.key(), set);
            return true;
        }
        if (key.kind().equals(APPLICATION_KIND)) {
            applications.put(key.key(), Status.valueOf(value));
            return true;
        }
        return false;
    }
}
