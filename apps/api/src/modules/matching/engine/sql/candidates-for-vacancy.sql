-- Best candidates for a vacancy ($1 vacancy id, $2 limit, $3 minimum score, $4 only candidates with every required skill,
-- $5 the vacancy's lookup keys: each of its skills × each grid cell within 150 km, see engine/match-keys.ts).
-- Index use: profiles_match_keys_gin (partial on "available AND visibility <> 'nobody'", repeated here) finds the people
-- who have one of the skills AND live within reach in one lookup; only those rows are read and scored, and a person
-- beyond their own limit is out. The engine runs this with enable_seqscan off in its transaction: intarray's estimate
-- for an overlap with hundreds of keys is far too high and would otherwise pick a sequential scan of every profile;
-- the same over-estimate would make PostgreSQL JIT-compile the query (seconds), so jit is off too.
-- Nothing is loaded into the API's memory but the result.
WITH vac AS (
  SELECT v.id, v.location, v.occupation_id, v.isco_group, v.required_skill_ids AS req, v.required_weights AS w,
         v.optional_skill_ids AS opt, v.min_eqf, v.languages, v.licences, v.hours, v.contract_type,
         (SELECT coalesce(sum(x), 0) FROM unnest(v.required_weights) x) AS wsum
    FROM matching.vacancies v WHERE v.id = $1
), pairs AS (
  SELECT p.citizen_id, p.skill_ids, p.occupation_ids, p.isco_groups, p.eqf, p.languages, p.licences, p.hours, p.contract_types, p.max_km,
         vac.id AS vacancy_id, (p.location <@> vac.location) * 1.609344 AS km
    FROM matching.profiles p, vac
   WHERE p.available AND p.visibility <> 'nobody'
     AND p.match_keys && $5::int[]
     AND (p.location <@> vac.location) * 1.609344 <= p.max_km
), scored AS (
{{score}}
)
SELECT * FROM scored
 WHERE score >= $3 AND (NOT $4 OR cardinality(missing_required) = 0)
 ORDER BY score DESC, km, citizen_id
 LIMIT $2
