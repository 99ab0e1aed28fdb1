-- The version of the SLA settings (policies, calendars, hours, holidays): moved on in the same
-- transaction as any change to them, so that every node's SLA engine can tell with one row
-- whether the settings it keeps in memory are still current.
CREATE TABLE sla_settings_version (
    version BIGINT NOT NULL
);
INSERT INTO sla_settings_version (version) VALUES (1);

-- The cases behind the scorecard's SLA compliance: those whose first response or resolution
-- broke its target, paged by the time of the response or the solve and the number.
CREATE INDEX analytics_case_response_met_ix
    ON analytics_case (first_response_met, first_response_at, number);
CREATE INDEX analytics_case_resolution_met_ix
    ON analytics_case (resolution_met, solved_at, number);
