-- The peer's one check, run after `.import --csv FILE t`: decisions whose date is not a real ISO date or comes
-- before the start date. date(x, '+0 days') is NULL for 14/03/2023 and 2017-13-05 and rewrites 2017-02-30 to
-- 2017-03-02 (plain date(x) keeps day 30 of February), so a round trip tells real dates apart.
SELECT count(*) AS bad_decision_dates
FROM t
WHERE "decision-date" <> ''
  AND (date("decision-date", '+0 days') IS NULL OR date("decision-date", '+0 days') <> "decision-date"
       OR "decision-date" < "start-date");
