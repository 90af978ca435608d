package org.timestation.kiosk.screen.myrequests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.timestation.catalogue.ServiceType;
import org.timestation.exchange.ExchangeState;
import org.timestation.exchange.Request;

/** 我的求助 shows what waits for the resident first, then help under way, then the newest. */
class MyRequestsOrderTest {
    static Request request(String id, long startAt, ExchangeState state) {
        return new Request(id, "M-1", ServiceType.ESCORT, startAt, "B-1", List.of(), null, 0, 0, null, 0, state, null, 0, 0, 0, 0,
                false, null, 0, 0, null, null, 0);
    }

    @Test
    void toConfirmFirstThenUnderWayThenNewestFirst() {
        Request old = request("R-old", 1_000, ExchangeState.OPEN);
        Request newer = request("R-new", 9_000, ExchangeState.ACCEPTED);
        Request middle = request("R-mid", 5_000, ExchangeState.OPEN);
        Request inService = request("R-svc", 2_000, ExchangeState.IN_SERVICE);
        Request ended = request("R-end", 500, ExchangeState.ENDED);
        List<Request> sorted = java.util.stream.Stream.of(old, newer, middle, inService, ended).sorted(MyRequestsModel.ORDER).toList();
        assertThat(sorted).extracting(Request::id).containsExactly("R-end", "R-svc", "R-new", "R-mid", "R-old");
    }
}
