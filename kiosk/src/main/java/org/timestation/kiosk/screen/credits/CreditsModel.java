package org.timestation.kiosk.screen.credits;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.timestation.community.Community;
import org.timestation.credit.Lot;
import org.timestation.credit.Minutes;
import org.timestation.credit.Movement;
import org.timestation.trust.Party;
import org.timestation.trust.TrustChange;
import org.timestation.volunteer.Tier;

/** What 我的时间 shows, loaded in one go off the FX thread; cleared at sign-out. */
final class CreditsModel {
    record Snapshot(String memberId, Minutes balance, Minutes available, Tier tier, long trust, List<TrustChange> trustReasons,
                    List<Movement> movements, List<Lot> expiring) {
    }

    final ObjectProperty<Snapshot> snapshot = new SimpleObjectProperty<>();

    static Snapshot load(Community c, String memberId) {
        long earned = c.inspect(s -> s.exchanges().stats(memberId).earnedMinutes());
        List<TrustChange> history = c.trust().history(Party.member(memberId));
        List<TrustChange> latest = history.subList(Math.max(0, history.size() - 3), history.size());
        return new Snapshot(memberId, c.credits().balance(memberId), c.credits().available(memberId),
                Tier.of(earned, c.policy().current()), c.trust().score(Party.member(memberId)), List.copyOf(latest),
                c.credits().statement(memberId, 10), c.credits().expiringSoon(memberId));
    }

    void clear() {
        snapshot.set(null);
    }
}
