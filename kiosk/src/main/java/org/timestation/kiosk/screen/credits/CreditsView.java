package org.timestation.kiosk.screen.credits;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.timestation.credit.Lot;
import org.timestation.credit.Minutes;
import org.timestation.credit.Movement;
import org.timestation.kiosk.app.KioskDates;
import org.timestation.kiosk.app.KioskText;
import org.timestation.kiosk.session.Session;
import org.timestation.kiosk.theme.Styles;
import org.timestation.kiosk.theme.Ui;
import org.timestation.kiosk.widget.NumberWords;
import org.timestation.kiosk.widget.OneLine;
import org.timestation.text.Text;
import org.timestation.trust.TrustChange;

/** 我的时间: balance in digits and words, tier, trust with its latest reasons, the last 10 movements, expiry warning. */
final class CreditsView {
    private final HBox root;
    private final VBox movements = new VBox(8);
    private final Label warning;
    private final Session s;

    CreditsView(CreditsModel m, Session s, Runnable onPrint, Runnable onBulletinName) {
        this.s = s;
        Label heading = Ui.label(Ui.text(s, "credits.heading"), Styles.HEADING, "credits-heading");
        Label balance = Ui.label(Ui.text(s, () -> m.snapshot.get() == null ? "" : m.snapshot.get().balance().text(s.locale().get()),
                m.snapshot), Styles.BIG_NUMBER, "credits-balance");
        Label words = Ui.label(Ui.text(s, () -> m.snapshot.get() == null ? ""
                : NumberWords.duration(m.snapshot.get().balance().value(), s.locale().get()), m.snapshot), Styles.BODY, "credits-words");
        Label available = Ui.label(Ui.text(s, () -> m.snapshot.get() == null ? "" : t("credits.available",
                m.snapshot.get().available().text(s.locale().get())), m.snapshot), Styles.BODY, "credits-available");
        Label tier = Ui.label(Ui.text(s, () -> m.snapshot.get() == null ? "" : t("credits.tier",
                t("tier." + m.snapshot.get().tier().name().toLowerCase(Locale.ROOT))), m.snapshot), Styles.BODY, "credits-tier");
        Label trust = Ui.label(Ui.text(s, () -> m.snapshot.get() == null ? "" : t("credits.trust", m.snapshot.get().trust()),
                m.snapshot), Styles.BODY, "credits-trust");
        Label reasons = Ui.label(Ui.text(s, () -> m.snapshot.get() == null ? "" : reasons(m.snapshot.get()), m.snapshot),
                Styles.BODY, "credits-trust-reasons");
        warning = Ui.label(Ui.text(s, () -> m.snapshot.get() == null ? "" : expiring(m.snapshot.get()), m.snapshot), Styles.WARNING,
                "credits-expiring");
        warning.visibleProperty().bind(warning.textProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        javafx.scene.control.Button print = Ui.button(Ui.text(s, "credits.print"), Styles.PRIMARY, "credits-print", onPrint);
        Label bulletin = Ui.label(Ui.text(s, () -> m.snapshot.get() == null ? "" : m.snapshot.get().nameInBulletin()
                ? t("credits.bulletin-shown") : t("credits.bulletin-masked", m.snapshot.get().maskedName()), m.snapshot), Styles.BODY, "credits-bulletin");
        javafx.scene.control.Button bulletinChange = Ui.button(Ui.text(s, () -> m.snapshot.get() != null && m.snapshot.get().nameInBulletin()
                ? t("credits.bulletin-hide") : t("credits.bulletin-show"), m.snapshot), Styles.BUTTON, "credits-bulletin-change", onBulletinName);
        bulletin.setWrapText(true);
        VBox bulletinCard = new VBox(12, bulletin, bulletinChange); // the bulletin question in a card of its own, not lost under the reasons
        bulletinCard.getStyleClass().add(Styles.CARD);
        // the balance whole on one line (drawn smaller where the column is narrow), never with 钟 alone below it
        VBox left = new VBox(16, heading, new OneLine(balance), words, available, tier, trust, reasons, warning, print, bulletinCard);
        left.setPrefWidth(820);
        Label movementsHeading = Ui.label(Ui.text(s, "credits.movements"), Styles.HEADING, "credits-movements-heading");
        movements.setId("credits-movements");
        VBox right = new VBox(16, movementsHeading, movements);
        right.getStyleClass().add(Styles.CARD);
        right.setMinWidth(Region.USE_PREF_SIZE); // a movement's date and kind on one line: the balance beside it is drawn smaller first
        HBox.setHgrow(right, Priority.ALWAYS);
        root = new HBox(40, left, right);
        root.setPadding(new Insets(32, 40, 16, 40));
        root.setAlignment(Pos.TOP_LEFT);
        root.setId("credits-screen");
        m.snapshot.addListener((o, was, now) -> fill(now));
        s.locale().addListener((o, was, now) -> fill(m.snapshot.get()));
    }

    private String t(String key, Object... args) {
        return KioskText.BUNDLE.get(s.locale().get(), key, args);
    }

    private String reasons(CreditsModel.Snapshot snap) {
        if (snap.trustReasons().isEmpty()) {
            return t("credits.trust-none");
        }
        StringBuilder sb = new StringBuilder();
        for (int i = snap.trustReasons().size() - 1; i >= 0; i--) {
            TrustChange c = snap.trustReasons().get(i);
            sb.append(c.delta() >= 0 ? "+" : "").append(c.delta()).append("  ").append(Text.CORE.get(s.locale().get(), c.reason().key()));
            if (i > 0) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private String expiring(CreditsModel.Snapshot snap) {
        if (snap.expiring().isEmpty()) {
            return "";
        }
        long minutes = 0;
        long first = Long.MAX_VALUE;
        for (Lot l : snap.expiring()) {
            minutes += l.minutes();
            first = Math.min(first, l.expiresAt());
        }
        return t("credits.expiring", Minutes.of(minutes).text(s.locale().get()), KioskDates.day(first - 1, s.zone().get(), snap.today(), s.locale().get()));
    }

    private void fill(CreditsModel.Snapshot snap) {
        movements.getChildren().clear();
        if (snap == null) {
            return;
        }
        if (snap.movements().isEmpty()) {
            movements.getChildren().add(Ui.label(Ui.text(s, "credits.no-movements"), Styles.ROW, "credits-movement-none"));
        }
        int i = 0;
        for (Movement mv : snap.movements()) {
            String sign = mv.minutes() >= 0 ? "+" : "−";
            // the amount on a line of its own: a narrow card never breaks it in two (−1 / 小时15分钟)
            String line = KioskDates.day(mv.at(), s.zone().get(), snap.today(), s.locale().get()) + "  " + t("movement." + mv.kind().name().toLowerCase(Locale.ROOT))
                    + "\n" + sign + Minutes.of(Math.abs(mv.minutes())).text(s.locale().get())
                    + (mv.proxyId() != null ? "  " + t("credits.proxy") : "");
            Label l = new Label(line);
            l.getStyleClass().add(Styles.ROW);
            l.setWrapText(true); // large text on a narrow screen: the line wraps, the amount is never cut to "…"
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            l.setId("credits-movement-" + i++);
            movements.getChildren().add(l);
        }
    }

    Node root() {
        return root;
    }
}
