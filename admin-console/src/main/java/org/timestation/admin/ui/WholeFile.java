package org.timestation.admin.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Files the console writes (a PDF, a CSV) are written whole or not at all: beside the target, then moved over it at once. */
public final class WholeFile {
    private WholeFile() {
    }

    public static void write(Path to, byte[] bytes) {
        Path partial = to.resolveSibling(to.getFileName() + ".partial");
        try {
            Files.write(partial, bytes);
            Files.move(partial, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // nothing was left, or it is already gone
            }
        }
    }

    /** {@code now} and the {@code n - 1} months before it, newest first (the months a screen offers). */
    public static List<String> recentMonths(YearMonth now, int n) {
        List<String> months = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            months.add(now.minusMonths(i).toString());
        }
        return months;
    }

    /** The month typed as YYYY-MM ({@code dflt} when none); refused in both languages otherwise. */
    public static YearMonth month(String typed, YearMonth dflt) {
        if (typed == null) {
            return dflt;
        }
        try {
            return YearMonth.parse(typed.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("--month 要写成 年-月，例如 2026-11，现在是 “" + typed + "”。 / --month must be year-month, e.g. 2026-11, not \""
                    + typed + "\".");
        }
    }

    /** Refuses (in both languages) a file whose folder does not exist. */
    public static void requireFolder(Path out) {
        if (out.getParent() != null && !Files.isDirectory(out.getParent())) {
            throw new IllegalArgumentException("没有这个文件夹：" + out.getParent() + "。 / No such folder: " + out.getParent() + ".");
        }
    }
}
