-- Reach as a percentile (lib/evidence/reach.ts): each evidence item's reach figures ranked among the
-- items of the same type that have the same figure, in the same award category where at least 20
-- such items exist, else among all of that type; fewer than 20 say "not enough to compare".
-- Two populations, each its own "current cycle":
--   * frozen items (SubmissionItem) of the submissions of an award cycle (withdrawn ones left out),
--     ranked within that cycle and the submission's award category: what the review page shows;
--   * logged items (EvidenceItem) dated within the 12 months ending today (the window a submission
--     made today covers), ranked within the item's own category: what the candidate's log shows.
-- A materialized view, so pages read one indexed row set instead of ranking per request; the worker
-- refreshes it CONCURRENTLY every few minutes (reach.refresh-percentiles), and the seed and the
-- large dataset refresh it after loading. Prisma does not manage views: prisma/schema.prisma has no
-- model of it, and the schema diff leaves it alone (tests/integration/migrations.test.ts).
CREATE MATERIALIZED VIEW "ReachPercentile" AS
WITH measured AS (
  SELECT si.id AS "itemId", s.id AS "submissionId", s."cycleId", s."categoryId", si.type, m.key AS metric, (m.value)::numeric AS value
  FROM "SubmissionItem" si
  JOIN "Submission" s ON s.id = si."submissionId"
  CROSS JOIN LATERAL jsonb_each(si.metrics) m
  WHERE s.status <> 'WITHDRAWN' AND jsonb_typeof(m.value) = 'number'
  UNION ALL
  SELECT e.id, NULL::uuid, NULL::uuid, e."categoryId", e.type, m.metric::text, m.value::numeric
  FROM "EvidenceItem" e
  JOIN "EvidenceMetric" m ON m."evidenceItemId" = e.id
  WHERE e."startDate" <= CURRENT_DATE AND COALESCE(e."endDate", e."startDate") > (CURRENT_DATE - interval '12 months')::date
),
ranked AS (
  SELECT "itemId", "submissionId", "categoryId", metric,
    count(*) OVER by_type AS "typeCount",
    percent_rank() OVER (by_type ORDER BY value) AS "typeRank",
    count(*) OVER by_category AS "categoryCount",
    percent_rank() OVER (by_category ORDER BY value) AS "categoryRank"
  FROM measured
  WINDOW by_type AS (PARTITION BY "cycleId", type, metric),
    by_category AS (PARTITION BY "cycleId", "categoryId", type, metric)
),
based AS (
  SELECT *, CASE WHEN "categoryId" IS NOT NULL AND "categoryCount" >= 20 THEN 'CATEGORY'
                 WHEN "typeCount" >= 20 THEN 'TYPE' ELSE 'TOO_FEW' END AS basis
  FROM ranked
)
SELECT "itemId", "submissionId", metric, basis,
  CASE WHEN basis = 'CATEGORY' THEN "categoryId" END AS "categoryId",
  (CASE WHEN basis = 'CATEGORY' THEN "categoryCount" ELSE "typeCount" END)::int AS "comparedWith",
  CASE WHEN basis = 'CATEGORY' THEN floor(100 * "categoryRank")::int
       WHEN basis = 'TYPE' THEN floor(100 * "typeRank")::int END AS percentile
FROM based;

-- REFRESH … CONCURRENTLY needs a unique index; it also serves the log's read by item.
CREATE UNIQUE INDEX "ReachPercentile_itemId_metric_key" ON "ReachPercentile" ("itemId", metric);
-- The review page reads one submission's items.
CREATE INDEX "ReachPercentile_submissionId_idx" ON "ReachPercentile" ("submissionId") WHERE "submissionId" IS NOT NULL;
