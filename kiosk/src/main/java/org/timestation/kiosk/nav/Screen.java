package org.timestation.kiosk.nav;

import javafx.scene.Node;

/** One screen of the kiosk, as the frame and the navigator see it. */
public interface Screen {
    /** A stable name ({@code home}, {@code credits}, …): node ids and screenshot names start with it. */
    String id();

    Node view();

    /** Called each time the screen is shown: load what it shows (off the FX thread through {@link KioskContext#run}). */
    void show();

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
