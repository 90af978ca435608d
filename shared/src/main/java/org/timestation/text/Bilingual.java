package org.timestation.text;

import java.util.Objects;

/** A sentence in Chinese and in English. */
public record Bilingual(String zh, String en) {
    public Bilingual {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    @Override
    public String toString() {
        return zh + " / " + en;
    }
}
