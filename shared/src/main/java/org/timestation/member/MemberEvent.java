package org.timestation.member;

import java.util.List;
import org.timestation.ledger.Event;
import org.timestation.ledger.EventCodec;
import org.timestation.ledger.EventField;
import org.timestation.ledger.EventType;
import org.timestation.ledger.LedgerEvent;

/** Members, their kiosk registrations (自助登记) and their PINs. */
public sealed interface MemberEvent extends LedgerEvent {

    static MemberEvent of(Event e) {
        return EventCodec.decode(MemberEvent.class, e);
    }

    @EventType(value = "member.registered", doc = "A resident became a member, from their ID card's data. The ID number itself is "
            + "never stored: only its keyed hash (to recognise the card) and its last four characters. The birth date is sealed with the "
            + "community key: only a node holding the key can tell an age (decision 0020).")
    record Registered(
            @EventField("the member number (derived from the ID number's keyed hash)") String member,
            @EventField("the name on the ID card") String name,
            @EventField("from the ID card") Gender gender,
            @EventField(value = "the birth date in clear, YYYY-MM-DD: only in events written before release 0.2", optional = true)
            String birthDate,
            @EventField(value = "the birth date sealed with the community key for this member (AES-256-GCM, `b1.` + Base64url)",
                    optional = true) String birth,
            @EventField("the address on the ID card") String address,
            @EventField("HMAC-SHA256 of the ID number under the community key, hex: finds the member when the card is tapped")
            String idHash,
            @EventField("the ID number masked: its last four characters (events before release 0.2 also kept the region code)") String idMasked,
            @EventField("the mobile number (shown only masked)") String phone,
            @EventField("what the member may do") List<Role> roles,
            @EventField("whether the mutual-aid pool covers the member's shortfall like an elder's") boolean hardship)
            implements MemberEvent {
        public Registered {
            roles = List.copyOf(roles);
        }
    }

    @EventType(value = "member.roles-changed", doc = "Staff changed a member's roles (volunteer, captain, merchant, staff …).")
    record RolesChanged(
            @EventField("the member") String member,
            @EventField("the roles from now on (always including MEMBER)") List<Role> roles,
            @EventField("who changed them") String operator,
            @EventField("why") String reason) implements MemberEvent {
        public RolesChanged {
            roles = List.copyOf(roles);
        }
    }

    @EventType(value = "member.hardship-changed", doc = "Staff marked or cleared a hardship: the mutual-aid pool then pays this member's "
            + "shortfall like an elder's.")
    record HardshipChanged(
            @EventField("the member") String member,
            @EventField("marked (true) or cleared (false)") boolean hardship,
            @EventField("who decided") String operator,
            @EventField("why") String reason) implements MemberEvent {
    }

    @EventType(value = "member.code-issued", doc = "A member code (会员码) was printed for a member: it signs in at any station "
            + "until it expires (the policy's days) or a newer one is printed, which makes every older code stop working.")
    record CodeIssued(
            @EventField("the member") String member,
            @EventField("the code's generation: only the member's latest generation signs in") long generation) implements MemberEvent {
    }

    @EventType(value = "member.bulletin-name", doc = "A member agreed to have their full name printed in the monthly trust bulletin "
            + "(互助达人, the trust board), or withdrew it; without it the bulletin shows the name masked (王*英). Set by the member "
            + "at a station, or by staff for them with a reason.")
    record BulletinName(
            @EventField("the member") String member,
            @EventField("their full name shown (true) or masked (false)") boolean shown,
            @EventField("who set it: the member, or a staff member") String by,
            @EventField("why, when staff set it for the member (empty when the member did)") String reason) implements MemberEvent {
    }

    @EventType(value = "application.submitted", doc = "A resident registered at the kiosk (card data, phone, PIN chosen twice); the "
            + "registration waits for the staff. Its id is this event's id.")
    record ApplicationSubmitted(
            @EventField("the member-to-be, as member.registered will record them") Registered member,
            @EventField("the PIN's stored form (never the PIN)") String pinHash) implements MemberEvent {
    }

    @EventType(value = "application.decided", doc = "Staff approved or rejected a kiosk registration. An approval is followed in the "
            + "same commit by member.registered and pin.set.")
    record ApplicationDecided(
            @EventField("the registration (the id of its application.submitted event)") String application,
            @EventField("approved (true) or rejected (false)") boolean approved,
            @EventField("who decided") String operator,
            @EventField("why (e.g. the ID card was checked in person)") String reason) implements MemberEvent {
    }

    @EventType(value = "pin.set", doc = "A member's PIN was set or changed (the phone + PIN sign-in). Only the PIN's stored form is kept.")
    record PinSet(
            @EventField("the member") String member,
            @EventField("the PIN's stored form") String hash) implements MemberEvent {
    }
}
