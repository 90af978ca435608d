package org.timestation.device.idcard;

import java.time.LocalDate;
import org.timestation.member.IdNumbers;

/** Made-up cards for the device tests (valid check digits, not anyone's). */
public final class TestCards {
    private TestCards() {
    }

    public static IdCardText elder(String first17) {
        return new IdCardText("王秀英", "2", "01", LocalDate.of(1944, 3, 15), "北京市东城区幸福里1号楼", first17 + IdNumbers.checkDigit(first17),
                "北京市公安局东城分局", "20200101", "长期");
    }
}
