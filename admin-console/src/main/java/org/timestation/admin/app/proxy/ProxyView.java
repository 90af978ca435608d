package org.timestation.admin.app.proxy;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.admin.ui.DialogService;
import org.timestation.admin.ui.FilterTable;
import org.timestation.admin.ui.Forms;
import org.timestation.admin.ui.Tasks;

/** The month chosen, its totals, the acts by captain and elder, and every act. */
final class ProxyView {
    private final VBox content = new VBox(14);
    private final ScrollPane root = new ScrollPane(content);

    ProxyView(ProxyModel model, ProxyController controller, ConsoleText text, DialogService dialogs, Tasks tasks) {
        Label title = Forms.page(root, content, "proxy", text.t("proxy.title"));
        Label how = new Label(text.t("proxy.how"));
        how.getStyleClass().add("muted");
        how.setWrapText(true);
        TextField month = Forms.field("proxy-month", text.t("proxy.month-prompt"), 160);
        Button show = new Button(text.t("proxy.show"));
        show.setId("proxy-show");
        show.setOnAction(e -> controller.show(month.getText()));
        Label totals = new Label();
        totals.setId("proxy-totals");
        totals.getStyleClass().add("section-title");
        totals.setWrapText(true);
        totals.textProperty().bind(model.totals);
        Label refusal = Forms.message("proxy-refusal", "refusal");
        refusal.textProperty().bind(model.refusal);
        FilterTable<ProxyModel.Pair> pairs = new FilterTable<>("proxy-pairs", model.pairs, List.of(
                new FilterTable.Column<>(text.t("proxy.captain"), ProxyModel.Pair::captain, 200),
                new FilterTable.Column<>(text.t("proxy.elder"), ProxyModel.Pair::elder, 200),
                new FilterTable.Column<>(text.t("proxy.posts"), ProxyModel.Pair::posts, 100),
                new FilterTable.Column<>(text.t("proxy.redemptions"), ProxyModel.Pair::redemptions, 100)),
                text, dialogs, tasks, text.t("proxy.pairs-export-name"));
        pairs.setPrefHeight(200);
        FilterTable<ProxyModel.Act> acts = new FilterTable<>("proxy-acts", model.rows, List.of(
                new FilterTable.Column<>(text.t("proxy.when"), ProxyModel.Act::when, 150),
                new FilterTable.Column<>(text.t("proxy.captain"), ProxyModel.Act::captain, 170),
                new FilterTable.Column<>(text.t("proxy.elder"), ProxyModel.Act::elder, 170),
                new FilterTable.Column<>(text.t("proxy.kind"), ProxyModel.Act::kind, 90),
                new FilterTable.Column<>(text.t("proxy.ref"), ProxyModel.Act::ref, 160),
                new FilterTable.Column<>(text.t("proxy.identified"), ProxyModel.Act::identifiedBy, 120)),
                text, dialogs, tasks, text.t("proxy.acts-export-name"));
        acts.setPrefHeight(280);
        content.getChildren().addAll(title, how, new HBox(12, Forms.label(text.t("proxy.month")), month, show), refusal, totals,
                Forms.section(text.t("proxy.pairs-title")), pairs, Forms.section(text.t("proxy.acts-title")), acts);
    }

    Node root() {
        return root;
    }
}
