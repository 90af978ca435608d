package org.timestation.text;

import java.util.Objects;

/** A sentence in Chinese and in English. */
public record Bilingual(String zh, String en) {
    public Bilingual {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    /** The sentence in {@code locale}'s language: Chinese for Chinese, English otherwise. */
    public String in(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? zh : en;
    }

    @Override
    public String toString() {
        return zh + " / " + en;
    }
}
