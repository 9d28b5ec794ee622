-- Scoring of one (candidate c, vacancy v) pair; included by the two hot queries in place of {{score}}.
-- Inputs: c = profile columns + km (distance of the centroids); v = vacancy columns + wsum (sum of required weights).
-- Points (total 100): required skills 45 (weighted coverage), optional skills 10, occupation 15 (same) / 8 (same ISCO
-- minor group), education 10, languages 5, licences 5, distance 5 (linear to the person's limit), availability 5.
SELECT x.*,
       round((x.p_required + x.p_optional + x.p_occupation + x.p_education + x.p_languages + x.p_licences + x.p_distance + x.p_availability)::numeric, 1) AS score
  FROM (
    SELECT c.citizen_id, v.id AS vacancy_id, round(c.km::numeric, 1) AS km, c.max_km,
           (c.skill_ids & v.req) AS met_required, (v.req - c.skill_ids) AS missing_required,
           (c.skill_ids & v.opt) AS met_optional, (v.opt - c.skill_ids) AS missing_optional,
           CASE WHEN v.occupation_id = ANY (c.occupation_ids) THEN 'same' WHEN v.isco_group = ANY (c.isco_groups) THEN 'group' ELSE 'none' END AS occupation_match,
           c.eqf, v.min_eqf,
           ARRAY(SELECT r->>'language' || ' ' || (r->>'level') FROM jsonb_array_elements(v.languages) r
                  WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(c.languages) l
                                     WHERE l->>'language' = r->>'language' AND (l->>'rank')::int >= (r->>'rank')::int)) AS missing_languages,
           ARRAY(SELECT unnest(v.licences) EXCEPT SELECT unnest(c.licences)) AS missing_licences,
           ((c.hours = 'any' OR c.hours = v.hours) AND (cardinality(c.contract_types) = 0 OR v.contract_type = ANY (c.contract_types))) AS availability_match,
           CASE WHEN v.wsum > 0 THEN 45.0 * (SELECT coalesce(sum(t.w), 0) FROM unnest(v.req, v.w) AS t(sk, w) WHERE t.sk = ANY (c.skill_ids)) / v.wsum ELSE 45.0 END AS p_required,
           CASE WHEN cardinality(v.opt) > 0 THEN 10.0 * cardinality(c.skill_ids & v.opt) / cardinality(v.opt) ELSE 10.0 END AS p_optional,
           CASE WHEN v.occupation_id = ANY (c.occupation_ids) THEN 15.0 WHEN v.isco_group = ANY (c.isco_groups) THEN 8.0 ELSE 0.0 END AS p_occupation,
           CASE WHEN c.eqf >= v.min_eqf THEN 10.0 ELSE 0.0 END AS p_education,
           CASE WHEN jsonb_array_length(v.languages) = 0 THEN 5.0 ELSE 5.0 * (1 - (SELECT count(*) FROM jsonb_array_elements(v.languages) r
                  WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(c.languages) l
                                     WHERE l->>'language' = r->>'language' AND (l->>'rank')::int >= (r->>'rank')::int))::float8 / jsonb_array_length(v.languages)) END AS p_languages,
           CASE WHEN cardinality(v.licences) = 0 THEN 5.0 ELSE 5.0 * cardinality(ARRAY(SELECT unnest(v.licences) INTERSECT SELECT unnest(c.licences)))::float8 / cardinality(v.licences) END AS p_licences,
           5.0 * greatest(0, 1 - c.km / greatest(c.max_km, 1)) AS p_distance,
           CASE WHEN (c.hours = 'any' OR c.hours = v.hours) AND (cardinality(c.contract_types) = 0 OR v.contract_type = ANY (c.contract_types)) THEN 5.0 ELSE 0.0 END AS p_availability
      FROM pairs c JOIN vac v ON v.id = c.vacancy_id
  ) x
