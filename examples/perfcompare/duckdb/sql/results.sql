-- The three results of the comparison, over the tables (or views) workers,
-- posts and areas, printed as the same canonical lines as
-- `perfcompare run` (one text column, `line`, in order):
--
--   density_per_100k_children <province> <active workers> <children> <value>
--   communes_meeting_norm_2 <country> <communes meeting the norm> <communes> <percent>
--   post_vacancy_rate <country> <funded vacant posts> <funded posts> <percent>
--
-- The definitions are the ssw library's (documentation of its indicators
-- package, "Counting records" and "Areas and population"):
--
--  * A worker counts on the as-of date when at least one employment is
--    active on it: started on or before it and not ended before it (an
--    end date equal to the as-of date still counts; no end date means
--    ongoing). Former workers, whose every employment ended earlier, do
--    not count.
--  * An active worker counts once, at the area of the post of the main
--    active employment: the largest FTE, ties broken by the smallest post
--    ID (byte order).
--  * An area counts the workers at its own posts and at every area below
--    it (the areas roll up through their parents).
--  * An area's population is its latest figure dated on or before the
--    as-of date (a projection dated later does not apply yet). Every area
--    of the synthetic registry has figures of its own; the library's
--    fallback for an area without one (the sum of its children's figures)
--    is not written here.
--  * SSW-DEN-CHILD: active workers per 100,000 children, by province.
--  * SSW-UNIT-COVERAGE with the staffing norm "2 workers per commune": the
--    share (percent) of communes whose own count is at least 2; every
--    commune is in the denominator, those with no worker too.
--  * SSW-POST-VAC: funded vacant posts as a percent of funded posts
--    (filled + funded_vacant); frozen and abolished posts are in neither.
--  * Every value is exact: numerator × multiplier ÷ denominator in integers,
--    truncated (not rounded) at 6 decimals.
--
-- FTE has at most 2 decimals and lies in (0, 1.00] (the library refuses
-- anything else), so 999 − FTE in hundredths, zero-padded to 3 digits and
-- followed by the post ID, is a text key whose minimum is the main
-- employment.
--
-- @AS_OF@ is replaced by the as-of date of the data (params.txt).
WITH RECURSIVE
anc(code, anc) AS (
  -- every area paired with itself and each of its ancestors
  SELECT code, code FROM areas
  UNION ALL
  SELECT anc.code, a.parent FROM anc JOIN areas a ON a.code = anc.anc WHERE a.parent IS NOT NULL
),
main AS (
  -- per worker: the key of the main active employment (NULL: not active)
  SELECT list_min(list_transform(
           list_filter(employments, e -> e.start <= DATE '@AS_OF@' AND (e."end" IS NULL OR e."end" >= DATE '@AS_OF@')),
           e -> lpad(CAST(999 - CAST(CAST(e.fte AS DECIMAL(5,2)) * 100 AS INTEGER) AS VARCHAR), 3, '0') || e.post_id)) AS k
  FROM workers
),
area_n AS MATERIALIZED (
  -- active workers at each area's own posts
  SELECT p.area, count(*) AS n
  FROM main JOIN posts p ON p.id = substr(main.k, 4)
  GROUP BY p.area
),
pop AS (
  -- children of each area on the as-of date
  SELECT code, arg_max(f.children, f.date) AS children
  FROM (SELECT code, unnest(population) AS f FROM areas)
  WHERE f.date <= DATE '@AS_OF@'
  GROUP BY code
),
dens AS (
  SELECT pr.code, CAST(coalesce(sum(an.n), 0) AS BIGINT) AS n, pop.children AS d
  FROM areas pr
  JOIN pop ON pop.code = pr.code
  LEFT JOIN anc ON anc.anc = pr.code
  LEFT JOIN area_n an ON an.area = anc.code
  WHERE pr.level = 'province'
  GROUP BY pr.code, pop.children
),
cov AS (
  SELECT count(*) FILTER (WHERE coalesce(an.n, 0) >= 2) AS met, count(*) AS units
  FROM areas c LEFT JOIN area_n an ON an.area = c.code
  WHERE c.level = 'commune'
),
vac AS (
  SELECT count(*) FILTER (WHERE status = 'funded_vacant') AS vacant,
         count(*) FILTER (WHERE status IN ('filled', 'funded_vacant')) AS funded
  FROM posts
),
root AS (SELECT code FROM areas WHERE parent IS NULL),
lines AS (
  -- v is the value in millionths, truncated
  SELECT 1 AS s, code AS o, n AS num, d AS den, n * 100000 * 1000000 // d AS v, 'density_per_100k_children ' || code AS head FROM dens
  UNION ALL
  SELECT 2, '', met, units, met * 100 * 1000000 // units, 'communes_meeting_norm_2 ' || (SELECT code FROM root) FROM cov
  UNION ALL
  SELECT 3, '', vacant, funded, vacant * 100 * 1000000 // funded, 'post_vacancy_rate ' || (SELECT code FROM root) FROM vac
)
SELECT head || ' ' || num || ' ' || den || ' ' || (v // 1000000) || '.' || lpad(CAST(v % 1000000 AS VARCHAR), 6, '0') AS line
FROM lines
ORDER BY s, o;
