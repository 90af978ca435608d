package org.timestation.admin.staff;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.timestation.community.Community;
import org.timestation.member.IdNumber;
import org.timestation.member.Member;
import org.timestation.member.Registration;
import org.timestation.member.Role;
import org.timestation.text.DomainException;

/**
 * Who may use the console, and as what. Staff and managers are members whose roles say so: roles are
 * granted and revoked as ledger events naming the manager who did it and why. The password each
 * signs in with is kept on this machine only ({@link StaffAccounts}). Every refusal says what to do
 * and changes nothing.
 */
public final class StaffDesk {
    /** Who is signed in at the console. */
    public record SignedIn(String memberId, String name, boolean manager) {
    }

    private final Community community;
    private final StaffAccounts accounts;

    public StaffDesk(Community community, StaffAccounts accounts) {
        this.community = community;
        this.accounts = accounts;
    }

    static boolean isStaff(Member m) {
        return m.has(Role.STAFF) || m.has(Role.MANAGER);
    }

    /** The staff and managers who can sign in here (they hold a role and an account), by name. */
    public List<Member> accountHolders() {
        return accounts.memberIds().stream().map(id -> community.members().byId(id)).flatMap(java.util.Optional::stream)
                .filter(StaffDesk::isStaff).sorted(Comparator.comparing(Member::name)).toList();
    }

    /** The staff and managers of the community, with or without an account here. */
    public List<Member> staff() {
        return community.members().all().stream().filter(StaffDesk::isStaff).sorted(Comparator.comparing(Member::name)).toList();
    }

    public boolean hasAccount(String memberId) {
        return accounts.has(memberId);
    }

    /** True when no manager can sign in here: the console's first start makes the first manager account. */
    public boolean needsFirstManager() {
        return accountHolders().stream().noneMatch(m -> m.has(Role.MANAGER));
    }

    /** The community's managers without an account here (a new console for a community that has them). */
    public List<Member> managersWithoutAccount() {
        return community.members().all().stream().filter(m -> m.has(Role.MANAGER) && !accounts.has(m.id()))
                .sorted(Comparator.comparing(Member::name)).toList();
    }

    public SignedIn signIn(String memberId, String password) {
        Member m = community.members().byId(memberId == null ? "" : memberId).filter(StaffDesk::isStaff).orElse(null);
        if (m == null) {
            throw new Refused("这个人不是本站的工作人员，不能登录管理端。请选自己的名字。",
                    "This person is not staff of this station and cannot sign in to the console. Choose your own name.");
        }
        StaffAccounts.Result r = accounts.check(memberId, password);
        return switch (r.check()) {
            case OK -> new SignedIn(m.id(), m.maskedName(), m.has(Role.MANAGER));
            case NO_ACCOUNT -> throw new Refused(m.maskedName() + " 还没有管理端账号。请站长在“工作人员”里为他设一个密码。",
                    m.maskedName() + " has no console account yet. A manager sets a password under Staff.");
            case WRONG -> throw new Refused("密码不对。还可以再试 " + r.triesLeft() + " 次，之后账号会锁定 15 分钟。",
                    "Wrong password. " + r.triesLeft() + " more tries, then the account locks for 15 minutes.");
            case LOCKED -> throw new Refused("密码错了太多次，账号锁定到 " + time(r.lockedUntil()) + "。请到时再试，或者请站长重设密码。",
                    "Too many wrong passwords: the account is locked until " + time(r.lockedUntil()) + ". Try again then, or ask a manager to set a new password.");
        };
    }

    private String time(long millis) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone()).format(Instant.ofEpochMilli(millis));
    }

    private ZoneId zone() {
        return community.inspect(s -> s.policy().get().zoneId());
    }

    private static void requireSamePasswords(String password, String again) {
        if (password == null || !password.equals(again)) {
            throw new Refused("两次输入的密码不一样。请再输一次。", "The two passwords differ. Type them again.");
        }
        String weak = Passwords.weakness(password);
        if (weak != null) {
            int cut = weak.indexOf(" / ");
            throw new Refused(weak.substring(0, cut), weak.substring(cut + 3));
        }
    }

    private void requireFirstStart() {
        if (!needsFirstManager()) {
            throw new Refused("已经有站长账号了。请用它登录；新的工作人员由站长添加。",
                    "A manager account exists already. Sign in with it; a manager adds new staff.");
        }
    }

    /** First start: a password for a manager the community already has. */
    public SignedIn firstManager(String memberId, String password, String again) {
        requireFirstStart();
        Member m = community.members().byId(memberId == null ? "" : memberId).filter(x -> x.has(Role.MANAGER)).orElse(null);
        if (m == null) {
            throw new Refused("请从名单里选一位站长。", "Choose a manager from the list.");
        }
        requireSamePasswords(password, again);
        accounts.setPassword(m.id(), password);
        return new SignedIn(m.id(), m.maskedName(), true);
    }

    /**
     * First start of a console for a new community: the first manager registers as a member (their ID
     * card's data, typed or read), with the manager and staff roles, and sets a password.
     */
    public SignedIn firstManager(String name, String idNumber, String phone, String address, String password, String again) {
        requireFirstStart();
        requireSamePasswords(password, again);
        IdNumber id;
        try {
            id = IdNumber.parse(idNumber);
        } catch (RuntimeException e) {
            throw new Refused("身份证号不对。请照身份证再输一次（18 位，最后一位可能是 X）。",
                    "The ID number is not valid. Type it again from the card (18 characters, the last may be X).");
        }
        Member m;
        try {
            m = community.members().register(new Registration(name == null ? "" : name.strip(), id.gender(), id.birthDate(),
                    address == null ? "" : address.strip(), idNumber, phone, EnumSet.of(Role.MANAGER, Role.STAFF)));
        } catch (DomainException d) {
            throw new Refused(d.text().zh(), d.text().en());
        }
        accounts.setPassword(m.id(), password);
        return new SignedIn(m.id(), m.maskedName(), true);
    }

    private static void requireManager(SignedIn by) {
        if (by == null || !by.manager()) {
            throw new Refused("只有站长可以做这件事。请站长登录后再办。", "Only a manager may do this. Ask a manager to sign in and do it.");
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new Refused("请写上原因：它会记进账本。", "Give a reason: it goes into the ledger.");
        }
    }

    /** A manager makes a member staff (or a manager): a role event with the manager and the reason, then the account. */
    public Member addStaff(SignedIn by, String memberId, boolean manager, String password, String again, String reason) {
        requireManager(by);
        requireReason(reason);
        requireSamePasswords(password, again);
        Member m = community.members().byId(memberId == null ? "" : memberId).orElseThrow(() ->
                new Refused("没有这个会员。请先在“会员”里找到他。", "No such member. Find them under Members first."));
        Set<Role> roles = EnumSet.copyOf(m.roles());
        roles.add(Role.STAFF);
        if (manager) {
            roles.add(Role.MANAGER);
        }
        Member changed = roles.equals(m.roles()) ? m : community.members().changeRoles(m.id(), roles, by.memberId(), reason);
        accounts.setPassword(m.id(), password);
        return changed;
    }

    /** A manager sets a new password for a staff member (a forgotten one, a locked account). */
    public void resetPassword(SignedIn by, String memberId, String password, String again) {
        requireManager(by);
        requireSamePasswords(password, again);
        Member m = community.members().byId(memberId == null ? "" : memberId).filter(StaffDesk::isStaff).orElseThrow(() ->
                new Refused("这个人不是工作人员。", "This person is not staff."));
        accounts.setPassword(m.id(), password);
    }

    /** A manager takes the staff roles away (an event with the reason) and the account with them; never the last manager. */
    public Member removeStaff(SignedIn by, String memberId, String reason) {
        requireManager(by);
        requireReason(reason);
        Member m = community.members().byId(memberId == null ? "" : memberId).filter(StaffDesk::isStaff).orElseThrow(() ->
                new Refused("这个人不是工作人员。", "This person is not staff."));
        boolean lastManager = m.has(Role.MANAGER) && accountHolders().stream().filter(x -> x.has(Role.MANAGER)).count() <= 1;
        if (lastManager) {
            throw new Refused("这是最后一位能登录的站长，不能移除。请先添加另一位站长。",
                    "This is the last manager who can sign in and cannot be removed. Add another manager first.");
        }
        Set<Role> roles = EnumSet.copyOf(m.roles());
        roles.remove(Role.STAFF);
        roles.remove(Role.MANAGER);
        Member changed = community.members().changeRoles(m.id(), roles, by.memberId(), reason);
        accounts.remove(m.id());
        return changed;
    }
}
