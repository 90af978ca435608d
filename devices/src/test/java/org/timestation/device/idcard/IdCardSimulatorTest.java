package org.timestation.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The simulated reader in demo mode: a card laid down right after another stays for its own moment
 * (the first card's lifting must not take the second one away; the real-window tour lost sign-ins so).
 */
class IdCardSimulatorTest {
    final IdCardSimulator reader = new IdCardSimulator(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream());

    @Test
    void liftingACardLeavesACardLaidAfterIt() {
        IdCardText first = TestCards.elder("11010519440315992");
        IdCardText second = TestCards.elder("11010519500101992");
        reader.place(first);
        reader.place(second);
        reader.lift(first);
        assertThat(reader.onReader()).isSameAs(second);
        reader.lift(second);
        assertThat(reader.onReader()).isNull();
    }
}
