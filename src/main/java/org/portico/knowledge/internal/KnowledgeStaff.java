package org.portico.knowledge.internal;

import java.util.Set;

import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.springframework.security.access.AccessDeniedException;

/** Who writes and tunes the knowledge base: authors, site managers and administrators. */
final class KnowledgeStaff {

    private static final Set<Role> AUTHORS = Set.of(Role.AUTHOR, Role.SITE_MANAGER, Role.ADMIN);

    private KnowledgeStaff() {
    }

    static void require(PorticoUser user) {
        if (user == null || !AUTHORS.contains(user.role())) {
            throw new AccessDeniedException("This part of the console is for knowledge authors");
        }
    }

    static void requireAdmin(PorticoUser user) {
        if (user == null || user.role() != Role.ADMIN) {
            throw new AccessDeniedException("This page is for administrators");
        }
    }
}
