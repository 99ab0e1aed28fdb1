package org.portico.demo.internal;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import org.portico.commerce.OrderDesk;
import org.portico.commerce.Product;
import org.portico.console.CustomerNotes;
import org.portico.console.FollowUpStatus;
import org.portico.console.NewFollowUp;
import org.portico.console.NewNote;
import org.portico.console.SalesFollowUps;
import org.portico.identity.Directory;
import org.portico.identity.NewUser;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The salesperson {@code sales@example.com}, staff notes on the demo business and a dozen sales
 * follow-ups in every status, so that the sales list and its outcome have something to show.
 */
@Component
@Order(40)
class DemoSales implements DemoContribution {

    static final String EMAIL = "sales@example.com";
    private static final int FOLLOW_UPS = 12;
    private static final String[] INTERESTS = {
        "Wants the sales-tax wizard for two more states",
        "Asked whether payroll can run weekly for seasonal staff",
        "Interested in more seats for the bookkeeping team",
        "Wants to move from spreadsheets to automatic bank feeds",
    };

    private final Directory directory;
    private final CustomerNotes notes;
    private final SalesFollowUps followUps;
    private final OrderDesk orders;

    DemoSales(Directory directory, CustomerNotes notes, SalesFollowUps followUps,
            OrderDesk orders) {
        this.directory = directory;
        this.notes = notes;
        this.followUps = followUps;
        this.orders = orders;
    }

    @Override
    public void load(DemoContext demo) {
        long salesId = directory.createUserWithHash(new NewUser(EMAIL, "Dana Sales", Role.SALES,
                null, null, "en", "UTC",
                demo.today().minusYears(1).atStartOfDay().toInstant(ZoneOffset.UTC)),
                directory.hashPassword(DemoOrganisation.PASSWORD));
        PorticoUser agent = staff(demo.agentIds().get(0), Role.AGENT);
        PorticoUser sales = staff(salesId, Role.SALES);
        addNotes(demo, agent);
        addFollowUps(demo, agent, sales);
    }

    private void addNotes(DemoContext demo, PorticoUser agent) {
        long bakery = demo.businessAccountIds().get(0);
        long admin = demo.contactsByAccount().get(bakery).get(0);
        notes.add(agent, new NewNote(bakery, null,
                "Busy before holidays: call after 2 pm, mornings are for baking.", true));
        notes.add(agent, new NewNote(bakery, admin,
                "Prefers email to phone; files sales tax quarterly.", false));
    }

    private void addFollowUps(DemoContext demo, PorticoUser agent, PorticoUser sales) {
        Random random = new Random(demo.seed() + 40);
        List<Product> products = orders.catalogue();
        List<Long> accounts = demo.businessAccountIds();
        FollowUpStatus[] statuses = FollowUpStatus.values();
        for (int i = 0; i < FOLLOW_UPS; i++) {
            long account = accounts.get(i % Math.min(accounts.size(), 8));
            long id = followUps.create(agent, new NewFollowUp(account,
                    demo.contactsByAccount().get(account).get(0), null,
                    products.get(random.nextInt(products.size())).code(),
                    INTERESTS[random.nextInt(INTERESTS.length)])).id();
            FollowUpStatus status = statuses[i % statuses.length];
            if (status != FollowUpStatus.OPEN) {
                followUps.changeStatus(sales, id, status, null);
            }
        }
    }

    private static PorticoUser staff(long id, Role role) {
        return new PorticoUser(id, "staff-" + id + "@example.com", "Staff", role, null, "en",
                null);
    }
}
