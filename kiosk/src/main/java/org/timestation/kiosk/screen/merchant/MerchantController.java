package org.timestation.kiosk.screen.merchant;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.timestation.credit.Minutes;
import org.timestation.device.ReceiptPrinter;
import org.timestation.kiosk.nav.KioskContext;
import org.timestation.kiosk.nav.Navigator;
import org.timestation.kiosk.nav.Screen;
import org.timestation.kiosk.theme.Styles;
import org.timestation.kiosk.theme.Ui;
import org.timestation.merchant.VoucherCheck;
import org.timestation.text.Bilingual;

/**
 * The merchant terminal (商家核销): the same app started with {@code --merchant}. Scan a voucher;
 * the screen shows the member (masked), the amount in credits and yuan; redeem once; a receipt. A
 * refused voucher says why (used, expired, altered, another shop's). The model is the checked voucher
 * and the last refusal, kept here.
 */
public final class MerchantController implements Screen {
    private final KioskContext ctx;
    private final String merchantId;
    private final ObjectProperty<VoucherCheck> checked = new SimpleObjectProperty<>();
    private final ObjectProperty<Bilingual> refusal = new SimpleObjectProperty<>();
    private final VBox root;
    private String code;

    public MerchantController(KioskContext ctx, String merchantId) {
        this.ctx = ctx;
        this.merchantId = merchantId;
        var s = ctx.session();
        Label heading = Ui.label(Ui.text(s, "merchant.scan"), Styles.HEADING, "merchant-heading");
        Label voucher = Ui.label(Ui.text(s, () -> checked.get() == null ? "" : ctx.t("merchant.voucher", checked.get().memberMasked(),
                Minutes.of(checked.get().minutes()).text(ctx.locale()), yuan(checked.get().fen()), checked.get().lastDay()), checked),
                Styles.BIG_NUMBER, "merchant-voucher");
        voucher.getStyleClass().add(org.timestation.kiosk.theme.Styles.CODE);
        Button redeem = Ui.button(Ui.text(s, "merchant.redeem"), Styles.PRIMARY, "merchant-redeem", this::redeem);
        redeem.visibleProperty().bind(checked.isNotNull());
        Label refused = Ui.label(Ui.text(s, () -> refusal.get() == null ? "" : refusal.get().in(ctx.locale()), refusal), Styles.WARNING, "merchant-refusal");
        refused.visibleProperty().bind(refusal.isNotNull());
        root = new VBox(36, heading, voucher, redeem, refused);
        root.setPadding(new Insets(48));
        root.setAlignment(Pos.TOP_LEFT);
        root.setId("merchant-screen");
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
        checked.set(null);
        refusal.set(null);
        code = text;
        ctx.run(c -> c.merchants().check(text, merchantId), checked::set, refused -> refusal.set(refused.text()));
    }

    private void redeem() {
        String scanned = code;
        ctx.run(c -> c.merchants().redeem(scanned, merchantId), done -> {
            checked.set(null);
            ctx.say(KioskContext.text("merchant.redeemed", Minutes.of(done.minutes()), yuan(done.fen())));
            ctx.print(new ReceiptPrinter.Receipt(ctx.t("merchant.receipt-title"), List.of(done.memberMasked(),
                    ctx.t("redeem.receipt-amount", Minutes.of(done.minutes()).text(ctx.locale()), yuan(done.fen())), done.voucherId()), null));
        }, refused -> {
            checked.set(null);
            refusal.set(refused.text());
        });
    }

    @Override
    public String id() {
        return Navigator.ATTRACT; // a terminal starts and stays here
    }

    @Override
    public Node view() {
        return root;
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
        checked.set(null);
        refusal.set(null);
        code = null;
    }
}
