package org.timestation.kiosk.screen.merchant;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.timestation.credit.Minutes;
import org.timestation.kiosk.nav.KioskContext;
import org.timestation.kiosk.theme.Styles;
import org.timestation.kiosk.theme.Ui;

/** "Scan a voucher", the voucher checked (member masked, credits and yuan, last day), 核销, or why it was refused. */
final class MerchantView {
    private final VBox root;

    MerchantView(MerchantModel model, MerchantController controller, KioskContext ctx) {
        var s = ctx.session();
        Label heading = Ui.label(Ui.text(s, "merchant.scan"), Styles.HEADING, "merchant-heading");
        Label voucher = Ui.label(Ui.text(s, () -> model.checked.get() == null ? "" : ctx.t("merchant.voucher", model.checked.get().memberMasked(),
                Minutes.of(model.checked.get().minutes()).text(ctx.locale()), MerchantController.yuan(model.checked.get().fen()),
                org.timestation.kiosk.app.KioskDates.day(model.checked.get().lastDay(), ctx.now().toLocalDate(), ctx.locale())), model.checked),
                Styles.BIG_NUMBER, "merchant-voucher");
        voucher.getStyleClass().add(Styles.CODE);
        Button redeem = Ui.button(Ui.text(s, "merchant.redeem"), Styles.PRIMARY, "merchant-redeem", controller::redeem);
        redeem.visibleProperty().bind(model.checked.isNotNull());
        Label refused = Ui.label(Ui.text(s, () -> model.refusal.get() == null ? "" : model.refusal.get().in(ctx.locale()), model.refusal),
                Styles.WARNING, "merchant-refusal");
        refused.visibleProperty().bind(model.refusal.isNotNull());
        root = new VBox(36, heading, voucher, redeem, refused);
        root.setPadding(new Insets(48));
        root.setAlignment(Pos.TOP_LEFT);
        root.setId("merchant-screen");
    }

    Node root() {
        return root;
    }
}
