package org.timestation.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV that Excel opens: compared byte for byte with a golden file (BOM, Chinese headers, one row, CRLF). */
class CsvTest {
    @Test
    void aTableIsWrittenExactlyAsTheGoldenFile() throws Exception {
        byte[] csv = Csv.write(List.of("会员号", "姓名", "手机号", "身份", "余额"),
                List.of(List.of("M-0007", "王*英", "138****0001", "会员、时间志工", "3.5 小时")));
        byte[] golden;
        try (InputStream in = CsvTest.class.getResourceAsStream("members-golden.csv")) {
            golden = in.readAllBytes();
        }
        assertThat(csv).isEqualTo(golden);
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
    }

    @Test
    void quotesAndFormulasAreMadeHarmless() {
        assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.cell("line\nbreak")).isEqualTo("\"line\nbreak\"");
        // a member named to run a formula in Excel is written as text
        assertThat(Csv.cell("=HYPERLINK(\"http://x\",\"点我\")")).startsWith("\"'=HYPERLINK");
        assertThat(Csv.cell("+1")).isEqualTo("'+1");
        assertThat(Csv.cell("-3")).as("a negative amount stays a number Excel can sum").isEqualTo("-3");
        assertThat(Csv.cell("-300.00")).isEqualTo("-300.00");
        assertThat(Csv.cell("-2+3+cmd|' /C calc'!A0")).startsWith("'-2+3");
        assertThat(Csv.cell("-3e2")).isEqualTo("'-3e2");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell(null)).isEmpty();
        assertThatThrownBy(() -> Csv.write(List.of("a", "b"), List.of(List.of("1")))).isInstanceOf(IllegalArgumentException.class);
    }
}
