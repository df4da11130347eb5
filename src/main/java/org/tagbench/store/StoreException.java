package org.tagbench.store;

/** A database operation failed; the message says which workspace file and what was attempted. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
