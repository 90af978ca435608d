package org.timestation.kiosk.screen.myrequests;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import org.timestation.credit.Minutes;
import org.timestation.exchange.Request;
import org.timestation.device.ReceiptPrinter;
import org.timestation.kiosk.nav.KioskContext;
import org.timestation.kiosk.nav.Screen;
import org.timestation.member.Identified;

/**
 * 我的求助: a resident follows their requests (who accepted, with the phone masked), confirms the
 * minutes of a finished service later from their own session (fewer than the timer if it was
 * shorter), and gives the volunteer stars. Confirming pays credits, so it needs the card or the PIN
 * of this session: a member code alone is not enough.
 */
public final class MyRequestsController implements Screen {
    public static final String ID = "mine";
    private final KioskContext ctx;
    private final MyRequestsModel model = new MyRequestsModel();
    private final MyRequestsView view;

    public MyRequestsController(KioskContext ctx) {
        this.ctx = ctx;
        this.view = new MyRequestsView(model, ctx.session(), this::startConfirm, this::confirm, this::rate, () -> ctx.nav().go("ask"),
                model.confirmMinutes::less, model.confirmMinutes::more);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Node view() {
        return view.root();
    }

    /** The requests in the order 我的求助 shows them at {@code now} (what waits for the resident first, then the soonest to come). */
    public static List<Request> ordered(List<Request> requests, java.time.Instant now) {
        return requests.stream().sorted(MyRequestsModel.order(now.toEpochMilli())).toList();
    }

    @Override
    public void onActivate() {
        // last visit's list goes at once: a tap on it while the new one loads would be undone when it arrives
        model.clear();
        String me = ctx.session().subject().id();
        ctx.read(c -> {
            List<Request> under = c.exchanges().requestsOf(me);
            // shown now, so told now: the next visit no longer lists them (the captain's list neither)
            List<String> lapsed = under.stream().filter(r -> r.state() == org.timestation.exchange.ExchangeState.LAPSED).map(Request::id).toList();
            if (!lapsed.isEmpty()) {
                c.exchanges().toldOfLapses(me, lapsed);
            }
            List<Request> unrated = c.exchanges().toRate(me).stream().filter(r -> me.equals(r.requesterId())).toList();
            Map<String, String> names = new HashMap<>();
            Map<String, String> people = new HashMap<>();
            for (List<Request> list : List.of(under, unrated)) {
                for (Request r : list) {
                    names.put(r.buildingId(), c.inspect(s -> s.places().building(r.buildingId()).map(b -> b.name()).orElse("")));
                    if (r.volunteerId() != null) {
                        people.put(r.volunteerId(), c.members().byId(r.volunteerId()).map(org.timestation.member.Member::contact).orElse(""));
                    }
                }
            }
            return new Object[] {under, unrated, names, people};
        }, l -> {
            @SuppressWarnings("unchecked")
            List<Request> under = (List<Request>) l[0];
            @SuppressWarnings("unchecked")
            List<Request> unrated = (List<Request>) l[1];
            @SuppressWarnings("unchecked")
            Map<String, String> names = (Map<String, String>) l[2];
            @SuppressWarnings("unchecked")
            Map<String, String> people = (Map<String, String>) l[3];
            model.loaded(under, unrated, names, people, ctx.now().toInstant().toEpochMilli());
        });
    }


    private void startConfirm(Request r) {
        int timer = (int) Math.max(1, r.timerMinutes());
        model.confirmMinutes.reset(timer, Math.min(5, timer), timer);
        model.confirming.set(r);
    }

    private Identified proof() {
        return ctx.session().elder().get() != null ? ctx.session().elderProof() : ctx.session().memberProof();
    }

    private void confirm() {
        Request r = model.confirming.get();
        if (r == null) {
            return;
        }
        if (proof() == null || proof().method() == Identified.Method.QR) {
            ctx.say(KioskContext.text("mine.confirm-needs-card"));
            return;
        }
        long minutes = model.confirmMinutes.value();
        Identified me = proof();
        ctx.run(c -> c.exchanges().confirm(r.id(), me, Minutes.of(minutes)), settled -> {
            ctx.say(KioskContext.text("mine.confirmed", Minutes.of(settled.confirmedMinutes()).text(ctx.locale())));
            ctx.print(new ReceiptPrinter.Receipt(ctx.t("help.receipt-title"), List.of(ctx.session().subject().name(),
                    ctx.t("mine.receipt-line", Minutes.of(settled.confirmedMinutes()).text(ctx.locale()))), null));
            onActivate();
        });
    }

    private void rate(org.timestation.kiosk.widget.RatingSteps.Rating rating) {
        int stars = rating.stars();
        Request r = model.rating();
        if (r == null) {
            return;
        }
        String me = ctx.session().subject().id();
        ctx.run(c -> c.exchanges().rate(r.id(), me, stars, rating.text(), rating.share()), done -> {
            ctx.say(KioskContext.text("help.rated", stars));
            onActivate();
        }, refused -> onActivate());
    }

    @Override
    public String speech() {
        StringBuilder sb = new StringBuilder(ctx.t("mine.title")).append("。");
        for (Request r : model.requests) {
            sb.append(RequestStatus.of(r, model, ctx.session())).append("。");
        }
        return sb.toString();
    }

    /** Back closes the confirmation panel first. */
    @Override
    public boolean back() {
        if (model.confirming.get() != null) {
            model.confirming.set(null);
            return true;
        }
        return false;
    }

    @Override
    public void clear() {
        model.clear();
    }
}
