package org.timestation.kiosk.screen.merchant;

import java.util.List;
import javafx.scene.Node;
import org.timestation.credit.Minutes;
import org.timestation.device.ReceiptPrinter;
import org.timestation.kiosk.nav.KioskContext;
import org.timestation.kiosk.nav.Navigator;
import org.timestation.kiosk.nav.Screen;

/**
 * The merchant terminal (商家核销): the same app started with {@code --merchant}. Scan a voucher;
 * the screen shows the member (masked), the amount in credits and yuan; redeem once; a receipt. A
 * refused voucher says why (used, expired, altered, another shop's).
 */
public final class MerchantController implements Screen {
    private final KioskContext ctx;
    private final String merchantId;
    private final MerchantModel model = new MerchantModel();
    private final MerchantView view;
    private String code;

    public MerchantController(KioskContext ctx, String merchantId) {
        this.ctx = ctx;
        this.merchantId = merchantId;
        this.view = new MerchantView(model, this, ctx);
    }

    static String yuan(long fen) {
        return fen % 100 == 0 ? Long.toString(fen / 100) : String.format("%d.%02d", fen / 100, fen % 100);
    }

    /** A voucher held to the terminal's scanner: every code scanned here is a voucher to check. */
    @Override
    public boolean onScan(String text) {
        scanned(text);
        return true;
    }

    /** A code from the scanner. */
    private void scanned(String text) {
        model.checked.set(null);
        model.refusal.set(null);
        code = text;
        ctx.run(c -> c.merchants().check(text, merchantId), model.checked::set, refused -> model.refusal.set(refused.text()));
    }

    void redeem() {
        String scanned = code;
        ctx.run(c -> c.merchants().redeem(scanned, merchantId), done -> {
            model.checked.set(null);
            ctx.say(KioskContext.text("merchant.redeemed", Minutes.of(done.minutes()), yuan(done.fen())));
            ctx.print(new ReceiptPrinter.Receipt(ctx.t("merchant.receipt-title"), List.of(done.memberMasked(),
                    ctx.t("redeem.receipt-amount", Minutes.of(done.minutes()).text(ctx.locale()), yuan(done.fen())), done.voucherId()), null));
        }, refused -> {
            model.checked.set(null);
            model.refusal.set(refused.text());
        });
    }

    @Override
    public String id() {
        return Navigator.ATTRACT; // a terminal starts and stays here
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
    }

    @Override
    public String speech() {
        return ctx.t("merchant.scan");
    }

    @Override
    public void clear() {
        model.checked.set(null);
        model.refusal.set(null);
        code = null;
    }
}
