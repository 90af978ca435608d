package org.timestation.activity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.timestation.ledger.Event;
import org.timestation.ledger.Payload;
import org.timestation.ledger.RowTable;

/** Activities and trainings, built from {@code activity.*} events. */
public final class ActivityBook extends RowTable.Part {

    private final RowTable<Activity> activities = table("activity", ActivityBook::encode, ActivityBook::decode);
    private final RowTable<String> fees = table("activity-fee", f -> f, f -> f);

    @Override
    public String prefix() {
        return "activity.";
    }

    @Override
    public void apply(Event e) {
        ActivityEvent event = ActivityEvent.of(e);
        if (event instanceof ActivityEvent.Proposed p) {
            Activity a = new Activity(e.id().toString(), p.kind(), p.theme(), p.startAt(), p.endAt(), p.place(), p.capacity(), p.resources(),
                    p.organiser(), p.skill(), Boolean.TRUE.equals(p.approved()) ? Activity.State.APPROVED : Activity.State.PROPOSED,
                    List.of(), List.of(), null);
            activities.put(a.id(), a);
            return;
        }
        Activity a = activities.get(((ActivityEvent.OfActivity) event).activity()).orElse(null);
        if (a == null) {
            return; // about an activity this node has not seen yet
        }
        List<String> up = new ArrayList<>(a.signedUp());
        List<String> in = new ArrayList<>(a.checkedIn());
        if (event instanceof ActivityEvent.Decided d) {
            activities.put(a.id(), a.with(d.approved() ? Activity.State.APPROVED : Activity.State.REJECTED, up, in, null));
        } else if (event instanceof ActivityEvent.SignedUp s) {
            if (!up.contains(s.member())) {
                up.add(s.member());
            }
            if (s.fee() != null) {
                fees.put(a.id() + "|" + s.member(), s.fee());
            }
            activities.put(a.id(), a.with(a.state(), up, in, null));
        } else if (event instanceof ActivityEvent.Withdrawn w) {
            up.remove(w.member());
            activities.put(a.id(), a.with(a.state(), up, in, null));
        } else if (event instanceof ActivityEvent.CheckedIn c) {
            if (!up.contains(c.member())) {
                up.add(c.member());
            }
            if (!in.contains(c.member())) {
                in.add(c.member());
            }
            activities.put(a.id(), a.with(a.state(), up, in, null));
        } else if (event instanceof ActivityEvent.Closed c) {
            activities.put(a.id(), a.with(Activity.State.CLOSED, up, in, c.summary()));
        }
    }

    public Optional<Activity> get(String id) {
        return activities.get(id);
    }

    /** The id of the credit movement that paid a member's training fee, if one was paid. */
    public Optional<String> feeOf(String activityId, String memberId) {
        return fees.get(activityId + "|" + memberId);
    }

    /** Every activity, by start time. */
    public List<Activity> all() {
        List<Activity> out = activities.valuesCopy();
        out.sort(Comparator.comparingLong(Activity::startAt).thenComparing(Activity::id));
        return out;
    }

    private static String encode(Activity a) {
        return Payload.builder().put("id", a.id()).put("kind", a.kind().name()).put("theme", a.theme()).put("startAt", a.startAt())
                .put("endAt", a.endAt()).put("place", a.place()).put("capacity", (long) a.capacity()).put("resources", a.resources())
                .put("organiser", a.organiserId()).put("skill", a.skill()).put("state", a.state().name())
                .put("signedUp", new ArrayList<Object>(a.signedUp())).put("checkedIn", new ArrayList<Object>(a.checkedIn()))
                .put("summary", a.summary()).encode();
    }

    private static Activity decode(String row) {
        Payload p = Payload.parse(row);
        List<String> up = new ArrayList<>();
        p.list("signedUp").forEach(o -> up.add((String) o));
        List<String> in = new ArrayList<>();
        p.list("checkedIn").forEach(o -> in.add((String) o));
        return new Activity(p.str("id"), Activity.Kind.valueOf(p.str("kind")), p.str("theme"), p.num("startAt"), p.num("endAt"), p.str("place"),
                (int) p.num("capacity"), p.optStr("resources").orElse(null), p.optStr("organiser").orElse(null), p.optStr("skill").orElse(null),
                Activity.State.valueOf(p.str("state")), up, in, p.optStr("summary").orElse(null));
    }
}
