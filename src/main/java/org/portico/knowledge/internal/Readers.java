package org.portico.knowledge.internal;

import java.util.Set;

import org.portico.identity.PorticoUser;
import org.portico.knowledge.Visibility;
import org.springframework.security.core.Authentication;

/** Who is reading, as far as article visibility is concerned. */
final class Readers {

    private Readers() {
    }

    static PorticoUser user(Authentication visitor) {
        return visitor != null && visitor.getPrincipal() instanceof PorticoUser user ? user
                : null;
    }

    static Set<Visibility> of(Authentication visitor) {
        return Visibility.readableBy(user(visitor));
    }

    static Set<Visibility> of(PorticoUser user) {
        return Visibility.readableBy(user);
    }
}
