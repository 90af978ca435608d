package org.timestation.kiosk.screen.credits;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import org.timestation.credit.Movement;
import org.timestation.device.ReceiptPrinter;
import org.timestation.kiosk.nav.KioskContext;
import org.timestation.kiosk.nav.Screen;

/** 我的时间 (my credits). */
public final class CreditsController implements Screen {
    private final KioskContext ctx;
    private final CreditsModel model = new CreditsModel();
    private final CreditsView view;

    public CreditsController(KioskContext ctx) {
        this.ctx = ctx;
        this.view = new CreditsView(model, ctx.session(), this::print, this::toggleBulletinName);
    }

    @Override
    public String id() {
        return "credits";
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
        String who = ctx.session().subject().id();
        ctx.read(c -> load(c, who), model.snapshot::set);
    }

    /** What 我的时间 shows, read from the ledger in one go (off the FX thread). */
    static CreditsModel.Snapshot load(org.timestation.community.Community c, String memberId) {
        long earned = c.inspect(s -> s.exchanges().stats(memberId).earnedMinutes());
        java.util.List<org.timestation.trust.TrustChange> history = c.trust().history(org.timestation.trust.Party.member(memberId));
        java.util.List<org.timestation.trust.TrustChange> latest = history.subList(Math.max(0, history.size() - 3), history.size());
        return new CreditsModel.Snapshot(memberId, c.credits().balance(memberId), c.credits().available(memberId),
                org.timestation.volunteer.Tier.of(earned, c.policy().current()), c.trust().score(org.timestation.trust.Party.member(memberId)), java.util.List.copyOf(latest),
                c.credits().statement(memberId, 10), c.credits().expiringSoon(memberId), c.members().nameInBulletin(memberId),
                c.members().byId(memberId).map(org.timestation.member.Member::maskedName).orElse(""),
                java.time.LocalDate.now(c.clock().withZone(c.policy().current().zoneId())));
    }

    /** 信任报上显示我的名字吗: the resident says yes or no; it is an event (member.bulletin-name) set by themself. */
    private void toggleBulletinName() {
        CreditsModel.Snapshot s = model.snapshot.get();
        if (s == null) {
            return;
        }
        if (ctx.session().elder().get() != null || ctx.session().codeOnly()) {
            // only the member themself, proved by card or PIN: not a captain acting for an elder, not a printed member code
            ctx.say(KioskContext.text("credits.bulletin-card-needed"));
            return;
        }
        String who = s.memberId();
        boolean shown = !s.nameInBulletin();
        ctx.read(c -> { // dropped, like any read, when the resident signed out meanwhile
            c.members().setBulletinName(who, shown, who, "");
            return load(c, who);
        }, model.snapshot::set); // the line above the button says what the bulletin prints now
    }


    private void print() {
        CreditsModel.Snapshot s = model.snapshot.get();
        if (s == null) {
            return;
        }
        Locale zh = ctx.locale();
        List<String> lines = new ArrayList<>();
        lines.add(ctx.session().subject().name());
        lines.add(ctx.t("credits.balance-line", s.balance().text(ctx.locale())));
        for (Movement m : s.movements()) {
            lines.add(String.format("%tF %s %s%s",
                    Instant.ofEpochMilli(m.at()).atZone(ctx.session().zone().get()), ctx.t("movement." + m.kind().name().toLowerCase(Locale.ROOT)),
                    m.minutes() >= 0 ? "+" : "-", org.timestation.credit.Minutes.of(Math.abs(m.minutes())).text(zh)));
        }
        String who = ctx.session().subject().id();
        lines.add(ctx.t("credits.code-hint"));
        ctx.run(c -> c.memberCodes().codeFor(who), code -> ctx.print(new ReceiptPrinter.Receipt(ctx.t("credits.statement-title"), lines, code)));
    }

    @Override
    public String speech() {
        CreditsModel.Snapshot s = model.snapshot.get();
        return s == null ? ctx.t("credits.heading") : ctx.t("credits.speech", org.timestation.kiosk.widget.NumberWords.duration(
                s.balance().value(), ctx.locale()), s.trust());
    }

    @Override
    public void clear() {
        model.clear();
    }
}
