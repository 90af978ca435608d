package org.timestation.admin.app;

import java.time.Clock;
import java.time.Duration;
import org.timestation.admin.hub.Hub;
import org.timestation.admin.staff.StaffDesk;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.admin.ui.DialogService;
import org.timestation.admin.ui.Tasks;
import org.timestation.community.Community;

/**
 * What every console screen works with: the hub (and through it the community's full node), the staff
 * desk, the one task executor, the one dialog service, the words, the clock, and who is signed in.
 */
public final class ConsoleContext {
    private final Hub hub;
    private final StaffDesk staff;
    private final Tasks tasks;
    private final DialogService dialogs;
    private final ConsoleText text;
    private final Clock clock;
    private final Duration idle;
    private StaffDesk.SignedIn signedIn;
    private org.timestation.admin.hub.Enrollment.Where enrollment;
    private org.timestation.admin.desk.DeskReader reader = org.timestation.admin.desk.DeskReader.none();

    public ConsoleContext(Hub hub, StaffDesk staff, Tasks tasks, DialogService dialogs, ConsoleText text, Clock clock, Duration idle) {
        this.hub = hub;
        this.staff = staff;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.text = text;
        this.clock = clock;
        this.idle = idle;
        // the window never waits for the ledger: a read or write on the FX thread is refused at once (docs/dev/screens.md)
        hub.community().forbidThreads(t -> javafx.application.Platform.isFxApplicationThread());
    }

    public Hub hub() {
        return hub;
    }

    public Community community() {
        return hub.community();
    }

    public StaffDesk staff() {
        return staff;
    }

    public Tasks tasks() {
        return tasks;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public ConsoleText text() {
        return text;
    }

    public Clock clock() {
        return clock;
    }

    /** After this long without a key or a click, whoever is signed in is signed out. */
    public Duration idle() {
        return idle;
    }

    /** The ID card reader on the desk (none unless set up: {@code devices.properties}, or the simulated one in demo mode). */
    public org.timestation.admin.desk.DeskReader reader() {
        return reader;
    }

    public void reader(org.timestation.admin.desk.DeskReader r) {
        this.reader = r;
    }

    /** Where new stations reach this hub (for their enrollment codes), or null while it does not serve. */
    public org.timestation.admin.hub.Enrollment.Where enrollment() {
        return enrollment;
    }

    public void enrollment(org.timestation.admin.hub.Enrollment.Where where) {
        this.enrollment = where;
    }

    public StaffDesk.SignedIn signedIn() {
        return signedIn;
    }

    void signedIn(StaffDesk.SignedIn who) {
        this.signedIn = who;
    }
}
