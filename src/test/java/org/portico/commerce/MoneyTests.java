package org.portico.commerce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class MoneyTests {

    @Test
    void multipliesByWholeQuantitiesExactly() {
        assertEquals(Money.of("49.90", "USD"), Money.of("4.99", "USD").times(10));
        assertEquals(Money.of("5994.00", "CNY"), Money.of("6.00", "CNY").times(999));
    }

    @Test
    void roundsFractionalFactorsHalfToEvenOnce() {
        assertEquals(Money.of("0.62", "USD"), Money.of("12.50", "USD").times(new BigDecimal("0.05")));
        assertEquals(Money.of("0.02", "USD"), Money.of("0.25", "USD").times(new BigDecimal("0.1")));
        assertEquals(Money.of("0.04", "USD"), Money.of("0.35", "USD").times(new BigDecimal("0.1")));
    }

    @Test
    void sumsLineTotalsWithoutRoundingAgain() {
        Cart cart = new Cart("EUR", List.of(
                new OrderLine("a", "A", "A", Money.of("0.10", "EUR"), 3, Money.of("0.30", "EUR")),
                new OrderLine("b", "B", "B", Money.of("11.90", "EUR"), 2,
                        Money.of("23.80", "EUR"))));

        assertEquals(Money.of("24.10", "EUR"), cart.total());
    }

    @Test
    void refusesMoreThanTwoDecimalsAndMixedCurrencies() {
        assertThrows(IllegalArgumentException.class, () -> Money.of("1.005", "USD"));
        assertThrows(IllegalArgumentException.class,
                () -> Money.of("1.00", "USD").plus(Money.of("1.00", "EUR")));
        assertThrows(IllegalArgumentException.class, () -> Money.of("1.00", "XYZ1"));
    }

    @Test
    void keepsTwoDecimalsAndFormatsForTheReader() {
        assertEquals("30.00 USD", Money.of("30", "USD").toString());
        assertEquals("$1,234.50", Money.of("1234.5", "USD").format(Locale.US));
        assertEquals(Money.of("-12.50", "USD"), Money.of("12.50", "USD").negate());
    }
}
