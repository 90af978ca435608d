package org.timestation.kiosk.screen.signin;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.timestation.member.Member;

/** Sign-in by phone and PIN: what was typed, which step, who the phone belongs to. */
final class SigninModel {
    enum Step { PHONE, CHOOSE, PIN }

    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty pin = new SimpleStringProperty("");
    final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.PHONE);
    final ObservableList<Member> candidates = FXCollections.observableArrayList();
    final ObjectProperty<Member> chosen = new SimpleObjectProperty<>();

    void clear() {
        phone.set("");
        pin.set("");
        step.set(Step.PHONE);
        candidates.clear();
        chosen.set(null);
    }

    void found(List<Member> members) {
        candidates.setAll(members);
        if (members.size() == 1) {
            chosen.set(members.get(0));
            step.set(Step.PIN);
        } else {
            step.set(Step.CHOOSE);
        }
    }
}
