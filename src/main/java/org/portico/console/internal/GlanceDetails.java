package org.portico.console.internal;

import java.util.List;
import java.util.Map;

import org.portico.commerce.OrderSummary;
import org.portico.commerce.Product;
import org.portico.commerce.StatementSummary;
import org.portico.console.FollowUp;
import org.portico.console.Note;
import org.portico.identity.AccountProfile;

/**
 * What the customer at a glance shows beyond the customer and their cases: the account, its
 * recent orders and statements (business accounts only), staff notes and sales follow-ups.
 *
 * @param account {@code null} when the account is gone
 * @param products the catalogue by product code, to name the products of follow-ups
 */
record GlanceDetails(AccountProfile account, List<OrderSummary> orders,
        List<StatementSummary> statements, List<Note> notes, List<FollowUp> followUps,
        Map<String, Product> products) {

    public boolean isBusiness() {
        return account != null && account.isBusiness();
    }
}
