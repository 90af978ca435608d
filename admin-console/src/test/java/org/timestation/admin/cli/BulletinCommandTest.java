package org.timestation.admin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timestation.admin.app.ConsoleFixture;

/**
 * {@code admin-console.jar bulletin}: the month's bulletin to a PDF file, in Chinese or English, normal or
 * large print, named from bulletin.properties or the options; a wrong month, language or missing name is
 * refused in both languages with exit 2 and no file written.
 */
class BulletinCommandTest {
    @TempDir
    static Path dir;
    static Path data;
    /** The month of the demo's last day: it has exchanges whatever day the test runs (UTC's month was empty on its first days). */
    static final String MONTH = java.time.YearMonth.from(ConsoleFixture.DEMO.until().minusDays(1)).toString();

    @BeforeAll
    static void demo() {
        data = ConsoleFixture.demoFolder(dir.resolve("demo"));
    }

    @Test
    void theBulletinIsWrittenInEitherLanguageWithTheNamesGiven() throws Exception {
        Path zh = dir.resolve("zh.pdf");
        AdminCommandLineTest.Result r = AdminCommandLineTest.run("bulletin", "--data", data.toString(), "--month", MONTH, "--out", zh.toString(),
                "--community", "幸福里社区", "--station", "幸福里时间驿站");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("信任报已写好");
        assertThat(text(zh)).contains("社区信任报").contains("幸福里社区").contains("幸福里时间驿站");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));

        Files.writeString(data.resolve("bulletin.properties"), "community=Xingfuli\nstation=Xingfuli Time Station\n");
        Path en = dir.resolve("en.pdf");
        r = AdminCommandLineTest.run("bulletin", "--data", data.toString(), "--month", MONTH, "--out", en.toString(), "--lang", "en", "--large-print");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(text(en)).contains("Community Trust Bulletin").contains("Xingfuli Time Station");
        Files.delete(data.resolve("bulletin.properties"));
    }

    @Test
    void aStationNotEnrolledPrintsItsOwnSignedHeadAndSaysSo() throws Exception {
        Path station = dir.resolve("station");
        AdminCommandLineTest.Result demo = AdminCommandLineTest.run("demo", "--data", station.toString(), "--node", "station-a", "--members", "30",
                "--months", "2", "--seed", "3");
        assertThat(demo.exit()).as(demo.err()).isZero();
        Path pdf = dir.resolve("station.pdf");
        AdminCommandLineTest.Result r = AdminCommandLineTest.run("bulletin", "--data", station.toString(), "--month", MONTH, "--out", pdf.toString(),
                "--community", "幸福里社区", "--station", "幸福里一号站");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(text(pdf)).contains("本站还没有加入社区枢纽").contains("账本条数");
    }

    @Test
    void aWrongMonthLanguageOrMissingNameIsRefusedAndNothingIsWritten() {
        Path out = dir.resolve("never.pdf");
        AdminCommandLineTest.Result month = AdminCommandLineTest.run("bulletin", "--data", data.toString(), "--month", "2026/11", "--out",
                out.toString(), "--community", "c", "--station", "s");
        assertThat(month.exit()).isEqualTo(2);
        assertThat(month.err()).contains("年-月").contains("year-month");
        AdminCommandLineTest.Result future = AdminCommandLineTest.run("bulletin", "--data", data.toString(), "--month", "2999-01", "--out",
                out.toString(), "--community", "c", "--station", "s");
        assertThat(future.exit()).isEqualTo(2);
        assertThat(future.err()).contains("还没有到").contains("has not come yet");
        AdminCommandLineTest.Result lang = AdminCommandLineTest.run("bulletin", "--data", data.toString(), "--month", MONTH, "--out",
                out.toString(), "--lang", "fr", "--community", "c", "--station", "s");
        assertThat(lang.exit()).isEqualTo(2);
        AdminCommandLineTest.Result nameless = AdminCommandLineTest.run("bulletin", "--data", data.toString(), "--month", MONTH, "--out",
                out.toString());
        assertThat(nameless.exit()).isEqualTo(2);
        assertThat(nameless.err()).contains("--community").contains("bulletin.properties");
        assertThat(out).doesNotExist();
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
