package org.timestation.kiosk.screen.redeem;

import java.util.List;
import javafx.scene.Node;
import org.timestation.credit.Minutes;
import org.timestation.device.ReceiptPrinter;
import org.timestation.kiosk.nav.KioskContext;
import org.timestation.kiosk.nav.Screen;
import org.timestation.merchant.IssuedVoucher;
import org.timestation.merchant.Merchant;
import org.timestation.member.Identified;
import org.timestation.member.Member;

/**
 * 兑换: turn time into a voucher for a partner merchant; the voucher prints with its QR. During 代办
 * the voucher is the elder's, issued by the captain with the elder's card tap of this session.
 */
public final class RedeemController implements Screen {
    private final KioskContext ctx;
    private final RedeemModel model = new RedeemModel();
    private final RedeemView view;

    public RedeemController(KioskContext ctx) {
        this.ctx = ctx;
        this.view = new RedeemView(model, ctx.session(), this::choose, this::confirm, () -> ctx.nav().go("ask"), model::less, model::more);
    }

    @Override
    public String id() {
        return "redeem";
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
        model.restart();
        if (ctx.session().elder().get() == null && ctx.session().codeOnly()) {
            ctx.say(KioskContext.text("session.needs-card")); // said now, not after the choices
        }
        String who = ctx.session().subject().id();
        ctx.run(c -> new Object[] {c.merchants().merchants().stream().filter(m -> m.validOn(java.time.LocalDate.ofInstant(c.clock().instant(), c.policy().current().zoneId()))).toList(),
                c.credits().available(who)}, r -> {
                @SuppressWarnings("unchecked")
                List<Merchant> ms = (List<Merchant>) r[0];
                model.loaded(ms, ((Minutes) r[1]).value());
            });
    }

    /** A shop chosen: the printer is asked now, so a resident hears before confirming if the voucher cannot print. */
    private void choose(Merchant m) {
        model.choose(m);
        ctx.run(c -> ctx.devices().printerReady(), model.printerReady::set);
    }

    /**
     * Makes the voucher, never without its code reaching the resident: the printer is asked again
     * first; if it has just stopped, nothing is charged and the screen says so (the next confirm
     * makes the voucher and shows its code on screen); a voucher that then fails to print is shown
     * on screen and kept for staff to reprint.
     */
    private void confirm() {
        boolean acceptedScreen = !model.printerReady.get();
        ctx.run(c -> ctx.devices().printerReady(), ready -> {
            model.printerReady.set(ready);
            if (ready || acceptedScreen) {
                issue();
            }
        });
    }

    private void issue() {
        Member captain = ctx.session().member().get();
        Member elder = ctx.session().elder().get();
        Identified proof = ctx.session().elderProof();
        String merchant = model.merchant.get().id();
        Minutes amount = Minutes.of(model.minutes.get());
        Identified own = ctx.session().memberProof();
        ctx.run(c -> elder == null ? c.merchants().issueVoucher(own, merchant, amount)
                : c.merchants().issueVoucherOnBehalf(captain.id(), proof, merchant, amount), this::issued);
    }

    private void issued(IssuedVoucher v) {
        model.issued.set(v);
        model.step.set(RedeemModel.Step.DONE);
        Member elder = ctx.session().elder().get();
        List<String> lines = new java.util.ArrayList<>(List.of(
                ctx.session().subject().name(),
                model.merchant.get().shopName(),
                ctx.t("redeem.receipt-amount", Minutes.of(v.voucher().minutes()).text(ctx.locale()), RedeemView.yuan(v.voucher().fen())),
                ctx.t("redeem.receipt-valid", v.voucher().lastDay())));
        if (elder != null) {
            lines.add(ctx.t("receipt.proxy", ctx.session().member().get().name(), elder.name()));
        }
        ReceiptPrinter.Receipt receipt = new ReceiptPrinter.Receipt(ctx.t("redeem.receipt-title"), lines, v.code());
        if (!model.printerReady.get()) {
            model.onScreen.set(v.code());
            java.time.Instant at = ctx.now().toInstant();
            ctx.run(c -> ctx.devices().keeper().keep(receipt, at), kept -> { }); // a file: off the FX thread; staff can still print it
            return;
        }
        ctx.print(receipt, printed -> {
            if (!printed) {
                model.onScreen.set(v.code()); // kept for staff by the print; shown now so the resident has it
            }
        });
    }

    @Override
    public String speech() {
        return switch (model.step.get()) {
            case CHOOSE -> ctx.t("redeem.heading");
            case AMOUNT -> ctx.t("redeem.speech-amount", Minutes.of(model.minutes.get()).text(ctx.locale()));
            case DONE -> ctx.t("redeem.take-receipt");
        };
    }

    @Override
    public void clear() {
        model.clear();
    }
}
