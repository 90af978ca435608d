package org.timestation.admin.app.nodes;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.image.Image;

/** The stations as the hub knows them, the last code issued (text and QR), and the last result or refusal. */
final class NodesModel extends org.timestation.admin.ui.ActionState<NodesModel.Row> {
    /** A station as listed. */
    record Row(String id, String name, String state, String lastSync, String held, String cosigned) {
    }

    final BooleanProperty manager = new SimpleBooleanProperty(false);
    final StringProperty code = new SimpleStringProperty("");
    final ObjectProperty<Image> qr = new SimpleObjectProperty<>();
}
