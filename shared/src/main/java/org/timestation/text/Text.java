package org.timestation.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one helper through which text for people is looked up. Chinese first, English second.
 * Bundles live in {@code org/timestation/text/messages*.properties} (UTF-8).
 */
public final class Text {
    public static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    public static final Locale EN = Locale.ENGLISH;
    private static final String BUNDLE = "org.timestation.text.messages";

    private Text() {
    }

    /** The message for {@code key} in both languages, arguments filled in. */
    public static Bilingual of(String key, Object... args) {
        return new Bilingual(format(ZH, key, args), format(EN, key, args));
    }

    public static String format(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("missing text key '" + key + "' for " + locale, e);
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

    /** Keys present in the bundle of {@code locale}; used by the test that both languages are complete. */
    public static java.util.Set<String> keys(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).keySet();
    }

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
