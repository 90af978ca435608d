package org.timestation.admin.app.policy;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.admin.ui.DialogService;
import org.timestation.admin.ui.FilterTable;
import org.timestation.admin.ui.Forms;
import org.timestation.admin.ui.Tasks;

/** Every rule and its value; for a manager, the change of the chosen one (new value, reason). */
final class PolicyView {
    private final VBox content = new VBox(14);
    private final ScrollPane root = new ScrollPane(content);

    PolicyView(PolicyModel model, PolicyController controller, ConsoleText text, DialogService dialogs, Tasks tasks) {
        Label title = Forms.page(root, content, "policy", text.t("policy.title"));
        Label since = new Label();
        since.setId("policy-since");
        since.setWrapText(true);
        since.textProperty().bind(model.since);
        FilterTable<PolicyModel.Rule> table = new FilterTable<>("policy", model.rows, List.of(
                new FilterTable.Column<>(text.t("policy.meaning"), PolicyModel.Rule::meaning, 460),
                new FilterTable.Column<>(text.t("policy.value"), PolicyModel.Rule::value, 200)),
                text, dialogs, tasks, text.t("policy.export-name"));
        table.setPrefHeight(380);
        Label[] said = Forms.outcome("policy", model);
        content.getChildren().addAll(title, since, table, said[0], said[1]);
        if (!model.manager.get()) {
            Label only = new Label(text.t("policy.managers-only"));
            only.getStyleClass().add("muted");
            only.setWrapText(true);
            content.getChildren().add(only);
            return;
        }
        Label chosen = new Label(text.t("policy.none-chosen"));
        chosen.setId("policy-chosen");
        chosen.setWrapText(true);
        table.table().getSelectionModel().selectedItemProperty().addListener((o, was, rule) -> chosen.setText(rule == null
                ? text.t("policy.none-chosen") : text.t("policy.chosen", rule.meaning(), rule.value())));
        TextField value = Forms.field("policy-value", text.t("policy.value-prompt"), 240);
        TextField reason = Forms.field("policy-reason", text.t("policy.reason-prompt"), 480);
        Button change = new Button(text.t("policy.change"));
        change.setId("policy-change");
        change.getStyleClass().add("primary");
        change.disableProperty().bind(model.working);
        change.setOnAction(e -> controller.change(table.table().getSelectionModel().getSelectedItem(), value.getText(), reason.getText()));
        Label how = new Label(text.t("policy.how"));
        how.getStyleClass().add("muted");
        how.setWrapText(true);
        content.getChildren().addAll(Forms.section(text.t("policy.change-title")), how, chosen,
                Forms.form(text.all("policy.new-value", "team.reason"), value, reason), change);
    }

    Node root() {
        return root;
    }
}
