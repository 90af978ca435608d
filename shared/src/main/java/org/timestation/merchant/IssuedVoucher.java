package org.timestation.merchant;

/** A voucher just issued, with the text for its QR code. */
public record IssuedVoucher(Voucher voucher, String code) {
}
