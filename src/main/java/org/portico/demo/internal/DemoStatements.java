package org.portico.demo.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Random;

import org.portico.commerce.StatementLine;
import org.portico.commerce.StatementPayment;
import org.portico.commerce.Statements;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Payments for most of the demo's invoices (5 to 25 days after each), then the statements of
 * the last twelve closed months for every business account.
 */
@Component
@Order(30)
class DemoStatements implements DemoContribution {

    private static final int MONTHS = 12;
    private static final double PAID_SHARE = 0.85;

    private final Statements statements;

    DemoStatements(Statements statements) {
        this.statements = statements;
    }

    @Override
    public void load(DemoContext demo) {
        Random random = new Random(demo.seed() + 30);
        Instant today = demo.today().atStartOfDay(ZoneOffset.UTC).toInstant();
        for (long account : demo.businessAccountIds()) {
            payInvoices(account, random, today);
        }
        YearMonth current = YearMonth.from(demo.today());
        for (int back = MONTHS; back >= 1; back--) {
            statements.produce(current.minusMonths(back));
        }
    }

    private void payInvoices(long account, Random random, Instant today) {
        for (StatementLine invoice : statements.ledgerOf(account)) {
            if (!invoice.kind().equals(StatementLine.INVOICE) || invoice.amount().signum() <= 0
                    || random.nextDouble() >= PAID_SHARE) {
                continue;
            }
            Instant paid = invoice.occurredAt().plus(Duration.ofDays(5 + random.nextInt(21)));
            if (paid.isBefore(today)) {
                statements.recordPayment(new StatementPayment(account, invoice.amount(),
                        reference(invoice), paid,
                        "Bank transfer for " + invoice.reference()));
            }
        }
    }

    private static String reference(StatementLine invoice) {
        String reference = "PAY-" + invoice.reference();
        return reference.length() > 40 ? reference.substring(0, 40) : reference;
    }
}
