package org.timestation.admin.app.trust;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.admin.ui.DialogService;
import org.timestation.admin.ui.FilterTable;
import org.timestation.admin.ui.Forms;
import org.timestation.admin.ui.Tasks;
import org.timestation.trust.IncidentLevel;

/** The month's board, the scores (the chosen one's reasons below), recording an incident, and the incidents with resolving one. */
final class TrustView {
    private final VBox content = new VBox(14);
    private final ScrollPane root = new ScrollPane(content);

    TrustView(TrustModel model, TrustController controller, ConsoleText text, DialogService dialogs, Tasks tasks) {
        Label title = Forms.page(root, content, "trust", text.t("trust.title"));
        Label board = new Label();
        board.setId("trust-board");
        board.setWrapText(true);
        board.textProperty().bind(model.board);
        Label[] said = Forms.outcome("trust", model);

        FilterTable<TrustModel.Score> scores = new FilterTable<>("trust-scores", model.rows, List.of(
                new FilterTable.Column<>(text.t("trust.who"), TrustModel.Score::who, 200),
                new FilterTable.Column<>(text.t("trust.side"), TrustModel.Score::side, 80),
                new FilterTable.Column<>(text.t("trust.score"), TrustModel.Score::score, 80),
                new FilterTable.Column<>(text.t("trust.incident-count"), TrustModel.Score::incidents, 110)),
                TrustModel.Score::searchKey, text, dialogs, tasks, text.t("trust.scores-export-name"));
        scores.setPrefHeight(260);
        scores.table().getSelectionModel().selectedItemProperty().addListener((o, was, row) -> controller.choose(row));
        TextArea reasons = new TextArea();
        reasons.setId("trust-reasons");
        reasons.setEditable(false);
        reasons.setPrefRowCount(6);
        reasons.textProperty().bind(model.reasons);
        reasons.setPromptText(text.t("trust.reasons-prompt"));

        ToggleGroup levels = new ToggleGroup();
        VBox choices = new VBox(8);
        for (IncidentLevel l : IncidentLevel.values()) {
            RadioButton b = new RadioButton(text.t("trust.level-" + l.name().toLowerCase(Locale.ROOT) + "-long"));
            b.setId("trust-level-" + l.name().toLowerCase(Locale.ROOT));
            b.setUserData(l);
            b.setToggleGroup(levels);
            b.setWrapText(true);
            choices.getChildren().add(b);
        }
        TextField what = Forms.field("trust-incident-reason", text.t("trust.incident-reason-prompt"), 480);
        TextField minutes = Forms.field("trust-incident-minutes", text.t("trust.minutes-prompt"), 480);
        Button record = new Button(text.t("trust.record"));
        record.setId("trust-record");
        record.getStyleClass().add("primary");
        record.disableProperty().bind(model.working);
        record.setOnAction(e -> controller.record(scores.table().getSelectionModel().getSelectedItem(),
                levels.getSelectedToggle() == null ? null : (IncidentLevel) levels.getSelectedToggle().getUserData(), what.getText(), minutes.getText()));

        FilterTable<TrustModel.IncidentRow> incidents = new FilterTable<>("trust-incidents", model.incidents, List.of(
                new FilterTable.Column<>(text.t("trust.date"), TrustModel.IncidentRow::date, 140),
                new FilterTable.Column<>(text.t("trust.who"), TrustModel.IncidentRow::who, 160),
                new FilterTable.Column<>(text.t("trust.level"), TrustModel.IncidentRow::level, 80),
                new FilterTable.Column<>(text.t("trust.what"), TrustModel.IncidentRow::reason, 220),
                new FilterTable.Column<>(text.t("trust.state"), TrustModel.IncidentRow::state, 240),
                new FilterTable.Column<>(text.t("trust.operator"), TrustModel.IncidentRow::operator, 90)),
                text, dialogs, tasks, text.t("trust.incidents-export-name"));
        incidents.setPrefHeight(240);
        TextField resolveReason = Forms.field("trust-resolve-reason", text.t("trust.resolve-prompt"), 480);
        Button resolve = new Button(text.t("trust.resolve"));
        resolve.setId("trust-resolve");
        resolve.disableProperty().bind(model.working);
        resolve.setOnAction(e -> controller.resolve(incidents.table().getSelectionModel().getSelectedItem(), resolveReason.getText()));

        content.getChildren().addAll(title, Forms.section(text.t("trust.board-title")), board, said[0], said[1],
                Forms.section(text.t("trust.scores-title")), scores, reasons,
                Forms.section(text.t("trust.record-title")), Forms.form(text.all("trust.level", "trust.what", "trust.minutes"), choices, what, minutes),
                record, Forms.section(text.t("trust.incidents-title")), incidents, Forms.form(text.all("team.reason"), resolveReason), resolve);
    }

    Node root() {
        return root;
    }
}
