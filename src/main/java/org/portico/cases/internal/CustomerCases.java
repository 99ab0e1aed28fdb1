package org.portico.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.portico.cases.AuthorKind;
import org.portico.cases.CaseDetail;
import org.portico.cases.CaseOpened;
import org.portico.cases.CaseReopened;
import org.portico.cases.CaseReplied;
import org.portico.cases.CaseStatus;
import org.portico.cases.CaseView;
import org.portico.cases.Cases;
import org.portico.cases.NewCase;
import org.portico.cases.Visibility;
import org.portico.cases.internal.CaseStore.StoredCase;
import org.portico.identity.PorticoUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening, listing, reading and answering cases on the customer sites.
 */
@Service
class CustomerCases implements Cases {

    private static final Logger log = LoggerFactory.getLogger(CustomerCases.class);

    private final CaseStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CaseSharing sharing;
    private final ReopenRule reopening;

    CustomerCases(CaseStore store, ApplicationEventPublisher events, Clock clock,
            CaseSharing sharing, ReopenRule reopening) {
        this.store = store;
        this.events = events;
        this.clock = clock;
        this.sharing = sharing;
        this.reopening = reopening;
    }

    @Override
    @Transactional
    public CaseView open(PorticoUser requester, NewCase request) {
        if (requester.accountId() == null) {
            throw new IllegalArgumentException("Only customers open cases");
        }
        Instant now = clock.instant();
        String number = CaseStore.formatNumber(store.reserveNumbers(1));
        CaseView opened = new CaseView(number, request.site(), request.subject().trim(),
                request.description().trim(), CaseStatus.NEW, "NORMAL", request.topic(),
                request.origin(),
                requester.id(), requester.accountId(), now, now, null, null,
                request.orderNumber());
        store.insert(opened);
        events.publishEvent(new CaseOpened(number, opened.site(), opened.topic(), requester.id(),
                requester.accountId(), now));
        log.info("Case {} opened", number);
        return opened;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseView> visibleTo(PorticoUser viewer, String site) {
        return list(viewer, site, "", 500);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseView> openCasesOf(PorticoUser viewer, String site, int limit) {
        return list(viewer, site, " AND status NOT IN ('SOLVED', 'CLOSED')", limit);
    }

    @Override
    @Transactional(readOnly = true)
    public CaseDetail read(PorticoUser viewer, String site, String number) {
        StoredCase found = visibleCase(viewer, site, number);
        return new CaseDetail(found.view(), store.messages(found.id(), false));
    }

    @Override
    @Transactional
    public void reply(PorticoUser customer, String site, String number, String body) {
        StoredCase found = visibleCase(customer, site, number);
        Instant now = clock.instant();
        reopening.check(found.view(), now);
        store.addMessage(found.id(), customer.id(), AuthorKind.CUSTOMER, body.trim(),
                Visibility.PUBLIC, now);
        CaseStatus status = found.view().status();
        store.touch(found.id(), keepsStatus(status) ? status : CaseStatus.OPEN, now);
        events.publishEvent(new CaseReplied(number, AuthorKind.CUSTOMER, Visibility.PUBLIC, now));
        if (!status.isOpen()) {
            events.publishEvent(new CaseReopened(number, status, customer.id(), now));
            log.info("Case {} reopened by the customer", number);
        }
    }

    private static boolean keepsStatus(CaseStatus status) {
        return status == CaseStatus.NEW || status == CaseStatus.ESCALATED;
    }

    private StoredCase visibleCase(PorticoUser viewer, String site, String number) {
        return sharing.visibleCase(viewer, site, number);
    }

    private List<CaseView> list(PorticoUser viewer, String site, String extra, int limit) {
        Audience audience = Audience.of(viewer);
        Map<String, Object> params = new HashMap<>(audience.params());
        String where = audience.condition() + extra;
        if (site != null) {
            where += " AND site_slug = :site";
            params.put("site", site);
        }
        return store.list(where, params, limit);
    }
}
