package org.timestation.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.timestation.ledger.CanonicalJson;
import org.timestation.ledger.Event;
import org.timestation.ledger.Payload;
import org.timestation.ledger.RowKey;

/** The members projection, built from {@code member.*} events. */
public final class MemberRegistry {
    static final String ROW_KIND = "member";

    private BirthDates birthDates = BirthDates.NONE;
    private final Map<String, Member> byId = new HashMap<>();
    private final Map<String, String> idByHash = new HashMap<>();
    private final Set<String> dirty = new HashSet<>();
    /** Each member's latest member-code generation (0: none printed yet). */
    private final Map<String, Long> codeGenerations = new HashMap<>();
    private final Set<String> dirtyCodes = new HashSet<>();
    static final String CODE_KIND = "member-code";
    /** Whose full name the bulletin may print ("1"), or not ("0", withdrawn). */
    static final String BULLETIN_KIND = "member-bulletin";
    private final Map<String, Boolean> bulletinNames = new HashMap<>();
    private final Set<String> dirtyBulletin = new HashSet<>();

    /** Whether the member agreed to have their full name printed in the bulletin. */
    public boolean nameInBulletin(String memberId) {
        return bulletinNames.getOrDefault(memberId, false);
    }

    /** The name as the bulletin prints it: in full for who agreed, else masked (王*英). */
    public String bulletinName(String memberId) {
        return byId(memberId).map(m -> nameInBulletin(memberId) ? m.name() : m.maskedName()).orElse(memberId);
    }

    /** The generation of the member's latest printed code; only a code of this generation (or newer, not yet seen here) signs in. */
    public long codeGeneration(String memberId) {
        return codeGenerations.getOrDefault(memberId, 0L);
    }

    /** Opens sealed birth dates with {@code key} (the community key) from now on; without it they stay unknown. Set before loading. */
    public void openBirthDatesWith(BirthDates key) {
        this.birthDates = key;
    }

    public void apply(Event e) {
        apply(e, MemberEvent.of(e));
    }

    /** Applies a member event already decoded. */
    public void apply(Event e, MemberEvent event) {
        if (event instanceof MemberEvent.Registered r) {
            if (!byId.containsKey(r.member())) { // the same card registered at two stations offline: one member, the first (decision 0029)
                put(fromEvent(r, e.epochMillis()));
            }
        } else if (event instanceof MemberEvent.RolesChanged r) {
            update(r.member(), m -> m.withRoles(EnumSet.copyOf(r.roles())));
        } else if (event instanceof MemberEvent.HardshipChanged h) {
            update(h.member(), m -> m.withHardship(h.hardship()));
        } else if (event instanceof MemberEvent.BulletinName b) {
            if (byId.containsKey(b.member())) {
                bulletinNames.put(b.member(), b.shown());
                dirtyBulletin.add(b.member());
            }
        } else if (event instanceof MemberEvent.CodeIssued c) {
            if (c.generation() > codeGeneration(c.member())) {
                codeGenerations.put(c.member(), c.generation());
                dirtyCodes.add(c.member());
            }
        } else {
            throw new IllegalArgumentException("not a member event: " + e.type());
        }
    }

    /** Adds a role granted by another feature's decision (e.g. an approved co-creation application). */
    public void grant(String memberId, Role role) {
        update(memberId, m -> {
            Set<Role> roles = EnumSet.copyOf(m.roles());
            roles.add(role);
            return m.withRoles(roles);
        });
    }

    private void update(String id, java.util.function.UnaryOperator<Member> change) {
        Member m = byId.get(id);
        if (m != null) { // an event for a member this node has not seen yet changes nothing
            put(change.apply(m));
        }
    }

    private void put(Member m) {
        byId.put(m.id(), m);
        idByHash.put(m.idHash(), m.id());
        dirty.add(m.id());
    }

    public Optional<Member> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Member> byIdHash(String idHash) {
        return Optional.ofNullable(idByHash.get(idHash)).map(byId::get);
    }

    public List<Member> byPhone(Phone phone) {
        List<Member> out = new ArrayList<>();
        for (Member m : byId.values()) {
            if (m.phone().equals(phone)) {
                out.add(m);
            }
        }
        out.sort(java.util.Comparator.comparing(Member::id));
        return out;
    }

    public List<Member> all() {
        return new ArrayList<>(new TreeMap<>(byId).values());
    }

    public int size() {
        return byId.size();
    }

    // ---- the registration event, and the projection's row ----

    /** The registration event of a new member: the birth date only sealed, the ID number only as its hash and last four. */
    static MemberEvent.Registered toEvent(Member m) {
        return new MemberEvent.Registered(m.id(), m.name(), m.gender(), m.birthSealed() == null ? m.birthDate().toString() : null,
                m.birthSealed(), m.address(), m.idHash(), m.idMasked(), m.phone().digits(), List.copyOf(EnumSet.copyOf(m.roles())), m.hardship());
    }

    Member fromEvent(MemberEvent.Registered r, long registeredAt) {
        return new Member(r.member(), r.name(), r.gender(), birth(r.member(), r.birthDate(), r.birth()), r.birth(), r.address(), r.idHash(),
                r.idMasked(), new Phone(r.phone()), EnumSet.copyOf(r.roles()), r.hardship(), registeredAt);
    }

    private LocalDate birth(String memberId, String clear, String sealed) {
        return sealed != null ? birthDates.open(memberId, sealed) : clear == null ? null : LocalDate.parse(clear);
    }

    static Map<String, Object> encode(Member m) {
        return Payload.builder()
                .put("member", m.id())
                .put("name", m.name())
                .put("gender", m.gender().name())
                .put("birthDate", m.birthSealed() == null && m.birthDate() != null ? m.birthDate().toString() : null)
                .put("birth", m.birthSealed())
                .put("address", m.address())
                .put("idHash", m.idHash())
                .put("idMasked", m.idMasked())
                .put("phone", m.phone().digits())
                .put("roles", roleNames(m.roles()))
                .put("hardship", m.hardship())
                .map();
    }

    static List<Object> roleNames(Set<Role> roles) {
        List<Object> names = new ArrayList<>();
        for (Role r : EnumSet.copyOf(roles)) {
            names.add(r.name());
        }
        return names;
    }

    private static Set<Role> roles(List<?> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object o : names) {
            roles.add(Role.valueOf((String) o));
        }
        return roles;
    }

    Member decode(Payload p, long registeredAt) {
        return new Member(p.str("member"), p.str("name"), Gender.valueOf(p.str("gender")),
                birth(p.str("member"), p.optStr("birthDate").orElse(null), p.optStr("birth").orElse(null)), p.optStr("birth").orElse(null),
                p.str("address"), p.str("idHash"), p.str("idMasked"), new Phone(p.str("phone")), roles(p.list("roles")),
                p.bool("hardship", false), p.num("registeredAt", registeredAt));
    }

    // ---- persistence ----

    public void clear() {
        byId.clear();
        idByHash.clear();
        dirty.clear();
        codeGenerations.clear();
        dirtyCodes.clear();
        bulletinNames.clear();
        dirtyBulletin.clear();
    }

    public void drainDirtyRows(Map<RowKey, String> out) {
        for (String id : dirty) {
            out.put(new RowKey(ROW_KIND, id), row(byId.get(id)));
        }
        dirty.clear();
        for (String id : dirtyCodes) {
            out.put(new RowKey(CODE_KIND, id), Long.toString(codeGenerations.get(id)));
        }
        dirtyCodes.clear();
        for (String id : dirtyBulletin) {
            out.put(new RowKey(BULLETIN_KIND, id), bulletinNames.get(id) ? "1" : "0");
        }
        dirtyBulletin.clear();
    }

    public void allRows(Map<RowKey, String> out) {
        byId.values().forEach(m -> out.put(new RowKey(ROW_KIND, m.id()), row(m)));
        codeGenerations.forEach((id, g) -> out.put(new RowKey(CODE_KIND, id), Long.toString(g)));
        bulletinNames.forEach((id, shown) -> out.put(new RowKey(BULLETIN_KIND, id), shown ? "1" : "0"));
    }

    private static String row(Member m) {
        Map<String, Object> map = new TreeMap<>(encode(m));
        map.put("registeredAt", m.registeredAt());
        return CanonicalJson.encode(map);
    }

    public boolean load(RowKey key, String value) {
        if (key.kind().equals(CODE_KIND)) {
            codeGenerations.put(key.key(), Long.parseLong(value));
            return true;
        }
        if (key.kind().equals(BULLETIN_KIND)) {
            bulletinNames.put(key.key(), value.equals("1"));
            return true;
        }
        if (!key.kind().equals(ROW_KIND)) {
            return false;
        }
        Member m = decode(Payload.parse(value), 0);
        byId.put(m.id(), m);
        idByHash.put(m.idHash(), m.id());
        return true;
    }
}
