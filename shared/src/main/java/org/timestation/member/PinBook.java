package org.timestation.member;

import java.util.Optional;
import org.timestation.ledger.Event;
import org.timestation.ledger.RowTable;

/** Members' PIN hashes (never the PIN), built from {@code pin.set} events. */
public final class PinBook extends RowTable.Part {
    private final RowTable<String> hashes = table("pin", h -> h, h -> h);

    @Override
    public String prefix() {
        return "pin.";
    }

    @Override
    public void apply(Event e) {
        if (MemberEvent.of(e) instanceof MemberEvent.PinSet p) {
            hashes.put(p.member(), p.hash());
        }
    }

    public Optional<String> hash(String memberId) {
        return hashes.get(memberId);
    }
}
