package org.timestation.device;

/** Where the device loops report what they read: a card laid on a reader, a code scanned (on the loop's thread). */
public interface DeviceInput {
    void cardTapped(CardData card);

    void scanned(String text);
}
