package org.portico.cases;

/**
 * A caller's request taken down by an agent. The caller is found by email; someone unknown
 * becomes a new individual customer (who can set a password later by resetting it).
 *
 * @param callerName used only when the caller is new
 */
public record PhoneCase(String callerEmail, String callerName, String site, String subject,
        String description, String topic, String priority) {
}
