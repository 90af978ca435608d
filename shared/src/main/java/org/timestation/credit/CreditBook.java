package org.timestation.credit;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.timestation.ledger.CanonicalJson;
import org.timestation.ledger.Event;
import org.timestation.ledger.EventId;
import org.timestation.ledger.Payload;
import org.timestation.ledger.RowKey;
import org.timestation.policy.Policy;

/**
 * The credit accounts projection: balances and lots, built only from {@code credit.moved} events.
 * Applying an event never refuses it (events are facts); the rules are checked before an event is
 * written, by {@link CreditService}.
 */
public final class CreditBook {
    static final String ROW_KIND = "account";
    static final String REVERSED_KIND = "reversed";

    private final Map<AccountId, Account> accounts = new HashMap<>();
    private final Set<EventId> reversed = new HashSet<>();
    private final Set<AccountId> dirty = new HashSet<>();
    private final Set<EventId> dirtyReversed = new HashSet<>();
    private final Supplier<Policy> policy;

    public CreditBook(Supplier<Policy> policy) {
        this.policy = policy;
    }

    // ---- applying events ----

    public void apply(Event e) {
        apply(e, (CreditEvent.Moved) CreditEvent.of(e));
    }

    /** Applies a movement already decoded (the rule checker decodes each event once). */
    public void apply(Event e, CreditEvent.Moved moved) {
        MovementKind kind = moved.kind();
        long earnedAt = moved.earnedAt() != null ? moved.earnedAt() : e.epochMillis();
        long expiresAt = expiryOf(earnedAt);
        for (Leg leg : moved.legs()) {
            Account from = account(leg.from());
            Account to = account(leg.to());
            long m = leg.minutes().value();
            List<Lot> slices = from.debit(m);
            List<Lot> incoming = new ArrayList<>();
            long carried = 0;
            if (kind.carriesLots()) {
                incoming.addAll(slices);
                for (Lot l : slices) {
                    carried += l.minutes();
                }
            }
            if (m > carried) {
                incoming.add(new Lot(earnedAt, expiresAt, m - carried));
            }
            to.credit(incoming);
            dirty.add(from.id);
            dirty.add(to.id);
        }
        if (kind == MovementKind.REVERSAL) {
            EventId ref = EventId.parse(moved.ref());
            reversed.add(ref);
            dirtyReversed.add(ref);
        }
    }

    /**
     * Credits stay valid through the whole anniversary day: earned on 2026-03-01, usable until the
     * end of 2028-03-01 (in the community's zone). Lots of the same day share an expiry and merge.
     */
    private long expiryOf(long earnedAt) {
        Policy pol = policy.get();
        if (pol == cachedPolicy && earnedAt >= cachedDayStart && earnedAt < cachedDayEnd) {
            return cachedExpiry; // events come mostly in time order: one calendar computation per day
        }
        java.time.ZoneId zone = pol.zoneId();
        java.time.LocalDate day = ZonedDateTime.ofInstant(Instant.ofEpochMilli(earnedAt), zone).toLocalDate();
        cachedPolicy = pol;
        cachedDayStart = day.atStartOfDay(zone).toInstant().toEpochMilli();
        cachedDayEnd = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        cachedExpiry = day.plusMonths(pol.expiryMonths()).plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        return cachedExpiry;
    }

    private Policy cachedPolicy;
    private long cachedDayStart;
    private long cachedDayEnd;
    private long cachedExpiry;

    /** The last day on which a lot can be spent, for people: the day before it expires. */
    public java.time.LocalDate lastValidDay(Lot lot) {
        return Instant.ofEpochMilli(lot.expiresAt() - 1).atZone(policy.get().zoneId()).toLocalDate();
    }

    private Account account(AccountId id) {
        return accounts.computeIfAbsent(id, Account::new);
    }

    /** Opens an account with a zero balance (e.g. when a member registers). */
    public void open(AccountId id) {
        if (!accounts.containsKey(id)) {
            account(id);
            dirty.add(id);
        }
    }

    // ---- queries ----

    public boolean exists(AccountId id) {
        return accounts.containsKey(id);
    }

    public Minutes balance(AccountId id) {
        Account a = accounts.get(id);
        return a == null ? Minutes.ZERO : Minutes.of(a.balance);
    }

    /** Credits not yet expired at {@code now}: what a member may spend without going below zero. */
    public Minutes available(AccountId id, Instant now) {
        Account a = accounts.get(id);
        long t = now.toEpochMilli();
        return a == null ? Minutes.ZERO : Minutes.of(a.sumWhere(exp -> exp > t));
    }

    /** Credits whose lots have expired at {@code now} but have not yet been swept to the pool. */
    public Minutes expired(AccountId id, Instant now) {
        Account a = accounts.get(id);
        long t = now.toEpochMilli();
        return a == null ? Minutes.ZERO : Minutes.of(a.sumWhere(exp -> exp <= t));
    }

    public List<Lot> lots(AccountId id) {
        Account a = accounts.get(id);
        return a == null ? List.of() : List.copyOf(a.lots);
    }

    /** Lots that expire after {@code now} but within the policy's reminder window (default 1 month). */
    public List<Lot> expiringSoon(AccountId id, Instant now) {
        Policy pol = policy.get();
        long t = now.toEpochMilli();
        long until = ZonedDateTime.ofInstant(now, pol.zoneId()).plusMonths(pol.reminderMonths()).toInstant().toEpochMilli();
        List<Lot> out = new ArrayList<>();
        for (Lot l : lots(id)) {
            if (l.expiresAt() > t && l.expiresAt() <= until) {
                out.add(l);
            }
        }
        return out;
    }

    /** Every member account with credits expiring within the reminder window: the reminder list. */
    public SortedMap<AccountId, List<Lot>> expiryReminders(Instant now) {
        SortedMap<AccountId, List<Lot>> out = new TreeMap<>();
        for (AccountId id : accounts.keySet()) {
            if (id.isMember()) {
                List<Lot> soon = expiringSoon(id, now);
                if (!soon.isEmpty()) {
                    out.put(id, soon);
                }
            }
        }
        return out;
    }

    /** Member accounts holding expired, unswept credits at {@code now}, with the amount. */
    public SortedMap<AccountId, Minutes> dueForExpiry(Instant now) {
        SortedMap<AccountId, Minutes> out = new TreeMap<>();
        for (Account a : accounts.values()) {
            if (a.id.isMember()) {
                Minutes m = expired(a.id, now);
                if (m.isPositive()) {
                    out.put(a.id, m);
                }
            }
        }
        return out;
    }

    public boolean isReversed(EventId id) {
        return reversed.contains(id);
    }

    /** Sum of every balance; zero in an intact ledger (double entry). */
    public Minutes total() {
        long s = 0;
        for (Account a : accounts.values()) {
            s = Math.addExact(s, a.balance);
        }
        return Minutes.of(s);
    }

    public SortedMap<AccountId, Minutes> balances() {
        SortedMap<AccountId, Minutes> out = new TreeMap<>();
        accounts.forEach((id, a) -> out.put(id, Minutes.of(a.balance)));
        return out;
    }

    // ---- persistence of the projection ----

    public void clear() {
        accounts.clear();
        reversed.clear();
        dirty.clear();
        dirtyReversed.clear();
    }

    public void drainDirtyRows(Map<RowKey, String> out) {
        for (AccountId id : dirty) {
            out.put(new RowKey(ROW_KIND, id.value()), encode(accounts.get(id)));
        }
        for (EventId id : dirtyReversed) {
            out.put(new RowKey(REVERSED_KIND, id.toString()), "true");
        }
        dirty.clear();
        dirtyReversed.clear();
    }

    public void allRows(Map<RowKey, String> out) {
        accounts.values().forEach(a -> out.put(new RowKey(ROW_KIND, a.id.value()), encode(a)));
        reversed.forEach(id -> out.put(new RowKey(REVERSED_KIND, id.toString()), "true"));
    }

    /** Loads one stored row; returns false if the row is not of this projection. */
    public boolean load(RowKey key, String value) {
        if (key.kind().equals(ROW_KIND)) {
            Account a = account(new AccountId(key.key()));
            Payload p = Payload.parse(value);
            a.balance = p.num("b");
            for (Object o : p.list("lots")) {
                List<?> l = (List<?>) o;
                a.lots.add(new Lot((Long) l.get(0), (Long) l.get(1), (Long) l.get(2)));
            }
            return true;
        }
        if (key.kind().equals(REVERSED_KIND)) {
            reversed.add(EventId.parse(key.key()));
            return true;
        }
        return false;
    }

    private static String encode(Account a) {
        List<Object> lots = new ArrayList<>(a.lots.size());
        for (Lot l : a.lots) {
            lots.add(List.of(l.earnedAt(), l.expiresAt(), l.minutes()));
        }
        Map<String, Object> m = new TreeMap<>();
        m.put("b", a.balance);
        m.put("lots", lots);
        return CanonicalJson.encode(m);
    }
}
