package org.timestation.kiosk.speech;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Speaks through espeak-ng (Mandarin voice {@code cmn} for Chinese, {@code en} otherwise), one
 * utterance at a time: a new text stops the one still playing.
 */
public final class EspeakSpeaker implements Speaker {
    private final String command;
    private Process current;

    EspeakSpeaker(String command) {
        this.command = command;
    }

    /** espeak-ng when it is installed on this machine, else {@link Speaker#NONE}. */
    public static Speaker detect() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, "espeak-ng");
            if (Files.isExecutable(p)) {
                return new EspeakSpeaker(p.toString());
            }
        }
        return NONE;
    }

    /** The command line for {@code text}. */
    List<String> commandFor(String text, Locale locale) {
        String voice = "zh".equals(locale.getLanguage()) ? "cmn" : "en";
        return List.of(command, "-v", voice, "-s", "140", "--", text);
    }

    @Override
    public synchronized boolean speak(String text, Locale locale) {
        if (current != null && current.isAlive()) {
            current.destroy();
        }
        try {
            current = new ProcessBuilder(commandFor(text, locale)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
