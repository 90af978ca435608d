package org.timestation.admin.app.disputes;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.admin.ui.DialogService;
import org.timestation.admin.ui.FilterTable;
import org.timestation.admin.ui.Forms;
import org.timestation.admin.ui.Tasks;
import org.timestation.exchange.ExchangeService.Resolution;

/** The queue, and for the dispute chosen in it: a first response, and an outcome (each choice said in words). */
final class DisputesView {
    private final VBox content = new VBox(14);
    private final ScrollPane root = new ScrollPane(content);

    DisputesView(DisputesModel model, DisputesController controller, ConsoleText text, DialogService dialogs, Tasks tasks) {
        Label title = Forms.page(root, content, "disputes", text.t("disputes.title"));
        FilterTable<DisputesModel.Row> table = new FilterTable<>("disputes", model.rows, List.of(
                new FilterTable.Column<>(text.t("disputes.left"), row -> row.left() + text.t("disputes.comma") + row.deadline(), 280),
                new FilterTable.Column<>(text.t("disputes.request"), DisputesModel.Row::requestId, 140),
                new FilterTable.Column<>(text.t("disputes.service"), DisputesModel.Row::service, 90),
                new FilterTable.Column<>(text.t("disputes.requester"), DisputesModel.Row::requester, 100),
                new FilterTable.Column<>(text.t("disputes.volunteer"), DisputesModel.Row::volunteer, 100),
                new FilterTable.Column<>(text.t("disputes.claimed"), DisputesModel.Row::claimed, 110),
                new FilterTable.Column<>(text.t("disputes.reason"), DisputesModel.Row::reason, 260)),
                text, dialogs, tasks, text.t("disputes.export-name"));
        table.setPrefHeight(240);
        Label[] said = Forms.outcome("disputes", model);

        TextField note = Forms.field("disputes-note", text.t("disputes.note-prompt"), 480);
        Button respond = new Button(text.t("disputes.respond"));
        respond.setId("disputes-respond");
        respond.disableProperty().bind(model.working);
        respond.setOnAction(e -> controller.respond(table.table().getSelectionModel().getSelectedItem(), note.getText()));

        ToggleGroup outcomes = new ToggleGroup();
        VBox choices = new VBox(8);
        for (Resolution r : Resolution.values()) {
            RadioButton b = new RadioButton(text.t("disputes.outcome-" + r.name().toLowerCase(java.util.Locale.ROOT)));
            b.setId("disputes-outcome-" + r.name().toLowerCase(java.util.Locale.ROOT));
            b.setUserData(r);
            b.setToggleGroup(outcomes);
            b.setWrapText(true);
            choices.getChildren().add(b);
        }
        TextField minutes = Forms.field("disputes-minutes", text.t("disputes.minutes-prompt"), 480);
        TextField reason = Forms.field("disputes-reason", text.t("disputes.reason-prompt"), 480);
        Button decide = new Button(text.t("disputes.decide"));
        decide.setId("disputes-decide");
        decide.getStyleClass().add("primary");
        decide.disableProperty().bind(model.working);
        decide.setOnAction(e -> controller.resolve(table.table().getSelectionModel().getSelectedItem(),
                outcomes.getSelectedToggle() == null ? null : (Resolution) outcomes.getSelectedToggle().getUserData(), minutes.getText(), reason.getText()));

        GridPane respondForm = Forms.form(text.all("disputes.note"), note);
        GridPane decideForm = Forms.form(text.all("disputes.outcome", "disputes.minutes-label", "team.reason"), choices, minutes, reason);
        Label hint = new Label(text.t("disputes.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        VBox left = new VBox(10, Forms.section(text.t("disputes.respond-title")), respondForm, respond);
        VBox right = new VBox(10, Forms.section(text.t("disputes.decide-title")), hint, decideForm, decide);
        right.setPadding(new Insets(12, 0, 0, 0));
        // one above the other: each form has the window's width, in both languages
        Label chosen = new Label(text.t("disputes.none-chosen"));
        chosen.setId("disputes-chosen");
        chosen.setWrapText(true);
        table.table().getSelectionModel().selectedItemProperty().addListener((o, was, row) -> chosen.setText(row == null ? text.t("disputes.none-chosen")
                : text.t("disputes.chosen", row.requestId(), row.service(), row.requester(), row.volunteer(), row.claimed(), row.reason(),
                row.left() + text.t("disputes.comma") + row.deadline())));
        content.getChildren().addAll(title, table, chosen, said[0], said[1], left, right);
    }

    Node root() {
        return root;
    }
}
