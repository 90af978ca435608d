package org.timestation.kiosk.screen.attract;

import javafx.scene.Node;

/** The attract screen: what a resident sees before signing in. The only public class of its package. */
public final class AttractController {
    private final AttractModel model = new AttractModel();
    private final AttractView view;

    public AttractController(boolean demo, boolean simulatedDevices) {
        model.setDemo(demo, simulatedDevices);
        view = new AttractView(model, this::toggleLanguage);
    }

    public Node view() {
        return view.root();
    }

    public void toggleLanguage() {
        model.setLocale(AttractView.switcher().apply(model.locale().get()));
    }

    /** Shows one of the {@code status.*} texts. */
    public void showStatus(String statusKey) {
        model.setStatusKey(statusKey);
    }
}
