package org.timestation.admin.app.activities;

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

/** The activities (proposals first); deciding a proposal, closing a training, publishing a training. */
final class ActivitiesView {
    private final VBox content = new VBox(14);
    private final ScrollPane root = new ScrollPane(content);

    ActivitiesView(ActivitiesModel model, ActivitiesController controller, ConsoleText text, DialogService dialogs, Tasks tasks) {
        Label title = Forms.page(root, content, "activities", text.t("activities.title"));
        FilterTable<ActivitiesModel.Row> table = new FilterTable<>("activities", model.rows, List.of(
                new FilterTable.Column<>(text.t("activities.state"), ActivitiesModel.Row::state, 90),
                new FilterTable.Column<>(text.t("activities.when"), ActivitiesModel.Row::when, 140),
                new FilterTable.Column<>(text.t("activities.kind"), ActivitiesModel.Row::kind, 60),
                new FilterTable.Column<>(text.t("activities.theme"), ActivitiesModel.Row::theme, 200),
                new FilterTable.Column<>(text.t("activities.organiser"), ActivitiesModel.Row::organiser, 80),
                new FilterTable.Column<>(text.t("activities.place"), ActivitiesModel.Row::place, 100),
                new FilterTable.Column<>(text.t("activities.people-header"), ActivitiesModel.Row::people, 140),
                new FilterTable.Column<>(text.t("activities.summary"), ActivitiesModel.Row::summary, 160),
                new FilterTable.Column<>(text.t("activities.rewards"), ActivitiesModel.Row::rewards, 200)),
                text, dialogs, tasks, text.t("activities.export-name"));
        table.setPrefHeight(300);
        Label[] said = Forms.outcome("activities", model);

        TextField reason = Forms.field("activities-reason", text.t("activities.reason-prompt"), 480);
        Button approve = button("activities-approve", text.t("activities.approve"), model);
        approve.getStyleClass().add("primary");
        approve.setOnAction(e -> controller.decide(table.table().getSelectionModel().getSelectedItem(), true, reason.getText()));
        Button reject = button("activities-reject", text.t("activities.reject"), model);
        reject.setOnAction(e -> controller.decide(table.table().getSelectionModel().getSelectedItem(), false, reason.getText()));

        TextField summary = Forms.field("activities-summary", text.t("activities.summary-prompt"), 480);
        Button close = button("activities-close", text.t("activities.close"), model);
        close.setOnAction(e -> controller.closeTraining(table.table().getSelectionModel().getSelectedItem(), summary.getText()));

        TextField theme = Forms.field("activities-new-theme", text.t("activities.theme-prompt"), 320);
        TextField start = Forms.field("activities-new-start", "2026-12-05 14:00", 200);
        TextField hours = Forms.field("activities-new-hours", "2", 80);
        TextField place = Forms.field("activities-new-place", text.t("activities.place-prompt"), 320);
        TextField capacity = Forms.field("activities-new-capacity", "20", 80);
        TextField skill = Forms.field("activities-new-skill", text.t("activities.skill-prompt"), 200);
        Button publish = button("activities-publish", text.t("activities.publish"), model);
        publish.setOnAction(e -> controller.publishTraining(theme.getText(), start.getText(), hours.getText(), place.getText(), capacity.getText(),
                skill.getText()));

        content.getChildren().addAll(title, table, said[0], said[1],
                Forms.section(text.t("activities.decide-title")), Forms.form(text.all("team.reason"), reason), new HBox(12, approve, reject),
                Forms.section(text.t("activities.close-title")), Forms.form(text.all("activities.summary"), summary), close,
                Forms.section(text.t("activities.publish-title")),
                Forms.form(text.all("activities.theme", "activities.start", "activities.hours", "activities.place", "activities.capacity",
                        "activities.skill-label"), theme, start, hours, place, capacity, skill), publish);
    }

    private static Button button(String id, String label, ActivitiesModel model) {
        Button b = new Button(label);
        b.setId(id);
        b.disableProperty().bind(model.working);
        return b;
    }

    Node root() {
        return root;
    }
}
