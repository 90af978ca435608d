package org.timestation.kiosk.screen.myrequests;

import org.timestation.credit.Minutes;
import org.timestation.exchange.Request;
import org.timestation.kiosk.app.KioskText;
import org.timestation.kiosk.session.Session;

/** Where a request stands, in words a resident understands: what its card shows and the kiosk reads aloud. */
final class RequestStatus {
    private RequestStatus() {
    }

    static String of(Request r, MyRequestsModel m, Session s) {
        String volunteer = volunteer(r, m);
        return switch (r.state()) {
            case OPEN -> r.escalatedTo() == null ? t(s, "mine.state.open") : t(s, "mine.state.open-captain");
            case ACCEPTED -> r.contactPrintedAt() == 0 ? t(s, "mine.state.accepted", volunteer)
                    : t(s, "mine.state.accepted-contact", volunteer,
                            org.timestation.kiosk.app.KioskDates.when(r.contactPrintedAt(), s.zone().get(), m.now, s.locale().get()));
            case IN_SERVICE -> t(s, "mine.state.in-service", volunteer);
            case ENDED -> t(s, "mine.state.ended", Minutes.of(r.timerMinutes()).text(s.locale().get()));
            case LAPSED, LAPSED_TOLD -> t(s, "mine.state.lapsed");
            default -> "";
        };
    }

    /** The volunteer's name as the resident may see it (masked), or nothing before one took it. */
    static String volunteer(Request r, MyRequestsModel m) {
        return r.volunteerId() == null ? "" : m.volunteers.getOrDefault(r.volunteerId(), "");
    }

    private static String t(Session s, String key, Object... args) {
        return KioskText.BUNDLE.get(s.locale().get(), key, args);
    }
}
