package org.timestation.admin.app.merchants;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.admin.ui.DialogService;
import org.timestation.admin.ui.FilterTable;
import org.timestation.admin.ui.Forms;
import org.timestation.admin.ui.Tasks;
import org.timestation.trust.IncidentLevel;

/** The merchants; for the chosen one, its settlement, a price check and a pause or removal; the vouchers flagged; the onboarding form. */
final class MerchantsView {
    private final VBox content = new VBox(14);
    private final ScrollPane root = new ScrollPane(content);

    MerchantsView(MerchantsModel model, MerchantsController controller, ConsoleText text, DialogService dialogs, Tasks tasks) {
        Label title = Forms.page(root, content, "merchants", text.t("merchants.title"));
        FilterTable<MerchantsModel.Row> table = new FilterTable<>("merchants", model.rows, List.of(
                new FilterTable.Column<>(text.t("merchants.shop"), MerchantsModel.Row::shop, 120),
                new FilterTable.Column<>(text.t("merchants.owner"), MerchantsModel.Row::owner, 80),
                new FilterTable.Column<>(text.t("merchants.licence"), MerchantsModel.Row::licence, 90),
                new FilterTable.Column<>(text.t("merchants.rate"), MerchantsModel.Row::rate, 120),
                new FilterTable.Column<>(text.t("merchants.caps"), MerchantsModel.Row::caps, 200),
                new FilterTable.Column<>(text.t("merchants.validity"), MerchantsModel.Row::validity, 190),
                new FilterTable.Column<>(text.t("merchants.deposit"), MerchantsModel.Row::deposit, 100),
                new FilterTable.Column<>(text.t("merchants.standing"), MerchantsModel.Row::standing, 160)),
                text, dialogs, tasks, text.t("merchants.export-name"));
        table.setPrefHeight(240);
        table.keepChoiceBy(MerchantsModel.Row::id);
        Label[] said = Forms.outcome("merchants", model);

        TextField day = Forms.field("merchants-day", text.t("merchants.day-prompt"), 340);
        Button show = new Button(text.t("merchants.show-settlement"));
        show.setId("merchants-show-settlement");
        show.setOnAction(e -> controller.settlement(table.table().getSelectionModel().getSelectedItem(), day.getText()));
        Button print = new Button(text.t("merchants.print-settlement"));
        print.setId("merchants-print-settlement");
        print.setOnAction(e -> controller.printSettlement(table.table().getSelectionModel().getSelectedItem(), day.getText()));
        TextArea settlement = new TextArea();
        settlement.setId("merchants-settlement");
        settlement.setEditable(false);
        settlement.setPrefRowCount(5);
        settlement.textProperty().bind(model.settlement);
        settlement.visibleProperty().bind(model.settlement.isNotEmpty());
        settlement.managedProperty().bind(settlement.visibleProperty());

        TextField item = Forms.field("merchants-check-item", text.t("merchants.check-item-prompt"), 240);
        TextField cost = Forms.field("merchants-check-cost", "5.00", 120);
        TextField listed = Forms.field("merchants-check-listed", "5.25", 120);
        TextField charged = Forms.field("merchants-check-charged", "5.25", 120);
        Label checkRule = new Label(text.t("merchants.check-rule"));
        checkRule.setWrapText(true); // the rule in full, never "…"
        checkRule.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button check = button("merchants-check", text.t("merchants.check"), model);
        check.setOnAction(e -> controller.checkPrice(table.table().getSelectionModel().getSelectedItem(), item.getText(), cost.getText(),
                listed.getText(), charged.getText()));

        TextField reason = Forms.field("merchants-reason", text.t("merchants.reason-prompt"), 480);
        Button pause = button("merchants-pause", text.t("merchants.pause"), model);
        pause.setOnAction(e -> controller.sanction(table.table().getSelectionModel().getSelectedItem(), IncidentLevel.MODERATE, reason.getText()));
        Button remove = button("merchants-remove", text.t("merchants.remove"), model);
        remove.getStyleClass().add("danger");
        remove.setOnAction(e -> controller.sanction(table.table().getSelectionModel().getSelectedItem(), IncidentLevel.SEVERE, reason.getText()));

        FilterTable<MerchantsModel.Flag> flags = new FilterTable<>("merchants-flags", model.flags, List.of(
                new FilterTable.Column<>(text.t("merchants.voucher"), MerchantsModel.Flag::voucher, 160),
                new FilterTable.Column<>(text.t("merchants.shop"), MerchantsModel.Flag::shop, 120),
                new FilterTable.Column<>(text.t("merchants.member"), MerchantsModel.Flag::member, 80),
                new FilterTable.Column<>(text.t("merchants.amount"), MerchantsModel.Flag::amount, 140),
                new FilterTable.Column<>(text.t("merchants.redemptions"), MerchantsModel.Flag::redemptions, 360)),
                text, dialogs, tasks, text.t("merchants.flags-export-name"));
        flags.setPrefHeight(160);

        TextField member = Forms.field("merchants-new-member", text.t("merchants.member-prompt"), 200);
        TextField shop = Forms.field("merchants-new-shop", text.t("merchants.shop-prompt"), 240);
        TextField licence = Forms.field("merchants-new-licence", text.t("merchants.licence-prompt"), 260);
        TextField deposit = Forms.field("merchants-new-deposit", "500", 120);
        Button attach = new Button(text.t("funds.attach"));
        attach.setId("merchants-attach");
        attach.setOnAction(e -> controller.attachDeposit());
        Label attached = new Label();
        attached.setId("merchants-attached");
        attached.textProperty().bind(javafx.beans.binding.Bindings.when(model.depositName.isEmpty()).then(text.t("funds.none-attached"))
                .otherwise(model.depositName));
        TextField rate = Forms.field("merchants-new-rate", "5", 120);
        TextField perVisit = Forms.field("merchants-new-per-visit", "120", 120);
        TextField monthly = Forms.field("merchants-new-monthly", "600", 120);
        TextField from = Forms.field("merchants-new-from", "2026-12-01", 140);
        TextField to = Forms.field("merchants-new-to", "2027-11-30", 140);
        TextField days = Forms.field("merchants-new-days", "30", 80);
        // the usual terms filled in: staff change what this shop agreed otherwise
        java.time.LocalDate today = java.time.LocalDate.now();
        deposit.setText("500");
        rate.setText("5");
        perVisit.setText("120");
        monthly.setText("600");
        from.setText(today.toString());
        to.setText(today.plusYears(1).minusDays(1).toString());
        days.setText("30");
        Button onboard = button("merchants-onboard", text.t("merchants.onboard"), model);
        onboard.getStyleClass().add("primary");
        onboard.setOnAction(e -> controller.onboard(new MerchantsController.Onboarding(member.getText(), shop.getText(), licence.getText(),
                deposit.getText(), rate.getText(), perVisit.getText(), monthly.getText(), from.getText(), to.getText(), days.getText())));

        content.getChildren().addAll(title, table, said[0], said[1],
                Forms.section(text.t("merchants.settlement-title")), Forms.form(text.all("merchants.day"), day), new HBox(12, show, print), settlement,
                Forms.section(text.t("merchants.check-title")), checkRule,
                Forms.form(text.all("merchants.check-item", "merchants.check-cost", "merchants.check-listed", "merchants.check-charged"),
                        item, cost, listed, charged), check,
                Forms.section(text.t("merchants.sanction-title")), Forms.form(text.all("team.reason"), reason), new HBox(12, pause, remove),
                Forms.section(text.t("merchants.flags-title")), flags,
                Forms.section(text.t("merchants.onboard-title")),
                Forms.form(text.all("merchants.member-label", "merchants.shop", "merchants.licence", "merchants.deposit-label", "funds.voucher",
                        "merchants.rate-label", "merchants.per-visit", "merchants.monthly", "merchants.from", "merchants.to", "merchants.days"),
                        member, shop, licence, deposit, new HBox(12, attach, attached), rate, perVisit, monthly, from, to, days), onboard);
    }

    private static Button button(String id, String label, MerchantsModel model) {
        Button b = new Button(label);
        b.setId(id);
        b.disableProperty().bind(model.working);
        return b;
    }

    Node root() {
        return root;
    }
}
