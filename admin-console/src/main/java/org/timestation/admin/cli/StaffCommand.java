package org.timestation.admin.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.timestation.community.Community;
import org.timestation.member.Member;
import org.timestation.member.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code staff --data DIR}: the station's staff and managers, whose member numbers {@code --operator} takes. */
@Command(name = "staff", description = {"列出工作人员和站长（--operator 要写他们的会员号）/ List the staff and managers (their member numbers are what --operator takes)."})
final class StaffCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    static boolean isStaff(Member m) {
        return m.roles().contains(Role.STAFF) || m.roles().contains(Role.MANAGER);
    }

    static List<Member> staff(Community c) {
        return c.members().all().stream().filter(StaffCommand::isStaff).toList();
    }

    /** {@code --operator} names a real staff member of this ledger, or the command stops with what to write instead. */
    static void requireStaff(Community c, String operator) {
        if (operator == null || operator.isBlank()) {
            throw new IllegalArgumentException("请用 --operator 写出是哪位工作人员办理的（会员号，见 staff 命令）。"
                    + " / Give the staff member who decides with --operator (their member number: see the staff command).");
        }
        boolean known = c.members().byId(operator.strip()).filter(StaffCommand::isStaff).isPresent();
        if (!known) {
            throw new IllegalArgumentException("“" + operator + "”不是这个账本里的工作人员。请写工作人员的会员号（用 staff --data 文件夹 列出）。"
                    + " / \"" + operator + "\" is not a staff member of this ledger. Write a staff member's number (list them with staff --data FOLDER).");
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Community c = data.folder().open(Clock.systemDefaultZone())) {
            List<Member> all = staff(c);
            for (Member m : all) {
                out.printf("%s  %s  %s%n", m.id(), m.maskedName(), m.roles().contains(Role.MANAGER) ? "站长 manager" : "工作人员 staff");
            }
            out.printf("工作人员 / staff: %d%n", all.size());
            return 0;
        }
    }
}
