package org.timestation.kiosk.screen.merchant;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.timestation.merchant.VoucherCheck;
import org.timestation.text.Bilingual;

/** The voucher scanned and checked (null: none), and why the last one was refused (null: it was not). */
final class MerchantModel {
    final ObjectProperty<VoucherCheck> checked = new SimpleObjectProperty<>();
    final ObjectProperty<Bilingual> refusal = new SimpleObjectProperty<>();
}
