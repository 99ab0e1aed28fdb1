-- NPS answers summed per day and site, so the scorecard reads a row per day instead of every
-- answer of the period (150,000 answers a year in the benchmark workload). Filled from the
-- answers kept so far; analytics_nps_answer stays the record of each answer.
CREATE TABLE analytics_nps_day (
    on_day DATE NOT NULL,
    site VARCHAR(40) NOT NULL,
    answers BIGINT NOT NULL,
    promoters BIGINT NOT NULL,
    passives BIGINT NOT NULL,
    detractors BIGINT NOT NULL,
    CONSTRAINT analytics_nps_day_pk PRIMARY KEY (on_day, site)
);
INSERT INTO analytics_nps_day (on_day, site, answers, promoters, passives, detractors)
    SELECT on_day, site, COUNT(*),
        SUM(CASE WHEN score >= 9 THEN 1 ELSE 0 END),
        SUM(CASE WHEN score BETWEEN 7 AND 8 THEN 1 ELSE 0 END),
        SUM(CASE WHEN score <= 6 THEN 1 ELSE 0 END)
    FROM analytics_nps_answer GROUP BY on_day, site;
