package org.timestation.proxy;

import org.timestation.ledger.Event;
import org.timestation.ledger.EventCodec;
import org.timestation.ledger.EventField;
import org.timestation.ledger.EventType;
import org.timestation.ledger.LedgerEvent;
import org.timestation.member.Identified;

/** Acts a building captain did for an elder (代办). */
public sealed interface ProxyEvent extends LedgerEvent permits ProxyEvent.Acted {

    static ProxyEvent of(Event e) {
        return EventCodec.decode(ProxyEvent.class, e);
    }

    @EventType(value = "proxy.acted", doc = "A captain acted for an elder who was identified in the same session (card or PIN); written "
            + "beside what the act made, shown on the elder's statement and in the monthly proxy report.")
    record Acted(
            @EventField("the captain") String captain,
            @EventField("the elder") String elder,
            @EventField("what was done") ProxyAct.Kind act,
            @EventField("what it made: the request's or the voucher's id") String ref,
            @EventField("how the elder proved who they are") Identified.Method identifiedBy) implements ProxyEvent {
    }
}
