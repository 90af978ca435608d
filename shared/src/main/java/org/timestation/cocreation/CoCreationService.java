package org.timestation.cocreation;

import java.util.function.Supplier;
import org.timestation.exchange.ExchangeBook;
import org.timestation.ledger.Transactor;
import org.timestation.member.Member;
import org.timestation.member.MemberRegistry;
import org.timestation.staff.Operators;
import org.timestation.member.Role;
import org.timestation.policy.Policy;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

/**
 * Co-creation membership (共创会员): a member who has earned at least 50 credits helping others, or
 * holds a certified skill, may apply; the station approves or rejects, and approval gives the role.
 */
public final class CoCreationService {
    private final Transactor tx;
    private final CoCreationBook book;
    private final MemberRegistry members;
    private final ExchangeBook exchanges;
    private final Supplier<Policy> policy;

    public CoCreationService(Transactor tx, CoCreationBook book, MemberRegistry members, ExchangeBook exchanges, Supplier<Policy> policy) {
        this.tx = tx;
        this.book = book;
        this.members = members;
        this.exchanges = exchanges;
        this.policy = policy;
    }

    /** Records a skill a member has shown (a training certificate, a trade licence). */
    public void certifySkill(String memberId, String skill, String operator, String reason) {
        Operators.require(operator, reason);
        if (skill == null || skill.isBlank() || skill.length() > 40) {
            throw new DomainException(ErrorCode.TEXT_TOO_LONG, 40);
        }
        tx.write(sink -> {
            member(memberId);
            return sink.emit(new CoCreationEvent.SkillCertified(memberId, skill.strip(), operator.strip(), reason.strip()));
        });
    }

    /** True when the member may apply: ≥ the policy's credits earned by helping, or a certified skill. */
    public boolean isEligible(String memberId) {
        return tx.read(() -> eligible(memberId));
    }

    private boolean eligible(String memberId) {
        long earnedCredits = exchanges.stats(memberId).earnedMinutes() / 60;
        return earnedCredits >= policy.get().coCreationCredits() || !book.skills(memberId).isEmpty();
    }

    public CoCreationBook.Status apply(String memberId) {
        return tx.write(sink -> {
            Member m = member(memberId);
            if (m.has(Role.CO_CREATOR) || book.application(memberId).filter(s -> s == CoCreationBook.Status.PENDING).isPresent()) {
                throw new DomainException(ErrorCode.ALREADY_APPLIED, memberId);
            }
            if (!eligible(memberId)) {
                throw new DomainException(ErrorCode.NOT_YET_ELIGIBLE, exchanges.stats(memberId).earnedMinutes() / 60,
                        policy.get().coCreationCredits());
            }
            sink.emit(new CoCreationEvent.Applied(memberId));
            return book.application(memberId).orElseThrow();
        });
    }

    /** The station's decision on a pending application; approval makes the member a co-creator. */
    public CoCreationBook.Status decide(String memberId, boolean approved, String operator, String reason) {
        Operators.require(operator, reason);
        return tx.write(sink -> {
            member(memberId);
            if (book.application(memberId).filter(s -> s == CoCreationBook.Status.PENDING).isEmpty()) {
                throw new DomainException(ErrorCode.WRONG_STATE, memberId + " (no pending application)");
            }
            sink.emit(new CoCreationEvent.Decided(memberId, approved, operator.strip(), reason.strip()));
            return book.application(memberId).orElseThrow();
        });
    }

    private Member member(String id) {
        return members.byId(id).orElseThrow(() -> new DomainException(ErrorCode.UNKNOWN_MEMBER, String.valueOf(id)));
    }
}
