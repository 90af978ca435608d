package org.timestation.admin.app.activities;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import org.timestation.activity.Activity;
import org.timestation.activity.ActivityService;
import org.timestation.admin.app.ConsoleContext;
import org.timestation.admin.staff.Refused;
import org.timestation.admin.staff.StaffDesk;
import org.timestation.admin.ui.ActionState;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.admin.ui.Controller;
import org.timestation.community.Community;
import org.timestation.credit.Minutes;
import org.timestation.member.Member;
import org.timestation.policy.Policy;

/**
 * Activities and trainings: captains' proposals wait here for approval (with a reason); every activity
 * shows how many signed up and came, its summary and the rewards it gave. Staff publish a training
 * (which certifies a skill) and close it with a summary once held (certifying who came).
 */
public final class ActivitiesController implements Controller {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final ConsoleContext ctx;
    private final ActivitiesModel model = new ActivitiesModel();
    private ActivitiesView view;

    public ActivitiesController(ConsoleContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
        view = new ActivitiesView(model, this, ctx.text(), ctx.dialogs(), ctx.tasks());
        Community c = ctx.community();
        ConsoleText text = ctx.text();
        ctx.tasks().run(() -> rows(c, text), model.rows::setAll, failed -> model.refusal.set(text.why(failed)));
    }

    @Override
    public void onDeactivate() {
        model.rows.clear();
        view = null;
    }

    static List<ActivitiesModel.Row> rows(Community c, ConsoleText text) {
        Policy p = c.policy().current();
        ZoneId zone = p.zoneId();
        List<Activity> all = new ArrayList<>(c.activities().all());
        all.sort(java.util.Comparator.comparing((Activity a) -> a.state() != Activity.State.PROPOSED)); // proposals first, then the latest
        return c.inspect(s -> {
            List<ActivitiesModel.Row> out = new ArrayList<>();
            for (Activity a : all) {
                boolean training = a.kind() == Activity.Kind.TRAINING;
                String organiser = a.organiserId() == null ? text.t("activities.station")
                        : s.members().byId(a.organiserId()).map(Member::maskedName).orElse(a.organiserId());
                String rewards = "";
                if (a.state() == Activity.State.CLOSED) {
                    rewards = training ? text.t("activities.certified", a.checkedIn().size(), a.skill())
                            : text.t("activities.rewarded", a.checkedIn().size(), Minutes.of(p.activityRewardMinutes()))
                            + (a.checkedIn().size() >= p.captainActivityMinParticipants()
                            ? text.t("activities.organiser-rewarded", Minutes.of(p.captainActivityRewardMinutes())) : "");
                }
                out.add(new ActivitiesModel.Row(a.id(), text.when(a.startAt(), zone), text.t(training ? "activities.training" : "activities.activity"),
                        a.theme() + (training ? text.t("activities.skill", a.skill()) : ""), organiser, a.place(),
                        text.t("activities.state-" + a.state().name().toLowerCase(Locale.ROOT)),
                        text.t("activities.people", a.signedUp().size(), a.capacity(), a.checkedIn().size()),
                        a.summary() == null ? "" : a.summary(), rewards, a.state() == Activity.State.PROPOSED, training,
                        a.state() == Activity.State.APPROVED));
            }
            return out;
        });
    }

    /** Approves or rejects the chosen proposal, with a reason, after saying what it does. */
    void decide(ActivitiesModel.Row row, boolean approve, String reason) {
        ConsoleText text = ctx.text();
        try {
            if (row == null || !row.proposed()) {
                throw new Refused(text.t("activities.choose-proposal"), text.t("activities.choose-proposal"));
            }
            requireReason(reason);
        } catch (Refused r) {
            model.refusal.set(text.why(r));
            return;
        }
        String what = text.t(approve ? "activities.approve-effect" : "activities.reject-effect", row.theme(), row.when(), row.organiser());
        if (!ctx.dialogs().confirm(text.t("activities.confirm-title", row.theme()), what)) {
            return;
        }
        Community c = ctx.community();
        StaffDesk.SignedIn by = ctx.signedIn();
        ActionState.act(model, ctx.tasks(), text, () -> {
            c.activities().decide(row.id(), approve, by.memberId(), reason);
            return text.t("activities.done", what);
        }, () -> rows(c, text));
    }

    /** Closes the chosen training once held, with its summary: everyone who came is certified in its skill. */
    void closeTraining(ActivitiesModel.Row row, String summary) {
        ConsoleText text = ctx.text();
        try {
            if (row == null || !row.training() || !row.open()) {
                throw new Refused(text.t("activities.choose-training"), text.t("activities.choose-training"));
            }
            if (summary == null || summary.isBlank()) {
                throw new Refused("请写上总结，例如“20 人结业，大家学会了视频通话”。", "Write a summary, e.g. 20 completed, everyone can video-call now.");
            }
        } catch (Refused r) {
            model.refusal.set(text.why(r));
            return;
        }
        String what = text.t("activities.close-effect", row.theme(), row.people());
        if (!ctx.dialogs().confirm(text.t("activities.confirm-title", row.theme()), what)) {
            return;
        }
        Community c = ctx.community();
        StaffDesk.SignedIn by = ctx.signedIn();
        ActionState.act(model, ctx.tasks(), text, () -> {
            c.activities().close(row.id(), by.memberId(), summary);
            return text.t("activities.done", what);
        }, () -> rows(c, text));
    }

    /** Publishes a training: open for sign-up at once; closing it certifies {@code skill} for everyone who came. */
    void publishTraining(String theme, String startTyped, String hoursTyped, String place, String capacityTyped, String skill) {
        ConsoleText text = ctx.text();
        Community c = ctx.community();
        StaffDesk.SignedIn by = ctx.signedIn();
        model.result.set("");
        model.refusal.set("");
        ActionState.act(model, ctx.tasks(), text, () -> {
            ZoneId zone = c.policy().current().zoneId();
            java.time.Instant start;
            try {
                start = LocalDateTime.parse(startTyped == null ? "" : startTyped.strip(), WHEN).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw new Refused("开始时间请写成 2026-12-05 14:00 这样。", "Write the start as 2026-12-05 14:00.");
            }
            int hours = number(hoursTyped, 1, 24, "时长请写 1 到 24 的小时数。", "Write the length in hours, 1 to 24.");
            int capacity = number(capacityTyped, 1, 500, "人数请写 1 到 500。", "Write how many people, 1 to 500.");
            Activity a = c.activities().publishTraining(new ActivityService.Plan(theme, start, start.plus(Duration.ofHours(hours)), place, capacity,
                    null), skill, by.memberId());
            return text.t("activities.published", a.theme(), text.when(a.startAt(), zone));
        }, () -> rows(c, text));
    }

    private static int number(String typed, int min, int max, String zh, String en) {
        String s = typed == null ? "" : typed.strip();
        if (!s.matches("\\d{1,3}") || Integer.parseInt(s) < min || Integer.parseInt(s) > max) {
            throw new Refused(zh, en);
        }
        return Integer.parseInt(s);
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new Refused("请写上原因：会记进账本，楼长能看到。", "Give a reason: it goes into the ledger, and the captain sees it.");
        }
    }
}
