package org.timestation.kiosk.speech;

import java.util.Locale;

/** Reads a screen's main text aloud (朗读). */
public interface Speaker {
    /** Starts speaking {@code text}; returns false when this kiosk cannot speak (the screen then shows a notice). */
    boolean speak(String text, Locale locale);

    /** Says nothing: for kiosks without a speech engine. */
    Speaker NONE = (text, locale) -> false;
}
