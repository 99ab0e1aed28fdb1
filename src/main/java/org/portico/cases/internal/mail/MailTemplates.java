package org.portico.cases.internal.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code mail_template} table: the notifications sent to customers
 * ({@code acknowledgement}, {@code reply}, {@code status}) in English ({@code en}) and Chinese
 * ({@code zh}), with placeholders such as <code>{case_number}</code> filled in when a mail
 * goes out.
 */
@Repository
class MailTemplates {

    static final List<String> KEYS = List.of("acknowledgement", "reply", "status");
    static final List<String> LANGUAGES = List.of("en", "zh");
    static final List<String> PLACEHOLDERS = List.of("case_number", "subject", "customer_name",
            "agent_name", "reply", "status", "link");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private final JdbcClient jdbc;
    private final Clock clock;

    MailTemplates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A template in one language. */
    record Template(String key, String language, String subject, String body) {

        Template filled(Map<String, String> values) {
            return new Template(key, language, fill(subject, values), fill(body, values));
        }
    }

    static String language(String locale) {
        return locale != null && locale.startsWith("zh") ? "zh" : "en";
    }

    Template get(String key, String language) {
        return jdbc.sql("""
                SELECT template_key, language, subject, body FROM mail_template
                WHERE template_key = ? AND language = ?""")
                .params(key, language).query(MailTemplates::template).optional()
                .orElseGet(() -> get(key, "en"));
    }

    List<Template> all() {
        return jdbc.sql("""
                SELECT template_key, language, subject, body FROM mail_template
                ORDER BY template_key, language""").query(MailTemplates::template).list();
    }

    void save(Template template) {
        jdbc.sql("""
                UPDATE mail_template SET subject = ?, body = ?, updated_at = ?
                WHERE template_key = ? AND language = ?""")
                .params(template.subject(), template.body(),
                        OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
                        template.key(), template.language())
                .update();
    }

    private static Template template(ResultSet rs, int row) throws SQLException {
        return new Template(rs.getString("template_key"), rs.getString("language"),
                rs.getString("subject"), rs.getString("body"));
    }

    static String fill(String text, Map<String, String> values) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            String value = values.getOrDefault(placeholder.group(1), placeholder.group());
            placeholder.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(out);
        return out.toString();
    }
}
