package org.timestation.kiosk.speech;

import java.util.Locale;

/** The station's voice: reads a screen's main text aloud (朗读) and sounds the staff-call chime. */
public interface Speaker {
    /** Starts speaking {@code text}; returns false when this kiosk cannot speak (the screen then shows a notice). */
    boolean speak(String text, Locale locale);

    /** Sounds the staff-call chime at the station (in the background; silent without a sound card). */
    default void chime() {
        org.timestation.kiosk.staffcall.Chime.play();
    }

    /** Says nothing: for kiosks without a speech engine. */
    Speaker NONE = (text, locale) -> false;
}
