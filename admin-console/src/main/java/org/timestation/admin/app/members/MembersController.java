package org.timestation.admin.app.members;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.timestation.admin.app.ConsoleContext;
import org.timestation.admin.desk.DeskReader;
import org.timestation.admin.staff.Refused;
import org.timestation.admin.staff.StaffDesk;
import org.timestation.admin.ui.ActionState;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.admin.ui.Controller;
import org.timestation.catalogue.ServiceType;
import org.timestation.community.Community;
import org.timestation.community.CommunityState;
import org.timestation.credit.AccountId;
import org.timestation.credit.Minutes;
import org.timestation.credit.Movement;
import org.timestation.device.CardData;
import org.timestation.member.Member;
import org.timestation.member.Role;

/**
 * Every member, found by name, member number or phone as one types; exported to CSV for Excel. The
 * member chosen shows their roles, hardship flag, volunteer profile (verification, pledge, skills,
 * suspension) and latest statement. Each change says first what it will do, then is written as an
 * event with the operator and the reason; the statement prints.
 */
public final class MembersController implements Controller {
    /** How many of the latest movements the statement shows (one printed page). */
    static final int STATEMENT_LINES = 30;
    /** The roles changed here; merchants are onboarded on the merchants screen, staff on the staff screen. */
    static final Set<Role> CHANGED_HERE = EnumSet.of(Role.VOLUNTEER, Role.CAPTAIN, Role.CO_CREATOR);

    private final ConsoleContext ctx;
    private final MembersModel model = new MembersModel();
    private MembersView view;
    /** Reads the desk reader's state every two seconds while the screen shows. */
    private javafx.animation.Timeline readerWatch;

    public MembersController(ConsoleContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
        model.demoCards.setAll(ctx.reader().simulated().isPresent()
                ? org.timestation.demo.DemoCommunity.PERSONAS.stream().map(p -> Member.maskName(p.name())).toList() : List.of());
        model.chosen.set(null);
        view = new MembersView(model, this, ctx.text(), ctx.dialogs(), ctx.tasks());
        Community c = ctx.community();
        ConsoleText text = ctx.text();
        ctx.tasks().run(() -> rows(c, text), model.rows::setAll, failed -> model.refusal.set(text.why(failed)));
        showReader();
        readerWatch = new javafx.animation.Timeline(new javafx.animation.KeyFrame(javafx.util.Duration.seconds(2), e -> showReader()));
        readerWatch.setCycleCount(javafx.animation.Animation.INDEFINITE);
        readerWatch.play();
    }

    @Override
    public void onDeactivate() {
        readerWatch.stop();
        readerWatch = null;
        model.rows.clear();
        model.chosen.set(null);
        model.found.set("");
        view = null;
    }

    private void showReader() {
        DeskReader.State st = ctx.reader().state();
        ConsoleText text = ctx.text();
        String key = "reader." + st.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
        String detail = st.detail() == null ? "" : st.detail();
        if (st.status() == DeskReader.Status.MISCONFIGURED) { // the setting's problem, said in both languages: the one shown
            String[] both = detail.split("\n", 2);
            detail = text.chinese() || both.length < 2 ? both[0] : both[1];
        }
        model.reader.set(text.t(key, st.where()) + (detail.isBlank() ? "" : "\n" + detail));
    }

    /**
     * An ID card on the desk reader: the member holding it is shown (the table narrowed to them). A card
     * nobody holds says whether its registration waits for approval or was never made. The number is
     * hashed to look it up and never shown beyond its last four characters.
     */
    @Override
    public boolean onCard(CardData card) {
        Community c = ctx.community();
        ConsoleText text = ctx.text();
        java.time.Clock clock = ctx.clock();
        model.result.set("");
        model.refusal.set("");
        ctx.tasks().run(() -> byCard(c, text, card, java.time.LocalDate.now(clock.withZone(c.policy().current().zoneId()))), found -> {
            if (found.detail() == null) {
                model.refusal.set(found.said());
                return;
            }
            model.chosen.set(found.detail());
            model.found.set(""); // the same card again narrows the table again
            model.found.set(found.detail().id());
            model.result.set(found.said());
        }, failed -> model.refusal.set(text.why(failed)));
        return true;
    }

    /** What a card found: the member's detail and what to say, or no detail and why. */
    private record ByCard(MembersModel.Detail detail, String said) {
    }

    private static ByCard byCard(Community c, ConsoleText text, CardData card, java.time.LocalDate today) {
        String last4 = card.idNumber().substring(card.idNumber().length() - 4);
        java.util.Optional<Member> m = c.members().byIdNumber(card.idNumber());
        if (m.isEmpty()) {
            return new ByCard(null, c.members().pendingByIdNumber(card.idNumber())
                    .map(a -> text.t("members.card-pending", a.member().maskedName(), last4))
                    .orElse(text.t("members.card-unknown", last4)));
        }
        MembersModel.Detail d = detail(c, text, m.get().id());
        String said = text.t("members.card-found", d.maskedName(), d.id(), last4)
                + (card.expiredOn(today) ? " " + text.t("members.card-expired", card.validToText()) : "");
        return new ByCard(d, said);
    }

    /** Demo mode: lays the demo person's card on the simulated reader (it comes back through the reader's bytes and driver). */
    void demoCard(int index) {
        ctx.reader().simulated().ifPresent(d -> d.tap(org.timestation.device.station.DemoDevices.card(org.timestation.demo.DemoCommunity.PERSONAS.get(index))));
    }

    static List<MemberRow> rows(Community c, ConsoleText text) {
        return c.inspect(s -> {
            ZoneId zone = s.policy().get().zoneId();
            List<MemberRow> out = new ArrayList<>();
            for (Member m : s.members().all()) {
                out.add(new MemberRow(m.id(), m.maskedName(), m.phone() == null ? "" : m.phone().masked(), text.roles(m.roles()),
                        hours(s, m.id(), text), text.when(m.registeredAt(), zone).substring(0, 10),
                        m.name() + " " + (m.phone() == null ? "" : m.phone().digits())));
            }
            out.sort(java.util.Comparator.comparing(MemberRow::id));
            return out;
        });
    }

    private static String hours(CommunityState s, String memberId, ConsoleText text) {
        Minutes balance = s.credits().exists(AccountId.member(memberId)) ? s.credits().balance(AccountId.member(memberId)) : Minutes.ZERO;
        return text.t("members.hours", balance.hours());
    }

    /** Shows the member chosen in the table (null: none). */
    void choose(MemberRow row) {
        if (row == null) {
            model.chosen.set(null);
            return;
        }
        Community c = ctx.community();
        ConsoleText text = ctx.text();
        ctx.tasks().run(() -> detail(c, text, row.id()), model.chosen::set, failed -> model.refusal.set(text.why(failed)));
    }

    private static MembersModel.Detail detail(Community c, ConsoleText text, String memberId) {
        MembersModel.Detail d = c.inspect(s -> {
            Member m = s.members().byId(memberId).orElseThrow(() -> new Refused("找不到会员 " + memberId + "。", "No member " + memberId + "."));
            MembersModel.Volunteer v = s.volunteers().profile(memberId).map(p -> new MembersModel.Volunteer(p.services(), p.verified(),
                    p.pledgeSigned(), p.cleanRecord(), p.suspended())).orElse(null);
            return new MembersModel.Detail(m.id(), m.maskedName(), hours(s, m.id(), text), m.roles(), m.hardship(), v, List.of(),
                    s.members().nameInBulletin(m.id()));
        });
        ZoneId zone = c.policy().current().zoneId();
        List<String> lines = new ArrayList<>();
        for (Movement mv : c.credits().statement(memberId, STATEMENT_LINES)) {
            lines.add(text.when(mv.at(), zone) + "  " + text.t("movement." + mv.kind().name().toLowerCase(Locale.ROOT)) + "  "
                    + (mv.minutes() >= 0 ? "+" : "") + new Minutes(mv.minutes()).text(text.chinese() ? org.timestation.text.Text.ZH
                    : org.timestation.text.Text.EN) + (mv.proxyId() == null ? "" : "  " + text.t("members.by-proxy")));
        }
        return new MembersModel.Detail(d.id(), d.maskedName(), d.balance(), d.roles(), d.hardship(), d.volunteer(), lines, d.nameInBulletin());
    }

    /** Changes the chosen member's roles (volunteer, captain, co-creation member), after saying what changes. */
    void saveRoles(Set<Role> wanted, String reason) {
        MembersModel.Detail d = model.chosen.get();
        if (!ready(d, reason)) {
            return;
        }
        Set<Role> next = EnumSet.copyOf(d.roles());
        next.removeAll(CHANGED_HERE);
        next.addAll(wanted);
        if (next.equals(d.roles())) {
            model.refusal.set(ctx.text().t("members.nothing-changed"));
            return;
        }
        ConsoleText text = ctx.text();
        String what = text.t("members.roles-effect", d.maskedName(), text.roles(d.roles()), text.roles(next));
        confirmThen(d, what, (c, by) -> c.members().changeRoles(d.id(), next, by.memberId(), reason));
    }

    void setHardship(boolean hardship, String reason) {
        MembersModel.Detail d = model.chosen.get();
        if (!ready(d, reason)) {
            return;
        }
        if (hardship == d.hardship()) {
            model.refusal.set(ctx.text().t("members.nothing-changed"));
            return;
        }
        String what = ctx.text().t(hardship ? "members.hardship-on" : "members.hardship-off", d.maskedName());
        confirmThen(d, what, (c, by) -> c.members().setHardship(d.id(), hardship, by.memberId(), reason));
    }

    /** Whether the bulletin prints the member's full name: what they told the staff, recorded with the reason. */
    void setBulletinName(boolean shown, String reason) {
        MembersModel.Detail d = model.chosen.get();
        if (!ready(d, reason)) {
            return;
        }
        if (shown == d.nameInBulletin()) {
            model.refusal.set(ctx.text().t("members.nothing-changed"));
            return;
        }
        String what = ctx.text().t(shown ? "members.bulletin-on" : "members.bulletin-off", d.maskedName());
        confirmThen(d, what, (c, by) -> c.members().setBulletinName(d.id(), shown, by.memberId(), reason));
    }

    /** Records the volunteer's checks and skills: verification, pledge, clean record, suspension and the services offered. */
    void saveVolunteer(MembersModel.Volunteer next, String reason) {
        MembersModel.Detail d = model.chosen.get();
        if (!ready(d, reason)) {
            return;
        }
        if (d.volunteer() == null && !d.roles().contains(Role.VOLUNTEER)) {
            model.refusal.set(ctx.text().t("members.not-volunteer"));
            return;
        }
        ConsoleText text = ctx.text();
        String what = text.t("members.volunteer-effect", d.maskedName(), yesNo(text, next.verified()), yesNo(text, next.pledgeSigned()),
                yesNo(text, next.cleanRecord()), next.suspended() ? text.t("members.suspended-yes") : text.t("members.suspended-no"),
                services(next.services(), text));
        confirmThen(d, what, (c, by) -> c.volunteers().setProfile(d.id(), next.services(), next.verified(), next.pledgeSigned(),
                next.cleanRecord(), next.suspended(), by.memberId(), reason));
    }

    /** Prints the chosen member's statement: their balance and latest movements. */
    void printStatement() {
        MembersModel.Detail d = model.chosen.get();
        ConsoleText text = ctx.text();
        if (d == null) {
            model.refusal.set(text.t("members.choose"));
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add(text.t("members.statement-head", d.maskedName(), d.id(), d.balance(),
                text.when(Instant.now(ctx.clock()).toEpochMilli(), ZoneId.systemDefault())));
        lines.addAll(d.statement().isEmpty() ? List.of(text.t("members.statement-empty")) : d.statement());
        ctx.dialogs().print(text.t("members.statement-title"), lines, true, // large print: for the elder at the desk
                () -> model.result.set(text.t("members.printed", d.maskedName())), r -> model.refusal.set(text.why(r)));
    }

    private boolean ready(MembersModel.Detail d, String reason) {
        ConsoleText text = ctx.text();
        if (d == null) {
            model.refusal.set(text.t("members.choose"));
            return false;
        }
        if (reason == null || reason.isBlank()) {
            model.refusal.set(text.why(new Refused("请写上原因：会记进账本。", "Give a reason: it goes into the ledger.")));
            return false;
        }
        return true;
    }

    private interface Act {
        void on(Community c, StaffDesk.SignedIn by);
    }

    private void confirmThen(MembersModel.Detail d, String what, Act act) {
        ConsoleText text = ctx.text();
        if (!ctx.dialogs().confirm(text.t("members.confirm-title", d.maskedName(), d.id()), what)) {
            return;
        }
        Community c = ctx.community();
        StaffDesk.SignedIn by = ctx.signedIn();
        Supplier<String> work = () -> {
            act.on(c, by);
            return text.t("members.done", what);
        };
        ActionState.act(model, ctx.tasks(), text, work, () -> rows(c, text));
        ctx.tasks().run(() -> detail(c, text, d.id()), model.chosen::set, failed -> model.refusal.set(text.why(failed)));
    }

    static String services(Set<ServiceType> services, ConsoleText text) {
        if (services.isEmpty()) {
            return text.t("members.no-services");
        }
        List<String> out = new ArrayList<>();
        for (ServiceType t : ServiceType.values()) {
            if (services.contains(t)) {
                out.add(text.core(t.textKey()));
            }
        }
        return String.join("、", out);
    }

    private static String yesNo(ConsoleText text, boolean b) {
        return text.t(b ? "members.yes" : "members.no");
    }
}
