package org.timestation.kiosk.screen.ask;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.function.Supplier;
import org.timestation.kiosk.app.KioskText;
import org.timestation.kiosk.session.Session;
import org.timestation.member.Gender;
import org.timestation.text.Text;

/** The request being asked for, in words (the summary, what it will cost, the days): what the screen shows and the kiosk reads aloud. */
final class AskWords {
    private final AskModel m;
    private final Session s;
    private final Supplier<ZonedDateTime> now;

    AskWords(AskModel m, Session s, Supplier<ZonedDateTime> now) {
        this.m = m;
        this.s = s;
        this.now = now;
    }

    static String g(Gender g) {
        return g == null ? "any" : g.name().toLowerCase(Locale.ROOT);
    }

    String dayName(int offset) {
        LocalDate today = now.get().toLocalDate();
        return org.timestation.kiosk.app.KioskDates.day(today.plusDays(offset), today, s.locale().get());
    }

    String weekday(int offset) {
        return now.get().toLocalDate().plusDays(offset).getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, s.locale().get());
    }

    /** The day as the summary says it: 今天/明天/后天 with the date, or the date and weekday further ahead. */
    private String dayText(int offset) {
        return offset < 3 ? t("ask.day." + offset, dayName(offset)) : dayName(offset) + " " + weekday(offset);
    }

    private String repeatText() {
        org.timestation.exchange.ExchangeService.Repeat r = m.repeat.get();
        return r == org.timestation.exchange.ExchangeService.Repeat.ONCE ? "" : t("ask.repeat.summary." + r.name().toLowerCase(Locale.ROOT), r.times());
    }

    /** What the help will cost, in words. */
    String cost() {
        AskModel.Cost c = m.cost.get();
        String rule = t("ask.cost.rule") + (m.repeat.get() == org.timestation.exchange.ExchangeService.Repeat.ONCE ? "" : "\n" + t("ask.cost.each"));
        if (c == null) {
            return rule;
        }
        String held = org.timestation.credit.Minutes.of(Math.max(0, c.availableMinutes())).text(s.locale().get());
        if (c.poolCovers()) {
            return rule + "\n" + t("ask.cost.pool", held);
        }
        if (c.floorMinutes() == 0) {
            return rule + "\n" + t("ask.cost.own-no-debt", held);
        }
        return rule + "\n" + t("ask.cost.own", held, org.timestation.credit.Minutes.of(-c.floorMinutes()).text(s.locale().get()));
    }

    String summary() {
        if (m.service.get() == null || m.dayOffset.get() < 0 || m.part.get() < 0) {
            return "";
        }
        StringBuilder specials = new StringBuilder();
        for (String k : m.specials) {
            specials.append(specials.length() == 0 ? "" : "、").append(t(k));
        }
        return t("ask.summary", Text.CORE.get(s.locale().get(), "service." + m.service.get().name().toLowerCase(Locale.ROOT)),
                dayText(m.dayOffset.get()) + repeatText(), t("ask.part." + m.part.get()),
                m.atStation.get() ? t("ask.where.station") : m.home.get() == null ? "" : m.home.get(), specials.length() == 0 ? t("ask.special.none") : specials.toString(),
                t("ask.who." + g(m.gender.get())));
    }

    private String t(String key, Object... args) {
        return KioskText.BUNDLE.get(s.locale().get(), key, args);
    }
}
