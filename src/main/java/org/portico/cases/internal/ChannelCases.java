package org.portico.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.portico.cases.AuthorKind;
import org.portico.cases.CaseOpened;
import org.portico.cases.CaseReopened;
import org.portico.cases.CaseReplied;
import org.portico.cases.CaseStatus;
import org.portico.cases.CaseView;
import org.portico.cases.Visibility;
import org.portico.cases.internal.CaseStore.StoredCase;
import org.portico.identity.PorticoUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;

/**
 * Cases as the channels inside this module (email, attachments) reach them: by number or
 * database id, opened and answered for a known customer without a web request.
 */
@Service
public class ChannelCases {

    private final CaseStore store;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChannelCases(CaseStore store, JdbcClient jdbc, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** A case with its database id. */
    public record CaseRef(long id, CaseView view) {

        public String number() {
            return view.number();
        }
    }

    /** What a channel opens a case with; the caller has checked and trimmed the fields. */
    public record ChannelCase(long requesterUserId, long accountId, String site, String subject,
            String description, String topic, String origin) {
    }

    public CaseRef open(ChannelCase request) {
        Instant now = clock.instant();
        String number = CaseStore.formatNumber(store.reserveNumbers(1));
        CaseView opened = new CaseView(number, request.site(), request.subject(),
                request.description(), CaseStatus.NEW, "NORMAL", request.topic(),
                request.origin(), request.requesterUserId(), request.accountId(), now, now, null,
                null, null);
        long id = store.insert(opened);
        events.publishEvent(new CaseOpened(number, opened.site(), opened.topic(),
                request.requesterUserId(), request.accountId(), now));
        return new CaseRef(id, opened);
    }

    public Optional<CaseRef> find(String number) {
        return store.find(number).map(ChannelCases::ref);
    }

    public Optional<CaseRef> findById(long id) {
        return jdbc.sql("SELECT number FROM support_case WHERE id = ?").param(id)
                .query(String.class).optional().flatMap(this::find);
    }

    /** Whether a customer-side user may see this case (staff see every case elsewhere). */
    public boolean visibleTo(PorticoUser viewer, CaseRef supportCase) {
        return Audience.admits(viewer, supportCase.view());
    }

    /**
     * Adds a customer's public message; like a reply on the site it reopens a solved or
     * waiting case.
     *
     * @return the message's id
     */
    public long addCustomerMessage(CaseRef supportCase, long authorUserId, String body) {
        Instant now = clock.instant();
        long id = insertMessage(supportCase.id(), authorUserId, AuthorKind.CUSTOMER, body,
                Visibility.PUBLIC, now);
        CaseStatus status = supportCase.view().status();
        store.touch(supportCase.id(), status == CaseStatus.NEW ? status : CaseStatus.OPEN, now);
        events.publishEvent(new CaseReplied(supportCase.number(), AuthorKind.CUSTOMER,
                Visibility.PUBLIC, now));
        if (status == CaseStatus.SOLVED) {
            events.publishEvent(new CaseReopened(supportCase.number(), status, authorUserId,
                    now));
        }
        return id;
    }

    /** Adds an internal note written by Portico itself (no author), for example on a bounce. */
    public long addSystemNote(CaseRef supportCase, String body) {
        Instant now = clock.instant();
        long id = insertMessage(supportCase.id(), null, AuthorKind.AGENT, body,
                Visibility.INTERNAL, now);
        events.publishEvent(new CaseReplied(supportCase.number(), AuthorKind.AGENT,
                Visibility.INTERNAL, now));
        return id;
    }

    private long insertMessage(long caseId, Long authorUserId, AuthorKind kind, String body,
            Visibility visibility, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO case_message (case_id, author_user_id, author_kind, body, visibility,
                                          created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(caseId, authorUserId, kind.name(), body, visibility.name(),
                        CaseStore.utc(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private static CaseRef ref(StoredCase stored) {
        return new CaseRef(stored.id(), stored.view());
    }
}
