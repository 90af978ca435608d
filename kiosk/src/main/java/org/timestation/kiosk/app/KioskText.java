package org.timestation.kiosk.app;

import org.timestation.text.Text;

/** The kiosk's own texts: {@code org/timestation/kiosk/text/kiosk_*.properties}. */
public final class KioskText {
    public static final Text BUNDLE = new Text("org.timestation.kiosk.text.kiosk");

    private KioskText() {
    }
}
