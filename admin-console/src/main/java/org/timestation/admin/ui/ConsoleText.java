package org.timestation.admin.ui;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.timestation.text.Bilingual;
import org.timestation.text.Text;

/**
 * The console's words: bundle {@code org/timestation/admin/console_*.properties}, Chinese first, English
 * by the switch in the top bar. Changing {@link #locale} lays the current screen out again.
 */
public final class ConsoleText {
    private static final Text BUNDLE = new Text("org.timestation.admin.console");
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(Text.ZH);

    public ObjectProperty<Locale> locale() {
        return locale;
    }

    public boolean chinese() {
        return locale.get().equals(Text.ZH);
    }

    public String t(String key, Object... args) {
        return BUNDLE.get(locale.get(), key, args);
    }

    /** The roles a member holds beyond member, in the console's words (时间志工、楼长管家), or 会员 when none. */
    public String roles(java.util.Set<org.timestation.member.Role> held) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (org.timestation.member.Role r : org.timestation.member.Role.values()) {
            if (r != org.timestation.member.Role.MEMBER && held.contains(r)) {
                out.add(t("role." + r.name().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        return out.isEmpty() ? t("role.member") : String.join("、", out);
    }

    /** Several texts at once (a form's labels). */
    public String[] all(String... keys) {
        String[] out = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            out[i] = t(keys[i]);
        }
        return out;
    }

    /** A message the services gave in both languages, in the console's language. */
    public String of(Bilingual b) {
        return chinese() ? b.zh() : b.en();
    }

    /** A core text (a service type, a role). */
    public String core(String key, Object... args) {
        return Text.CORE.get(locale.get(), key, args);
    }

    /** Why something was not done, in the console's language (a refusal says what to do; anything else is unexpected). */
    public String why(Throwable t) {
        if (t instanceof org.timestation.admin.staff.Refused r) {
            return of(r.text());
        }
        if (t instanceof org.timestation.text.DomainException d) {
            return of(d.text());
        }
        return t("error.unexpected", t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
    }

    /** A length of time as people say it: "2 小时 5 分" / "2 h 5 min", "45 分钟" / "45 min", "3 天 4 小时" / "3 days 4 h". */
    public String duration(java.time.Duration d) {
        long minutes = Math.abs(d.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long mins = minutes % 60;
        if (days > 0) {
            return t("time.days-hours", days, hours);
        }
        if (hours > 0) {
            return t("time.hours-minutes", hours, mins);
        }
        return t("time.minutes", mins);
    }

    /** A moment in the community's time zone: 2026-11-30 09:05. */
    public String when(long epochMillis, java.time.ZoneId zone) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone).format(java.time.Instant.ofEpochMilli(epochMillis));
    }

    public static Text bundle() {
        return BUNDLE;
    }
}
