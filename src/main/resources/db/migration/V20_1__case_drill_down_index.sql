-- The scorecard lists the cases behind a figure by the day they were opened.
CREATE INDEX support_case_created_ix ON support_case (created_at);
