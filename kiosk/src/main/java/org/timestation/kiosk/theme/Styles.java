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
    public static final String FRAME = "ts-frame";
    public static final String LARGE = "ts-large";
    public static final String GREETING = "ts-greeting";
    public static final String BUTTON_ALERT = "ts-button-alert";
    public static final String BUTTON_NAV = "ts-button-nav";
    public static final String BOTTOM_BAR = "ts-bottom-bar";
    public static final String PROXY_BANNER = "ts-proxy-banner";
    public static final String MESSAGE = "ts-message";
    public static final String MESSAGE_SECOND = "ts-message-second";
    public static final String PANEL = "ts-panel";
    public static final String SHADE = "ts-shade";
    public static final String COUNTDOWN = "ts-countdown";
    public static final String TILE = "ts-tile";
    public static final String TILE_ICON = "ts-tile-icon";
    public static final String HEADING = "ts-heading";
    public static final String BODY = "ts-body";
    public static final String BIG_NUMBER = "ts-big-number";
    public static final String CARD = "ts-card";
    public static final String ROW = "ts-row";
    public static final String KEY = "ts-key";
    public static final String PRIMARY = "ts-primary";
    public static final String WARNING = "ts-warning";
    public static final String KEY_WORD = "ts-key-word";
    public static final String CHIP = "ts-chip";
    public static final String SUMMARY = "ts-summary";
    public static final String CODE = "ts-code";
    public static final String CLOCK = "ts-clock";
    public static final String CONTENT_SCROLL = "ts-content-scroll";
    public static final String IDLE_OVERLAY = "ts-idle-overlay";

    private Styles() {
    }
}
