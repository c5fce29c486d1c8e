package dev.switchboard.common;

import java.util.List;

/** Input that cannot be accepted as it is (HTTP 400), with the fields at fault. */
public class BadRequest extends RuntimeException {

    private final List<FieldError> errors;

    public BadRequest(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public BadRequest(String field, String message) {
        this(message, List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    public record FieldError(String field, String message) {
    }
}
