-- Every job that must run on one node only now takes its lease in job_lease; the other lease
-- tables and the claim columns of the run records go.
INSERT INTO job_lease (name, holder, held_until)
    VALUES ('mailbox-poller', 'nobody', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00:00');
INSERT INTO job_lease (name, holder, held_until)
    VALUES ('knowledge-schedule', 'nobody', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00:00');
INSERT INTO job_lease (name, holder, held_until)
    VALUES ('statements', 'nobody', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00:00');
INSERT INTO job_lease (name, holder, held_until)
    VALUES ('scorecard-mail', 'nobody', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00:00');
INSERT INTO job_lease (name, holder, held_until)
    VALUES ('community-digest', 'nobody', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00:00');

DROP TABLE mail_lease;
DROP TABLE knowledge_job_lease;

ALTER TABLE statement_run DROP COLUMN claimed_by;
ALTER TABLE statement_run DROP COLUMN claimed_until;

-- A scorecard run that never finished was not sent: the next run sends it.
DELETE FROM analytics_report_run WHERE finished_at IS NULL;
ALTER TABLE analytics_report_run DROP COLUMN claimed_by;
ALTER TABLE analytics_report_run DROP COLUMN claimed_until;

ALTER TABLE community_digest_run DROP COLUMN claimed_by;
