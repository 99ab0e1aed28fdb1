package org.portico.commerce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An exact amount of money in one ISO 4217 currency, always with two decimals (cents, fen).
 *
 * <p>The rounding rule of Portico: prices are whole cents; a line total is the unit price times
 * a whole quantity, which is exact; a fractional factor (a tax rate or a discount, none of which
 * the catalogue uses yet) is applied once per line by {@link #times(BigDecimal)}, which rounds
 * half to even to the cent; an order total is the sum of its line totals and is never rounded
 * again. Amounts of different currencies are never added.
 *
 * @param amount the amount, scale 2
 * @param currency ISO 4217 code, for example {@code USD}
 */
public record Money(BigDecimal amount, String currency) {

    private static final int SCALE = 2;

    /**
     * @throws IllegalArgumentException for an unknown currency or an amount with more than two
     *     decimals
     */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Currency.getInstance(Objects.requireNonNull(currency, "currency"));
        if (amount.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException("More than two decimals: " + amount);
        }
        amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /** This amount times a whole quantity: exact, no rounding. */
    public Money times(int quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
    }

    /** This amount times a fraction (a rate), rounded half to even to the cent, once. */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor).setScale(SCALE, RoundingMode.HALF_EVEN),
                currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** For people: {@code $1,234.50}, {@code US$1,234.50} in Chinese, {@code ¥198.00}. */
    public String format(Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currency));
        format.setMinimumFractionDigits(SCALE);
        format.setMaximumFractionDigits(SCALE);
        return format.format(amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException(currency + " and " + other.currency + " differ");
        }
    }
}
