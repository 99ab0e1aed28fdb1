package org.portico.cases.internal;

import java.time.Instant;
import java.util.List;

import org.portico.cases.internal.CaseStore.StoredCase;
import org.portico.identity.PorticoUser;
import org.portico.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cases shared with colleagues on a business account, and the one rule of which case a
 * customer-side user may see: their {@link Audience}, plus what is shared with them within
 * their current account.
 */
@Component
class CaseSharing {

    private final CaseStore store;
    private final JdbcClient jdbc;

    CaseSharing(CaseStore store, JdbcClient jdbc) {
        this.store = store;
        this.jdbc = jdbc;
    }

    /** @throws NotFoundException when the case does not exist or the viewer may not see it */
    StoredCase visibleCase(PorticoUser viewer, String site, String number) {
        return store.find(number)
                .filter(found -> Audience.admits(viewer, found.view())
                        || isSharedWith(found, viewer))
                .filter(found -> site == null || site.equals(found.view().site()))
                .orElseThrow(() -> new NotFoundException("case " + number));
    }

    boolean isSharedWith(StoredCase found, PorticoUser viewer) {
        if (viewer.accountId() == null || viewer.role().isStaff()
                || viewer.accountId() != found.view().accountId()) {
            return false;
        }
        return jdbc.sql("SELECT COUNT(*) FROM case_share WHERE case_id = ? AND user_id = ?")
                .params(found.id(), viewer.id()).query(Long.class).single() > 0;
    }

    /** Returns whether anything changed. */
    boolean setShared(long caseId, long userId, boolean shared, long byUserId, Instant at) {
        int removed = jdbc.sql("DELETE FROM case_share WHERE case_id = ? AND user_id = ?")
                .params(caseId, userId).update();
        if (shared) {
            jdbc.sql("""
                    INSERT INTO case_share (case_id, user_id, shared_by_user_id, shared_at)
                    VALUES (?, ?, ?, ?)""")
                    .params(caseId, userId, byUserId, CaseStore.utc(at)).update();
        }
        return shared ? removed == 0 : removed > 0;
    }

    List<Long> sharedWith(long caseId) {
        return jdbc.sql("SELECT user_id FROM case_share WHERE case_id = ? ORDER BY user_id")
                .param(caseId).query(Long.class).list();
    }
}
