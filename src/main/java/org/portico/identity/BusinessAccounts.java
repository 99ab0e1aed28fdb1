package org.portico.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Company details, contacts and memberships of customer accounts, and the history of every
 * change to the details. Callers validate input at the edge; this service stores it.
 */
@Service
public class BusinessAccounts {

    private static final Logger log = LoggerFactory.getLogger(BusinessAccounts.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    BusinessAccounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<AccountDetails> details(long accountId) {
        return jdbc.sql("""
                SELECT a.id, a.name, a.kind, a.currency, a.country, a.billing_contact_id,
                       u.display_name AS contact_name
                FROM customer_account a LEFT JOIN app_user u ON u.id = a.billing_contact_id
                WHERE a.id = ?""")
                .param(accountId)
                .query((rs, n) -> new AccountDetails(rs.getLong("id"), rs.getString("kind"),
                        rs.getString("currency"), rs.getString("country"),
                        new CompanyDetails(rs.getString("name"), address(accountId, "BILLING"),
                                address(accountId, "SHIPPING"),
                                rs.getObject("billing_contact_id", Long.class),
                                taxIds(accountId)),
                        rs.getString("contact_name")))
                .optional();
    }

    /** Everyone who acts or acted for the account, administrators first. */
    public List<Contact> contacts(long accountId) {
        return jdbc.sql("""
                SELECT u.id, u.display_name, u.email, m.role, m.active
                FROM account_membership m JOIN app_user u ON u.id = m.user_id
                WHERE m.account_id = ?
                ORDER BY m.active DESC, m.role, u.display_name, u.id""")
                .param(accountId)
                .query((rs, n) -> new Contact(rs.getLong("id"), rs.getString("display_name"),
                        rs.getString("email"), Role.valueOf(rs.getString("role")),
                        rs.getBoolean("active")))
                .list();
    }

    public Optional<Contact> contact(long accountId, long userId) {
        return contacts(accountId).stream().filter(c -> c.userId() == userId).findFirst();
    }

    /** The changes of an account's details, newest first. */
    public List<AccountChange> history(long accountId) {
        return jdbc.sql("""
                SELECT c.changed_at, u.display_name, c.field, c.old_value, c.new_value
                FROM account_change c LEFT JOIN app_user u ON u.id = c.changed_by
                WHERE c.account_id = ? ORDER BY c.changed_at DESC, c.id DESC""")
                .param(accountId)
                .query((rs, n) -> new AccountChange(
                        rs.getObject("changed_at", OffsetDateTime.class),
                        rs.getString("display_name"), rs.getString("field"),
                        rs.getString("old_value"), rs.getString("new_value")))
                .list();
    }

    /** The accounts a person may act for now, by name. */
    public List<Membership> memberships(long userId) {
        return jdbc.sql("""
                SELECT a.id, a.name, m.role
                FROM account_membership m JOIN customer_account a ON a.id = m.account_id
                WHERE m.user_id = ? AND m.active = TRUE ORDER BY a.name, a.id""")
                .param(userId)
                .query((rs, n) -> new Membership(rs.getLong("id"), rs.getString("name"),
                        Role.valueOf(rs.getString("role"))))
                .list();
    }

    public Optional<Membership> membership(long userId, long accountId) {
        return memberships(userId).stream().filter(m -> m.accountId() == accountId).findFirst();
    }

    /**
     * Replaces the company details and records each changed field in the history.
     *
     * @param changedBy the user making the change, or {@code null} for the system
     * @return the number of fields that changed
     */
    @Transactional
    public int update(long accountId, CompanyDetails details, Long changedBy) {
        CompanyDetails before = details(accountId)
                .orElseThrow(() -> new IllegalArgumentException("No account " + accountId))
                .company();
        Map<String, String> old = flatten(before);
        Map<String, String> now = flatten(details);
        OffsetDateTime at = OffsetDateTime.now(clock);
        int changed = 0;
        for (Map.Entry<String, String> field : now.entrySet()) {
            String previous = old.get(field.getKey());
            if (!Objects.equals(previous, field.getValue())) {
                jdbc.sql("""
                        INSERT INTO account_change (account_id, changed_by, changed_at, field,
                                                    old_value, new_value)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                        .params(accountId, changedBy, at, field.getKey(), previous,
                                field.getValue())
                        .update();
                changed++;
            }
        }
        store(accountId, details);
        log.info("Details of account {} changed by user {}: {} fields", accountId, changedBy,
                changed);
        return changed;
    }

    /** Makes a person a contact of an account (again), active, with the given role. */
    @Transactional
    public void addMembership(long userId, long accountId, Role role) {
        int updated = jdbc.sql("""
                UPDATE account_membership SET role = ?, active = TRUE
                WHERE user_id = ? AND account_id = ?""")
                .params(role.name(), userId, accountId).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO account_membership (user_id, account_id, role, active, created_at)
                    VALUES (?, ?, ?, TRUE, ?)""")
                    .params(userId, accountId, role.name(), OffsetDateTime.now(clock)).update();
        }
        log.info("User {} is now {} of account {}", userId, role, accountId);
    }

    private void store(long accountId, CompanyDetails details) {
        jdbc.sql("UPDATE customer_account SET name = ?, billing_contact_id = ? WHERE id = ?")
                .params(details.name(), details.billingContactId(), accountId).update();
        storeAddress(accountId, "BILLING", details.billingAddress());
        storeAddress(accountId, "SHIPPING", details.shippingAddress());
        jdbc.sql("DELETE FROM account_tax_id WHERE account_id = ?").param(accountId).update();
        for (TaxId taxId : details.taxIds()) {
            jdbc.sql("INSERT INTO account_tax_id (account_id, scheme, tax_value) VALUES (?, ?, ?)")
                    .params(accountId, taxId.scheme(), taxId.value()).update();
        }
    }

    private void storeAddress(long accountId, String kind, PostalAddress address) {
        jdbc.sql("DELETE FROM account_address WHERE account_id = ? AND kind = ?")
                .params(accountId, kind).update();
        if (address == null) {
            return;
        }
        jdbc.sql("""
                INSERT INTO account_address (account_id, kind, line1, line2, city, region,
                                             postal_code, country)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(accountId, kind, address.line1(), address.line2(), address.city(),
                        address.region(), address.postalCode(), address.country())
                .update();
    }

    private PostalAddress address(long accountId, String kind) {
        return jdbc.sql("""
                SELECT line1, line2, city, region, postal_code, country
                FROM account_address WHERE account_id = ? AND kind = ?""")
                .params(accountId, kind)
                .query(BusinessAccounts::address).optional().orElse(null);
    }

    private static PostalAddress address(ResultSet rs, int row) throws SQLException {
        return new PostalAddress(rs.getString("line1"), rs.getString("line2"),
                rs.getString("city"), rs.getString("region"), rs.getString("postal_code"),
                rs.getString("country"));
    }

    private List<TaxId> taxIds(long accountId) {
        return jdbc.sql("SELECT scheme, tax_value FROM account_tax_id WHERE account_id = ? "
                        + "ORDER BY id")
                .param(accountId)
                .query((rs, n) -> new TaxId(rs.getString("scheme"), rs.getString("tax_value")))
                .list();
    }

    private Map<String, String> flatten(CompanyDetails details) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", details.name());
        flatten(fields, "billing", details.billingAddress());
        flatten(fields, "shipping", details.shippingAddress());
        fields.put("billingContact", details.billingContactId() == null ? null
                : jdbc.sql("SELECT display_name FROM app_user WHERE id = ?")
                        .param(details.billingContactId()).query(String.class).optional()
                        .orElse(null));
        fields.put("taxIds", details.taxIds().isEmpty() ? null : details.taxIds().stream()
                .map(TaxId::toString).collect(Collectors.joining("; ")));
        return fields;
    }

    private static void flatten(Map<String, String> fields, String prefix,
            PostalAddress address) {
        PostalAddress a = address == null
                ? new PostalAddress(null, null, null, null, null, null) : address;
        fields.put(prefix + ".line1", a.line1());
        fields.put(prefix + ".line2", blankToNull(a.line2()));
        fields.put(prefix + ".city", a.city());
        fields.put(prefix + ".region", blankToNull(a.region()));
        fields.put(prefix + ".postalCode", a.postalCode());
        fields.put(prefix + ".country", a.country());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
