package org.portico.console.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.portico.commerce.OrderDesk;
import org.portico.commerce.Product;
import org.portico.commerce.Statements;
import org.portico.console.CustomerNotes;
import org.portico.console.SalesFollowUps;
import org.portico.identity.AccountProfile;
import org.portico.identity.Directory;
import org.portico.platform.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Gathers the {@link GlanceDetails} of an account from the modules that own them.
 */
@Component
class GlanceSources {

    static final int RECENT_ORDERS = 5;
    static final int RECENT_STATEMENTS = 3;

    private final Directory directory;
    private final OrderDesk orders;
    private final Statements statements;
    private final CustomerNotes notes;
    private final SalesFollowUps followUps;

    GlanceSources(Directory directory, OrderDesk orders, Statements statements,
            CustomerNotes notes, SalesFollowUps followUps) {
        this.directory = directory;
        this.orders = orders;
        this.statements = statements;
        this.notes = notes;
        this.followUps = followUps;
    }

    /** The details of the account, with the notes on {@code customerId} too when given. */
    GlanceDetails of(long accountId, Long customerId) {
        AccountProfile account = directory.account(accountId).orElse(null);
        boolean business = account != null && account.isBusiness();
        return new GlanceDetails(account,
                business ? orders.recentOf(accountId, RECENT_ORDERS) : List.of(),
                business ? statements.statementsOf(accountId).stream().limit(RECENT_STATEMENTS)
                        .toList() : List.of(),
                notes.about(accountId, customerId), followUps.ofAccount(accountId), products());
    }

    /** @throws org.portico.platform.NotFoundException for an unknown account */
    AccountProfile requireAccount(long accountId) {
        return directory.account(accountId)
                .orElseThrow(() -> new NotFoundException("account " + accountId));
    }

    List<Product> catalogue() {
        return orders.catalogue();
    }

    Map<String, Product> products() {
        return orders.catalogue().stream().collect(Collectors.toMap(Product::code,
                Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
