package org.timestation.kiosk.theme;

/** CSS class names used from Java; the rules live in {@code kiosk.css}. */
public final class Styles {
    public static final String SCREEN = "ts-screen";
    public static final String TOP_BAR = "ts-top-bar";
    public static final String BRAND = "ts-brand";
    public static final String TITLE = "ts-title";
    public static final String SUBTITLE = "ts-subtitle";
    public static final String HINT = "ts-hint";
    public static final String HINT_SECOND = "ts-hint-second";
    public static final String BUTTON = "ts-button";
    public static final String STATUS = "ts-status";
    public static final String BADGE = "ts-badge";
    public static final String ILLUSTRATION = "ts-illustration";

    private Styles() {
    }
}
