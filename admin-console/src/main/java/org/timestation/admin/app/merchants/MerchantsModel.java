package org.timestation.admin.app.merchants;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The merchants (rows), the vouchers flagged for staff, the chosen merchant's settlement, the deposit picture attached, and the last result. */
final class MerchantsModel extends org.timestation.admin.ui.ActionState<MerchantsModel.Row> {
    /** A merchant as listed: terms and standing in words. */
    record Row(String id, String shop, String owner, String licence, String rate, String caps, String validity, String deposit, String standing) {
    }

    /** A voucher redeemed twice, or after its refund. */
    record Flag(String voucher, String shop, String member, String amount, String redemptions) {
    }

    final ObservableList<Flag> flags = FXCollections.observableArrayList();
    final StringProperty settlement = new SimpleStringProperty("");
    final StringProperty depositRef = new SimpleStringProperty("");
    final StringProperty depositName = new SimpleStringProperty("");
}
