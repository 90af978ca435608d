package org.timestation.admin.app.team;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.admin.ui.DialogService;
import org.timestation.admin.ui.FilterTable;
import org.timestation.admin.ui.Forms;
import org.timestation.admin.ui.Tasks;

/** The staff list and, for a manager, the forms to add, reset and remove; each button makes one controller call. */
final class TeamView {
    private final VBox content = new VBox(14);
    private final javafx.scene.control.ScrollPane root = new javafx.scene.control.ScrollPane(content);

    TeamView(TeamModel model, TeamController controller, ConsoleText text, DialogService dialogs, Tasks tasks) {
        Label title = Forms.page(root, content, "team", text.t("team.title"));
        FilterTable<TeamModel.Row> table = new FilterTable<>("team", model.rows, List.of(
                new FilterTable.Column<>(text.t("members.id"), TeamModel.Row::id, 110),
                new FilterTable.Column<>(text.t("members.name"), TeamModel.Row::name, 140),
                new FilterTable.Column<>(text.t("members.roles"), TeamModel.Row::role, 140),
                new FilterTable.Column<>(text.t("team.account"), TeamModel.Row::account, 200)),
                text, dialogs, tasks, text.t("team.export-name"));
        table.setPrefHeight(260);
        Label[] said = Forms.outcome("team", model);
        content.getChildren().addAll(title, table, said[0], said[1]);
        if (!model.manager.get()) {
            Label only = new Label(text.t("team.managers-only"));
            only.getStyleClass().add("muted");
            only.setWrapText(true);
            content.getChildren().add(only);
            return;
        }
        // add someone
        TextField member = Forms.field("team-add-member", text.t("team.member-prompt"), 300);
        CheckBox manager = new CheckBox(text.t("team.as-manager"));
        manager.setId("team-add-manager");
        PasswordField password = new PasswordField();
        password.setId("team-add-password");
        PasswordField again = new PasswordField();
        again.setId("team-add-again");
        TextField reason = Forms.field("team-add-reason", text.t("team.reason-prompt"), 300);
        Button add = new Button(text.t("team.add"));
        add.setId("team-add");
        add.getStyleClass().add("primary");
        add.disableProperty().bind(model.working);
        add.setOnAction(e -> controller.add(member.getText(), manager.isSelected(), password.getText(), again.getText(), reason.getText()));
        GridPane addForm = Forms.form(text.all("team.member", "team.role", "first.password", "first.again", "team.reason"),
                member, manager, password, again, reason);
        // the one chosen in the table
        PasswordField reset = new PasswordField();
        reset.setId("team-reset-password");
        PasswordField resetAgain = new PasswordField();
        resetAgain.setId("team-reset-again");
        Button resetButton = new Button(text.t("team.reset"));
        resetButton.setId("team-reset");
        resetButton.disableProperty().bind(model.working);
        resetButton.setOnAction(e -> controller.resetPassword(table.table().getSelectionModel().getSelectedItem(), reset.getText(), resetAgain.getText()));
        TextField removeReason = Forms.field("team-remove-reason", text.t("team.remove-reason-prompt"), 300);
        Button remove = new Button(text.t("team.remove"));
        remove.setId("team-remove");
        remove.getStyleClass().add("danger");
        remove.disableProperty().bind(model.working);
        remove.setOnAction(e -> controller.remove(table.table().getSelectionModel().getSelectedItem(), removeReason.getText()));
        reset.setPrefWidth(300);
        resetAgain.setPrefWidth(300);
        password.setPrefWidth(300);
        again.setPrefWidth(300);
        GridPane resetForm = Forms.form(text.all("team.new-password", "first.again"), reset, resetAgain);
        GridPane removeForm = Forms.form(text.all("team.remove-reason"), removeReason);
        VBox left = new VBox(10, Forms.section(text.t("team.add-title")), addForm, add);
        VBox right = new VBox(10, Forms.section(text.t("team.chosen-title")), resetForm, resetButton, Forms.section(text.t("team.remove-title")),
                removeForm, remove);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        content.getChildren().add(new HBox(40, left, right));
    }

    Node root() {
        return root;
    }
}
