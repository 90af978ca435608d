package org.timestation.kiosk.nav;

import javafx.scene.Node;
import org.timestation.device.CardData;

/**
 * One screen of the kiosk, as the frame and the navigator see it: its lifecycle (activated each time
 * it is shown, deactivated when another screen takes its place) and the device input it may claim
 * while it shows. The shell routes a card or a scanned code to the screen showing through
 * {@link #onCard} and {@link #onScan}, and signs in whoever it is when the screen does not claim it.
 */
public interface Screen {
    /** A stable name ({@code home}, {@code credits}, …): node ids and screenshot names start with it. */
    String id();

    Node view();

    /** Called each time the screen is shown: load what it shows (off the FX thread through {@link KioskContext#run}). */
    void onActivate();

    /** Called when another screen is shown instead: stop what runs for this one (timers, waits for a card). */
    default void onDeactivate() {
    }

    /** A card on the reader while this screen shows: true when the screen takes it (a test, an elder's card, a requester confirming). */
    default boolean onCard(CardData card) {
        return false;
    }

    /** A code held to the scanner while this screen shows: true when the screen takes it (a test, a recipient's code, a voucher). */
    default boolean onScan(String code) {
        return false;
    }

    /**
     * A card nobody is registered with, tapped while nobody is signed in: true when this screen starts
     * with it (registration at the kiosk).
     */
    default boolean onNewCard(CardData card) {
        return false;
    }

    /** The screen's main text, in the session's language, for the 朗读 button. */
    String speech();

    /** Back inside the screen (a wizard's previous question); false when Back should leave the screen. */
    default boolean back() {
        return false;
    }

    /** Whether Back shows on this screen before anyone is signed in, leading back to the attract screen (phone sign-in, registration). */
    default boolean backToAttract() {
        return false;
    }

    /** Forgets everything personal (sign-out). */
    void clear();
}
