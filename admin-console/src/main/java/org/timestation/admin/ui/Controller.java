package org.timestation.admin.ui;

import javafx.scene.Node;

/**
 * One console screen's controller (the screen pattern, docs/dev/screens.md): it owns a model (UI state
 * only) and a view (lays out and binds). {@link #onActivate} binds to the services and fills the
 * model; {@link #onDeactivate} releases everything it took. Views call exactly one controller method
 * per handler and never change the model; controllers never read the view.
 */
public interface Controller {
    /** The view's root, made once per activation (so a language switch lays it out again). */
    Node view();

    void onActivate();

    void onDeactivate();

    /**
     * An ID card laid on the desk reader while this screen shows: true when the screen took it (it
     * looks the card up itself); otherwise the shell opens the members screen with it.
     */
    default boolean onCard(org.timestation.device.CardData card) {
        return false;
    }
}
