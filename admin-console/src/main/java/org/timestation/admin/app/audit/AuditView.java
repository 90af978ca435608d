package org.timestation.admin.app.audit;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.admin.ui.DialogService;
import org.timestation.admin.ui.FilterTable;
import org.timestation.admin.ui.Forms;
import org.timestation.admin.ui.Tasks;

/** Verify (button, progress bar, verdict, findings), the log's checkpoints, and the alerts from sync. */
final class AuditView {
    private final VBox content = new VBox(14);
    private final ScrollPane root = new ScrollPane(content);

    AuditView(AuditModel model, AuditController controller, ConsoleText text, DialogService dialogs, Tasks tasks) {
        Label title = Forms.page(root, content, "audit", text.t("audit.title"));
        Label how = new Label(text.t("audit.how"));
        how.getStyleClass().add("muted");
        how.setWrapText(true);
        Button verify = new Button(text.t("audit.verify"));
        verify.setId("audit-verify");
        verify.getStyleClass().add("primary");
        verify.disableProperty().bind(model.working);
        verify.setOnAction(e -> controller.verify());
        ProgressBar bar = new ProgressBar();
        bar.setId("audit-progress");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(model.progress);
        Label verdict = new Label();
        verdict.setId("audit-verdict");
        verdict.getStyleClass().add("section-title");
        verdict.setWrapText(true);
        verdict.textProperty().bind(model.verdict);
        TextArea findings = new TextArea();
        findings.setId("audit-findings");
        findings.setEditable(false);
        findings.setPrefRowCount(5);
        findings.textProperty().bind(model.findings);
        findings.visibleProperty().bind(model.findings.isNotEmpty());
        findings.managedProperty().bind(findings.visibleProperty());
        Label refusal = Forms.message("audit-refusal", "refusal");
        refusal.textProperty().bind(model.refusal);

        Label latest = new Label();
        latest.setId("audit-latest");
        latest.setWrapText(true);
        latest.textProperty().bind(model.latest);
        FilterTable<AuditModel.Checkpoint> checkpoints = new FilterTable<>("audit-checkpoints", model.checkpoints, List.of(
                new FilterTable.Column<>(text.t("audit.size"), AuditModel.Checkpoint::size, 120),
                new FilterTable.Column<>(text.t("audit.signed-at"), AuditModel.Checkpoint::signedAt, 160),
                new FilterTable.Column<>(text.t("audit.root"), AuditModel.Checkpoint::root, 200),
                new FilterTable.Column<>(text.t("audit.cosigners"), AuditModel.Checkpoint::cosigners, 160)),
                text, dialogs, tasks, text.t("audit.checkpoints-export-name"));
        checkpoints.setPrefHeight(220);
        FilterTable<AuditModel.Alert> alerts = new FilterTable<>("audit-alerts", model.rows, List.of(
                new FilterTable.Column<>(text.t("audit.when"), AuditModel.Alert::when, 150),
                new FilterTable.Column<>(text.t("audit.kind"), AuditModel.Alert::kind, 130),
                new FilterTable.Column<>(text.t("audit.node"), AuditModel.Alert::node, 110),
                new FilterTable.Column<>(text.t("audit.detail"), AuditModel.Alert::detail, 460)),
                text, dialogs, tasks, text.t("audit.alerts-export-name"));
        alerts.setPrefHeight(240);
        content.getChildren().addAll(title, Forms.section(text.t("audit.verify-title")), how, new HBox(16, verify, bar), verdict, findings, refusal,
                Forms.section(text.t("audit.alerts-title")), alerts,
                Forms.section(text.t("audit.log-title")), latest, checkpoints);
    }

    Node root() {
        return root;
    }
}
