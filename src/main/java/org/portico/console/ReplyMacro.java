package org.portico.console;

import java.time.Instant;

/**
 * A canned reply. Its body may hold the placeholders {@code {first_name}},
 * {@code {customer_name}}, {@code {case_number}} and {@code {agent_name}}.
 *
 * @param language the language the reply is written in, for example {@code en} or
 *        {@code zh-CN}
 */
public record ReplyMacro(long id, String name, String body, String language, long createdBy,
        Instant createdAt) {
}
