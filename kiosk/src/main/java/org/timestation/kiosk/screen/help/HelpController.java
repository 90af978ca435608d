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
import org.timestation.device.CardData;
import org.timestation.device.ReceiptPrinter;
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
    private final Timeline tick;

    public HelpController(KioskContext ctx) {
        this.ctx = ctx;
        this.view = new HelpView(model, ctx.session(), this::accept, this::start, this::end, this::confirm, this::printContact, this::rate,
                model.confirmMinutes::less, model.confirmMinutes::more);
        tick = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.now.set(ctx.now().toInstant().toEpochMilli())));
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
    public void onDeactivate() {
        tick.stop(); // the timer's display runs only while the screen shows; it starts again with the next reload
    }

    @Override
    public void onActivate() {
        model.confirming.set(null);
        model.rating.set(null);
        reload();
    }

    /** Loads the lists again, keeping a confirmation or rating under way. */
    private void reload() {
        Request confirming = model.confirming.get();
        model.confirming.set(null);
        Request toRate = model.rating.get();
        String ratingBy = model.ratingBy;
        String me = ctx.session().member().get().id();
        ctx.read(c -> {
            List<Request> open = c.exchanges().openRequestsFor(me, 20);
            List<Request> mine = c.exchanges().tasksOf(me);
            List<Request> unrated = c.exchanges().toRate(me).stream().filter(r -> me.equals(r.volunteerId())).toList(); // as the helper
            Map<String, String> names = new HashMap<>();
            Map<String, String> people = new HashMap<>();
            for (List<Request> list : List.of(open, mine, unrated)) {
                for (Request r : list) {
                    names.put(r.buildingId(), c.inspect(s -> s.places().building(r.buildingId()).map(b -> b.name()).orElse(r.buildingId())));
                }
            }
            for (List<Request> list : List.of(mine, unrated)) {
                for (Request r : list) {
                    people.put(r.requesterId(), c.members().byId(r.requesterId()).map(org.timestation.member.Member::contact).orElse(""));
                }
            }
            // taken here while another station's volunteer had taken it first: told now, so the next visit no longer says it
            List<Request> lost = c.exchanges().acceptsLostToTell(me);
            if (!lost.isEmpty()) {
                c.exchanges().toldOfLostAccepts(me, lost.stream().map(Request::id).toList());
            }
            return new Loaded(open, mine, unrated, names, people, c.clock().millis(), lost);
        }, l -> {
            if (!l.lost().isEmpty()) {
                String key = l.lost().size() == 1 ? "help.accept-lost" : "help.accepts-lost";
                ctx.say(new org.timestation.text.Bilingual(lostText(key, l.lost(), org.timestation.text.Text.ZH),
                        lostText(key, l.lost(), org.timestation.text.Text.EN)));
            }
            model.loaded(l.open(), l.mine(), l.names(), l.people(), l.unrated(), l.now());
            if (toRate != null) {
                model.ratingBy = ratingBy;
                model.rating.set(toRate);
            } else if (!l.unrated().isEmpty()) {
                model.ratingBy = me; // the volunteer rates the requester, one exchange at a time
                model.rating.set(l.unrated().get(0));
            }
            if (confirming != null) {
                confirm(confirming);
            }
            if (l.mine().stream().anyMatch(x -> x.state() == ExchangeState.IN_SERVICE)) {
                tick.play();
            } else {
                tick.stop();
            }
        });
    }

    /** "Someone else took the request for {when} first", with the time as each language writes it. */
    private String lostText(String key, List<Request> lost, java.util.Locale locale) {
        String when = java.time.format.DateTimeFormatter.ofPattern(org.timestation.kiosk.app.KioskText.BUNDLE.get(locale, "help.lost-when-pattern"))
                .withLocale(locale).withZone(ctx.now().getZone()).format(java.time.Instant.ofEpochMilli(lost.get(0).startAt()));
        return org.timestation.kiosk.app.KioskText.BUNDLE.get(locale, key, when, lost.size() - 1);
    }

    private record Loaded(List<Request> open, List<Request> mine, List<Request> unrated, Map<String, String> names,
                          Map<String, String> people, long now, List<Request> lost) {
    }


    /** The timer's minutes, which the requester may lower before tapping their card. */
    private void confirm(Request r) {
        int timer = (int) Math.max(1, r.timerMinutes());
        model.confirmMinutes.reset(timer, Math.min(5, timer), timer);
        model.confirming.set(r);
    }

    private void accept(Request r) {
        String me = ctx.session().member().get().id();
        ctx.run(c -> c.exchanges().accept(r.id(), me), done -> {
            ctx.say(KioskContext.text("help.accepted"));
            reload();
        }, refused -> reload());
    }

    /**
     * The requester's full phone number on a slip, for the volunteer who accepted (card or PIN): the
     * printer is asked first, so no number is handed out, and no access recorded, without the paper.
     */
    private void printContact(Request r) {
        if (ctx.session().codeOnly()) {
            ctx.say(KioskContext.text("session.needs-card"));
            return;
        }
        org.timestation.member.Identified me = ctx.session().memberProof();
        ctx.run(c -> ctx.devices().printerReady() ? java.util.Optional.of(c.exchanges().contactSlip(r.id(), me))
                        : java.util.Optional.<org.timestation.exchange.ExchangeService.ContactSlip>empty(), slip -> {
                    if (slip.isEmpty()) {
                        ctx.say(KioskContext.text("help.contact-no-paper"));
                        return;
                    }
                    org.timestation.exchange.ExchangeService.ContactSlip s = slip.get();
                    String when = java.time.format.DateTimeFormatter.ofPattern(ctx.t("activities.time-pattern")).withLocale(ctx.locale())
                            .withZone(ctx.now().getZone()).format(java.time.Instant.ofEpochMilli(s.request().startAt()));
                    ctx.print(new ReceiptPrinter.Receipt(ctx.t("help.contact-title"), List.of(
                            org.timestation.text.Text.CORE.get(ctx.locale(), s.request().service().textKey()) + " · " + when,
                            ctx.t("help.contact-who", s.requesterName()),
                            ctx.t("help.contact-phone", s.phone()),
                            ctx.t("help.contact-only")), null));
                    ctx.say(KioskContext.text("help.contact-printed"));
                    reload();
                });
    }

    private void start(Request r) {
        String me = ctx.session().member().get().id();
        ctx.run(c -> c.exchanges().start(r.id(), me), done -> reload());
    }

    private void end(Request r) {
        String me = ctx.session().member().get().id();
        ctx.run(c -> c.exchanges().end(r.id(), me), done -> {
            model.confirming.set(done);
            reload();
        });
    }

    /** While an ended task waits for its requester's card, the next card tapped confirms it (instead of signing in). */
    @Override
    public boolean onCard(CardData card) {
        if (model.confirming.get() == null) {
            return false;
        }
        requesterTapped(card);
        return true;
    }

    /** The requester's own card: they confirm the timer's minutes, and the credits move. */
    private void requesterTapped(CardData card) {
        Request r = model.confirming.get();
        long minutes = model.confirmMinutes.value();
        ctx.run(c -> {
            Identified proof = c.members().identifyByCard(card.idNumber());
            return c.exchanges().confirm(r.id(), proof, Minutes.of(minutes));
        }, settled -> {
            model.confirming.set(null);
            model.ratingBy = settled.requesterId();
            model.rating.set(settled); // the rating panel says it is confirmed and asks the requester for stars
            ctx.print(new ReceiptPrinter.Receipt(ctx.t("help.receipt-title"), List.of(ctx.session().member().get().name(),
                    ctx.t("help.receipt-line", Minutes.of(settled.confirmedMinutes()).text(ctx.locale()))), null));
            reload();
        });
    }

    /** The requester, still at the kiosk, gives the volunteer one to five stars. */
    private void rate(org.timestation.kiosk.widget.RatingSteps.Rating rating) {
        int stars = rating.stars();
        Request r = model.rating.get();
        String by = model.ratingBy;
        ctx.run(c -> c.exchanges().rate(r.id(), by, stars, rating.text(), rating.share()), done -> {
            model.rating.set(null);
            model.ratingBy = null;
            ctx.say(KioskContext.text("help.rated", stars));
            reload(); // the next one to rate, if any
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
