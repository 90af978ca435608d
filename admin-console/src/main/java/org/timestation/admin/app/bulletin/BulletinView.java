package org.timestation.admin.app.bulletin;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.admin.ui.Forms;

/** The month and edition, 预览 / 打印 / 保存 PDF, what happened, and the pages as they will print. */
final class BulletinView {
    private final VBox content = new VBox(14);
    private final ScrollPane root = new ScrollPane(content);

    BulletinView(BulletinModel model, BulletinController controller, ConsoleText text) {
        Label title = Forms.page(root, content, "bulletin", text.t("bulletin-screen.title"));
        Label how = new Label(text.t("bulletin-screen.how"));
        how.getStyleClass().add("muted");
        how.setWrapText(true);
        ComboBox<String> month = new ComboBox<>(model.months);
        month.setId("bulletin-month");
        month.valueProperty().bindBidirectional(model.month);
        CheckBox large = new CheckBox(text.t("bulletin-screen.large"));
        large.setId("bulletin-large");
        large.selectedProperty().bindBidirectional(model.large);
        Button preview = new Button(text.t("bulletin-screen.preview"));
        preview.setId("bulletin-preview");
        preview.getStyleClass().add("primary");
        preview.disableProperty().bind(model.working);
        preview.setOnAction(e -> controller.preview());
        Button print = new Button(text.t("bulletin-screen.print"));
        print.setId("bulletin-print");
        print.disableProperty().bind(model.working.or(model.pdf.isNull()));
        print.setOnAction(e -> controller.print());
        Button save = new Button(text.t("bulletin-screen.save"));
        save.setId("bulletin-save");
        save.disableProperty().bind(model.working.or(model.pdf.isNull()));
        save.setOnAction(e -> controller.save());
        HBox choose = new HBox(12, Forms.label(text.t("bulletin-screen.month")), month, large, preview, print, save);
        choose.setAlignment(Pos.CENTER_LEFT);
        Label result = Forms.message("bulletin-result", "result");
        result.textProperty().bind(model.result);
        Label refusal = Forms.message("bulletin-refusal", "refusal");
        refusal.textProperty().bind(model.refusal);
        FlowPane pages = new FlowPane(16, 16);
        pages.setId("bulletin-pages");
        model.pages.addListener((javafx.collections.ListChangeListener<Image>) c -> {
            pages.getChildren().clear();
            for (Image page : model.pages) {
                ImageView v = new ImageView(page);
                v.setPreserveRatio(true);
                v.setFitWidth(420);
                v.getStyleClass().add("page");
                pages.getChildren().add(v);
            }
        });
        content.getChildren().addAll(title, how, choose, result, refusal, pages);
    }

    Node root() {
        return root;
    }
}
