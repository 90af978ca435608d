package org.timestation.kiosk.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.timestation.kiosk.flows.SignInFlowTest.waitUntil;

import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.timestation.kiosk.app.KioskConfig;
import org.timestation.device.station.StationDevices;
import org.timestation.kiosk.testing.KioskFlowTest;
import org.timestation.member.Member;

/**
 * A station without devices.properties: no reader or printer configured (the devices say so), and a
 * keyboard-wedge scanner whose fast burst of keys signs a member in, while slow typing does nothing.
 */
class WedgeScannerFlowTest extends KioskFlowTest {
    @Override
    protected KioskConfig config() {
        return new KioskConfig(data(), false, false, true, node()); // real devices, none configured
    }

    void type(String text, long gapMillis) throws Exception {
        for (char c : text.toCharArray()) {
            WaitForAsyncUtils.asyncFx(() -> Event.fireEvent(stage.getScene().getRoot(),
                    new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED, false, false, false, false))).get();
            if (gapMillis > 0) {
                Thread.sleep(gapMillis);
            }
        }
    }

    @Test
    void aScannerBurstSignsInAndSlowTypingDoesNot(FxRobot robot) throws Exception {
        assertThat(shell.station().state(StationDevices.READER).key()).isEqualTo("device.not-configured");
        assertThat(shell.station().state(StationDevices.PRINTER).key()).isEqualTo("device.not-configured");
        assertThat(shell.station().state(StationDevices.SCANNER).key()).isEqualTo("scanner.wedge");
        Member elder = shell.community().members().byPhone("13800000001").get(0);
        String code = shell.community().memberCodes().codeFor(elder.id());
        type(code.substring(0, 6) + "\r", 150); // a person pressing keys
        Thread.sleep(300);
        assertThat(shell.session().member().get()).isNull();
        StringBuilder burst = new StringBuilder(code).append('\r');
        WaitForAsyncUtils.asyncFx(() -> { // the scanner: every key within a millisecond
            for (char c : burst.toString().toCharArray()) {
                Event.fireEvent(stage.getScene().getRoot(),
                        new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED, false, false, false, false));
            }
        }).get();
        waitUntil(() -> shell.session().member().get() != null);
        assertThat(shell.session().member().get().id()).isEqualTo(elder.id());
    }
}
