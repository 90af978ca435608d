package org.timestation.credit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.timestation.ledger.Event;
import org.timestation.ledger.RowTable;

/**
 * Which movements are on each member's statement: the ids of the member's latest {@link #KEEP}
 * {@code credit.moved} events (the movements themselves are read from the ledger when a statement
 * is shown, so a busy member's row stays small: decision 0014).
 */
public final class StatementBook extends RowTable.Part {
    /** How many movements a member's statement keeps. */
    public static final int KEEP = 50;
    private final RowTable<List<String>> ids = table("statement", l -> String.join(" ", l), s -> List.of(s.split(" ")));

    @Override
    public String prefix() {
        return "credit.moved";
    }

    @Override
    public void apply(Event e) {
        apply(e, (CreditEvent.Moved) CreditEvent.of(e));
    }

    /** Adds a movement already decoded to the statements of the members it touches. */
    public void apply(Event e, CreditEvent.Moved moved) {
        String id = e.id().toString();
        for (Leg l : moved.legs()) {
            if (l.from().isMember()) {
                add(l.from().memberId(), id);
            }
            if (l.to().isMember() && !(l.from().isMember() && l.from().equals(l.to()))) {
                add(l.to().memberId(), id);
            }
        }
    }

    private void add(String memberId, String eventId) {
        List<String> list = ids.get(memberId).orElse(List.of());
        if (!list.isEmpty() && list.get(list.size() - 1).equals(eventId)) {
            return; // two legs of one movement touch the member: one line
        }
        String[] next = list.size() < KEEP ? Arrays.copyOf(list.toArray(new String[0]), list.size() + 1)
                : Arrays.copyOfRange(list.toArray(new String[0]), 1, KEEP + 1);
        next[next.length - 1] = eventId;
        ids.put(memberId, List.of(next));
    }

    /** The ids of the member's latest {@code n} movements, newest first. */
    public List<String> latest(String memberId, int n) {
        List<String> all = ids.get(memberId).orElse(List.of());
        List<String> out = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0 && out.size() < n; i--) {
            out.add(all.get(i));
        }
        return out;
    }

    /** The movement {@code e} as {@code memberId} sees it: the sum of its legs in and out of the member's account. */
    public static Movement movement(Event e, String memberId) {
        CreditEvent.Moved p = (CreditEvent.Moved) CreditEvent.of(e);
        long minutes = 0;
        String other = null;
        AccountId me = AccountId.member(memberId);
        for (Leg l : p.legs()) {
            if (l.from().equals(me)) {
                minutes -= l.minutes().value();
                other = l.to().toString();
            } else if (l.to().equals(me)) {
                minutes += l.minutes().value();
                other = other == null ? l.from().toString() : other;
            }
        }
        return new Movement(e.id().toString(), e.epochMillis(), p.kind(), minutes, other, p.ref(), p.proxy());
    }
}
