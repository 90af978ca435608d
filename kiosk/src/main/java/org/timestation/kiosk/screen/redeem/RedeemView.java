package org.timestation.kiosk.screen.redeem;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.timestation.credit.Minutes;
import org.timestation.kiosk.app.KioskText;
import org.timestation.kiosk.session.Session;
import org.timestation.kiosk.theme.Styles;
import org.timestation.kiosk.theme.Ui;
import org.timestation.merchant.Merchant;

/** Merchants as big cards; then the amount with − and +; then the voucher. */
final class RedeemView {
    private final StackPane root = new StackPane();
    private final Session s;

    RedeemView(RedeemModel m, Session s, Consumer<Merchant> onChoose, Runnable onConfirm, Runnable onService, Runnable onLess, Runnable onMore) {
        this.s = s;
        Label heading = Ui.label(Ui.text(s, "redeem.heading"), Styles.HEADING, "redeem-heading");
        Label available = Ui.label(Ui.text(s, () -> t("redeem.available", Minutes.of(m.available.get()).text(s.locale().get())), m.available),
                Styles.BODY, "redeem-available");
        FlowPane cards = new FlowPane(28, 28);
        cards.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // all its rows, or the page scrolls: never cut
        cards.setId("redeem-merchants");
        m.merchants.addListener((ListChangeListener<Merchant>) c -> {
            cards.getChildren().clear();
            int i = 0;
            for (Merchant mer : m.merchants) {
                Button b = Ui.button(Ui.text(s, () -> mer.shopName() + "\n" + t("redeem.rate", yuan(mer.fenPerCredit()))), Styles.TILE,
                        "redeem-merchant-" + i++, () -> onChoose.accept(mer));
                b.setMinSize(440, 180);
                cards.getChildren().add(b);
            }
        });
        Label none = Ui.label(Ui.text(s, "redeem.none"), Styles.BODY, "redeem-none");
        none.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(m.merchants));
        // time also pays for help from a neighbour: that is asking for help
        Button forService = Ui.button(Ui.text(s, "redeem.for-service"), Styles.PRIMARY, "redeem-for-service", onService);
        VBox choose = new VBox(24, heading, available, cards, none, forService);
        choose.visibleProperty().bind(m.step.isEqualTo(RedeemModel.Step.CHOOSE));
        choose.managedProperty().bind(choose.visibleProperty()); // hidden steps take no room: the page is as tall as this step

        Label shop = Ui.label(Ui.text(s, () -> m.merchant.get() == null ? "" : m.merchant.get().shopName(), m.merchant), Styles.HEADING,
                "redeem-shop");
        Button less = Ui.button(Ui.text(s, "redeem.less"), Styles.KEY, "redeem-less", onLess);
        Button more = Ui.button(Ui.text(s, "redeem.more"), Styles.KEY, "redeem-more", onMore);
        for (Button b : new Button[] {less, more}) {
            b.setStyle("-fx-min-width: 280px;"); // inline: the stylesheet's key width would override setMinWidth
            b.setWrapText(false);
        }
        Label amount = Ui.label(Ui.text(s, () -> Minutes.of(m.minutes.get()).text(s.locale().get()), m.minutes), Styles.BIG_NUMBER,
                "redeem-amount");
        amount.setMinWidth(520);
        amount.setAlignment(Pos.CENTER);
        Label worth = Ui.label(Ui.text(s, () -> m.merchant.get() == null ? "" : t("redeem.worth", yuan(m.merchant.get().fenFor(m.minutes.get()))),
                m.minutes, m.merchant), Styles.BODY, "redeem-worth");
        HBox picker = new HBox(32, less, amount, more);
        picker.setAlignment(Pos.CENTER);
        Button confirm = Ui.button(Ui.text(s, () -> t(m.printerReady.get() ? "redeem.confirm" : "redeem.confirm-on-screen"), m.printerReady),
                Styles.PRIMARY, "redeem-confirm", onConfirm);
        // said before the resident confirms: the printer cannot print, the code will show on screen
        Label noPaper = Ui.label(Ui.text(s, "redeem.printer-down"), Styles.WARNING, "redeem-printer-down");
        noPaper.visibleProperty().bind(m.printerReady.not());
        noPaper.managedProperty().bind(noPaper.visibleProperty());
        noPaper.setMaxWidth(900);
        VBox amountBox = new VBox(28, shop, picker, worth, noPaper, confirm);
        amountBox.setAlignment(Pos.CENTER);
        amountBox.visibleProperty().bind(m.step.isEqualTo(RedeemModel.Step.AMOUNT));
        amountBox.managedProperty().bind(amountBox.visibleProperty()); // hidden steps take no room: the page is as tall as this step

        Label done = Ui.label(Ui.text(s, () -> m.issued.get() == null ? "" : t("redeem.done",
                Minutes.of(m.issued.get().voucher().minutes()).text(s.locale().get()), yuan(m.issued.get().voucher().fen()),
                m.merchant.get() == null ? "" : m.merchant.get().shopName(), lastDay(m.issued.get().voucher())), m.issued), Styles.HEADING,
                "redeem-done");
        Label take = Ui.label(Ui.text(s, () -> t(m.onScreen.get() == null ? "redeem.take-receipt" : "redeem.show-screen"), m.onScreen),
                Styles.BODY, "redeem-take");
        javafx.scene.layout.StackPane qr = new javafx.scene.layout.StackPane();
        qr.setId("redeem-qr");
        m.onScreen.addListener((o, was, code) -> qr.getChildren().setAll(code == null ? java.util.List.of()
                : java.util.List.of(org.timestation.kiosk.widget.QrView.of(code, 420))));
        qr.visibleProperty().bind(m.onScreen.isNotNull());
        qr.managedProperty().bind(qr.visibleProperty());
        VBox doneBox = new VBox(28, done, take, qr);
        doneBox.setAlignment(Pos.CENTER);
        doneBox.visibleProperty().bind(m.step.isEqualTo(RedeemModel.Step.DONE));
        doneBox.managedProperty().bind(doneBox.visibleProperty()); // hidden steps take no room: the page is as tall as this step
        root.getChildren().addAll(choose, amountBox, doneBox);
        root.setPadding(new Insets(32, 40, 16, 40));
        root.setAlignment(Pos.TOP_LEFT);
        root.setId("redeem-screen");
    }

    static String yuan(long fen) {
        return fen % 100 == 0 ? Long.toString(fen / 100) : String.format("%d.%02d", fen / 100, fen % 100);
    }

    private String t(String key, Object... args) {
        return KioskText.BUNDLE.get(s.locale().get(), key, args);
    }

    Node root() {
        return root;
    }

    /** The voucher's last day as a resident reads it (12月30日), the year said only when it is not the year it was issued in. */
    private String lastDay(org.timestation.merchant.Voucher v) {
        java.time.LocalDate issued = java.time.LocalDate.ofInstant(java.time.Instant.ofEpochMilli(v.issuedAt()), s.zone().get());
        return org.timestation.kiosk.app.KioskDates.day(v.lastDay(), issued, s.locale().get());
    }
}
