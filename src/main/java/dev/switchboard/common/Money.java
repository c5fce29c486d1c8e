package dev.switchboard.common;

import java.math.BigDecimal;

/** An amount with its currency; the amount travels as a decimal string. */
public record Money(String amount, String currency) {

    public static Money of(BigDecimal amount, String currency) {
        return new Money(amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(), currency);
    }
}
