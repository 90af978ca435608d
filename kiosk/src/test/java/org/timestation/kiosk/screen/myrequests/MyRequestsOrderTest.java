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
    void toConfirmFirstThenUnderWayThenTheSoonestToComeThenThePastNewestFirst() {
        long now = 3_000;
        Request old = request("R-old", 1_000, ExchangeState.OPEN);
        Request older = request("R-older", 200, ExchangeState.ACCEPTED);
        Request later = request("R-later", 9_000, ExchangeState.ACCEPTED);
        Request soon = request("R-soon", 5_000, ExchangeState.OPEN);
        Request inService = request("R-svc", 2_000, ExchangeState.IN_SERVICE);
        Request ended = request("R-end", 500, ExchangeState.ENDED);
        Request lapsed = request("R-lapsed", 100, ExchangeState.LAPSED);
        List<Request> sorted = java.util.stream.Stream.of(old, older, later, soon, inService, ended, lapsed).sorted(MyRequestsModel.order(now)).toList();
        assertThat(sorted).extracting(Request::id).containsExactly("R-end", "R-lapsed", "R-svc", "R-soon", "R-later", "R-old", "R-older");
    }

    @Test
    void tomorrowComesBeforeTheLaterDatesOfARepeat() {
        long day = 86_400_000L;
        List<Request> weekly = List.of(request("W1", 7 * day, ExchangeState.OPEN), request("W2", 14 * day, ExchangeState.OPEN),
                request("W3", 21 * day, ExchangeState.OPEN), request("W4", 28 * day, ExchangeState.OPEN));
        Request tomorrow = request("T", day, ExchangeState.ACCEPTED);
        List<Request> all = new java.util.ArrayList<>(weekly);
        all.add(tomorrow);
        assertThat(all.stream().sorted(MyRequestsModel.order(0)).map(Request::id).toList()).containsExactly("T", "W1", "W2", "W3", "W4");
    }
}
