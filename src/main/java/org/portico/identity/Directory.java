package org.portico.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People and customer accounts: who someone is, which account they belong to, since when.
 */
@Service
public class Directory {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;

    private static final String CUSTOMERS = """
            SELECT u.id, u.display_name, u.email, a.id AS account_id, a.name AS account_name,
                   a.kind, a.customer_since, u.locale, u.time_zone
            FROM app_user u JOIN customer_account a ON a.id = u.account_id""";

    Directory(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    public boolean hasUsers() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single() > 0;
    }

    @Transactional
    public long createAccount(String name, String kind, LocalDate customerSince) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO customer_account (name, kind, customer_since, created_at)
                VALUES (?, ?, ?, ?)""")
                .params(name, kind, customerSince, now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Creates a user; the email is stored in lower case. */
    @Transactional
    public long createUser(NewUser user) {
        String hash = user.password() == null ? null : passwords.encode(user.password());
        return insertUser(user, hash);
    }

    /** Creates a user with a password hash computed once by {@link #hashPassword}. */
    @Transactional
    public long createUserWithHash(NewUser user, String passwordHash) {
        return insertUser(user, passwordHash);
    }

    public String hashPassword(String password) {
        return passwords.encode(password);
    }

    /** A signed-in person's own details. */
    public Optional<MyDetails> myDetails(long userId) {
        return jdbc.sql("SELECT display_name, locale, status_mail FROM app_user WHERE id = ?")
                .param(userId).query((rs, n) -> new MyDetails(rs.getString("display_name"),
                        rs.getString("locale"), rs.getBoolean("status_mail"))).optional();
    }

    /** Saves a person's own details (already checked). */
    public void updateMyDetails(long userId, MyDetails details) {
        jdbc.sql("UPDATE app_user SET display_name = ?, locale = ?, status_mail = ? WHERE id = ?")
                .params(details.displayName(), details.language(), details.statusMail(), userId)
                .update();
    }

    /** Whether the person wants an email when their case's status changes. */
    public boolean wantsStatusMail(long userId) {
        return myDetails(userId).map(MyDetails::statusMail).orElse(false);
    }

    public Optional<CustomerSummary> customer(long userId) {
        return jdbc.sql(CUSTOMERS + " WHERE u.id = ?").param(userId)
                .query(Directory::customerSummary).optional();
    }

    /**
     * Enabled customers and business contacts with an id above {@code afterUserId}, by id, at
     * most {@code limit} (for jobs that visit every customer page by page, such as surveys).
     */
    public List<CustomerSummary> customers(long afterUserId, int limit) {
        return jdbc.sql(CUSTOMERS + """
                 WHERE u.id > ? AND u.enabled = TRUE
                 AND u.role IN ('CUSTOMER', 'BUSINESS_ADMIN', 'BUSINESS_MEMBER')
                ORDER BY u.id FETCH FIRST\s""" + limit + " ROWS ONLY")
                .param(afterUserId).query(Directory::customerSummary).list();
    }

    private static CustomerSummary customerSummary(ResultSet rs, int n) throws SQLException {
        return new CustomerSummary(rs.getLong("id"), rs.getString("display_name"),
                rs.getString("email"), rs.getLong("account_id"), rs.getString("account_name"),
                rs.getString("kind"), rs.getObject("customer_since", LocalDate.class),
                rs.getString("locale"), rs.getString("time_zone"));
    }

    public Optional<AccountProfile> account(long accountId) {
        return jdbc.sql("""
                SELECT id, name, kind, customer_since, currency, country
                FROM customer_account WHERE id = ?""")
                .param(accountId).query(AccountProfile.class).optional();
    }

    /** Every business account, oldest first (for jobs that visit each one, such as statements). */
    public List<AccountProfile> businessAccounts() {
        return jdbc.sql("""
                SELECT id, name, kind, customer_since, currency, country
                FROM customer_account WHERE kind = 'BUSINESS' ORDER BY id""")
                .query(AccountProfile.class).list();
    }

    /** Sets the currency and country of an account (demo data, later account administration). */
    @Transactional
    public void setAccountMoney(long accountId, String currency, String country) {
        jdbc.sql("UPDATE customer_account SET currency = ?, country = ? WHERE id = ?")
                .params(currency, country, accountId).update();
    }

    public Optional<String> accountName(long accountId) {
        return jdbc.sql("SELECT name FROM customer_account WHERE id = ?")
                .param(accountId).query(String.class).optional();
    }

    public Optional<Long> userIdByEmail(String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = ?")
                .param(email.toLowerCase(Locale.ROOT)).query(Long.class).optional();
    }

    /** Enabled staff who work cases (agents, supervisors, administrators), by name. */
    public List<StaffMember> caseWorkers() {
        return jdbc.sql("""
                SELECT id, display_name, email, role FROM app_user
                WHERE enabled = TRUE AND role IN ('AGENT', 'SUPERVISOR', 'ADMIN')
                ORDER BY display_name, id""")
                .query(StaffMember.class).list();
    }

    private long insertUser(NewUser user, String hash) {
        String email = user.email().toLowerCase(Locale.ROOT);
        KeyHolder keys = new GeneratedKeyHolder();
        OffsetDateTime created = user.createdAt() == null ? now()
                : user.createdAt().atOffset(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO app_user (email, password_hash, display_name, role, account_id,
                                      locale, time_zone, enabled, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?)""")
                .params(email, hash, user.displayName(), user.role().name(), user.accountId(),
                        user.locale(), user.timeZone(), created)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        if (user.accountId() != null && !user.role().isStaff()) {
            jdbc.sql("""
                    INSERT INTO account_membership (user_id, account_id, role, active, created_at)
                    VALUES (?, ?, ?, TRUE, ?)""")
                    .params(id, user.accountId(), user.role().name(), created).update();
        }
        return id;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
