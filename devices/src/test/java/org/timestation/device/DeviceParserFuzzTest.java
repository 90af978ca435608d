package org.timestation.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.timestation.device.printer.EscPosPrinterDriver;
import org.timestation.device.printer.PrinterProtocolException;
import org.timestation.device.printer.PrinterSimulator;
import org.timestation.device.scanner.KeyWedgeDecoder;
import org.timestation.device.scanner.ScanException;
import org.timestation.device.scanner.ScanLineReader;

/**
 * Random bytes into every parser of device data (the SAM frame reader has its own in
 * {@code SamFrameReaderTest}): no exception but the typed ones, no hang, memory bounded.
 */
class DeviceParserFuzzTest {
    @Property(tries = 300)
    void randomBytesFromAScannerAreCodesOrTypedRefusals(@ForAll @Size(max = 6000) byte[] noise) throws IOException {
        ScanLineReader r = new ScanLineReader(new ByteArrayInputStream(noise));
        int lines = 0;
        while (true) {
            try {
                String code = r.next();
                if (code == null) {
                    break;
                }
                assertThat(code.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(ScanLineReader.MAX_BYTES);
                assertThat(code).doesNotContain("\r", "\n").isNotEmpty();
            } catch (ScanException refused) {
                // typed: the reader goes on
            }
            assertThat(++lines).isLessThanOrEqualTo(noise.length + 1); // always makes progress
        }
    }

    @Property(tries = 300)
    void randomBytesSentToThePrinterSimulatorNeverBreakIt(@ForAll @Size(max = 6000) byte[] noise) throws IOException {
        PrinterSimulator sim = new PrinterSimulator();
        for (byte b : noise) {
            sim.feed(b);
        }
        for (String line : sim.lines()) {
            assertThat(line.length()).isLessThanOrEqualTo(8192);
        }
        List<String> qrs = sim.qrCodes();
        assertThat(qrs.size()).isLessThanOrEqualTo(noise.length);
    }

    @Property(tries = 300)
    void randomAnswersFromAPrinterAreTypedErrors(@ForAll @Size(max = 64) byte[] answers) {
        EscPosPrinterDriver d = new EscPosPrinterDriver(new ByteArrayInputStream(answers), java.io.OutputStream.nullOutputStream());
        try {
            d.print(new byte[] {'x', '\n'});
        } catch (IOException | PrinterProtocolException typed) {
            // no answer, or not a status byte
        }
    }

    @Property(tries = 300)
    void randomKeysAndTimesNeverBreakTheWedgeDecoder(@ForAll @Size(max = 3000) char[] keys, @ForAll @Size(max = 3000) long[] gaps) {
        KeyWedgeDecoder d = new KeyWedgeDecoder();
        long t = 0;
        for (int i = 0; i < keys.length; i++) {
            t += gaps.length == 0 ? 1 : Math.floorMod(gaps[i % gaps.length], 200_000_000L);
            d.typed(keys[i], t).ifPresent(code -> assertThat(code.length()).isBetween(KeyWedgeDecoder.MIN_LENGTH, KeyWedgeDecoder.MAX_LENGTH));
        }
    }

    @Property(tries = 300)
    void randomReadMessagesAreCardsOrTypedRefusals(@ForAll @Size(max = 1400) byte[] data, @ForAll byte sw3) {
        org.timestation.device.idcard.SamFrame.Response r = new org.timestation.device.idcard.SamFrame.Response(
                org.timestation.device.idcard.SamStatus.SUCCESS, sw3 & 0xFF, data);
        try {
            org.timestation.device.idcard.IdCardText card = org.timestation.device.idcard.SamFrame.baseMessage(r);
            assertThat(card.name()).isNotNull();
        } catch (org.timestation.device.idcard.SamProtocolException typed) {
            // refused with a reason
        }
    }

    @Property(tries = 300)
    void randomRequestFramesAreCommandsOrTypedRefusals(@ForAll @Size(max = 64) byte[] frame) {
        try {
            org.timestation.device.idcard.SamFrame.parseRequest(frame);
        } catch (org.timestation.device.idcard.SamProtocolException typed) {
            // refused with a reason
        }
    }
}
