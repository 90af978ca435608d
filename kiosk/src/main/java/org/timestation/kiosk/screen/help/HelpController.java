package org.timestation.kiosk.screen.help;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.util.Duration;
import org.timestation.credit.Minutes;
import org.timestation.exchange.ExchangeState;
import org.timestation.exchange.Request;
import org.timestation.kiosk.device.CardData;
import org.timestation.kiosk.device.ReceiptPrinter;
import org.timestation.kiosk.nav.KioskContext;
import org.timestation.kiosk.nav.Screen;
import org.timestation.member.Identified;

/**
 * 我能帮忙: open requests for this volunteer as big cards, accept; my tasks: start and end the timer
 * (a big clock runs while helping); the requester confirms at the kiosk by tapping their own card.
 */
public final class HelpController implements Screen {
    private final KioskContext ctx;
    private final HelpModel model = new HelpModel();
    private final HelpView view;
    private final Timeline tick = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.now.set(System.currentTimeMillis())));

    public HelpController(KioskContext ctx) {
        this.ctx = ctx;
        this.view = new HelpView(model, ctx.session(), this::accept, this::start, this::end, r -> model.confirming.set(r),
                this::rate);
        tick.setCycleCount(Timeline.INDEFINITE);
    }

    @Override
    public String id() {
        return "help";
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void show() {
        model.confirming.set(null);
        Request toRate = model.rating.get();
        String me = ctx.session().member().get().id();
        ctx.run(c -> {
            List<Request> open = c.exchanges().openRequestsFor(me, 20);
            List<Request> mine = c.exchanges().tasksOf(me);
            Map<String, String> names = new HashMap<>();
            for (Request r : open) {
                names.put(r.buildingId(), c.inspect(s -> s.places().building(r.buildingId()).map(b -> b.name()).orElse(r.buildingId())));
            }
            for (Request r : mine) {
                names.put(r.buildingId(), c.inspect(s -> s.places().building(r.buildingId()).map(b -> b.name()).orElse(r.buildingId())));
            }
            return new Object[] {open, mine, names, c.clock().millis()};
        }, r -> {
            @SuppressWarnings("unchecked")
            List<Request> open = (List<Request>) r[0];
            @SuppressWarnings("unchecked")
            List<Request> mine = (List<Request>) r[1];
            @SuppressWarnings("unchecked")
            Map<String, String> names = (Map<String, String>) r[2];
            model.loaded(open, mine, names, (Long) r[3]);
            model.rating.set(toRate);
            if (mine.stream().anyMatch(x -> x.state() == ExchangeState.IN_SERVICE)) {
                tick.play();
            } else {
                tick.stop();
            }
        });
    }

    private void accept(Request r) {
        String me = ctx.session().member().get().id();
        ctx.run(c -> c.exchanges().accept(r.id(), me), done -> {
            ctx.say(KioskContext.text("help.accepted"));
            show();
        }, refused -> show());
    }

    private void start(Request r) {
        String me = ctx.session().member().get().id();
        ctx.run(c -> c.exchanges().start(r.id(), me), done -> show());
    }

    private void end(Request r) {
        String me = ctx.session().member().get().id();
        ctx.run(c -> c.exchanges().end(r.id(), me), done -> {
            model.confirming.set(done);
            show();
            model.confirming.set(done);
        });
    }

    /** True while an ended task waits for its requester's card (the shell routes the next card tap here). */
    public boolean waitingForRequester() {
        return model.confirming.get() != null && ctx.nav().current().get() == this;
    }

    /** The requester's own card: they confirm the timer's minutes, and the credits move. */
    public void requesterTapped(CardData card) {
        Request r = model.confirming.get();
        ctx.run(c -> {
            Identified proof = c.members().identifyByCard(card.idNumber());
            return c.exchanges().confirm(r.id(), proof.memberId(), Minutes.of(r.timerMinutes()));
        }, settled -> {
            model.confirming.set(null);
            model.rating.set(settled); // the rating panel says it is confirmed and asks for stars
            ctx.print(new ReceiptPrinter.Receipt(ctx.t("help.receipt-title"), List.of(ctx.session().member().get().name(),
                    ctx.t("help.receipt-line", Minutes.of(settled.confirmedMinutes()).text(ctx.locale()))), null));
            show();
        });
    }

    /** The requester, still at the kiosk, gives the volunteer one to five stars. */
    private void rate(int stars) {
        Request r = model.rating.get();
        ctx.run(c -> c.exchanges().rate(r.id(), r.requesterId(), stars, null), done -> {
            model.rating.set(null);
            ctx.say(KioskContext.text("help.rated", stars));
        }, refused -> model.rating.set(null));
    }

    @Override
    public String speech() {
        return ctx.t("help.open") + "。" + model.open.size();
    }

    @Override
    public void clear() {
        tick.stop();
        model.clear();
    }
}
