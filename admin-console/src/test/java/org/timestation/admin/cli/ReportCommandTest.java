package org.timestation.admin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timestation.admin.app.ConsoleFixture;

/** {@code admin-console.jar report}: each report to a CSV Excel opens; an unknown report or month is refused in both languages, nothing written. */
class ReportCommandTest {
    @TempDir
    Path dir;

    @Test
    void everyReportIsWrittenAndAWrongOneIsRefused() throws Exception {
        Path data = ConsoleFixture.demoFolder(dir.resolve("demo"));
        for (String kind : new String[] {"movements", "roster", "monthly", "services", "inactive", "funds", "proxy", "disputes"}) {
            Path out = dir.resolve(kind + ".csv");
            AdminCommandLineTest.Result r = AdminCommandLineTest.run("report", "--data", data.toString(), "--kind", kind, "--out", out.toString());
            assertThat(r.exit()).as(kind + ": " + r.err()).isZero();
            byte[] csv = Files.readAllBytes(out);
            assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
            assertThat(new String(csv, StandardCharsets.UTF_8)).contains("\r\n");
        }
        assertThat(Files.readString(dir.resolve("roster.csv"), StandardCharsets.UTF_8)).contains("会员号,姓名,手机号");
        Path committee = dir.resolve("committee.pdf");
        AdminCommandLineTest.Result r = AdminCommandLineTest.run("report", "--data", data.toString(), "--kind", "committee", "--out",
                committee.toString(), "--community", "幸福里社区", "--station", "幸福里时间驿站");
        assertThat(r.exit()).as(r.err()).isZero();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(committee.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("幸福里社区时间银行月度服务报告").contains("社区居委会")
                    .contains("各类服务").contains("最近十二个月");
        }
        assertThat(org.timestation.admin.pdf.VeraPdf.failures(Files.readAllBytes(committee))).isEmpty();
        AdminCommandLineTest.Result nameless = AdminCommandLineTest.run("report", "--data", data.toString(), "--kind", "committee", "--out",
                dir.resolve("x.pdf").toString());
        assertThat(nameless.exit()).isEqualTo(2);
        assertThat(nameless.err()).contains("--community");
        Path never = dir.resolve("never.csv");
        AdminCommandLineTest.Result bad = AdminCommandLineTest.run("report", "--data", data.toString(), "--kind", "salaries", "--out", never.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("没有这种报表").contains("No report").contains("movements");
        AdminCommandLineTest.Result month = AdminCommandLineTest.run("report", "--data", data.toString(), "--kind", "funds", "--month", "11/2026",
                "--out", never.toString());
        assertThat(month.exit()).isEqualTo(2);
        assertThat(never).doesNotExist();
    }
}
