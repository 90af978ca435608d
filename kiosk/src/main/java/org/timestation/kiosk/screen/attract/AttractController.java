package org.timestation.kiosk.screen.attract;

import javafx.scene.Node;
import org.timestation.kiosk.app.KioskText;
import org.timestation.kiosk.nav.KioskContext;
import org.timestation.kiosk.nav.Navigator;
import org.timestation.kiosk.nav.Screen;

/** The attract screen: what a resident sees before signing in. The only public class of its package. */
public final class AttractController implements Screen {
    private final AttractModel model;
    private final AttractView view;
    private final KioskContext ctx;

    public AttractController(KioskContext ctx, boolean demo, boolean simulatedDevices) {
        this.ctx = ctx;
        this.model = new AttractModel(ctx.session().locale());
        model.setDemo(demo, simulatedDevices);
        view = new AttractView(model, () -> ctx.nav().go("signin"));
    }

    @Override
    public String id() {
        return Navigator.ATTRACT;
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
        return KioskText.BUNDLE.get(ctx.locale(), "attract.title") + "。" + KioskText.BUNDLE.get(ctx.locale(), "attract.card") + "。"
                + KioskText.BUNDLE.get(ctx.locale(), "attract.qr");
    }

    @Override
    public void clear() {
    }

    /** Shows one of the {@code status.*} texts. */
    public void showStatus(String statusKey) {
        model.setStatusKey(statusKey);
    }
}
