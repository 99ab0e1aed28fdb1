-- Whether a customer wants an email when their case's status changes (solved, waiting on them,
-- reopened, escalated, closed); they choose it on their details page.
ALTER TABLE app_user ADD COLUMN status_mail BOOLEAN DEFAULT TRUE NOT NULL;
