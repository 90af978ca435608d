package org.timestation.merchant;

import java.time.LocalDate;

/** What a merchant terminal shows for a scanned, valid voucher: member (masked), amount in credits and yuan. */
public record VoucherCheck(String voucherId, String memberId, String memberMasked, long minutes, long fen, LocalDate lastDay) {
}
