package org.timestation.text;

import java.util.Locale;

/** A message argument that writes itself differently per language (amounts, dates). */
public interface Localizable {
    String text(Locale locale);
}
