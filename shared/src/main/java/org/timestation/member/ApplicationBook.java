package org.timestation.member;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.timestation.ledger.Event;
import org.timestation.ledger.Payload;
import org.timestation.ledger.RowTable;

/** Kiosk registrations waiting for the staff, built from {@code application.*} events. */
public final class ApplicationBook extends RowTable.Part {
    private final MemberRegistry members;
    private final RowTable<Application> applications = table("registration", ApplicationBook::encode, this::decode);

    /** {@code members} opens the sealed birth dates of those who apply, as for members. */
    public ApplicationBook(MemberRegistry members) {
        this.members = members;
    }

    @Override
    public String prefix() {
        return "application.";
    }

    @Override
    public void apply(Event e) {
        MemberEvent event = MemberEvent.of(e);
        if (event instanceof MemberEvent.ApplicationSubmitted s) {
            Member m = members.fromEvent(s.member(), e.epochMillis());
            applications.put(e.id().toString(), new Application(e.id().toString(), m, s.pinHash(), Application.Status.PENDING, e.epochMillis()));
        } else if (event instanceof MemberEvent.ApplicationDecided d) {
            applications.get(d.application()).ifPresent(a -> applications.put(a.id(), new Application(a.id(), a.member(), a.pinHash(),
                    d.approved() ? Application.Status.APPROVED : Application.Status.REJECTED, a.submittedAt())));
        }
    }

    public Optional<Application> get(String id) {
        return applications.get(id);
    }

    public Optional<Application> pendingFor(String memberId) {
        return applications.values().stream().filter(a -> a.status() == Application.Status.PENDING && a.member().id().equals(memberId)).findFirst();
    }

    public List<Application> pending() {
        return applications.values().stream().filter(a -> a.status() == Application.Status.PENDING)
                .sorted(Comparator.comparingLong(Application::submittedAt).thenComparing(Application::id)).toList();
    }

    private static String encode(Application a) {
        return Payload.builder().put("id", a.id()).put("member", MemberRegistry.encode(a.member())).put("pinHash", a.pinHash())
                .put("status", a.status().name()).put("at", a.submittedAt()).encode();
    }

    private Application decode(String row) {
        Payload p = Payload.parse(row);
        return new Application(p.str("id"), members.decode(p.obj("member"), p.num("at")), p.str("pinHash"),
                Application.Status.valueOf(p.str("status")), p.num("at"));
    }
}
