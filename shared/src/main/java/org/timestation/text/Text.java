package org.timestation.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The one helper through which text for people is looked up. Chinese first, English second. Each
 * module has its own bundle ({@code messages} here, {@code kiosk} in the kiosk, …), read as UTF-8
 * properties with no fallback between languages, so a missing key is an error, never English
 * text on a Chinese screen.
 */
public final class Text {
    public static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    public static final Locale EN = Locale.ENGLISH;
    /** The core's messages (errors and rules): {@code org/timestation/text/messages_*.properties}. */
    public static final Text CORE = new Text("org.timestation.text.messages");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private final String baseName;

    public Text(String baseName) {
        this.baseName = baseName;
    }

    /** A core message in both languages, arguments filled in. */
    public static Bilingual of(String key, Object... args) {
        return CORE.both(key, args);
    }

    public Bilingual both(String key, Object... args) {
        return new Bilingual(get(ZH, key, args), get(EN, key, args));
    }

    public String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(baseName, locale, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("missing text key '" + key + "' for " + locale + " in " + baseName, e);
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] local = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            local[i] = args[i] instanceof Localizable l ? l.text(locale) : args[i];
        }
        return new MessageFormat(pattern, locale).format(local);
    }

    /** Keys of this bundle in {@code locale}; used by the tests that both languages are complete. */
    public Set<String> keys(Locale locale) {
        return ResourceBundle.getBundle(baseName, locale, NO_FALLBACK).keySet();
    }
}
