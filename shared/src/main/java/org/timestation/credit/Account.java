package org.timestation.credit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * One account's projected state. For member accounts the lots always hold exactly
 * {@code max(balance, 0)} minutes, ordered by expiry (first-earned-first-spent); system and
 * settlement accounts keep a balance only.
 */
final class Account {
    private static final Comparator<Lot> BY_EXPIRY = Comparator.comparingLong(Lot::expiresAt).thenComparingLong(Lot::earnedAt);
    private static final Comparator<Lot> BY_EXPIRY_ONLY = Comparator.comparingLong(Lot::expiresAt);
    final AccountId id;
    long balance;
    final List<Lot> lots = new ArrayList<>();

    Account(AccountId id) {
        this.id = id;
    }

    /** Takes {@code minutes} out; returns the lot slices consumed (oldest first). */
    List<Lot> debit(long minutes) {
        balance = Math.subtractExact(balance, minutes);
        if (!id.isMember()) {
            return List.of();
        }
        List<Lot> taken = new ArrayList<>();
        long left = minutes;
        while (left > 0 && !lots.isEmpty()) {
            Lot head = lots.get(0);
            if (head.minutes() <= left) {
                taken.add(head);
                lots.remove(0);
                left -= head.minutes();
            } else {
                taken.add(head.withMinutes(left));
                lots.set(0, head.withMinutes(head.minutes() - left));
                left = 0;
            }
        }
        return taken;
    }

    /** Puts lots in; a negative balance (debt) is repaid first from the soonest-expiring of them. */
    void credit(List<Lot> incoming) {
        long total = 0;
        for (Lot l : incoming) {
            total = Math.addExact(total, l.minutes());
        }
        long before = balance;
        balance = Math.addExact(balance, total);
        if (!id.isMember()) {
            return;
        }
        List<Lot> sorted = new ArrayList<>(incoming);
        sorted.sort(BY_EXPIRY);
        long debt = before < 0 ? -before : 0;
        for (Lot l : sorted) {
            if (debt >= l.minutes()) {
                debt -= l.minutes();
                continue;
            }
            Lot keep = debt > 0 ? l.withMinutes(l.minutes() - debt) : l;
            debt = 0;
            insertMerging(keep);
        }
    }

    /** Keeps lots ordered by expiry; a lot with the same expiry as one held joins it (one lot per day). */
    private void insertMerging(Lot lot) {
        int at = Collections.binarySearch(lots, lot, BY_EXPIRY_ONLY);
        if (at >= 0) {
            Lot same = lots.get(at);
            lots.set(at, new Lot(Math.min(same.earnedAt(), lot.earnedAt()), same.expiresAt(), Math.addExact(same.minutes(), lot.minutes())));
        } else {
            lots.add(-at - 1, lot);
        }
    }

    long sumWhere(java.util.function.LongPredicate expiresAtTest) {
        long s = 0;
        for (Lot l : lots) {
            if (expiresAtTest.test(l.expiresAt())) {
                s += l.minutes();
            }
        }
        return s;
    }
}
