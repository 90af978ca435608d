package org.timestation.admin.app.signin;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.timestation.admin.app.ConsoleContext;
import org.timestation.admin.staff.StaffDesk;
import org.timestation.admin.ui.Controller;
import org.timestation.member.Member;

/**
 * Sign-in, and the console's first start: with no manager able to sign in, the first manager account
 * is made (for a manager the community has, or by registering one). Passwords are checked on the task
 * executor (Argon2id takes a moment), never on the FX thread.
 */
public final class SignInController implements Controller {
    private final ConsoleContext ctx;
    private final Consumer<StaffDesk.SignedIn> onSignedIn;
    private final SignInModel model = new SignInModel();
    private SignInView view;

    private final String notice;

    /** {@code notice}: what to say first (why the last person was signed out), or "". */
    public SignInController(ConsoleContext ctx, Consumer<StaffDesk.SignedIn> onSignedIn, String notice) {
        this.ctx = ctx;
        this.onSignedIn = onSignedIn;
        this.notice = notice;
    }

    @Override
    public Node view() {
        return view.root();
    }

    private record Start(SignInModel.Mode mode, List<SignInModel.Person> people) {
    }

    @Override
    public void onActivate() {
        view = new SignInView(model, this, ctx.text());
        model.mode.set(SignInModel.Mode.LOADING);
        StaffDesk desk = ctx.staff();
        run(() -> {
            if (!desk.needsFirstManager()) {
                return new Start(SignInModel.Mode.SIGN_IN, people(desk.accountHolders()));
            }
            List<Member> managers = desk.managersWithoutAccount();
            return managers.isEmpty() ? new Start(SignInModel.Mode.REGISTER, List.of()) : new Start(SignInModel.Mode.CLAIM, people(managers));
        }, start -> {
            model.people.setAll(start.people());
            model.mode.set(start.mode());
            model.message.set(notice);
        });
        model.message.set(notice); // said from the first frame (run starts with a blank message), not once the names are read
    }

    private List<SignInModel.Person> people(List<Member> members) {
        return members.stream().map(m -> new SignInModel.Person(m.id(), m.maskedName() + "（" + m.id() + "）"
                + (m.has(org.timestation.member.Role.MANAGER) ? " · " + ctx.text().t("role.manager") : ""))).toList();
    }

    @Override
    public void onDeactivate() {
        model.people.clear();
        view = null;
    }

    /** A card on the desk reader before anyone signs in: it finds nobody yet, and the screen says so. */
    @Override
    public boolean onCard(org.timestation.device.CardData card) {
        model.message.set(ctx.text().t("signin.card-first"));
        return true;
    }

    void signIn(SignInModel.Person who, String password) {
        if (who == null) {
            model.message.set(ctx.text().t("signin.choose"));
            return;
        }
        run(() -> ctx.staff().signIn(who.memberId(), password), onSignedIn);
    }

    void claim(SignInModel.Person who, String password, String again) {
        if (who == null) {
            model.message.set(ctx.text().t("signin.choose"));
            return;
        }
        run(() -> ctx.staff().firstManager(who.memberId(), password, again), onSignedIn);
    }

    void register(String name, String idNumber, String phone, String address, String password, String again) {
        run(() -> ctx.staff().firstManager(name, idNumber, phone, address, password, again), onSignedIn);
    }

    private <T> void run(java.util.function.Supplier<T> work, Consumer<T> done) {
        model.working.set(true);
        model.message.set("");
        ctx.tasks().run(work, value -> {
            model.working.set(false);
            done.accept(value);
        }, failed -> {
            model.working.set(false);
            model.message.set(ctx.text().why(failed));
        });
    }
}
