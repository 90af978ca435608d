package org.timestation.admin.app.requests;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.admin.ui.DialogService;
import org.timestation.admin.ui.FilterTable;
import org.timestation.admin.ui.Forms;
import org.timestation.admin.ui.Tasks;

/** Three lists to choose between, and the table of the one chosen. */
final class RequestsView {
    private final VBox root = new VBox(14);

    RequestsView(RequestsModel model, RequestsController controller, ConsoleText text, DialogService dialogs, Tasks tasks) {
        root.setId("requests");
        root.setPadding(new Insets(24));
        Label title = new Label(text.t("requests.title"));
        title.getStyleClass().add("title");
        ToggleGroup group = new ToggleGroup();
        HBox lists = new HBox(10);
        for (RequestsModel.Which w : RequestsModel.Which.values()) {
            ToggleButton b = new ToggleButton(text.t("requests.which-" + w.name().toLowerCase(Locale.ROOT)));
            b.setId("requests-" + w.name().toLowerCase(Locale.ROOT));
            b.setToggleGroup(group);
            b.setSelected(w == model.which.get());
            b.setOnAction(e -> controller.show(w));
            lists.getChildren().add(b);
        }
        Label hint = new Label();
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        hint.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> text.t("requests.hint-" + model.which.get().name().toLowerCase(Locale.ROOT)), model.which));
        FilterTable<RequestsModel.Row> table = new FilterTable<>("requests", model.rows, List.of(
                new FilterTable.Column<>(text.t("requests.waiting"), RequestsModel.Row::waiting, 110),
                new FilterTable.Column<>(text.t("requests.id"), RequestsModel.Row::id, 130),
                new FilterTable.Column<>(text.t("requests.service"), RequestsModel.Row::service, 80),
                new FilterTable.Column<>(text.t("requests.requester"), RequestsModel.Row::requester, 90),
                new FilterTable.Column<>(text.t("requests.volunteer"), RequestsModel.Row::volunteer, 90),
                new FilterTable.Column<>(text.t("requests.wanted"), RequestsModel.Row::wanted, 140),
                new FilterTable.Column<>(text.t("requests.building"), RequestsModel.Row::building, 90),
                new FilterTable.Column<>(text.t("requests.state"), RequestsModel.Row::state, 90),
                new FilterTable.Column<>(text.t("requests.proxy"), RequestsModel.Row::proxy, 110)),
                text, dialogs, tasks, text.t("requests.export-name"));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label refusal = Forms.message("requests-refusal", "refusal");
        refusal.textProperty().bind(model.refusal);
        root.getChildren().addAll(title, lists, hint, refusal, table);
    }

    Node root() {
        return root;
    }
}
