package org.timestation.admin.app.members;

import java.util.List;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.admin.ui.DialogService;
import org.timestation.admin.ui.FilterTable;
import org.timestation.admin.ui.Tasks;

/** The members' table: filter, count, CSV export. */
final class MembersView {
    private final VBox root = new VBox(12);
    private final Label failure = new Label();

    MembersView(ObservableList<MemberRow> rows, ConsoleText text, DialogService dialogs, Tasks tasks) {
        root.setId("members");
        root.setPadding(new Insets(24));
        Label title = new Label(text.t("members.title"));
        title.getStyleClass().add("title");
        Label hint = new Label(text.t("members.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        failure.getStyleClass().add("refusal");
        failure.managedProperty().bind(failure.textProperty().isNotEmpty());
        failure.visibleProperty().bind(failure.managedProperty());
        FilterTable<MemberRow> table = new FilterTable<>("members", rows, List.of(
                new FilterTable.Column<>(text.t("members.id"), MemberRow::id, 110),
                new FilterTable.Column<>(text.t("members.name"), MemberRow::maskedName, 110),
                new FilterTable.Column<>(text.t("members.phone"), MemberRow::maskedPhone, 140),
                new FilterTable.Column<>(text.t("members.roles"), MemberRow::roles, 220),
                new FilterTable.Column<>(text.t("members.balance"), MemberRow::balance, 120),
                new FilterTable.Column<>(text.t("members.registered"), MemberRow::registered, 130)),
                MemberRow::searchKey, text, dialogs, tasks, text.t("members.export-name"));
        table.filter().setPromptText(text.t("members.filter"));
        table.focusFilter();
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(title, hint, failure, table);
    }

    Node root() {
        return root;
    }

    void failed(String why) {
        failure.setText(why);
    }
}
