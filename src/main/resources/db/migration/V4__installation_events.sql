-- One-time installation steps (such as loading the demo organisation); the primary key makes
-- sure that only one node performs each step, however many start together.
CREATE TABLE installation_event (
    name VARCHAR(60) PRIMARY KEY,
    happened_at TIMESTAMP WITH TIME ZONE NOT NULL
);
