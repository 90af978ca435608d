package org.timestation.kiosk.screen.activities;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.scene.Node;
import org.timestation.activity.Activity;
import org.timestation.device.ReceiptPrinter;
import org.timestation.kiosk.nav.KioskContext;
import org.timestation.kiosk.nav.Screen;

/** 活动: this week's activities and trainings; sign up, and check in on the day. */
public final class ActivitiesController implements Screen {
    private final KioskContext ctx;
    private final ActivitiesModel model = new ActivitiesModel();
    private final ActivitiesView view;

    public ActivitiesController(KioskContext ctx) {
        this.ctx = ctx;
        this.view = new ActivitiesView(model, ctx.session(), this::act);
    }

    @Override
    public String id() {
        return "activities";
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
        ctx.run(c -> {
            Instant now = c.clock().instant();
            List<Activity> week = c.activities().between(now.minus(Duration.ofHours(12)), now.plus(Duration.ofDays(7))).stream()
                    .filter(a -> a.endAt() >= now.toEpochMilli()).toList();
            return new Object[] {week, now.toEpochMilli()};
        }, r -> {
            @SuppressWarnings("unchecked")
            List<Activity> week = (List<Activity>) r[0];
            model.loaded(week, (Long) r[1]);
        });
    }

    private void act(Activity a, boolean checkIn) {
        String who = ctx.session().subject().id();
        ctx.run(c -> checkIn ? c.activities().checkIn(a.id(), who) : c.activities().signUp(a.id(), who), done -> {
            ctx.say(KioskContext.text(checkIn ? "activities.checked-in-message" : "activities.signed-up-message", a.theme()));
            if (checkIn) {
                ctx.print(new ReceiptPrinter.Receipt(ctx.t("activities.receipt-title"), List.of(ctx.session().subject().name(), a.theme(),
                        a.place()), null));
            }
            onActivate();
        });
    }

    @Override
    public String speech() {
        StringBuilder sb = new StringBuilder(ctx.t("activities.heading")).append("。");
        for (Activity a : model.activities) {
            sb.append(a.theme()).append("。");
        }
        return sb.toString();
    }

    @Override
    public void clear() {
        model.clear();
    }
}
