package org.timestation.admin.app.bulletin;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;

/** The months to choose from, the one chosen, the edition, the pages of the preview, and what the last act came to. */
final class BulletinModel {
    final ObservableList<String> months = FXCollections.observableArrayList();
    final StringProperty month = new SimpleStringProperty("");
    final BooleanProperty large = new SimpleBooleanProperty(false);
    /** The preview's pages as pictures (empty: none made yet). */
    final ObservableList<Image> pages = FXCollections.observableArrayList();
    /** The bulletin made for the preview: printed and saved as it was seen. */
    final ObjectProperty<byte[]> pdf = new SimpleObjectProperty<>();
    final StringProperty result = new SimpleStringProperty("");
    final StringProperty refusal = new SimpleStringProperty("");
    final BooleanProperty working = new SimpleBooleanProperty(false);
}
