package org.portico.commerce.internal.statements;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.portico.commerce.StatementDetail;
import org.portico.commerce.StatementLine;
import org.portico.commerce.StatementPayment;
import org.portico.commerce.StatementRun;
import org.portico.commerce.StatementSummary;
import org.portico.commerce.Statements;
import org.portico.identity.AccountProfile;
import org.portico.identity.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link Statements} of this installation: reads from the store, production by the
 * {@link StatementJob}, documents by {@link StatementPdf} and {@link StatementCsv}.
 */
@Service
class StatementService implements Statements {

    private static final Logger log = LoggerFactory.getLogger(StatementService.class);
    private static final int REFERENCE_LENGTH = 40;
    private static final int NOTE_LENGTH = 300;

    private final StatementStore store;
    private final StatementJob job;
    private final StatementPdf pdf;
    private final StatementCsv csv;
    private final Directory directory;

    StatementService(StatementStore store, StatementJob job, StatementPdf pdf, StatementCsv csv,
            Directory directory) {
        this.store = store;
        this.job = job;
        this.pdf = pdf;
        this.csv = csv;
        this.directory = directory;
    }

    @Override
    public List<StatementSummary> statementsOf(long accountId) {
        return store.summaries(accountId);
    }

    @Override
    public Optional<StatementDetail> statement(long accountId, String number) {
        return store.detail(accountId, number);
    }

    @Override
    public StatementRun produce(YearMonth month) {
        return job.produce(month);
    }

    @Override
    @Transactional
    public StatementLine recordPayment(StatementPayment payment) {
        AccountProfile account = directory.account(payment.accountId())
                .filter(AccountProfile::isBusiness)
                .orElseThrow(() -> new IllegalArgumentException("No business account "
                        + payment.accountId()));
        validate(payment);
        BigDecimal amount = payment.amount().setScale(2).negate();
        String note = payment.note() == null || payment.note().isBlank() ? "Payment received"
                : payment.note().strip();
        store.insertPayment(account.id(), payment.reference().strip(), note, amount,
                account.currency(), payment.receivedAt());
        log.info("Payment {} of {} {} recorded for account {}", payment.reference().strip(),
                payment.amount(), account.currency(), account.id());
        return new StatementLine(StatementLine.PAYMENT, payment.receivedAt(),
                payment.reference().strip(), note, amount, null);
    }

    @Override
    public List<StatementLine> ledgerOf(long accountId) {
        BigDecimal balance = BigDecimal.ZERO.setScale(2);
        List<StatementLine> lines = new ArrayList<>();
        for (StatementStore.Entry entry : store.allEntries(accountId)) {
            balance = balance.add(entry.amount());
            lines.add(new StatementLine(entry.kind(), entry.occurredAt(), entry.reference(),
                    entry.description(), entry.amount(), balance));
        }
        return lines;
    }

    @Override
    public byte[] pdf(StatementDetail statement, Locale language) {
        return pdf.render(statement, language);
    }

    @Override
    public byte[] csv(StatementDetail statement, Locale language) {
        return csv.render(statement, language);
    }

    private static void validate(StatementPayment payment) {
        if (payment.amount() == null || payment.amount().signum() <= 0
                || payment.amount().scale() > 2) {
            throw new IllegalArgumentException("A payment is a positive amount with at most"
                    + " two decimals");
        }
        if (payment.reference() == null || payment.reference().isBlank()
                || payment.reference().strip().length() > REFERENCE_LENGTH) {
            throw new IllegalArgumentException("A payment needs a reference of at most "
                    + REFERENCE_LENGTH + " characters");
        }
        if (payment.note() != null && payment.note().length() > NOTE_LENGTH) {
            throw new IllegalArgumentException("A payment note has at most " + NOTE_LENGTH
                    + " characters");
        }
        if (payment.receivedAt() == null) {
            throw new IllegalArgumentException("A payment needs the time it was received");
        }
    }
}
