package org.timestation.admin;

/** The installed hub's second launcher, {@code timestation-ctl}: status, backup, restore, compact ({@code org.timestation.ops.CtlMain}). */
public final class Ctl {
    private Ctl() {
    }

    public static void main(String[] args) {
        System.exit(org.timestation.ops.CtlMain.commandLine().execute(args));
    }
}
