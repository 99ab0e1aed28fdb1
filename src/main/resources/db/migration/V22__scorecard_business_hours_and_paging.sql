-- The scorecard's speed in business hours: the business seconds of the first response and the
-- resolution, on the service-level calendar that fits each case, counted when those events are
-- handled. Rows counted before this migration hold 0 until `analytics rebuild`.
ALTER TABLE analytics_case ADD COLUMN response_business_seconds BIGINT;
ALTER TABLE analytics_case ADD COLUMN resolution_business_seconds BIGINT;
ALTER TABLE analytics_case_day ADD COLUMN response_business_seconds BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE analytics_case_day ADD COLUMN resolution_business_seconds BIGINT DEFAULT 0 NOT NULL;

-- The cases behind a figure are paged by their basis time and number (keyset), so each basis
-- needs an index in that order; the number breaks ties between cases of the same instant.
DROP INDEX support_case_created_ix;
CREATE INDEX support_case_created_ix ON support_case (created_at, number);
CREATE INDEX support_case_first_response_ix ON support_case (first_response_at, number);
DROP INDEX support_case_solved_ix;
CREATE INDEX support_case_solved_ix ON support_case (solved_at, number);
