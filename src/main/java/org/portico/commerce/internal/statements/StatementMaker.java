package org.portico.commerce.internal.statements;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.portico.commerce.StatementDetail;
import org.portico.commerce.StatementLine;
import org.portico.commerce.StatementSummary;
import org.portico.identity.AccountProfile;

/**
 * The arithmetic of one statement: opening balance, the month's entries with a running
 * balance, totals per kind and the closing balance. Amounts keep two decimals; entries are
 * already exact, so nothing is rounded here.
 */
final class StatementMaker {

    private StatementMaker() {
    }

    /** The first instant of the month, in UTC. */
    static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the month, in UTC. */
    static Instant end(YearMonth month) {
        return start(month.plusMonths(1));
    }

    /** For example {@code ST-42-00003}: the account id and the account's sequence number. */
    static String number(long accountId, int sequence) {
        return "ST-" + accountId + "-" + String.format("%05d", sequence);
    }

    static StatementDetail make(AccountProfile account, YearMonth month, int sequence,
            BigDecimal opening, List<StatementStore.Entry> entries, Instant producedAt) {
        BigDecimal balance = money(opening);
        BigDecimal invoices = BigDecimal.ZERO.setScale(2);
        BigDecimal payments = invoices;
        BigDecimal credits = invoices;
        List<StatementLine> lines = new ArrayList<>(entries.size());
        for (StatementStore.Entry entry : entries) {
            requireSameCurrency(account, entry);
            BigDecimal amount = money(entry.amount());
            balance = balance.add(amount);
            switch (entry.kind()) {
                case StatementLine.INVOICE -> invoices = invoices.add(amount);
                case StatementLine.PAYMENT -> payments = payments.add(amount);
                case StatementLine.CREDIT -> credits = credits.add(amount);
                default -> throw new IllegalStateException(
                        "ledger entry " + entry.id() + " has unknown kind " + entry.kind());
            }
            lines.add(new StatementLine(entry.kind(), entry.occurredAt(), entry.reference(),
                    entry.description(), amount, balance));
        }
        LocalDate first = month.atDay(1);
        StatementSummary summary = new StatementSummary(number(account.id(), sequence),
                account.id(), month, first, month.atEndOfMonth(), account.currency(),
                money(opening), balance, producedAt);
        return new StatementDetail(summary, account.name(), invoices, payments, credits, lines);
    }

    private static void requireSameCurrency(AccountProfile account, StatementStore.Entry entry) {
        if (!account.currency().equals(entry.currency())) {
            throw new IllegalStateException("ledger entry " + entry.reference() + " is in "
                    + entry.currency() + " but the account keeps " + account.currency());
        }
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
