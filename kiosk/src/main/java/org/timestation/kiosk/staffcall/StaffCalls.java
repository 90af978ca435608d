package org.timestation.kiosk.staffcall;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The station's log of calls for staff (呼叫工作人员): every call and every answer is a line appended
 * (and forced to disk) to {@code staff-calls.log} in the data folder, so a call survives a restart
 * until a staff member clears it on the devices screen. Nothing personal is written: the screen the
 * call came from and, when someone was signed in, their member id (never a name, phone or ID number).
 * The admin console receives these with the sync once there is one (decision 0022).
 */
public final class StaffCalls {
    public static final String FILE = "staff-calls.log";
    private static final Pattern LINE = Pattern.compile(
            "(?<at>\\S+) (?<kind>called|answered) (?<id>\\d+) screen=(?<screen>\\S*) member=(?<member>\\S*) operator=(?<operator>\\S*)");
    private final Path file;
    private final Clock clock;
    private final Map<Long, Call> open = new LinkedHashMap<>();
    private long last;

    /** An open call: when, from which screen, by which member (or null when nobody was signed in). */
    public record Call(long id, Instant at, String screen, String member) {
    }

    public StaffCalls(Path dataDir, Clock clock) {
        this.file = dataDir.resolve(FILE);
        this.clock = clock;
        load();
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Matcher m = LINE.matcher(line);
                if (!m.matches()) {
                    continue; // a torn last line (power cut while writing): the call before it still counts
                }
                long id = Long.parseLong(m.group("id"));
                last = Math.max(last, id);
                if (m.group("kind").equals("called")) {
                    open.put(id, new Call(id, Instant.parse(m.group("at")), m.group("screen"), blankToNull(m.group("member"))));
                } else {
                    open.remove(id);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** Records a call from {@code screen}, by {@code member} (or null), and returns it. */
    public synchronized Call call(String screen, String member) {
        Call c = new Call(++last, clock.instant(), token(screen), member == null ? null : token(member));
        append(c.at() + " called " + c.id() + " screen=" + c.screen() + " member=" + (c.member() == null ? "" : c.member()) + " operator=");
        open.put(c.id(), c);
        return c;
    }

    /** Clears call {@code id}: {@code operator} (the staff member signed in) came. False when it was not open. */
    public synchronized boolean answer(long id, String operator) {
        Call c = open.get(id);
        if (c == null) {
            return false;
        }
        append(clock.instant() + " answered " + id + " screen=" + c.screen() + " member=" + (c.member() == null ? "" : c.member())
                + " operator=" + token(operator));
        open.remove(id);
        return true;
    }

    /** The calls nobody has answered yet, oldest first. */
    public synchronized List<Call> open() {
        return new ArrayList<>(open.values());
    }

    private static String token(String s) {
        return s.replaceAll("[^A-Za-z0-9._:-]", "_");
    }

    private void append(String line) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ch.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
