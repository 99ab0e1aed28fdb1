package org.portico.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.portico.cases.AuthorKind;
import org.portico.cases.CaseActions;
import org.portico.cases.CaseChange;
import org.portico.cases.CaseClosed;
import org.portico.cases.CaseEscalated;
import org.portico.cases.CaseMerged;
import org.portico.cases.CaseOpened;
import org.portico.cases.CasePriorityChanged;
import org.portico.cases.CaseQueued;
import org.portico.cases.CaseShared;
import org.portico.cases.CaseStatus;
import org.portico.cases.CaseView;
import org.portico.cases.CustomerCaseActions;
import org.portico.cases.PhoneCase;
import org.portico.cases.Visibility;
import org.portico.cases.internal.CaseStore.StoredCase;
import org.portico.identity.BusinessAccounts;
import org.portico.identity.Contact;
import org.portico.identity.CustomerSummary;
import org.portico.identity.Directory;
import org.portico.identity.NewUser;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalating, prioritising, merging, queueing and logging phone cases for agents; following,
 * closing and sharing for customers. Each change publishes its event, which the
 * {@link CaseTimeline} records.
 */
@Service
class CaseLifecycle implements CaseActions, CustomerCaseActions {

    private static final Logger log = LoggerFactory.getLogger(CaseLifecycle.class);

    private final CaseStore store;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Directory directory;
    private final BusinessAccounts accounts;
    private final CaseTimeline timeline;
    private final CaseSharing sharing;

    CaseLifecycle(CaseStore store, JdbcClient jdbc, ApplicationEventPublisher events,
            Clock clock, Directory directory, BusinessAccounts accounts, CaseTimeline timeline,
            CaseSharing sharing) {
        this.store = store;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.directory = directory;
        this.accounts = accounts;
        this.timeline = timeline;
        this.sharing = sharing;
    }

    @Override
    @Transactional
    public boolean escalate(PorticoUser agent, String number, String reason) {
        StoredCase found = find(number);
        CaseStatus previous = found.view().status();
        if (!previous.isOpen() || previous == CaseStatus.ESCALATED) {
            return false;
        }
        Instant now = clock.instant();
        store.touch(found.id(), CaseStatus.ESCALATED, now);
        events.publishEvent(new CaseEscalated(number, previous,
                agent == null ? null : agent.id(), reason, now));
        log.info("Case {} escalated ({})", number, reason);
        return true;
    }

    @Override
    @Transactional
    public void changePriority(PorticoUser agent, String number, String priority) {
        if (!PRIORITIES.contains(priority)) {
            throw new IllegalArgumentException("Unknown priority " + priority);
        }
        StoredCase found = find(number);
        String previous = found.view().priority();
        if (priority.equals(previous)) {
            return;
        }
        Instant now = clock.instant();
        jdbc.sql("UPDATE support_case SET priority = ?, updated_at = ? WHERE id = ?")
                .params(priority, CaseStore.utc(now), found.id()).update();
        events.publishEvent(new CasePriorityChanged(number, priority, previous, agent.id(),
                now));
        log.info("Case {} set to priority {} by {}", number, priority, agent.id());
    }

    @Override
    @Transactional
    public void merge(PorticoUser agent, String number, String into) {
        StoredCase source = find(number);
        StoredCase target = find(into);
        if (source.id() == target.id()) {
            throw new IllegalArgumentException("A case cannot be merged into itself");
        }
        if (source.view().status() == CaseStatus.CLOSED
                || target.view().status() == CaseStatus.CLOSED) {
            throw new IllegalArgumentException("Closed cases cannot be merged");
        }
        if (source.view().accountId() != target.view().accountId()) {
            throw new IllegalArgumentException("Cases of different accounts cannot be merged");
        }
        Instant now = clock.instant();
        CaseView merged = source.view();
        store.addMessage(target.id(), merged.requesterUserId(),
                AuthorKind.CUSTOMER, merged.subject() + "\n\n"
                        + merged.description(), Visibility.PUBLIC,
                merged.createdAt());
        jdbc.sql("UPDATE case_message SET case_id = ? WHERE case_id = ?")
                .params(target.id(), source.id()).update();
        jdbc.sql("""
                UPDATE support_case SET status = 'CLOSED', merged_into = ?, closed_at = ?,
                    updated_at = ? WHERE id = ?""")
                .params(into, CaseStore.utc(now), CaseStore.utc(now), source.id()).update();
        jdbc.sql("UPDATE support_case SET updated_at = ? WHERE id = ?")
                .params(CaseStore.utc(now), target.id()).update();
        events.publishEvent(new CaseMerged(number, into, agent.id(), now));
        log.info("Case {} merged into {} by {}", number, into, agent.id());
    }

    @Override
    @Transactional
    public void moveToQueue(PorticoUser agent, String number, Long queueId) {
        StoredCase found = find(number);
        if (queueId != null && jdbc.sql("SELECT COUNT(*) FROM case_queue WHERE id = ?")
                .param(queueId).query(Long.class).single() == 0) {
            throw new IllegalArgumentException("No queue " + queueId);
        }
        Instant now = clock.instant();
        jdbc.sql("UPDATE support_case SET queue_id = ? WHERE id = ?")
                .params(queueId, found.id()).update();
        events.publishEvent(new CaseQueued(number, queueId, agent == null ? null : agent.id(),
                now));
    }

    @Override
    @Transactional
    public CaseView logPhoneCase(PorticoUser agent, PhoneCase call) {
        CustomerSummary caller = caller(call);
        Instant now = clock.instant();
        String number = CaseStore.formatNumber(store.reserveNumbers(1));
        CaseView opened = new CaseView(number, call.site(), call.subject().trim(),
                call.description().trim(), CaseStatus.NEW, call.priority(), call.topic(),
                "PHONE", caller.userId(), caller.accountId(), now, now, null, null, null);
        store.insert(opened);
        events.publishEvent(new CaseOpened(number, opened.site(), opened.topic(),
                caller.userId(), caller.accountId(), now));
        log.info("Case {} logged from a phone call by agent {}", number, agent.id());
        return opened;
    }

    private CustomerSummary caller(PhoneCase call) {
        String email = call.callerEmail().strip().toLowerCase(Locale.ROOT);
        Long id = directory.userIdByEmail(email).orElse(null);
        if (id == null) {
            long account = directory.createAccount(call.callerName().strip(), "PERSON",
                    LocalDate.now(clock));
            id = directory.createUser(new NewUser(email, call.callerName().strip(),
                    Role.CUSTOMER, account, null, "en", "UTC", null));
        }
        long userId = id;
        return directory.customer(userId).orElseThrow(
                () -> new IllegalArgumentException("Not a customer: " + email));
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseChange> history(String number) {
        return timeline.history(find(number).id(), false);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean follows(PorticoUser viewer, String number) {
        return jdbc.sql("SELECT COUNT(*) FROM case_follower f JOIN support_case c"
                        + " ON c.id = f.case_id WHERE c.number = ? AND f.user_id = ?")
                .params(number, viewer.id()).query(Long.class).single() > 0;
    }

    @Override
    @Transactional
    public boolean setFollowing(PorticoUser viewer, String site, String number,
            boolean follow) {
        StoredCase found = sharing.visibleCase(viewer, site, number);
        jdbc.sql("DELETE FROM case_follower WHERE case_id = ? AND user_id = ?")
                .params(found.id(), viewer.id()).update();
        if (follow) {
            jdbc.sql("INSERT INTO case_follower (case_id, user_id) VALUES (?, ?)")
                    .params(found.id(), viewer.id()).update();
        }
        return follow;
    }

    @Override
    @Transactional
    public boolean close(PorticoUser customer, String site, String number) {
        StoredCase found = sharing.visibleCase(customer, site, number);
        CaseStatus previous = found.view().status();
        if (previous == CaseStatus.CLOSED) {
            return false;
        }
        Instant now = clock.instant();
        jdbc.sql("UPDATE support_case SET status = 'CLOSED', closed_at = ?, updated_at = ?"
                        + " WHERE id = ?")
                .params(CaseStore.utc(now), CaseStore.utc(now), found.id()).update();
        events.publishEvent(new CaseClosed(number, previous, customer.id(), now));
        log.info("Case {} closed by the customer", number);
        return true;
    }

    @Override
    @Transactional
    public void share(PorticoUser customer, String site, String number, long withUserId,
            boolean shared) {
        StoredCase found = sharing.visibleCase(customer, site, number);
        long account = found.view().accountId();
        boolean colleague = accounts.contacts(account).stream()
                .anyMatch(c -> c.userId() == withUserId && c.active()
                        && c.userId() != customer.id());
        if (shared && !colleague) {
            throw new IllegalArgumentException("Not a colleague on the account");
        }
        Instant now = clock.instant();
        if (sharing.setShared(found.id(), withUserId, shared, customer.id(), now)) {
            events.publishEvent(new CaseShared(number, withUserId, shared, customer.id(), now));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> sharedWith(PorticoUser viewer, String number) {
        return sharing.sharedWith(find(number).id());
    }

    /** The active colleagues a case could be shared with (the viewer excluded). */
    List<Contact> colleagues(PorticoUser viewer, CaseView supportCase) {
        if (!viewer.role().isBusinessContact()) {
            return List.of();
        }
        return accounts.contacts(supportCase.accountId()).stream()
                .filter(c -> c.active() && c.userId() != viewer.id()).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseChange> publicHistory(PorticoUser viewer, String site, String number) {
        return timeline.history(sharing.visibleCase(viewer, site, number).id(), true);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> followers(String number) {
        return jdbc.sql("SELECT f.user_id FROM case_follower f JOIN support_case c"
                        + " ON c.id = f.case_id WHERE c.number = ? ORDER BY f.user_id")
                .param(number).query(Long.class).list();
    }

    private StoredCase find(String number) {
        return store.find(number).orElseThrow(() -> new NotFoundException("case " + number));
    }
}
