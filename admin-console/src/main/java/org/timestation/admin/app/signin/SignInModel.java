package org.timestation.admin.app.signin;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The sign-in screen's state: which form it shows, whom one can choose, what went wrong, whether it is checking. */
final class SignInModel {
    /** Sign in; first start with a manager the community has (claim); first start of a new community (register). */
    enum Mode { LOADING, SIGN_IN, CLAIM, REGISTER }

    /** Someone to choose: a member number and how they are shown. */
    record Person(String memberId, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.LOADING);
    final ObservableList<Person> people = FXCollections.observableArrayList();
    final StringProperty message = new SimpleStringProperty("");
    final BooleanProperty working = new SimpleBooleanProperty(false);
}
