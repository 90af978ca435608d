package org.timestation.kiosk.device;

import java.io.IOException;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.timestation.demo.DemoCommunity;
import org.timestation.device.ReceiptPrinter;
import org.timestation.device.SimulatedPrinter;
import org.timestation.device.station.DemoDevices;

/**
 * Demo mode's simulated devices, hidden until the staff gesture (five quick taps on the brand): lay
 * one of the demo people's ID cards on the simulated reader, hold the last printed code to the
 * simulated scanner, run the simulated printer out of paper, and read the last receipt as it came
 * out of the printer. Everything goes through the device simulators' bytes and the real drivers.
 */
public final class SimulatedStrip {
    private final VBox root = new VBox(12);
    private final Label receipt = new Label();
    private final DemoDevices demo;
    /** The last receipt printed when someone last signed out. */
    private java.util.List<String> forgotten = java.util.List.of();

    public SimulatedStrip(DemoDevices demo, SimulatedPrinter printer, Runnable openDevicesScreen) {
        this.demo = demo;
        FlowPane buttons = new FlowPane(12, 12);
        int i = 0;
        for (DemoCommunity.Persona p : DemoCommunity.PERSONAS) {
            Button b = new Button("刷卡 " + p.name());
            b.setId("sim-card-" + i++);
            b.setOnAction(e -> demo.tap(DemoDevices.card(p)));
            buttons.getChildren().add(b);
        }
        Button scan = new Button("扫最后一张小票的码 scan the last receipt's code");
        scan.setId("sim-scan-last");
        scan.setOnAction(e -> {
            ReceiptPrinter.Receipt r = printer.last();
            if (r != null && r.qr() != null) {
                try {
                    demo.scan(r.qr());
                } catch (IOException notConnected) {
                    receipt.setText("扫码器未连接 scanner not connected");
                }
            }
        });
        Button show = new Button("看收据 last receipt");
        show.setId("sim-receipt");
        show.setOnAction(e -> {
            java.util.List<String> paper = demo.printer().lastReceipt();
            // a receipt printed before the last sign-out belongs to someone who has left: never shown
            receipt.setText(paper.isEmpty() || paper.equals(forgotten) ? "(还没有打印 nothing printed)" : String.join("\n", paper));
        });
        Button paperOut = new Button("缺纸 / 换纸 paper out / new roll");
        paperOut.setId("sim-paper");
        paperOut.setOnAction(e -> demo.paperOut(demo.printer().state().ready()));
        Button screen = new Button("设备 devices");
        screen.setId("sim-devices");
        screen.setOnAction(e -> {
            toggle();
            openDevicesScreen.run();
        });
        Button hide = new Button("收起 hide");
        hide.setId("sim-hide");
        hide.setOnAction(e -> toggle());
        buttons.getChildren().addAll(scan, show, paperOut, screen, hide);
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

    /** Someone signed out: the receipt shown (and the last one printed) are theirs, so the strip forgets them. */
    public void forget() {
        forgotten = demo.printer().lastReceipt();
        receipt.setText("");
    }

    public VBox root() {
        return root;
    }

    public void toggle() {
        root.setVisible(!root.isVisible());
        root.setManaged(root.isVisible());
    }
}
