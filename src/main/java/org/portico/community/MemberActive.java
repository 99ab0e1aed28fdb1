package org.portico.community;

import java.time.Instant;

/**
 * A member contributed to the community (asked, answered, commented or voted); published at
 * most once per member and UTC day.
 */
public record MemberActive(long userId, String site, Instant at) {
}
