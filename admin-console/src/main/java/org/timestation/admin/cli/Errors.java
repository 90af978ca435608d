package org.timestation.admin.cli;

import org.timestation.ledger.LedgerStorageException;
import org.timestation.text.DomainException;

/** Turns a failure into one line a manager can act on, Chinese first. */
final class Errors {
    static final int BAD_INPUT = 2;

    private Errors() {
    }

    /** The ledger is open in another program on this computer: say so, and what to do. */
    static final String IN_USE = "错误：账本正被另一个程序使用（多半是这台电脑上正在运行的自助终端或管理端）。请先关掉那个程序，或等它退出后再试。"
            + " / Error: the ledger is open in another program (most likely the kiosk or the console running on this computer)."
            + " Close that program, or wait until it has quit, then try again.";

    static String describe(Exception e) {
        if (e instanceof DomainException d) {
            return "错误 / Error: " + d.text();
        }
        if (e instanceof org.timestation.ledger.LedgerInUseException) {
            return IN_USE;
        }
        if (e instanceof LedgerStorageException) {
            return "错误：无法打开账本，请检查 --data 文件夹是否正确、是否有别的程序正在使用它。 / Error: cannot open the ledger ("
                    + e.getMessage() + "). Check the --data folder, and that no other program is using it.";
        }
        if (e instanceof IllegalArgumentException) {
            return "错误 / Error: " + e.getMessage();
        }
        // never a Java class name: the message alone, and the full trace in the log for the technician
        System.getLogger(Errors.class.getName()).log(System.Logger.Level.ERROR, "unexpected failure", e);
        return "错误：意外故障，账本未被修改。请把这段信息交给技术人员。 / Error: unexpected failure, the ledger was not changed. Give this to the technician: "
                + (e.getMessage() == null ? "(no details)" : e.getMessage());
    }

    static int exitCode(Exception e) {
        if (e instanceof DomainException d && d.code() == org.timestation.text.ErrorCode.LEDGER_FROM_NEWER_RELEASE) {
            return org.timestation.ops.CtlMain.NEWER_RELEASE; // its own code: a script knows to install the newer release
        }
        return BAD_INPUT;
    }
}
