package org.timestation.admin.staff;

import org.timestation.text.Bilingual;

/** A staff act or sign-in that was not done, with what to do, in both languages; nothing was changed. */
public final class Refused extends RuntimeException {
    private final transient Bilingual text;

    public Refused(String zh, String en) {
        super(en, null, false, false);
        this.text = new Bilingual(zh, en);
    }

    public Bilingual text() {
        return text;
    }
}
