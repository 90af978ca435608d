package org.timestation.admin;

import org.timestation.admin.cli.AdminCommandLine;

/** Entry point of {@code admin-console.jar}: today its command line; the managers' window comes later. */
public final class AdminMain {
    private AdminMain() {
    }

    public static void main(String[] args) {
        System.exit(AdminCommandLine.run(args));
    }
}
