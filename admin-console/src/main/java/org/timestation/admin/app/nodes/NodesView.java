package org.timestation.admin.app.nodes;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.timestation.admin.hub.HubNodes;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.admin.ui.DialogService;
import org.timestation.admin.ui.FilterTable;
import org.timestation.admin.ui.Forms;
import org.timestation.admin.ui.Tasks;

/** The stations' table; for a manager, the acts on the chosen one and the enrollment of a new one (code and QR). */
final class NodesView {
    private final VBox content = new VBox(14);
    private final ScrollPane root = new ScrollPane(content);

    NodesView(NodesModel model, NodesController controller, ConsoleText text, DialogService dialogs, Tasks tasks) {
        Label title = Forms.page(root, content, "nodes", text.t("nodes.title"));
        FilterTable<NodesModel.Row> table = new FilterTable<>("nodes", model.rows, List.of(
                new FilterTable.Column<>(text.t("nodes.id"), NodesModel.Row::id, 120),
                new FilterTable.Column<>(text.t("nodes.name"), NodesModel.Row::name, 140),
                new FilterTable.Column<>(text.t("nodes.state"), NodesModel.Row::state, 220),
                new FilterTable.Column<>(text.t("nodes.last-sync"), NodesModel.Row::lastSync, 150),
                new FilterTable.Column<>(text.t("nodes.held"), NodesModel.Row::held, 110),
                new FilterTable.Column<>(text.t("nodes.cosigned"), NodesModel.Row::cosigned, 130)),
                text, dialogs, tasks, text.t("nodes.export-name"));
        table.setPrefHeight(240);
        Label[] said = Forms.outcome("nodes", model);
        content.getChildren().addAll(title, table, said[0], said[1]);
        if (!model.manager.get()) {
            Label only = new Label(text.t("nodes.managers-only"));
            only.getStyleClass().add("muted");
            only.setWrapText(true);
            content.getChildren().add(only);
            return;
        }
        TextField reason = Forms.field("nodes-reason", text.t("nodes.reason-prompt"), 480);
        HBox acts = new HBox(12);
        for (HubNodes.State to : HubNodes.State.values()) {
            Button b = new Button(text.t("nodes.act-" + to.name().toLowerCase(java.util.Locale.ROOT)));
            b.setId("nodes-act-" + to.name().toLowerCase(java.util.Locale.ROOT));
            if (to == HubNodes.State.REVOKED) {
                b.getStyleClass().add("danger");
            }
            b.disableProperty().bind(model.working);
            b.setOnAction(e -> controller.act(table.table().getSelectionModel().getSelectedItem(), to, reason.getText()));
            acts.getChildren().add(b);
        }
        TextField node = Forms.field("nodes-new-id", text.t("nodes.new-id-prompt"), 320);
        TextField name = Forms.field("nodes-new-name", text.t("nodes.new-name-prompt"), 320);
        CheckBox recover = new CheckBox(text.t("nodes.recover"));
        recover.setId("nodes-recover");
        recover.setWrapText(true);
        Button enroll = new Button(text.t("nodes.enroll"));
        enroll.setId("nodes-enroll");
        enroll.getStyleClass().add("primary");
        enroll.disableProperty().bind(model.working);
        enroll.setOnAction(e -> controller.enroll(node.getText(), name.getText(), recover.isSelected()));
        TextArea code = new TextArea();
        code.setId("nodes-code");
        code.setEditable(false);
        code.setWrapText(true);
        code.setPrefRowCount(3);
        code.textProperty().bind(model.code);
        code.visibleProperty().bind(model.code.isNotEmpty());
        code.managedProperty().bind(code.visibleProperty());
        ImageView qr = new ImageView();
        qr.setId("nodes-qr");
        qr.imageProperty().bind(model.qr);
        Label how = new Label(text.t("nodes.code-how"));
        how.setWrapText(true);
        how.visibleProperty().bind(model.code.isNotEmpty());
        how.managedProperty().bind(how.visibleProperty());
        content.getChildren().addAll(Forms.section(text.t("nodes.acts-title")), Forms.form(text.all("nodes.reason"), reason), acts,
                Forms.section(text.t("nodes.enroll-title")), Forms.form(text.all("nodes.new-id", "nodes.new-name"), node, name), recover, enroll,
                how, new HBox(24, qr, code));
    }

    Node root() {
        return root;
    }
}
