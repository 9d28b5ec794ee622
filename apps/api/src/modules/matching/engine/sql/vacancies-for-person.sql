-- Best vacancies for a person ($1 citizen id, $2 limit, $3 only within the person's distance limit, $4 contract type or
-- null, $5 hours or null, $6 keyword or null, $7 one vacancy id or null for the detail page).
-- Index use: vacancies_location_gist (partial on published) with a box of the person's limit when $3; otherwise the
-- published vacancies sharing at least one skill (vacancies_required_gin) or in the same ISCO group.
WITH me AS (
  SELECT p.*, box(point(p.location[0] - p.max_km / (111.32 * cos(radians(p.location[1]))), p.location[1] - p.max_km / 110.57),
                  point(p.location[0] + p.max_km / (111.32 * cos(radians(p.location[1]))), p.location[1] + p.max_km / 110.57)) AS reach
    FROM matching.profiles p WHERE p.citizen_id = $1
), vac AS (
  SELECT v.id, v.location, v.occupation_id, v.isco_group, v.required_skill_ids AS req, v.required_weights AS w,
         v.optional_skill_ids AS opt, v.min_eqf, v.languages, v.licences, v.hours, v.contract_type,
         (SELECT coalesce(sum(x), 0) FROM unnest(v.required_weights) x) AS wsum
    FROM matching.vacancies v, me
   WHERE v.status = 'published' AND v.moderation <> 'rejected' AND v.expires_on >= current_date
     AND ($7::uuid IS NOT NULL OR NOT $3 OR v.location <@ me.reach)
     AND ($7::uuid IS NULL OR v.id = $7::uuid)
     AND ($4::text IS NULL OR v.contract_type = $4::text)
     AND ($5::text IS NULL OR v.hours = $5::text)
     AND ($6::text IS NULL OR v.title ILIKE '%' || $6::text || '%' OR v.description ILIKE '%' || $6::text || '%')
     AND ($7::uuid IS NOT NULL OR (v.required_skill_ids || v.optional_skill_ids) && me.skill_ids OR v.isco_group = ANY (me.isco_groups) OR cardinality(me.skill_ids) = 0)
), pairs AS (
  SELECT me.citizen_id, me.skill_ids, me.occupation_ids, me.isco_groups, me.eqf, me.languages, me.licences, me.hours, me.contract_types, me.max_km,
         vac.id AS vacancy_id, (me.location <@> vac.location) * 1.609344 AS km
    FROM me, vac
), scored AS (
{{score}}
)
SELECT * FROM scored
 WHERE $7::uuid IS NOT NULL OR NOT $3 OR km <= max_km
 ORDER BY score DESC, km, vacancy_id
 LIMIT $2
