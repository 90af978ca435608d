package org.timestation.proxy;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.timestation.ledger.Transactor;
import org.timestation.member.Identified;
import org.timestation.member.Member;
import org.timestation.member.MemberRegistry;
import org.timestation.member.Role;
import org.timestation.policy.Policy;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

/**
 * Proxy acts (代办): a captain may act for an elder only with the elder identified in the same
 * session (card tap or PIN). Each act is recorded beside what it did, so it shows on the elder's
 * statement and in the monthly proxy report the station reviews.
 */
public final class ProxyService {
    private final Transactor tx;
    private final ProxyBook book;
    private final MemberRegistry members;
    private final Supplier<Policy> policy;
    private final Clock clock;

    public ProxyService(Transactor tx, ProxyBook book, MemberRegistry members, Supplier<Policy> policy, Clock clock) {
        this.tx = tx;
        this.book = book;
        this.members = members;
        this.policy = policy;
        this.clock = clock;
    }

    /** Refuses unless {@code captainId} is a captain and {@code elder} proves {@code elderId} was identified in this session. */
    public void requireMayActFor(String captainId, Identified elder, String elderId) {
        Member captain = members.byId(captainId).orElseThrow(() -> new DomainException(ErrorCode.UNKNOWN_MEMBER, String.valueOf(captainId)));
        if (!captain.has(Role.CAPTAIN)) {
            throw new DomainException(ErrorCode.NOT_A_CAPTAIN, captainId);
        }
        if (captainId.equals(elderId)) {
            throw new DomainException(ErrorCode.SELF_TRANSFER);
        }
        Identified.require(elder, elderId, clock.instant());
    }

    /** Records an act in the caller's transaction (the event beside the request or voucher it made). */
    public void record(String captainId, Identified elder, ProxyAct.Kind kind, String ref) {
        tx.write(sink -> sink.emit(new ProxyEvent.Acted(captainId, elder.memberId(), kind, ref, elder.method())));
    }

    /** The monthly proxy report: every act in {@code month} (community time zone), oldest first. */
    public List<ProxyAct> monthlyReport(YearMonth month) {
        ZoneId zone = policy.get().zoneId();
        long from = month.atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
        long to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
        return tx.read(() -> book.between(from, to));
    }
}
