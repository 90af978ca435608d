package org.timestation.kiosk.session;

import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.timestation.member.Identified;
import org.timestation.member.Member;
import org.timestation.text.Text;

/**
 * Who is at the kiosk now (FX thread only): the signed-in member and how they identified, the
 * elder a captain is acting for (代办), the language and the large-text mode. Signing out forgets
 * the people; the language and text size go back to the defaults.
 */
public final class Session {
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(Text.ZH);
    private final BooleanProperty large = new SimpleBooleanProperty(false);
    private final ObjectProperty<Member> member = new SimpleObjectProperty<>();
    private final ObjectProperty<Member> elder = new SimpleObjectProperty<>();
    private final ObjectProperty<java.time.ZoneId> zone = new SimpleObjectProperty<>(java.time.ZoneId.of("Asia/Shanghai"));
    /** Signed in with a member code only: whoever holds the slip holds the code, so the name is shown masked. */
    private final javafx.beans.property.BooleanProperty byCodeOnly = new javafx.beans.property.SimpleBooleanProperty();
    private Identified memberProof;
    private Identified elderProof;

    public ObjectProperty<Locale> locale() {
        return locale;
    }

    /** The community's time zone (its policy's), for every date and time on screen. */
    public ObjectProperty<java.time.ZoneId> zone() {
        return zone;
    }

    public BooleanProperty large() {
        return large;
    }

    public ReadOnlyObjectProperty<Member> member() {
        return member;
    }

    /** The elder a captain acts for, or null. */
    public ReadOnlyObjectProperty<Member> elder() {
        return elder;
    }

    public boolean signedIn() {
        return member.get() != null;
    }

    public void signIn(Member m, Identified proof) {
        elder.set(null);
        elderProof = null;
        memberProof = proof;
        byCodeOnly.set(proof == null || proof.method() == Identified.Method.QR);
        member.set(m);
    }

    /** True while the member is signed in by member code only (the frame then greets them by masked name). */
    public javafx.beans.property.ReadOnlyBooleanProperty byCodeOnly() {
        return byCodeOnly;
    }

    /** A captain starts acting for an elder who identified at this kiosk just now. */
    public void actFor(Member e, Identified proof) {
        elderProof = proof;
        elder.set(e);
    }

    public void endProxy() {
        elder.set(null);
        elderProof = null;
    }

    /** Whose credits a screen works on: the elder during 代办, else the member. */
    public Member subject() {
        return elder.get() != null ? elder.get() : member.get();
    }

    public Identified elderProof() {
        return elderProof;
    }

    public Identified memberProof() {
        return memberProof;
    }

    /** True when the member signed in with a member code only (it signs in; it cannot give, redeem or confirm). */
    public boolean codeOnly() {
        return member.get() != null && byCodeOnly.get();
    }

    /**
     * The signed-in member tapped their card (or proved it otherwise) after signing in with a member
     * code: the session now holds the stronger proof. False when nothing changed.
     */
    public boolean strengthen(Identified proof) {
        if (!codeOnly() || proof.method() == Identified.Method.QR || !proof.memberId().equals(member.get().id())) {
            return false;
        }
        memberProof = proof;
        byCodeOnly.set(false);
        return true;
    }

    public void signOut() {
        elder.set(null);
        elderProof = null;
        memberProof = null;
        byCodeOnly.set(false);
        member.set(null);
        large.set(false);
        locale.set(Text.ZH);
    }
}
