-- The scorecard's monthly rollups: the same counters as the day tables, per calendar month of
-- the analytics time zone (on_month is the 1st). A long period reads its whole months from
-- here and only the days at either end from the day tables. Every event adds to both; the
-- month rows below are summed from the day rows counted so far (`analytics rebuild` does the
-- same again).
--
-- SLA compliance: cases whose first response and resolution had a service-level target
-- (targeted) and met it (met), counted on the day of the response and of the solve. Rows
-- counted before this migration hold 0 until `analytics rebuild`.
ALTER TABLE analytics_case ADD COLUMN first_response_met BOOLEAN;
ALTER TABLE analytics_case ADD COLUMN resolution_met BOOLEAN;
ALTER TABLE analytics_case_day ADD COLUMN response_targeted BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE analytics_case_day ADD COLUMN response_met BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE analytics_case_day ADD COLUMN resolution_targeted BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE analytics_case_day ADD COLUMN resolution_met BIGINT DEFAULT 0 NOT NULL;

CREATE TABLE analytics_case_month (
    on_month DATE NOT NULL,
    site VARCHAR(40) NOT NULL,
    channel VARCHAR(10) NOT NULL,
    topic VARCHAR(40) NOT NULL,
    priority VARCHAR(10) NOT NULL,
    opened BIGINT NOT NULL,
    responded BIGINT NOT NULL,
    response_seconds BIGINT NOT NULL,
    solved BIGINT NOT NULL,
    resolution_seconds BIGINT NOT NULL,
    response_business_seconds BIGINT NOT NULL,
    resolution_business_seconds BIGINT NOT NULL,
    response_targeted BIGINT NOT NULL,
    response_met BIGINT NOT NULL,
    resolution_targeted BIGINT NOT NULL,
    resolution_met BIGINT NOT NULL,
    CONSTRAINT analytics_case_month_pk PRIMARY KEY (on_month, site, channel, topic, priority)
);
INSERT INTO analytics_case_month (on_month, site, channel, topic, priority, opened, responded,
        response_seconds, solved, resolution_seconds, response_business_seconds,
        resolution_business_seconds, response_targeted, response_met, resolution_targeted,
        resolution_met)
    SELECT CAST(DATE_TRUNC('MONTH', on_day) AS DATE), site, channel, topic, priority,
        SUM(opened), SUM(responded), SUM(response_seconds), SUM(solved),
        SUM(resolution_seconds), SUM(response_business_seconds),
        SUM(resolution_business_seconds), SUM(response_targeted), SUM(response_met),
        SUM(resolution_targeted), SUM(resolution_met)
    FROM analytics_case_day
    GROUP BY CAST(DATE_TRUNC('MONTH', on_day) AS DATE), site, channel, topic, priority;

CREATE TABLE analytics_handle_month (
    on_month DATE NOT NULL,
    site VARCHAR(40) NOT NULL,
    channel VARCHAR(10) NOT NULL,
    topic VARCHAR(40) NOT NULL,
    agent_id BIGINT NOT NULL,
    source VARCHAR(10) NOT NULL,
    sessions BIGINT NOT NULL,
    seconds BIGINT NOT NULL,
    CONSTRAINT analytics_handle_month_pk
        PRIMARY KEY (on_month, site, channel, topic, agent_id, source)
);
INSERT INTO analytics_handle_month (on_month, site, channel, topic, agent_id, source, sessions,
        seconds)
    SELECT CAST(DATE_TRUNC('MONTH', on_day) AS DATE), site, channel, topic, agent_id, source,
        SUM(sessions), SUM(seconds)
    FROM analytics_handle_day
    GROUP BY CAST(DATE_TRUNC('MONTH', on_day) AS DATE), site, channel, topic, agent_id, source;

CREATE TABLE analytics_deflection_month (
    on_month DATE NOT NULL,
    site VARCHAR(40) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    total BIGINT NOT NULL,
    CONSTRAINT analytics_deflection_month_pk PRIMARY KEY (on_month, site, kind)
);
INSERT INTO analytics_deflection_month (on_month, site, kind, total)
    SELECT CAST(DATE_TRUNC('MONTH', on_day) AS DATE), site, kind, SUM(total)
    FROM analytics_deflection_day
    GROUP BY CAST(DATE_TRUNC('MONTH', on_day) AS DATE), site, kind;

CREATE TABLE analytics_visit_month (
    on_month DATE NOT NULL,
    site VARCHAR(40) NOT NULL,
    visits BIGINT NOT NULL,
    self_service BIGINT NOT NULL,
    searches BIGINT NOT NULL,
    article_views BIGINT NOT NULL,
    CONSTRAINT analytics_visit_month_pk PRIMARY KEY (on_month, site)
);
INSERT INTO analytics_visit_month (on_month, site, visits, self_service, searches,
        article_views)
    SELECT CAST(DATE_TRUNC('MONTH', on_day) AS DATE), site, SUM(visits), SUM(self_service),
        SUM(searches), SUM(article_views)
    FROM analytics_visit_day
    GROUP BY CAST(DATE_TRUNC('MONTH', on_day) AS DATE), site;

CREATE TABLE analytics_csat_month (
    on_month DATE NOT NULL,
    site VARCHAR(40) NOT NULL,
    channel VARCHAR(10) NOT NULL,
    sent BIGINT NOT NULL,
    answers BIGINT NOT NULL,
    score_sum BIGINT NOT NULL,
    satisfied BIGINT NOT NULL,
    CONSTRAINT analytics_csat_month_pk PRIMARY KEY (on_month, site, channel)
);
INSERT INTO analytics_csat_month (on_month, site, channel, sent, answers, score_sum, satisfied)
    SELECT CAST(DATE_TRUNC('MONTH', on_day) AS DATE), site, channel, SUM(sent), SUM(answers),
        SUM(score_sum), SUM(satisfied)
    FROM analytics_csat_day
    GROUP BY CAST(DATE_TRUNC('MONTH', on_day) AS DATE), site, channel;

CREATE TABLE analytics_nps_month (
    on_month DATE NOT NULL,
    site VARCHAR(40) NOT NULL,
    sent BIGINT NOT NULL,
    answers BIGINT NOT NULL,
    promoters BIGINT NOT NULL,
    passives BIGINT NOT NULL,
    detractors BIGINT NOT NULL,
    CONSTRAINT analytics_nps_month_pk PRIMARY KEY (on_month, site)
);
INSERT INTO analytics_nps_month (on_month, site, sent, answers, promoters, passives, detractors)
    SELECT CAST(DATE_TRUNC('MONTH', on_day) AS DATE), site, SUM(sent), SUM(answers),
        SUM(promoters), SUM(passives), SUM(detractors)
    FROM analytics_nps_day
    GROUP BY CAST(DATE_TRUNC('MONTH', on_day) AS DATE), site;

CREATE TABLE analytics_community_month (
    on_month DATE NOT NULL,
    site VARCHAR(40) NOT NULL,
    questions BIGINT NOT NULL,
    answers BIGINT NOT NULL,
    answered BIGINT NOT NULL,
    answered_by_peers BIGINT NOT NULL,
    first_answer_seconds BIGINT NOT NULL,
    CONSTRAINT analytics_community_month_pk PRIMARY KEY (on_month, site)
);
INSERT INTO analytics_community_month (on_month, site, questions, answers, answered,
        answered_by_peers, first_answer_seconds)
    SELECT CAST(DATE_TRUNC('MONTH', on_day) AS DATE), site, SUM(questions), SUM(answers),
        SUM(answered), SUM(answered_by_peers), SUM(first_answer_seconds)
    FROM analytics_community_day
    GROUP BY CAST(DATE_TRUNC('MONTH', on_day) AS DATE), site;
