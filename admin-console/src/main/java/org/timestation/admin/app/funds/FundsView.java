package org.timestation.admin.app.funds;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.admin.ui.DialogService;
import org.timestation.admin.ui.FilterTable;
import org.timestation.admin.ui.Forms;
import org.timestation.admin.ui.Tasks;
import org.timestation.funds.FundsKind;

/** What the station holds and this week's statement, every line, and the form to record one (picture, three approvers). */
final class FundsView {
    private final VBox content = new VBox(14);
    private final ScrollPane root = new ScrollPane(content);

    FundsView(FundsModel model, FundsController controller, ConsoleText text, DialogService dialogs, Tasks tasks) {
        Label title = Forms.page(root, content, "funds", text.t("funds.title"));
        Label held = new Label();
        held.setId("funds-held");
        held.getStyleClass().add("section-title");
        held.setWrapText(true);
        held.textProperty().bind(model.held);
        Label week = new Label();
        week.setId("funds-week");
        week.setWrapText(true);
        week.textProperty().bind(model.week);
        Button print = new Button(text.t("funds.print-week"));
        print.setId("funds-print-week");
        print.setOnAction(e -> controller.printWeek());
        FilterTable<FundsModel.Row> table = new FilterTable<>("funds", model.rows, List.of(
                new FilterTable.Column<>(text.t("funds.date"), FundsModel.Row::date, 140),
                new FilterTable.Column<>(text.t("funds.kind"), FundsModel.Row::kind, 110),
                new FilterTable.Column<>(text.t("funds.amount"), FundsModel.Row::amount, 110),
                new FilterTable.Column<>(text.t("funds.description"), FundsModel.Row::description, 220),
                new FilterTable.Column<>(text.t("funds.approvers"), FundsModel.Row::approvers, 160),
                new FilterTable.Column<>(text.t("funds.voucher"), FundsModel.Row::voucher, 150),
                new FilterTable.Column<>(text.t("funds.operator"), FundsModel.Row::operator, 90)),
                text, dialogs, tasks, text.t("funds.export-name"));
        table.setPrefHeight(300);
        Label[] said = Forms.outcome("funds", model);

        ComboBox<FundsKind> kind = new ComboBox<>();
        kind.setId("funds-kind");
        kind.getItems().setAll(FundsKind.values());
        kind.setPromptText(text.t("funds.kind-prompt"));
        kind.setCellFactory(v -> kindCell(text));
        kind.setButtonCell(kindCell(text));
        TextField amount = Forms.field("funds-amount", text.t("funds.amount-prompt"), 200);
        TextField description = Forms.field("funds-description", text.t("funds.description-prompt"), 480);
        ComboBox<FundsModel.Shop> shop = new ComboBox<>(model.shops);
        shop.setId("funds-shop");
        shop.setPromptText(text.t("funds.shop-prompt"));
        shop.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> kind.getValue() == null || kind.getValue().deposit() == 0, kind.valueProperty()));
        Button attach = new Button(text.t("funds.attach"));
        attach.setId("funds-attach");
        attach.setOnAction(e -> controller.attach());
        Label attached = new Label();
        attached.setId("funds-attached");
        attached.setWrapText(true);
        attached.textProperty().bind(javafx.beans.binding.Bindings.when(model.voucherName.isEmpty()).then(text.t("funds.none-attached"))
                .otherwise(model.voucherName));
        List<ComboBox<FundsModel.Person>> approvers = new ArrayList<>();
        HBox approverBoxes = new HBox(10);
        for (int i = 1; i <= 3; i++) {
            ComboBox<FundsModel.Person> a = new ComboBox<>(model.approvers);
            a.setId("funds-approver-" + i);
            a.setPromptText(text.t("funds.approver-prompt", i));
            a.setPrefWidth(260);
            approvers.add(a);
            approverBoxes.getChildren().add(a);
        }
        Label rule = new Label(text.t("funds.rule"));
        rule.getStyleClass().add("muted");
        rule.setWrapText(true);
        Button record = new Button(text.t("funds.record"));
        record.setId("funds-record");
        record.getStyleClass().add("primary");
        record.disableProperty().bind(model.working);
        record.setOnAction(e -> controller.record(kind.getValue(), amount.getText(), description.getText(),
                approvers.stream().map(ComboBox::getValue).toList(), shop.getValue()));
        content.getChildren().addAll(title, held, week, new HBox(12, print), table, said[0], said[1], Forms.section(text.t("funds.record-title")),
                rule, Forms.form(text.all("funds.kind", "funds.amount-label", "funds.description", "funds.shop", "funds.voucher", "funds.approvers"),
                        kind, amount, description, shop, new HBox(12, attach, attached), approverBoxes), record);
    }

    private static ListCell<FundsKind> kindCell(ConsoleText text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(FundsKind k, boolean empty) {
                super.updateItem(k, empty);
                setText(empty || k == null ? null : text.core(k.key()) + (k.approversNeeded() > 1 ? text.t("funds.needs", k.approversNeeded()) : ""));
            }
        };
    }

    Node root() {
        return root;
    }
}
