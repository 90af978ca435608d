package org.timestation.kiosk.screen.enroll;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Node;
import org.timestation.kiosk.fx.FxBridge;
import org.timestation.kiosk.nav.KioskContext;
import org.timestation.sync.EnrollmentCode;
import org.timestation.sync.StationSync;
import org.timestation.text.Bilingual;

/**
 * The first start of an installed station that is not enrolled (decision 0038): instead of the attract screen, a
 * staff-only page over the whole window says the station waits to be enrolled and how. Staff show the
 * one-time code from the console's stations page to the scanner; the station joins its hub (its keys made,
 * the community's ledger taken), then opens as any station does. A code that is not an enrollment code, a
 * refused or expired one, or a hub out of reach is said in words and the page waits for the next code.
 * Never demo data, never a standalone ledger made by itself.
 */
public final class EnrollController {
    private final EnrollModel model = new EnrollModel();
    private final EnrollView view;
    private final Path dataDir;
    private final Runnable enrolled;
    private final java.util.function.BiFunction<Path, EnrollmentCode, StationSync.Outcome> join;

    /**
     * {@code join}: how the station joins its hub with a code (off the FX thread); {@code enrolled}: runs on the FX
     * thread once it has (the shell then opens its ledger).
     */
    public EnrollController(KioskContext ctx, Path dataDir, java.util.function.BiFunction<Path, EnrollmentCode, StationSync.Outcome> join,
                       Runnable enrolled) {
        this.view = new EnrollView(model, ctx);
        this.dataDir = dataDir;
        this.join = join;
        this.enrolled = enrolled;
    }

    /** A code held to the scanner while the panel shows: joined when it is an enrollment code; any other is refused in words. */
    public void scanned(String text) {
        if (model.joining.get()) {
            return; // one at a time
        }
        EnrollmentCode code;
        try {
            code = EnrollmentCode.parse(text);
        } catch (IllegalArgumentException notOne) {
            model.problem.set(new Bilingual("这不是登记码。请在管理端的“站点”页为这台机器生成登记码，再扫一次。",
                    "That is not an enrollment code. Make one for this machine on the console's Stations page, then scan it."));
            return;
        }
        model.problem.set(null);
        model.joining.set(true);
        CompletableFuture.supplyAsync(() -> join.apply(dataDir, code))
                .exceptionally(e -> new StationSync.Outcome(1, "failed", new Bilingual("登记没有完成：" + e.getMessage(), "Enrollment did not finish: " + e.getMessage())))
                .thenAccept(o -> FxBridge.onFx(() -> {
                    model.joining.set(false);
                    if (o.exit() == 0 || joinedAlready()) {
                        enrolled.run(); // joined; a first sync that did not finish goes on in the background
                    } else {
                        model.problem.set(o.message());
                    }
                }));
    }

    /** The hub took the code (keys made, the link to the hub kept) though the first sync did not finish: the station is enrolled. */
    private boolean joinedAlready() {
        try {
            return org.timestation.sync.HubLink.of(dataDir).isPresent() && org.timestation.datafolder.DataFolder.at(dataDir).hasLedger();
        } catch (RuntimeException damaged) {
            return false;
        }
    }

    public Node view() {
        return view.root();
    }
}
