package org.portico.commerce.internal.statements;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.portico.commerce.StatementRun;
import org.portico.commerce.Statements;
import org.portico.platform.CommandArguments;
import org.portico.platform.PorticoCommand;
import org.springframework.stereotype.Component;

/**
 * {@code statements run --month=2026-11}: produces a closed month's statements now, prints
 * the accounts that failed and one summary line; exits 1 when any account failed.
 */
@Component
class StatementsRunCommand implements PorticoCommand {

    private final Statements statements;

    StatementsRunCommand(Statements statements) {
        this.statements = statements;
    }

    @Override
    public String name() {
        return "statements run";
    }

    @Override
    public int run(CommandArguments arguments) {
        YearMonth month;
        try {
            month = YearMonth.parse(arguments.option("month").orElse(""));
        } catch (DateTimeParseException e) {
            System.err.println("Usage: statements run --month=YYYY-MM");
            return 2;
        }
        try {
            StatementRun run = statements.produce(month);
            run.failures().forEach(failure -> System.err.println(
                    "failed: account " + failure.accountId() + ": " + failure.reason()));
            System.out.println(run.line());
            return run.failures().isEmpty() ? 0 : 1;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }
}
