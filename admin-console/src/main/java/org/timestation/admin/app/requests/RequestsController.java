package org.timestation.admin.app.requests;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import org.timestation.admin.app.ConsoleContext;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.admin.ui.Controller;
import org.timestation.community.Community;
import org.timestation.community.CommunityState;
import org.timestation.exchange.ExchangeState;
import org.timestation.exchange.Request;
import org.timestation.member.Member;

/**
 * The requests: open ones (waiting for a volunteer), the captains' list (unmatched for longer than the
 * policy's {@code unmatchedHours}, longest waiting first) and those accepted or in service now.
 */
public final class RequestsController implements Controller {
    private final ConsoleContext ctx;
    private final RequestsModel model = new RequestsModel();
    private RequestsView view;

    public RequestsController(ConsoleContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
        view = new RequestsView(model, this, ctx.text(), ctx.dialogs(), ctx.tasks());
        show(model.which.get());
    }

    @Override
    public void onDeactivate() {
        model.rows.clear();
        view = null;
    }

    /** Lists the requests of {@code which}. */
    void show(RequestsModel.Which which) {
        model.which.set(which);
        Community c = ctx.community();
        ConsoleText text = ctx.text();
        long now = ctx.clock().millis();
        ctx.tasks().run(() -> c.inspect(s -> rows(s, which, text, now)), model.rows::setAll, failed -> model.refusal.set(text.why(failed)));
    }

    static List<RequestsModel.Row> rows(CommunityState s, RequestsModel.Which which, ConsoleText text, long now) {
        ZoneId zone = s.policy().get().zoneId();
        long unmatchedAfter = Duration.ofHours(s.policy().get().unmatchedHours()).toMillis();
        List<Request> chosen = new ArrayList<>();
        for (Request r : s.exchanges().all()) {
            boolean in = switch (which) {
                case OPEN -> r.state() == ExchangeState.OPEN;
                case UNMATCHED -> r.state() == ExchangeState.OPEN && now - r.postedAt() > unmatchedAfter;
                case IN_SERVICE -> r.state() == ExchangeState.ACCEPTED || r.state() == ExchangeState.IN_SERVICE;
            };
            if (in) {
                chosen.add(r);
            }
        }
        chosen.sort(Comparator.comparingLong(Request::postedAt)); // longest waiting first
        List<RequestsModel.Row> out = new ArrayList<>();
        for (Request r : chosen) {
            out.add(new RequestsModel.Row(r.id(), text.core(r.service().textKey()), masked(s, r.requesterId()), masked(s, r.volunteerId()),
                    text.when(r.startAt(), zone), r.buildingId() == null ? "" : r.buildingId(),
                    text.t("requests.state-" + r.state().name().toLowerCase(Locale.ROOT)),
                    text.duration(Duration.ofMillis(Math.max(0, now - r.postedAt()))),
                    r.proxyCaptainId() == null ? "" : text.t("requests.by-captain", masked(s, r.proxyCaptainId()))));
        }
        return out;
    }

    private static String masked(CommunityState s, String memberId) {
        return memberId == null ? "" : s.members().byId(memberId).map(Member::maskedName).orElse(memberId);
    }
}
