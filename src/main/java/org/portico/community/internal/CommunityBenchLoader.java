package org.portico.community.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.portico.cases.Topics;
import org.portico.platform.CommandArguments;
import org.portico.platform.PorticoCommand;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * {@code community bench --questions=100000 --answers=50 --members=2000
 * --portico.data-dir=/tmp/community-bench}: fills an EMPTY data folder with members and
 * questions of the help site spread over the topics (JDBC batches), and one question with
 * the given number of answers, comments and votes, so that the question page and the topic
 * lists can be measured with {@code scripts/bench-community.sh}.
 */
@Component
class CommunityBenchLoader implements PorticoCommand {

    private static final int BATCH = 5000;
    private static final long DAY = 86_400L;
    private static final String INSERT = """
            INSERT INTO community_post (kind, site_slug, question_id, parent_id, title, topic,
                language, body_markdown, body_html, body_text, author_user_id, official,
                accepted, status, score, answer_count, accepted_count, flag_count, created_at,
                updated_at)
            VALUES (?, 'help', ?, ?, ?, ?, 'en', ?, ?, ?, ?, FALSE, ?, 'VISIBLE', ?, ?, ?, 0,
                ?, ?)""";

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final Random random = new Random(11);

    CommunityBenchLoader(JdbcTemplate jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "community bench";
    }

    @Override
    public int run(CommandArguments arguments) {
        int questions = intOption(arguments, "questions", 100_000);
        int answers = intOption(arguments, "answers", 50);
        int memberCount = intOption(arguments, "members", 2000);
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM community_post",
                Integer.class);
        if (existing != null && existing > 0) {
            System.err.println("community bench needs an empty data folder:"
                    + " --portico.data-dir=/tmp/community-bench");
            return 2;
        }
        long started = System.nanoTime();
        long[] members = createMembers(memberCount);
        createQuestions(members, questions);
        long busy = createBusyQuestion(members, answers);
        System.out.printf(Locale.ROOT, "community bench: %d members, %d questions loaded in"
                + " %.1f s%n", memberCount, questions + 1, (System.nanoTime() - started) / 1e9);
        System.out.printf(Locale.ROOT, "community bench: question %d has %d answers;"
                + " topics %s%n", busy, answers, String.join(",", Topics.KEYS));
        return 0;
    }

    private static int intOption(CommandArguments arguments, String name, int fallback) {
        return Integer.parseInt(arguments.option(name).orElse(String.valueOf(fallback)));
    }

    private long[] createMembers(int count) {
        Timestamp now = Timestamp.from(clock.instant());
        String hash = passwords.encode("portico-bench");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {"bench-member-" + i + "@example.com", hash,
                "Bench Member " + i, now});
        }
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate("""
                    INSERT INTO app_user (email, password_hash, display_name, role, locale,
                        time_zone, enabled, created_at)
                    VALUES (?, ?, ?, 'CUSTOMER', 'en', 'UTC', TRUE, ?)""",
                    rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
        return jdbc.queryForList("SELECT id FROM app_user WHERE email LIKE 'bench-member-%'"
                + " ORDER BY id", Long.class).stream().mapToLong(Long::longValue).toArray();
    }

    private void createQuestions(long[] members, int count) {
        Instant now = clock.instant();
        List<Object[]> rows = new ArrayList<>(BATCH);
        for (int i = 0; i < count; i++) {
            String topic = Topics.KEYS.get(i % Topics.KEYS.size());
            int answers = random.nextInt(4);
            String text = "Bench question " + i + " about " + topic + " and how it works.";
            Timestamp at = Timestamp.from(now.minusSeconds(random.nextLong(700 * DAY)));
            rows.add(post("QUESTION", null, null, "How do I handle " + topic + " case " + i
                    + "?", topic, text, members[i % members.length], false,
                    random.nextInt(20) - 3, answers, answers > 0 && i % 3 == 0 ? 1 : 0, at));
            if (rows.size() == BATCH) {
                jdbc.batchUpdate(INSERT, rows);
                rows.clear();
            }
        }
        jdbc.batchUpdate(INSERT, rows);
    }

    private long createBusyQuestion(long[] members, int answers) {
        Instant now = clock.instant();
        jdbc.batchUpdate(INSERT, List.<Object[]>of(post("QUESTION", null, null,
                "Which of these fifty answers is right?", "taxes",
                "A question with a long thread, for the question page benchmark.", members[0],
                false, 42, answers, 1, Timestamp.from(now.minusSeconds(DAY)))));
        long question = jdbc.queryForObject("SELECT MAX(id) FROM community_post", Long.class);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < answers; i++) {
            rows.add(post("ANSWER", question, null, null, null, "Answer " + i + " with **some**"
                    + " Markdown, a [link](https://example.com/" + i + ") and a list:\n\n- one\n"
                    + "- two\n", members[(i + 1) % members.length], i == 3, random.nextInt(30),
                    0, 0, Timestamp.from(now.minusSeconds(DAY - 60L * i))));
        }
        jdbc.batchUpdate(INSERT, rows);
        List<Long> answerIds = jdbc.queryForList("SELECT id FROM community_post"
                + " WHERE question_id = ? ORDER BY id", Long.class, question);
        rows.clear();
        for (int i = 0; i < answerIds.size(); i += 2) {
            rows.add(post("COMMENT", question, answerIds.get(i), null, null, "Thanks, this"
                    + " helped with part " + i + ".", members[(i + 7) % members.length], false, 0,
                    0, 0, Timestamp.from(now.minusSeconds(DAY / 2 - i))));
        }
        jdbc.batchUpdate(INSERT, rows);
        return question;
    }

    private static Object[] post(String kind, Long question, Long parent, String title,
            String topic, String markdown, long author, boolean accepted, int score,
            int answers, int acceptedCount, Timestamp at) {
        PostText text = PostText.of(markdown);
        return new Object[] {kind, question, parent, title, topic, text.markdown(), text.html(),
            text.text(), author, accepted, score, answers, acceptedCount, at, at};
    }
}
