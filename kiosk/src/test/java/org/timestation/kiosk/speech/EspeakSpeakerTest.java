package org.timestation.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.timestation.text.Text;

class EspeakSpeakerTest {
    @Test
    void chineseIsSpokenWithTheMandarinVoiceAndTheTextIsNeverTakenForAnOption() {
        EspeakSpeaker s = new EspeakSpeaker("/usr/bin/espeak-ng");
        assertThat(s.commandFor("-请刷身份证", Text.ZH)).containsExactly("/usr/bin/espeak-ng", "-v", "cmn", "-s", "140", "--", "-请刷身份证");
        assertThat(s.commandFor("Tap your card", Text.EN)).contains("en").endsWith("--", "Tap your card");
    }

    @Test
    void withoutASpeechEngineTheKioskSaysItCannotSpeak() {
        assertThat(Speaker.NONE.speak("你好", Text.ZH)).isFalse();
    }
}
