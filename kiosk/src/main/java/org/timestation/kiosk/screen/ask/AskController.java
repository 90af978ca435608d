package org.timestation.kiosk.screen.ask;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import org.timestation.exchange.PostRequest;
import org.timestation.exchange.Request;
import org.timestation.device.ReceiptPrinter;
import org.timestation.kiosk.nav.KioskContext;
import org.timestation.kiosk.nav.Screen;
import org.timestation.member.Identified;
import org.timestation.member.Member;

/**
 * 我要求助: the wizard; the summary is read aloud before confirming; the request is posted for the
 * resident's home building (or, during 代办, for the elder, flagged with the captain) and a receipt prints.
 */
public final class AskController implements Screen {
    private final KioskContext ctx;
    private final AskModel model = new AskModel();
    private final AskView view;
    private final AskWords words;
    private String homeBuilding;

    public AskController(KioskContext ctx) {
        this.ctx = ctx;
        this.words = new AskWords(model, ctx.session(), ctx::now);
        this.view = new AskView(model, ctx.session(), ctx::now, words, new Choices());
        model.step.addListener((o, was, now) -> {
            if (now == AskModel.Step.SUMMARY) {
                ctx.speaker().speak(words.summary() + "\n" + words.cost(), ctx.locale());
            }
        });
    }

    @Override
    public String id() {
        return "ask";
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
        model.clear();
        String who = ctx.session().subject().id();
        ctx.run(c -> c.inspect(s -> s.places().homeOf(who)).map(b -> new String[] {b.id(), b.name()}).orElse(null), home -> {
            if (home == null) {
                ctx.say(KioskContext.text("ask.no-home"));
                return;
            }
            homeBuilding = home[0];
            model.home.set(home[1]);
        });
        Member subject = ctx.session().subject();
        ctx.run(c -> new AskModel.Cost(c.credits().available(subject.id()).value(), c.policy().current().floorMinutes(),
                c.credits().isEligibleRecipient(subject, c.clock().instant())), model.cost::set);
    }

    private void confirm() {
        Member subject = ctx.session().subject();
        Member captain = ctx.session().member().get();
        Identified proof = ctx.session().elderProof();
        boolean proxy = ctx.session().elder().get() != null;
        List<String> requirements = new ArrayList<>();
        if (model.atStation.get()) {
            requirements.add(org.timestation.kiosk.app.KioskText.BUNDLE.get(org.timestation.text.Text.ZH, AskModel.AT_STATION));
        }
        for (String k : model.specialsCopy()) {
            requirements.add(org.timestation.kiosk.app.KioskText.BUNDLE.get(org.timestation.text.Text.ZH, k));
        }
        PostRequest r = new PostRequest(subject.id(), model.service.get(), model.startAt(ctx.now().toLocalDate(), ctx.now().getZone()).toInstant(), homeBuilding,
                requirements, model.gender.get(), 0, 0);
        org.timestation.exchange.ExchangeService.Repeat repeat = model.repeat.get();
        ctx.run(c -> proxy ? c.exchanges().postOnBehalf(captain.id(), proof, r, repeat) : c.exchanges().post(r, repeat), this::posted);
    }

    private void posted(List<Request> all) {
        Request r = all.get(0);
        model.posted.set(r);
        model.step.set(AskModel.Step.DONE);
        List<String> lines = new ArrayList<>(List.of(ctx.session().subject().name(), words.summary()));
        if (ctx.session().elder().get() != null) {
            lines.add(ctx.t("receipt.proxy", ctx.session().member().get().name(), ctx.session().elder().get().name()));
        }
        ctx.print(new ReceiptPrinter.Receipt(ctx.t("ask.receipt-title"), lines, null));
    }

    @Override
    public String speech() {
        return model.step.get() == AskModel.Step.SUMMARY ? words.summary() : ctx.t("ask.q." + model.step.get().name().toLowerCase());
    }

    @Override
    public boolean back() {
        if (model.step.get() == AskModel.Step.SERVICE || model.step.get() == AskModel.Step.DONE) {
            return false;
        }
        model.back();
        return true;
    }

    @Override
    public void clear() {
        model.clear();
        homeBuilding = null;
    }


    /** Each of the wizard's answers, as the view's buttons give them: the controller moves the wizard on. */
    private final class Choices implements AskView.Choices {
        @Override
        public void service(org.timestation.catalogue.ServiceType t) {
            model.service.set(t);
            model.step.set(AskModel.Step.DAY);
        }

        @Override
        public void day(int offset) {
            model.dayOffset.set(offset);
            model.step.set(AskModel.Step.PART);
        }

        @Override
        public void part(int part) {
            model.part.set(part);
            model.step.set(AskModel.Step.REPEAT);
        }

        @Override
        public void repeat(org.timestation.exchange.ExchangeService.Repeat r) {
            model.repeat.set(r);
            model.step.set(AskModel.Step.WHERE);
        }

        @Override
        public void where(boolean atStation) {
            model.atStation.set(atStation);
            model.step.set(AskModel.Step.SPECIAL);
        }

        @Override
        public void special(String key, boolean on) {
            if (on && !model.specials.contains(key)) {
                model.specials.add(key);
            } else if (!on) {
                model.specials.remove(key);
            }
        }

        @Override
        public void specialsDone() {
            model.step.set(AskModel.Step.WHO);
        }

        @Override
        public void who(org.timestation.member.Gender gender) {
            model.gender.set(gender);
            model.step.set(AskModel.Step.SUMMARY);
        }

        @Override
        public void confirm() {
            AskController.this.confirm();
        }
    }
}
