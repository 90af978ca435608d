package org.timestation.kiosk.device;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.timestation.demo.DemoCommunity;
import org.timestation.member.Gender;

/**
 * Demo mode's simulated devices, hidden until the staff gesture (five quick taps on the brand):
 * tap one of the demo people's ID cards, scan the last printed voucher, and read the last receipt
 * as text.
 */
public final class SimulatedStrip {
    private final VBox root = new VBox(12);
    private final Label receipt = new Label();

    public SimulatedStrip(Devices devices, SimulatedPrinter printer) {
        FlowPane buttons = new FlowPane(12, 12);
        int i = 0;
        for (DemoCommunity.Persona p : DemoCommunity.PERSONAS) {
            Button b = new Button("刷卡 " + p.name());
            b.setId("sim-card-" + i++);
            b.setOnAction(e -> devices.cardTapped(new CardData(p.name(), p.gender() == null ? Gender.MALE : p.gender(), p.birth(),
                    "幸福里", p.idNumber())));
            buttons.getChildren().add(b);
        }
        Button scan = new Button("扫最后一张小票的码 scan the last receipt's code");
        scan.setId("sim-scan-last");
        scan.setOnAction(e -> {
            ReceiptPrinter.Receipt r = printer.last();
            if (r != null && r.qr() != null) {
                devices.scanned(r.qr());
            }
        });
        Button show = new Button("看收据 last receipt");
        show.setId("sim-receipt");
        show.setOnAction(e -> {
            ReceiptPrinter.Receipt r = printer.last();
            receipt.setText(r == null ? "(还没有打印 nothing printed)" : r.title() + "\n" + String.join("\n", r.lines())
                    + (r.qr() == null ? "" : "\n[QR " + r.qr().length() + "]"));
        });
        Button hide = new Button("收起 hide");
        hide.setId("sim-hide");
        hide.setOnAction(e -> toggle());
        buttons.getChildren().addAll(scan, show, hide);
        receipt.setId("sim-receipt-text");
        receipt.setWrapText(true);
        root.getChildren().addAll(new Label("模拟设备 simulated devices (staff)"), buttons, receipt);
        root.setPadding(new Insets(12, 32, 12, 32));
        root.setStyle("-fx-background-color: #2f3b4a; -fx-font-size: 22px;");
        root.getChildren().forEach(n -> n.setStyle("-fx-text-fill: white;"));
        root.setId("sim-strip");
        root.setVisible(false);
        root.setManaged(false);
    }

    public VBox root() {
        return root;
    }

    public void toggle() {
        root.setVisible(!root.isVisible());
        root.setManaged(root.isVisible());
    }

}
