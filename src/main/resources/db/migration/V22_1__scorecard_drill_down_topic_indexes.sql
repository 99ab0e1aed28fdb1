-- The cases behind a topic's figure are paged by topic, basis time and number: without the
-- topic in front, a topic's cases would be read and sorted in full (a topic is 5-20 % of all
-- cases) or the time index walked past every other topic's cases.
DROP INDEX support_case_topic_ix;
CREATE INDEX support_case_topic_ix ON support_case (topic, created_at, number);
CREATE INDEX support_case_topic_response_ix ON support_case (topic, first_response_at, number);
CREATE INDEX support_case_topic_solved_ix ON support_case (topic, solved_at, number);
