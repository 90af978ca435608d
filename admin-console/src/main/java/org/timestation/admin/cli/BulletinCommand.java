package org.timestation.admin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.timestation.admin.bulletin.BulletinFacts;
import org.timestation.admin.bulletin.BulletinPdf;
import org.timestation.admin.bulletin.BulletinWitness;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.community.Community;
import org.timestation.communitylog.Ed25519Keys;
import org.timestation.datafolder.DataFolder;
import org.timestation.text.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bulletin}: the month's trust bulletin (社区信任报) as a PDF/A-2u file, normal or large print, in
 * Chinese or English. The community's and the station's names come from {@code --community} and
 * {@code --station}, or from {@code bulletin.properties} in the data folder. The file is written whole
 * or not at all.
 */
@Command(name = "bulletin", description = {"打印每月的社区信任报（PDF）/ The month's community trust bulletin as a PDF."})
final class BulletinCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "the month, e.g. 2026-11")
    String month;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "where to write the PDF")
    Path out;

    @Option(names = "--large-print", description = "the large-print edition (body 16 pt, tables 14 pt)")
    boolean large;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en", description = "the language (default zh)")
    String lang;

    @Option(names = "--community", description = "the community's name as printed (or community= in bulletin.properties)")
    String community;

    @Option(names = "--station", description = "the issuing station's name as printed (or station= in bulletin.properties)")
    String station;

    @Override
    public Integer call() throws IOException {
        YearMonth m = org.timestation.admin.ui.WholeFile.month(month, null);
        if (!lang.equals("zh") && !lang.equals("en")) {
            throw new IllegalArgumentException("--lang 只能是 zh 或 en。 / --lang must be zh or en.");
        }
        DataFolder folder = data.folder();
        org.timestation.admin.bulletin.BulletinNames names;
        try {
            names = org.timestation.admin.bulletin.BulletinNames.of(folder.path(), community, station);
        } catch (org.timestation.admin.staff.Refused r) {
            throw new IllegalArgumentException(r.text().zh() + " / " + r.text().en());
        }
        String communityName = names.community();
        String stationName = names.station();
        Clock clock = Clock.systemUTC();
        org.timestation.admin.ui.WholeFile.requireFolder(out);
        ConsoleText text = new ConsoleText();
        text.locale().set(lang.equals("zh") ? Text.ZH : Text.EN);
        int pages;
        try (Community c = folder.open(clock)) {
            if (m.isAfter(YearMonth.now(clock.withZone(c.policy().current().zoneId())))) { // the community's calendar, not UTC's
                throw new IllegalArgumentException(m + " 还没有到，无法出信任报。 / " + m + " has not come yet: there is no bulletin for it.");
            }
            long end = m.plusMonths(1).atDay(1).atStartOfDay(c.policy().current().zoneId()).toInstant().toEpochMilli() - 1;
            BulletinFacts.Witness witness = witness(folder, c, end).orElse(null);
            BulletinFacts facts = BulletinFacts.of(c, communityName, stationName, m, witness);
            LocalDate issued = LocalDate.now(clock.withZone(facts.zone()));
            java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
            pages = BulletinPdf.write(facts, text, large, issued, clock.instant(), pdf);
            org.timestation.admin.ui.WholeFile.write(out, pdf.toByteArray());
        }
        PrintWriter said = spec.commandLine().getOut();
        said.printf("信任报已写好 / bulletin written: %s (%d 页 / pages)%n", out, pages);
        return 0;
    }

    private static Optional<BulletinFacts.Witness> witness(DataFolder folder, Community c, long end) {
        if (Files.exists(folder.path().resolve("hub.mv.db"))) { // the console's folder: the community log's checkpoint
            try (org.timestation.admin.hub.CommunityLog log = org.timestation.admin.hub.CommunityLog.openToCheck(folder.path(), folder.keys().node())) {
                return BulletinWitness.ofLog(log, end);
            }
        }
        var node = folder.keys().node();
        return BulletinWitness.ofStation(c.store(), node.nodeId(), Ed25519Keys.raw(node.publicKey()), end);
    }
}
