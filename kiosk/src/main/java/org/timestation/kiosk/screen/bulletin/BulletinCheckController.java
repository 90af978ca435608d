package org.timestation.kiosk.screen.bulletin;

import java.util.function.BiFunction;
import javafx.scene.Node;
import org.timestation.kiosk.nav.KioskContext;
import org.timestation.kiosk.nav.Screen;
import org.timestation.sync.BulletinCheck;

/**
 * 核对信任报: a resident holds the monthly bulletin's QR code to the scanner (at the attract screen or
 * anywhere a code would sign in); the station checks it against the community's ledger it witnesses and
 * says in large words whether it matches, or to tell staff. Nobody needs to sign in.
 */
public final class BulletinCheckController implements Screen {
    public static final String ID = "bulletin";
    private final KioskContext ctx;
    private final BiFunction<String, java.util.Optional<String>, BulletinCheck.Result> check;
    private final BulletinCheckModel model = new BulletinCheckModel();
    private final BulletinCheckView view;

    /**
     * {@code check}: the check at this station of a scanned code against the checkpoint it witnessed (it may ask
     * the hub for a proof: run on its own thread, never the ledger's, so nobody else waits for the network).
     */
    public BulletinCheckController(KioskContext ctx, BiFunction<String, java.util.Optional<String>, BulletinCheck.Result> check) {
        this.ctx = ctx;
        this.check = check;
        this.view = new BulletinCheckView(model, this, ctx);
    }

    /** A bulletin's QR code scanned: checked, and this screen shows what was found. Any other code is not this screen's. */
    @Override
    public boolean onScan(String code) {
        if (!BulletinCheck.looksLike(code)) {
            return false;
        }
        model.result.set(null);
        if (ctx.nav().current().get() != this) {
            ctx.nav().go(ID);
        }
        ctx.run(BulletinCheck::witnessed, held -> java.util.concurrent.CompletableFuture.supplyAsync(() -> check.apply(code, held))
                .exceptionally(e -> new BulletinCheck.Result(BulletinCheck.Verdict.CANNOT_CHECK_NOW, 0, 0, String.valueOf(e.getMessage())))
                .thenAccept(r -> org.timestation.kiosk.fx.FxBridge.onFx(() -> model.result.set(r))));
        return true;
    }

    void done() {
        model.result.set(null);
        if (ctx.session().signedIn()) {
            ctx.nav().home();
        } else {
            ctx.nav().reset();
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
    }

    @Override
    public String speech() {
        return ctx.t(BulletinCheckView.key(model.result.get()));
    }

    @Override
    public void clear() {
        model.result.set(null);
    }
}
