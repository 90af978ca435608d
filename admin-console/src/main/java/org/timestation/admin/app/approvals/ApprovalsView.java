package org.timestation.admin.app.approvals;

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

/** The applications waiting, and approve or reject for the one chosen, with a reason. */
final class ApprovalsView {
    private final VBox content = new VBox(14);
    private final ScrollPane root = new ScrollPane(content);

    ApprovalsView(ApprovalsModel model, ApprovalsController controller, ConsoleText text, DialogService dialogs, Tasks tasks) {
        Label title = Forms.page(root, content, "approvals", text.t("approvals.title"));
        Label hint = new Label(text.t("approvals.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        FilterTable<ApprovalsModel.Row> table = new FilterTable<>("approvals", model.rows, List.of(
                new FilterTable.Column<>(text.t("approvals.submitted"), ApprovalsModel.Row::submitted, 150),
                new FilterTable.Column<>(text.t("members.name"), ApprovalsModel.Row::maskedName, 90),
                new FilterTable.Column<>(text.t("approvals.id"), ApprovalsModel.Row::idMasked, 180),
                new FilterTable.Column<>(text.t("members.phone"), ApprovalsModel.Row::maskedPhone, 120),
                new FilterTable.Column<>(text.t("approvals.address"), ApprovalsModel.Row::address, 240),
                new FilterTable.Column<>(text.t("approvals.roles"), ApprovalsModel.Row::roles, 140)),
                ApprovalsModel.Row::searchKey, text, dialogs, tasks, text.t("approvals.export-name"));
        table.setPrefHeight(280);
        // a card on the desk reader matched a registration: it is chosen, as if clicked
        model.matched.addListener((o, was, id) -> model.rows.stream().filter(r -> r.applicationId().equals(id)).findFirst()
                .ifPresent(r -> table.table().getSelectionModel().select(r)));
        Label[] said = Forms.outcome("approvals", model);
        TextField reason = Forms.field("approvals-reason", text.t("approvals.reason-prompt"), 480);
        Button approve = new Button(text.t("approvals.approve"));
        approve.setId("approvals-approve");
        approve.getStyleClass().add("primary");
        approve.disableProperty().bind(model.working);
        approve.setOnAction(e -> controller.decide(table.table().getSelectionModel().getSelectedItem(), true, reason.getText()));
        Button reject = new Button(text.t("approvals.reject"));
        reject.setId("approvals-reject");
        reject.disableProperty().bind(model.working);
        reject.setOnAction(e -> controller.decide(table.table().getSelectionModel().getSelectedItem(), false, reason.getText()));
        content.getChildren().addAll(title, hint, table, said[0], said[1], Forms.section(text.t("approvals.decide-title")),
                Forms.form(text.all("team.reason"), reason), new HBox(12, approve, reject));
    }

    Node root() {
        return root;
    }
}
