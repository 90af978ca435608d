package org.timestation.ledger;

/** The store could not read or write; nothing of the failed write was kept. */
public class LedgerStorageException extends RuntimeException {
    public LedgerStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
