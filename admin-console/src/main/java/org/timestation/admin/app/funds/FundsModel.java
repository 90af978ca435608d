package org.timestation.admin.app.funds;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.timestation.admin.ui.ActionState;

/** The funds ledger's lines, what the station holds, this week's statement, the people who may approve, and the picture attached. */
final class FundsModel extends ActionState<FundsModel.Row> {
    /** A line as listed: amounts in yuan, approvers by masked name, the voucher by its hash (and whether this console holds the picture). */
    record Row(String id, String date, String kind, String amount, String description, String approvers, String voucher, String operator) {
    }

    /** Someone who may approve a line: shown masked, kept by member number. */
    record Person(String memberId, String shown) {
        @Override
        public String toString() {
            return shown;
        }
    }

    /** A merchant a deposit line belongs to. */
    record Shop(String merchantId, String shown) {
        @Override
        public String toString() {
            return shown;
        }
    }

    final StringProperty held = new SimpleStringProperty("");
    final StringProperty week = new SimpleStringProperty("");
    final ObservableList<Person> approvers = FXCollections.observableArrayList();
    final ObservableList<Shop> shops = FXCollections.observableArrayList();
    /** The picture attached to the line being recorded: its reference ({@code sha256:…}) and what to call it. */
    final StringProperty voucherRef = new SimpleStringProperty("");
    final StringProperty voucherName = new SimpleStringProperty("");
}
