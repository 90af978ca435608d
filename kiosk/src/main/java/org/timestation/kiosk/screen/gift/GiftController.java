package org.timestation.kiosk.screen.gift;

import java.util.List;
import javafx.scene.Node;
import org.timestation.credit.Minutes;
import org.timestation.device.ReceiptPrinter;
import org.timestation.kiosk.nav.KioskContext;
import org.timestation.kiosk.nav.Screen;
import org.timestation.kiosk.widget.NumberPad;
import org.timestation.member.Member;

/**
 * 转赠: give time to a family member found by phone or by holding their member code to the scanner;
 * the giver confirms with their PIN; both statements show it.
 */
public final class GiftController implements Screen {
    private final KioskContext ctx;
    private final GiftModel model = new GiftModel();
    private final GiftView view;

    public GiftController(KioskContext ctx) {
        this.ctx = ctx;
        model.step.addListener((o, was, now) -> {
            if (now == GiftModel.Step.AMOUNT) {
                ctx.run(c -> ctx.devices().printerReady(), model.printerReady::set);
            }
        });
        this.view = new GiftView(model, ctx.session(), this::key, this::find, this::choose, this::amountChosen, this::less, this::more);
    }

    /** The recipient chosen among the members with the phone typed. */
    private void choose(org.timestation.member.Member m) {
        model.choose(m);
    }

    /** 下一步 after the amount: the PIN (or card) confirms the gift. */
    private void amountChosen() {
        model.step.set(GiftModel.Step.PIN);
    }

    private void less() {
        model.less();
    }

    private void more() {
        model.more();
    }

    private void key(int k) {
        boolean pin = model.step.get() == GiftModel.Step.PIN;
        if (NumberPad.type(pin ? model.pin : model.phone, k, pin ? 6 : 11) && pin) {
            give();
        }
    }

    private void find() {
        String phone = model.phone.get();
        String me = ctx.session().member().get().id();
        ctx.run(c -> c.members().byPhone(phone).stream().filter(m -> !m.id().equals(me)).toList(), found -> {
            if (found.isEmpty()) {
                ctx.say(KioskContext.text("gift.unknown-phone"));
            } else {
                model.found(found);
            }
        });
    }

    /** While the screen asks who to give to, a member code held to the scanner names the recipient (instead of signing in). */
    @Override
    public boolean onScan(String code) {
        if (model.step.get() != GiftModel.Step.PHONE) {
            return false;
        }
        scanned(code);
        return true;
    }

    /** The recipient's member code, held to the scanner. */
    private void scanned(String code) {
        String me = ctx.session().member().get().id();
        ctx.run(c -> c.members().byId(c.memberCodes().identify(code).memberId()).orElseThrow(), found -> {
            if (found.id().equals(me)) {
                ctx.say(KioskContext.text("gift.unknown-phone"));
            } else {
                model.found(List.of(found));
            }
        });
    }

    private void give() {
        Member giver = ctx.session().member().get();
        Member to = model.to.get();
        String pin = model.pin.get();
        Minutes amount = Minutes.of(model.minutes.get());
        model.pin.set("");
        ctx.run(c -> {
            return c.credits().gift(c.members().identifyByPin(giver.id(), pin), to.id(), amount, "自助终端转赠 kiosk gift");
        }, done -> {
            model.step.set(GiftModel.Step.DONE);
            ctx.print(new ReceiptPrinter.Receipt(ctx.t("gift.receipt-title"), List.of(giver.name(),
                    ctx.t("gift.receipt-line", amount.text(ctx.locale()), to.maskedName())), null));
        });
    }

    @Override
    public String id() {
        return "gift";
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
        model.clear();
        if (ctx.session().codeOnly()) {
            ctx.say(org.timestation.kiosk.nav.KioskContext.text("session.needs-card")); // said now, not after the choices
        }
        String me = ctx.session().member().get().id();
        ctx.run(c -> c.credits().available(me), a -> model.available.set(a.value()));
    }

    @Override
    public String speech() {
        return ctx.t(model.step.get() == GiftModel.Step.PHONE ? "gift.phone" : "gift.next");
    }

    @Override
    public void clear() {
        model.clear();
    }
}
