package org.portico.commerce;

import java.math.BigDecimal;
import java.util.List;

/**
 * A statement with its lines, oldest first, and the month's totals per kind of entry.
 *
 * @param accountName the account's name when the statement was produced
 * @param invoices sum of the month's invoices (positive)
 * @param payments sum of the month's payments (negative)
 * @param credits sum of the month's credits (negative)
 */
public record StatementDetail(StatementSummary summary, String accountName, BigDecimal invoices,
        BigDecimal payments, BigDecimal credits, List<StatementLine> lines) {

    public List<StatementLine> linesOf(String kind) {
        return lines.stream().filter(line -> line.kind().equals(kind)).toList();
    }
}
