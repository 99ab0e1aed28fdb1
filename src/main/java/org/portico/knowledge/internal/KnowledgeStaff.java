package org.portico.knowledge.internal;

import java.util.Set;

import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who writes and tunes the knowledge base: authors, site managers and administrators. A
 * version is published by someone other than the author who wrote it (another author), or by
 * a site manager or an administrator, who approve their own versions too.
 */
final class KnowledgeStaff {

    private static final Set<Role> AUTHORS = Set.of(Role.AUTHOR, Role.SITE_MANAGER, Role.ADMIN);
    private static final Set<Role> APPROVE_OWN = Set.of(Role.SITE_MANAGER, Role.ADMIN);

    private KnowledgeStaff() {
    }

    static void require(PorticoUser user) {
        if (user == null || !AUTHORS.contains(user.role())) {
            throw new AccessDeniedException("This part of the console is for knowledge authors");
        }
    }

    /** Whether this user may publish (or schedule) the version in review. */
    static boolean mayApprove(PorticoUser user, ArticleVersions.Version version) {
        if (user == null || !AUTHORS.contains(user.role())) {
            return false;
        }
        return APPROVE_OWN.contains(user.role())
                || !user.email().equalsIgnoreCase(version.author());
    }

    static void requireAdmin(PorticoUser user) {
        if (user == null || user.role() != Role.ADMIN) {
            throw new AccessDeniedException("This page is for administrators");
        }
    }
}
