package org.timestation.text;

import java.util.List;

/**
 * A rule said no. Carries a typed {@link ErrorCode}, its arguments, and the message in Chinese and
 * English telling the person what happened and what to do next. Thrown before anything is stored.
 */
public final class DomainException extends RuntimeException {
    private final ErrorCode code;
    private final transient List<Object> args;
    private transient Bilingual text;

    public DomainException(ErrorCode code, Object... args) {
        this(code, null, args);
    }

    public DomainException(ErrorCode code, Throwable cause, Object... args) {
        super(null, cause);
        this.code = code;
        this.args = List.of(args);
    }

    public ErrorCode code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }

    /** The message in both languages (formatted when first asked for: refusals are common, reading them less so). */
    public Bilingual text() {
        if (text == null) {
            text = Text.of(code.key(), args.toArray());
        }
        return text;
    }

    @Override
    public String getMessage() {
        return code + ": " + text();
    }
}
