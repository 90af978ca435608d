package org.timestation.admin.cli;

import org.timestation.ledger.LedgerStorageException;
import org.timestation.text.DomainException;

/** Turns a failure into one line a manager can act on, Chinese first. */
final class Errors {
    static final int BAD_INPUT = 2;

    private Errors() {
    }

    static String describe(Exception e) {
        if (e instanceof DomainException d) {
            return "错误 / Error: " + d.text();
        }
        if (e instanceof LedgerStorageException) {
            return "错误：无法打开账本，请检查 --data 文件夹是否正确、是否有别的程序正在使用它。 / Error: cannot open the ledger ("
                    + e.getMessage() + "). Check the --data folder, and that no other program is using it.";
        }
        if (e instanceof IllegalArgumentException) {
            return "错误 / Error: " + e.getMessage();
        }
        return "错误：意外故障，账本未被修改。请把这段信息交给技术人员。 / Error: unexpected failure, the ledger was not changed. Give this to the technician: "
                + e;
    }

    static int exitCode(Exception e) {
        return BAD_INPUT;
    }
}
