package dev.switchboard.common;

/** Valid input that breaks a rule of the product (HTTP 422). */
public class RuleViolation extends RuntimeException {

    public RuleViolation(String message) {
        super(message);
    }
}
