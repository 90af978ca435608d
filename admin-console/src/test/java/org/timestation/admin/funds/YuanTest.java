package org.timestation.admin.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.timestation.admin.staff.Refused;

/** Amounts typed in yuan, as staff type them, read exactly into fen; anything else refused in both languages. */
class YuanTest {
    @Test
    void amountsAsStaffTypeThem() {
        assertThat(Yuan.fen("120")).isEqualTo(12_000);
        assertThat(Yuan.fen("120.5")).isEqualTo(12_050);
        assertThat(Yuan.fen(" ¥120.50 ")).isEqualTo(12_050);
        assertThat(Yuan.fen("1,200元")).isEqualTo(120_000);
        assertThat(Yuan.fen("0.01")).isEqualTo(1);
        assertThat(Yuan.fen("9999999.99")).isEqualTo(999_999_999);
    }

    @Test
    void anythingElseIsRefusedInWords() {
        for (String bad : new String[] {"", "  ", "一百", "12.345", "-5", "0", "0.00", "1e3", "12.", "10000000", null}) {
            assertThatThrownBy(() -> Yuan.fen(bad)).as(String.valueOf(bad)).isInstanceOfSatisfying(Refused.class,
                    r -> assertThat(r.text().zh() + r.text().en()).containsAnyOf("金额", "amount"));
        }
    }
}
