package org.timestation.kiosk.screen.credits;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.timestation.credit.Lot;
import org.timestation.credit.Minutes;
import org.timestation.credit.Movement;
import org.timestation.trust.TrustChange;
import org.timestation.volunteer.Tier;

/** What 我的时间 shows, loaded in one go off the FX thread; cleared at sign-out. */
final class CreditsModel {
    record Snapshot(String memberId, Minutes balance, Minutes available, Tier tier, long trust, List<TrustChange> trustReasons,
                    List<Movement> movements, List<Lot> expiring, boolean nameInBulletin, String maskedName,
                    java.time.LocalDate today) {
    }

    final ObjectProperty<Snapshot> snapshot = new SimpleObjectProperty<>();

    void clear() {
        snapshot.set(null);
    }
}
