package org.timestation.admin.app.bulletin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.image.Image;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.timestation.admin.app.ConsoleContext;
import org.timestation.admin.bulletin.BulletinFacts;
import org.timestation.admin.bulletin.BulletinPdf;
import org.timestation.admin.bulletin.BulletinWitness;
import org.timestation.admin.staff.Refused;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.admin.ui.Controller;
import org.timestation.community.Community;

/**
 * 信任报: the month's bulletin made, previewed page by page as it will print, printed on the office
 * printer or saved as a PDF. The community's and the station's names come from {@code bulletin.properties}
 * in the data folder. The witness is the community log's checkpoint at the month's end.
 */
public final class BulletinController implements Controller {
    /** How many past months can be chosen. */
    static final int MONTHS = 12;
    private final ConsoleContext ctx;
    private final BulletinModel model = new BulletinModel();
    private BulletinView view;

    public BulletinController(ConsoleContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
        YearMonth now = YearMonth.now(ctx.clock().withZone(java.time.ZoneId.systemDefault())); // the desk's own calendar
        model.months.setAll(org.timestation.admin.ui.WholeFile.recentMonths(now, MONTHS));
        // last month's bulletin is the one printed at the start of a month; this month's is a draft
        model.month.set(now.minusMonths(1).toString());
        view = new BulletinView(model, this, ctx.text());
        // another month or edition chosen: the preview shown is no longer what would print
        model.month.addListener(stale);
        model.large.addListener(stale);
    }

    private final javafx.beans.InvalidationListener stale = o -> {
        model.pdf.set(null);
        model.pages.clear();
        model.result.set("");
    };

    @Override
    public void onDeactivate() {
        model.month.removeListener(stale);
        model.large.removeListener(stale);
        model.pages.clear();
        model.pdf.set(null);
        view = null;
    }

    private record Made(byte[] pdf, List<Image> pages) {
    }

    /** Makes the bulletin of the month chosen and shows its pages. */
    void preview() {
        Community c = ctx.community();
        ConsoleText text = ctx.text();
        YearMonth month = YearMonth.parse(model.month.get());
        boolean large = model.large.get();
        Path dir = ctx.hub().dataDir();
        java.time.Clock clock = ctx.clock();
        model.working.set(true);
        model.result.set("");
        model.refusal.set("");
        ctx.tasks().run(() -> {
            org.timestation.admin.bulletin.BulletinNames names = org.timestation.admin.bulletin.BulletinNames.of(dir, null, null);
            ZoneId zone = c.policy().current().zoneId();
            long end = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().toEpochMilli() - 1;
            BulletinFacts.Witness witness = BulletinWitness.ofLog(ctx.hub().log(), end).orElse(null);
            BulletinFacts facts = BulletinFacts.of(c, names.community(), names.station(), month, witness);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                BulletinPdf.write(facts, text, large, LocalDate.now(clock.withZone(zone)), clock.instant(), out);
                return new Made(out.toByteArray(), render(out.toByteArray()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, made -> {
            model.working.set(false);
            model.pdf.set(made.pdf());
            model.pages.setAll(made.pages());
            model.result.set(text.t("bulletin-screen.made", month.getYear(), month.getMonthValue(), made.pages().size()));
        }, failed -> {
            model.working.set(false);
            model.refusal.set(text.why(failed));
        });
    }

    /** The pages as pictures for the screen (rendered off the FX thread). */
    private static List<Image> render(byte[] pdf) throws IOException {
        List<Image> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer r = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                java.awt.image.BufferedImage b = r.renderImageWithDPI(i, 60, ImageType.RGB);
                javafx.scene.image.WritableImage w = new javafx.scene.image.WritableImage(b.getWidth(), b.getHeight());
                int[] argb = b.getRGB(0, 0, b.getWidth(), b.getHeight(), null, 0, b.getWidth());
                w.getPixelWriter().setPixels(0, 0, b.getWidth(), b.getHeight(), javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0,
                        b.getWidth());
                out.add(w);
            }
        }
        return out;
    }

    /** Prints the bulletin previewed, on the printer chosen in the system's print dialog. */
    void print() {
        byte[] pdf = model.pdf.get();
        ConsoleText text = ctx.text();
        if (pdf == null) {
            model.refusal.set(text.t("bulletin-screen.preview-first"));
            return;
        }
        model.result.set("");
        model.refusal.set("");
        ctx.dialogs().printPdf(text.t("bulletin.title") + " " + model.month.get(), pdf, () -> model.result.set(text.t("bulletin-screen.printed")),
                r -> model.refusal.set(text.why(r)));
    }

    /** Saves the bulletin previewed as a PDF file where the person chooses. */
    void save() {
        byte[] pdf = model.pdf.get();
        ConsoleText text = ctx.text();
        if (pdf == null) {
            model.refusal.set(text.t("bulletin-screen.preview-first"));
            return;
        }
        ctx.dialogs().saveAs(text.t("bulletin-screen.save"), "信任报-" + model.month.get() + (model.large.get() ? "-大字版" : "") + ".pdf")
                .ifPresent(to -> ctx.tasks().run(() -> {
                    org.timestation.admin.ui.WholeFile.write(to, pdf);
                    return to;
                }, saved -> model.result.set(text.t("bulletin-screen.saved", saved)), failed -> model.refusal.set(text.why(failed))));
    }
}
