package org.timestation.admin.app.reports;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.timestation.admin.reports.Reports;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.admin.ui.Forms;

/** The month, then one button per report, each with what it holds. */
final class ReportsView {
    private final VBox content = new VBox(14);
    private final ScrollPane root = new ScrollPane(content);

    ReportsView(ReportsModel model, ReportsController controller, ConsoleText text) {
        Label title = Forms.page(root, content, "reports", text.t("reports.title"));
        Label how = new Label(text.t("reports.how"));
        how.getStyleClass().add("muted");
        how.setWrapText(true);
        ComboBox<String> month = new ComboBox<>(model.months);
        month.setId("reports-month");
        month.valueProperty().bindBidirectional(model.month);
        HBox choose = new HBox(12, Forms.label(text.t("reports.month")), month);
        choose.setAlignment(Pos.CENTER_LEFT);
        Label result = Forms.message("reports-result", "result");
        result.textProperty().bind(model.result);
        Label refusal = Forms.message("reports-refusal", "refusal");
        refusal.textProperty().bind(model.refusal);
        Button committee = new Button(text.t("reports.committee"));
        committee.setId("reports-committee");
        committee.getStyleClass().add("primary");

        committee.disableProperty().bind(model.working);
        committee.setOnAction(e -> controller.committee());
        Label committeeWhat = new Label(text.t("reports.committee-what"));
        committeeWhat.setWrapText(true);
        committeeWhat.getStyleClass().add("muted");
        HBox committeeLine = new HBox(16, aligned(committee), committeeWhat);
        committeeLine.setAlignment(Pos.CENTER_LEFT);
        content.getChildren().addAll(title, how, choose, result, refusal, committeeLine);
        for (Reports.Kind k : Reports.Kind.values()) {
            String key = k.name().toLowerCase(Locale.ROOT);
            Button b = new Button(text.t("reports." + key));
            b.setId("reports-" + key);
            b.disableProperty().bind(model.working);
            b.setOnAction(e -> controller.export(k));
            Label what = new Label(text.t("reports." + key + "-what") + (k.monthly() ? text.t("reports.for-month") : ""));
            what.setWrapText(true);
            what.getStyleClass().add("muted");
            HBox line = new HBox(16, aligned(b), what);
            line.setAlignment(Pos.CENTER_LEFT);
            content.getChildren().add(line);
        }
    }

    /** The buttons line up at 220 px; a longer label widens its own button rather than end in "…". */
    private static Node aligned(Button b) {
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.StackPane box = new javafx.scene.layout.StackPane(b);
        box.setMinWidth(220);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    Node root() {
        return root;
    }
}
