package org.timestation.member;

import org.timestation.staff.Operators;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.List;
import org.timestation.ledger.Transactor;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

/** Registering members and changing their roles. Every change is an event. */
public final class MemberService {
    private final Transactor tx;
    private final MemberRegistry registry;
    private final IdNumberHasher hasher;
    private final Clock clock;
    private final PinBook pins;
    private final ApplicationBook applications;
    /** Wrong PINs in a row before the PIN is locked (the count is kept in the node's stored state: a restart does not clear it). */
    public static final int PIN_ATTEMPTS = 5;
    /** The first lock lasts this long; each further lock of the same member lasts twice as long, up to a day. */
    public static final java.time.Duration FIRST_LOCK = java.time.Duration.ofMinutes(15);
    private static final java.time.Duration LONGEST_LOCK = java.time.Duration.ofHours(24);
    private final NodeState nodeState;
    private final java.security.SecureRandom random;

    /** Where a node keeps state of its own, not replicated (wrong PIN counts and locks). */
    public interface NodeState {
        java.util.Optional<String> get(String key);

        void put(String key, String valueOrNull);
    }

    private final java.util.function.Supplier<org.timestation.policy.Policy> policy;

    public MemberService(Transactor tx, MemberRegistry registry, PinBook pins, ApplicationBook applications, IdNumberHasher hasher, Clock clock,
                         java.util.function.Supplier<org.timestation.policy.Policy> policy, NodeState nodeState, java.security.SecureRandom random) {
        this.policy = policy;
        this.nodeState = nodeState;
        this.random = random;
        this.tx = tx;
        this.applications = applications;
        this.pins = pins;
        this.registry = registry;
        this.hasher = hasher;
        this.clock = clock;
    }

    /**
     * Registers a resident from their ID card data and phone. Refuses a malformed ID number (length,
     * digits, birth date, check digit), a birth date that disagrees with the number, a bad phone, an
     * empty name or address, no roles, and an ID card that is already registered.
     */
    public Member register(Registration r) {
        Member m = validated(r);
        return tx.write(sink -> {
            requireNew(m);
            sink.emit(MemberRegistry.toEvent(m));
            return registry.byId(m.id()).orElseThrow();
        });
    }

    /**
     * Registration at the kiosk (自助登记): the card's data, the phone typed on the pad and a PIN typed
     * twice; it waits for the staff's approval, which registers the member with that PIN.
     */
    public Application apply(Registration r, String pin, String pinAgain) {
        Member m = validated(r);
        if (pin == null || !pin.equals(pinAgain)) {
            throw new DomainException(ErrorCode.PINS_DIFFER);
        }
        requirePinStrength(pin);
        String pinHash = hasher.pinHash(pin, random);
        return tx.write(sink -> {
            requireNew(m);
            if (applications.pendingFor(m.id()).isPresent()) {
                throw new DomainException(ErrorCode.ALREADY_APPLIED, m.idMasked());
            }
            org.timestation.ledger.Event e = sink.emit(new MemberEvent.ApplicationSubmitted(MemberRegistry.toEvent(m), pinHash));
            return applications.get(e.id().toString()).orElseThrow();
        });
    }

    /** The staff approve (the member is registered, with the PIN chosen at the kiosk) or reject an application. */
    public Application decide(String applicationId, boolean approve, String operator, String reason) {
        Operators.require(operator, reason);
        return tx.write(sink -> {
            Application a = applications.get(applicationId).filter(x -> x.status() == Application.Status.PENDING)
                    .orElseThrow(() -> new DomainException(ErrorCode.UNKNOWN_APPLICATION, String.valueOf(applicationId)));
            sink.emit(new MemberEvent.ApplicationDecided(applicationId, approve, operator.strip(), reason.strip()));
            if (approve) {
                requireNew(a.member());
                sink.emit(MemberRegistry.toEvent(a.member()));
                sink.emit(new MemberEvent.PinSet(a.member().id(), a.pinHash()));
            }
            return applications.get(applicationId).orElseThrow();
        });
    }

    /** Applications waiting for the staff, oldest first. */
    public java.util.List<Application> pendingApplications() {
        return tx.read(applications::pending);
    }

    private void requireNew(Member m) {
        if (registry.byIdHash(m.idHash()).isPresent() || registry.byId(m.id()).isPresent()) {
            throw new DomainException(ErrorCode.DUPLICATE_ID_NUMBER, m.idMasked());
        }
    }

    private Member validated(Registration r) {
        String name = r.name() == null ? "" : r.name().strip();
        if (name.isEmpty()) {
            throw new DomainException(ErrorCode.NAME_REQUIRED);
        }
        String address = r.address() == null ? "" : r.address().strip();
        if (address.isEmpty()) {
            throw new DomainException(ErrorCode.ADDRESS_REQUIRED);
        }
        IdNumber id = IdNumber.parse(r.idNumber());
        if (r.birthDate() == null || !r.birthDate().equals(id.birthDate())) {
            throw new DomainException(ErrorCode.ID_BIRTH_DATE_MISMATCH, String.valueOf(r.birthDate()));
        }
        Phone phone = Phone.parse(r.phone());
        if (r.roles() == null || r.roles().isEmpty()) {
            throw new DomainException(ErrorCode.NO_ROLES);
        }
        Set<Role> roles = EnumSet.copyOf(r.roles());
        roles.add(Role.MEMBER);
        if (r.validTo() != null && r.validTo().isBefore(LocalDate.ofInstant(clock.instant(), zone()))) {
            throw new DomainException(ErrorCode.ID_CARD_EXPIRED, r.validTo());
        }
        Gender gender = r.gender() == null ? id.gender() : r.gender();
        String idHash = hasher.hash(id);
        String memberId = hasher.memberId(id);
        return new Member(memberId, name, gender, id.birthDate(), hasher.sealBirthDate(memberId, id.birthDate()), address, idHash, id.masked(),
                phone, roles, false, clock.millis());
    }

    public Member changeRoles(String memberId, Set<Role> roles, String operator, String reason) {
        if (roles == null || roles.isEmpty()) {
            throw new DomainException(ErrorCode.NO_ROLES);
        }
        Operators.require(operator, reason);
        return tx.write(sink -> {
            require(memberId);
            Set<Role> all = EnumSet.copyOf(roles);
            all.add(Role.MEMBER);
            sink.emit(new MemberEvent.RolesChanged(memberId, List.copyOf(all), operator.strip(), reason.strip()));
            return registry.byId(memberId).orElseThrow();
        });
    }

    /** Marks (or clears) a hardship: the mutual-aid pool then covers this member's shortfall like an elder's. */
    public Member setHardship(String memberId, boolean hardship, String operator, String reason) {
        Operators.require(operator, reason);
        return tx.write(sink -> {
            require(memberId);
            sink.emit(new MemberEvent.HardshipChanged(memberId, hardship, operator.strip(), reason.strip()));
            return registry.byId(memberId).orElseThrow();
        });
    }

    /**
     * Whether the bulletin prints the member's full name (互助达人, the trust board): set by the member
     * themself ({@code by} = the member, no reason needed), or by staff for them with a reason.
     */
    public void setBulletinName(String memberId, boolean shown, String by, String reason) {
        tx.write(sink -> {
            require(memberId);
            boolean self = memberId.equals(by);
            if (!self) {
                Operators.require(by, reason);
                Member staff = registry.byId(by.strip()).orElseThrow(() -> new DomainException(ErrorCode.UNKNOWN_MEMBER, by));
                if (!staff.has(Role.STAFF) && !staff.has(Role.MANAGER)) {
                    throw new DomainException(ErrorCode.NOT_STAFF, by);
                }
            }
            sink.emit(new MemberEvent.BulletinName(memberId, shown, self ? by : by.strip(), self ? "" : reason.strip()));
            return null;
        });
    }

    /** Whether the member agreed to have their full name in the bulletin. */
    public boolean nameInBulletin(String memberId) {
        return tx.read(() -> registry.nameInBulletin(memberId));
    }

    /** The name as the bulletin prints it: in full for who agreed, else masked. */
    public String bulletinName(String memberId) {
        return tx.read(() -> registry.bulletinName(memberId));
    }

    public Optional<Member> byId(String memberId) {
        return tx.read(() -> registry.byId(memberId));
    }

    /** Finds the member holding this ID card (by keyed hash; the number itself is not kept). */
    public Optional<Member> byIdNumber(String rawIdNumber) {
        String h = hasher.hash(IdNumber.parse(rawIdNumber));
        return tx.read(() -> registry.byIdHash(h));
    }

    /** The registration waiting for the staff that this ID card made (by keyed hash), if any. */
    public Optional<Application> pendingByIdNumber(String rawIdNumber) {
        String h = hasher.hash(IdNumber.parse(rawIdNumber));
        return tx.read(() -> applications.pending().stream().filter(a -> a.member().idHash().equals(h)).findFirst());
    }

    public java.util.List<Member> byPhone(String rawPhone) {
        Phone p = Phone.parse(rawPhone);
        return tx.read(() -> registry.byPhone(p));
    }

    public java.util.List<Member> all() {
        return tx.read(registry::all);
    }

    /** Sets a member's six-digit PIN (chosen twice at the kiosk); trivial PINs are refused. */
    public void setPin(String memberId, String pin) {
        requirePinStrength(pin);
        String hash = hasher.pinHash(pin, random);
        tx.write(sink -> {
            require(memberId);
            return sink.emit(new MemberEvent.PinSet(memberId, hash));
        });
        nodeState.put(PIN_TRIES + memberId, null); // a new PIN (set with the staff) lifts a lock
    }

    private static void requirePinStrength(String pin) {
        if (pin == null || !pin.matches("[0-9]{6}") || pin.chars().distinct().count() == 1 || "0123456789".contains(pin)
                || "9876543210".contains(pin)) {
            throw new DomainException(ErrorCode.WEAK_PIN);
        }
    }

    /** The holder of this ID card, identified now (card tap at the reader). */
    public Identified identifyByCard(String rawIdNumber) {
        Member m = byIdNumber(rawIdNumber).orElseThrow(() -> new DomainException(ErrorCode.UNKNOWN_MEMBER, IdNumber.parse(rawIdNumber).masked()));
        return new Identified(m.id(), Identified.Method.CARD, clock.instant());
    }

    private static final String PIN_TRIES = "pin-tries:";

    /** Wrong PINs in a row, how many locks so far, and until when the PIN is locked (epoch ms). */
    private record Tries(int wrong, int locks, long lockedUntil) {
        static Tries parse(String s) {
            String[] p = s.split(",");
            return new Tries(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Long.parseLong(p[2]));
        }

        String text() {
            return wrong + "," + locks + "," + lockedUntil;
        }
    }

    /**
     * The member, identified now by their PIN. After {@value #PIN_ATTEMPTS} wrong PINs in a row the PIN
     * is locked for 15 minutes, each later lock twice as long (up to a day); the count survives a
     * restart. The card always works.
     */
    public Identified identifyByPin(String memberId, String pin) {
        long now = clock.millis();
        Tries tries = nodeState.get(PIN_TRIES + memberId).map(Tries::parse).orElse(new Tries(0, 0, 0));
        if (tries.lockedUntil() > now) {
            throw new DomainException(ErrorCode.PIN_LOCKED, PIN_ATTEMPTS, minutesUntil(tries.lockedUntil(), now));
        }
        String stored = tx.read(() -> {
            require(memberId);
            return pins.hash(memberId).orElseThrow(() -> new DomainException(ErrorCode.NO_PIN));
        });
        if (pin == null || !pin.matches("[0-9]{6}") || !hasher.pinMatches(memberId, pin, stored)) {
            int wrong = tries.wrong() + 1;
            if (wrong >= PIN_ATTEMPTS) {
                int locks = tries.locks() + 1;
                java.time.Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(locks - 1, 10));
                long until = now + (lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock).toMillis();
                nodeState.put(PIN_TRIES + memberId, new Tries(0, locks, until).text());
                throw new DomainException(ErrorCode.PIN_LOCKED, PIN_ATTEMPTS, minutesUntil(until, now));
            }
            nodeState.put(PIN_TRIES + memberId, new Tries(wrong, tries.locks(), 0).text());
            throw new DomainException(ErrorCode.WRONG_PIN, PIN_ATTEMPTS - wrong);
        }
        if (tries.wrong() != 0 || tries.locks() != 0) {
            nodeState.put(PIN_TRIES + memberId, null);
        }
        return new Identified(memberId, Identified.Method.PIN, clock.instant());
    }

    private static long minutesUntil(long until, long now) {
        return Math.max(1, (until - now + 59_999) / 60_000);
    }

    private java.time.ZoneId zone() {
        return policy.get().zoneId();
    }

    private Member require(String memberId) {
        return registry.byId(memberId).orElseThrow(() -> new DomainException(ErrorCode.UNKNOWN_MEMBER, String.valueOf(memberId)));
    }
}
