package org.portico.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.portico.identity.ApiTokens;
import org.portico.identity.PorticoUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens in {@code api_token}: only a SHA-256 hash of each token is kept, with its first
 * characters to tell tokens apart. A token acts as its user, with that user's role, until it
 * is revoked or the user is disabled.
 */
@Component
class ApiTokenStore implements ApiTokens {

    private static final Logger log = LoggerFactory.getLogger(ApiTokenStore.class);

    static final String PREFIX = "pt_";

    private static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final UserAccounts users;
    private final Clock clock;

    ApiTokenStore(JdbcClient jdbc, UserAccounts users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    /** Creates a token and returns it in clear text: the only time anyone sees it. */
    @Transactional
    String create(PorticoUser owner, String name) {
        return issue(owner.id(), name);
    }

    @Override
    @Transactional
    public String issue(long userId, String name) {
        String token = PREFIX + Tokens.newToken();
        jdbc.sql("""
                INSERT INTO api_token (user_id, name, token_hash, prefix, created_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(userId, name.strip(), Tokens.hash(token), token.substring(0, 10),
                        utc(clock.instant()))
                .update();
        log.info("API token '{}' created for user {}", name.strip(), userId);
        return token;
    }

    /** Revokes a token of {@code owner}, or anyone's when {@code anyone} is set (admins). */
    @Transactional
    boolean revoke(long tokenId, PorticoUser owner, boolean anyone) {
        int changed = jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE id = ?"
                        + " AND revoked_at IS NULL" + (anyone ? "" : " AND user_id = ?"))
                .params(anyone ? List.of(utc(clock.instant()), tokenId)
                        : List.of(utc(clock.instant()), tokenId, owner.id()))
                .update();
        if (changed == 1) {
            log.info("API token {} revoked by user {}", tokenId, owner.id());
        }
        return changed == 1;
    }

    List<ApiTokenView> of(Long userId) {
        String where = userId == null ? "" : " WHERE t.user_id = " + userId.longValue();
        return jdbc.sql("""
                SELECT t.id, t.name, t.prefix, t.created_at, t.last_used_at, t.revoked_at,
                       u.email
                FROM api_token t JOIN app_user u ON u.id = t.user_id""" + where
                        + " ORDER BY t.created_at DESC, t.id DESC")
                .query((rs, n) -> new ApiTokenView(rs.getLong("id"), rs.getString("name"),
                        rs.getString("prefix"), instant(rs.getObject("created_at",
                                OffsetDateTime.class)),
                        instant(rs.getObject("last_used_at", OffsetDateTime.class)),
                        instant(rs.getObject("revoked_at", OffsetDateTime.class)),
                        rs.getString("email")))
                .list();
    }

    /** The user a live token stands for, if any. */
    Optional<PorticoUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Optional<TokenOwner> owner = jdbc.sql("""
                SELECT t.id, u.email FROM api_token t JOIN app_user u ON u.id = t.user_id
                WHERE t.token_hash = ? AND t.revoked_at IS NULL""")
                .param(Tokens.hash(token))
                .query((rs, n) -> new TokenOwner(rs.getLong(1), rs.getString(2))).optional();
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        recordUse(owner.get().id());
        try {
            return Optional.of(users.loadUserByUsername(owner.get().email())
                    .withoutCredentials());
        } catch (UsernameNotFoundException disabled) {
            return Optional.empty();
        }
    }

    private void recordUse(long tokenId) {
        Instant now = clock.instant();
        jdbc.sql("""
                UPDATE api_token SET last_used_at = ?
                WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)""")
                .params(utc(now), tokenId, utc(now.minus(USE_RECORDED_EVERY))).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private record TokenOwner(long id, String email) {
    }

    /** A token as its owner's page lists it (never the token itself). */
    record ApiTokenView(long id, String name, String prefix, Instant createdAt,
            Instant lastUsedAt, Instant revokedAt, String ownerEmail) {

        public boolean isLive() {
            return revokedAt == null;
        }
    }
}
