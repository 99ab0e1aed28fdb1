package org.portico.demo.internal;

import org.portico.identity.Role;

/**
 * A generated person of the demo organisation.
 *
 * @param accountIndex index into the generated accounts
 */
record DemoPerson(String email, String name, Role role, int accountIndex, String locale,
        String timeZone) {
}
