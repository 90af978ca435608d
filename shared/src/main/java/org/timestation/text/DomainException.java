package org.timestation.text;

import java.util.List;

/**
 * A rule said no. Carries a typed {@link ErrorCode}, its arguments, and the message in Chinese and
 * English telling the person what happened and what to do next. Thrown before anything is stored.
 */
public final class DomainException extends RuntimeException {
    private final ErrorCode code;
    private final transient List<Object> args;
    private final Bilingual text;

    public DomainException(ErrorCode code, Object... args) {
        this(code, null, args);
    }

    public DomainException(ErrorCode code, Throwable cause, Object... args) {
        super(null, cause);
        this.code = code;
        this.args = List.of(args);
        this.text = Text.of(code.key(), args);
    }

    public ErrorCode code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }

    public Bilingual text() {
        return text;
    }

    @Override
    public String getMessage() {
        return code + ": " + text;
    }
}
