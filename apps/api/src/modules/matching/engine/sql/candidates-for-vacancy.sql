-- Best candidates for a vacancy ($1 vacancy id, $2 limit, $3 minimum score, $4 only candidates with every required skill).
-- Index use: profiles_location_gist (a box of 150 km around the workplace, the largest limit a profile can set) and
-- profiles_skill_ids_gin (at least one of the vacancy's skills), combined by a BitmapAnd; both are partial indexes on
-- "available AND visibility <> 'nobody'", which this query repeats. Only those rows are scored; a person beyond their
-- own limit is out. Nothing is loaded into the API's memory but the result.
WITH vac AS (
  SELECT v.id, v.location, v.occupation_id, v.isco_group, v.required_skill_ids AS req, v.required_weights AS w,
         v.optional_skill_ids AS opt, v.min_eqf, v.languages, v.licences, v.hours, v.contract_type,
         (SELECT coalesce(sum(x), 0) FROM unnest(v.required_weights) x) AS wsum,
         box(point(v.location[0] - 150 / (111.32 * cos(radians(v.location[1]))), v.location[1] - 150 / 110.57),
             point(v.location[0] + 150 / (111.32 * cos(radians(v.location[1]))), v.location[1] + 150 / 110.57)) AS reach
    FROM matching.vacancies v WHERE v.id = $1
), pairs AS (
  SELECT p.citizen_id, p.skill_ids, p.occupation_ids, p.isco_groups, p.eqf, p.languages, p.licences, p.hours, p.contract_types, p.max_km,
         vac.id AS vacancy_id, (p.location <@> vac.location) * 1.609344 AS km
    FROM matching.profiles p, vac
   WHERE p.available AND p.visibility <> 'nobody'
     AND p.location <@ vac.reach
     AND p.skill_ids && (vac.req || vac.opt)
     AND (p.location <@> vac.location) * 1.609344 <= p.max_km
), scored AS (
{{score}}
)
SELECT * FROM scored
 WHERE score >= $3 AND (NOT $4 OR cardinality(missing_required) = 0)
 ORDER BY score DESC, km, citizen_id
 LIMIT $2
