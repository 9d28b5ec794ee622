import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Monitoring (issue 16). Each owner gets materialised views of its own facts (refreshed CONCURRENTLY by its kpi
 * service, on the monitoring job's call; each has the unique index that needs): agenda appointments, patto DIDs and
 * patti, matching vacancies, condizionalita cases. The monitoring schema keeps only its refresh runs and the
 * indicator definitions (data). Months are Europe/Rome calendar months (first day as a date).
 */
export class MonitoringKpi1796316003845 implements MigrationInterface {
    name = 'MonitoringKpi1796316003845'

    public async up(queryRunner: QueryRunner): Promise<void> {
        const month = (col: string) => `(date_trunc('month', ${col} AT TIME ZONE 'Europe/Rome'))::date`;
        const day = (col: string) => `(${col} AT TIME ZONE 'Europe/Rome')::date`;
        // agenda: appointments by office × month (slot start) × service × channel × kind × outcome, and by operator
        await queryRunner.query(`CREATE MATERIALIZED VIEW "agenda"."kpi_appointments_monthly" AS
            SELECT s.office_id, ${month('s.starts_at')} AS month, st.code AS service_code, a.channel,
                   CASE WHEN c.appointment_id IS NOT NULL THEN 'convocation' WHEN i.appointment_id IS NOT NULL THEN 'invitation' ELSE 'booking' END AS kind,
                   a.status AS outcome, count(*)::int AS appointments
              FROM agenda.appointments a
              JOIN agenda.slots s ON s.id = a.slot_id
              JOIN agenda.service_types st ON st.id = s.service_type_id
              LEFT JOIN agenda.convocations c ON c.appointment_id = a.id
              LEFT JOIN (SELECT DISTINCT appointment_id FROM agenda.invitations WHERE appointment_id IS NOT NULL) i ON i.appointment_id = a.id
             GROUP BY 1, 2, 3, 4, 5, 6`);
        await queryRunner.query(`CREATE UNIQUE INDEX "kpi_appointments_monthly_key" ON "agenda"."kpi_appointments_monthly" ("month", "office_id", "service_code", "channel", "kind", "outcome")`);
        await queryRunner.query(`CREATE MATERIALIZED VIEW "agenda"."kpi_appointments_operator_monthly" AS
            SELECT s.office_id, s.operator_id, ${month('s.starts_at')} AS month, a.status AS outcome, count(*)::int AS appointments
              FROM agenda.appointments a JOIN agenda.slots s ON s.id = a.slot_id
             GROUP BY 1, 2, 3, 4`);
        await queryRunner.query(`CREATE UNIQUE INDEX "kpi_appointments_operator_monthly_key" ON "agenda"."kpi_appointments_operator_monthly" ("office_id", "month", "operator_id", "outcome")`);
        // patto: DIDs by office × month of filing with their first contact (first profiling of the DID or first patto since filing)
        await queryRunner.query(`CREATE MATERIALIZED VIEW "patto"."kpi_dids_monthly" AS
            WITH prof AS (SELECT did_id, min(computed_at) AS at FROM patto.profilings GROUP BY did_id),
                 pat AS (SELECT d.id AS did_id, min(p.created_at) AS at FROM patto.dids d JOIN patto.patti p ON p.citizen_id = d.citizen_id AND p.created_at >= d.filed_at GROUP BY d.id),
                 firsts AS (SELECT d.id, d.office_id, d.filed_at, d.contact_deadline, LEAST(prof.at, pat.at) AS first_at
                              FROM patto.dids d LEFT JOIN prof ON prof.did_id = d.id LEFT JOIN pat ON pat.did_id = d.id WHERE d.office_id IS NOT NULL)
            SELECT office_id, ${month('filed_at')} AS month, count(*)::int AS dids,
                   (count(*) FILTER (WHERE first_at IS NOT NULL OR contact_deadline < ${day('now()')}))::int AS contact_due,
                   (count(*) FILTER (WHERE first_at IS NOT NULL AND ${day('first_at')} <= contact_deadline))::int AS contacted_in_window
              FROM firsts GROUP BY 1, 2`);
        await queryRunner.query(`CREATE UNIQUE INDEX "kpi_dids_monthly_key" ON "patto"."kpi_dids_monthly" ("month", "office_id")`);
        // patto: patti by office × month of first signature × GOL pathway × responsible operator, and days DID → first signature
        const firstSignature = `SELECT DISTINCT ON (v.patto_id) v.patto_id, v.signed_at, v.content->>'pathway' AS pathway
              FROM patto.patto_versions v WHERE v.signed_at IS NOT NULL ORDER BY v.patto_id, v.signed_at`;
        await queryRunner.query(`CREATE MATERIALIZED VIEW "patto"."kpi_patti_monthly" AS
            SELECT p.office_id, ${month('f.signed_at')} AS month, coalesce(f.pathway, 'none') AS pathway, p.responsible_staff_id AS staff_id, count(*)::int AS patti
              FROM patto.patti p JOIN (${firstSignature}) f ON f.patto_id = p.id
             GROUP BY 1, 2, 3, 4`);
        await queryRunner.query(`CREATE UNIQUE INDEX "kpi_patti_monthly_key" ON "patto"."kpi_patti_monthly" ("month", "office_id", "pathway", "staff_id")`);
        await queryRunner.query(`CREATE MATERIALIZED VIEW "patto"."kpi_time_to_patto" AS
            WITH signed AS (
              SELECT DISTINCT ON (p.id) p.office_id, f.signed_at, ${day('f.signed_at')} - ${day('d.filed_at')} AS days
                FROM patto.patti p JOIN (${firstSignature}) f ON f.patto_id = p.id
                JOIN patto.dids d ON d.citizen_id = p.citizen_id AND d.filed_at <= f.signed_at
               ORDER BY p.id, d.filed_at DESC)
            SELECT office_id, ${month('signed_at')} AS month, days, count(*)::int AS patti FROM signed GROUP BY 1, 2, 3`);
        await queryRunner.query(`CREATE UNIQUE INDEX "kpi_time_to_patto_key" ON "patto"."kpi_time_to_patto" ("month", "office_id", "days")`);
        // matching: vacancies published (month of publication) and filled (month of the first hire, days since publication)
        await queryRunner.query(`CREATE MATERIALIZED VIEW "matching"."kpi_vacancies_monthly" AS
            SELECT v.office_id, ${month('v.published_at')} AS month, 'published'::text AS event, 0 AS days, count(*)::int AS vacancies
              FROM matching.vacancies v WHERE v.published_at IS NOT NULL AND v.office_id IS NOT NULL GROUP BY 1, 2
            UNION ALL
            SELECT v.office_id, ${month('h.hired_at')}, 'filled', ${day('h.hired_at')} - ${day('v.published_at')}, count(*)::int
              FROM matching.vacancies v
              JOIN (SELECT vacancy_id, min(outcome_at) AS hired_at FROM matching.applications WHERE outcome = 'hired' AND outcome_at IS NOT NULL GROUP BY vacancy_id) h ON h.vacancy_id = v.id
             WHERE v.published_at IS NOT NULL AND v.office_id IS NOT NULL GROUP BY 1, 2, 3, 4`);
        await queryRunner.query(`CREATE UNIQUE INDEX "kpi_vacancies_monthly_key" ON "matching"."kpi_vacancies_monthly" ("month", "office_id", "event", "days")`);
        // condizionalita: cases opened by office × month × breach
        await queryRunner.query(`CREATE MATERIALIZED VIEW "condizionalita"."kpi_cases_monthly" AS
            SELECT office_id, ${month('opened_at')} AS month, breach_code, count(*)::int AS cases FROM condizionalita.cases GROUP BY 1, 2, 3`);
        await queryRunner.query(`CREATE UNIQUE INDEX "kpi_cases_monthly_key" ON "condizionalita"."kpi_cases_monthly" ("month", "office_id", "breach_code")`);

        await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "monitoring"`);
        await queryRunner.query(`CREATE TABLE "monitoring"."refresh_runs" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "state" character varying(10) NOT NULL, "trigger" character varying(10) NOT NULL, "requested_by" character(16), "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, "steps" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "refresh_runs_state_check" CHECK ("state" IN ('running', 'succeeded', 'failed')), CONSTRAINT "refresh_runs_trigger_check" CHECK ("trigger" IN ('schedule', 'manual')), CONSTRAINT "refresh_runs_pkey" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "refresh_runs_started_idx" ON "monitoring"."refresh_runs" ("started_at") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "refresh_runs_one_running" ON "monitoring"."refresh_runs" ((true)) WHERE "state" = 'running'`);
        await queryRunner.query(`CREATE TABLE "monitoring"."indicator_definitions" ("code" character varying(40) NOT NULL, "position" smallint NOT NULL, "unit" character varying(10) NOT NULL, "higher_is_better" boolean, "title_it" character varying(200) NOT NULL, "title_en" character varying(200) NOT NULL, "definition_it" text NOT NULL, "definition_en" text NOT NULL, "source_tables" text array NOT NULL, CONSTRAINT "indicator_definitions_unit_check" CHECK ("unit" IN ('count', 'share', 'days', 'rating')), CONSTRAINT "indicator_definitions_pkey" PRIMARY KEY ("code"))`);
        await queryRunner.query(`INSERT INTO "monitoring"."indicator_definitions" VALUES ($1), ($2), ($3), ($4), ($5), ($6), ($7), ($8), ($9), ($10)`.replace(/\$(\d+)/g, (_, n: string) => DEFINITIONS[Number(n) - 1]!));
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP SCHEMA "monitoring" CASCADE`);
        await queryRunner.query(`DROP MATERIALIZED VIEW "condizionalita"."kpi_cases_monthly"`);
        await queryRunner.query(`DROP MATERIALIZED VIEW "matching"."kpi_vacancies_monthly"`);
        await queryRunner.query(`DROP MATERIALIZED VIEW "patto"."kpi_time_to_patto"`);
        await queryRunner.query(`DROP MATERIALIZED VIEW "patto"."kpi_patti_monthly"`);
        await queryRunner.query(`DROP MATERIALIZED VIEW "patto"."kpi_dids_monthly"`);
        await queryRunner.query(`DROP MATERIALIZED VIEW "agenda"."kpi_appointments_operator_monthly"`);
        await queryRunner.query(`DROP MATERIALIZED VIEW "agenda"."kpi_appointments_monthly"`);
    }
}

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
const row = (code: string, position: number, unit: string, better: boolean | null, titleIt: string, titleEn: string, defIt: string, defEn: string, sources: string[]) =>
    `${q(code)}, ${position}, ${q(unit)}, ${better === null ? 'NULL' : better}, ${q(titleIt)}, ${q(titleEn)}, ${q(defIt)}, ${q(defEn)}, ARRAY[${sources.map(q).join(', ')}]`;
const DEFINITIONS = [
    row('dids', 1, 'count', null, 'DID rilasciate', 'DIDs filed',
        'Dichiarazioni di immediata disponibilità rilasciate nel mese, attribuite al CPI registrato con la DID.',
        'Declarations of immediate availability filed in the month, counted at the CPI recorded with the DID.',
        ['patto.kpi_dids_monthly', 'patto.dids']),
    row('first_contact_in_window', 2, 'share', true, 'Primo contatto entro i termini', 'First contact within the legal window',
        'Quota di DID il cui primo contatto (prima profilazione della DID o primo patto dopo la DID) è avvenuto entro la scadenza fissata alla DID (30 giorni, 15 per NASpI/DIS-COLL: patto.legal_parameters did_contact_days, did_contact_days_benefit). Denominatore: DID del mese già contattate o con scadenza passata.',
        'Share of DIDs whose first contact (the DID\'s first profiling or the first patto after it) came by the deadline set with the DID (30 days, 15 for NASpI/DIS-COLL: patto.legal_parameters did_contact_days, did_contact_days_benefit). Denominator: the month\'s DIDs already contacted or past their deadline.',
        ['patto.kpi_dids_monthly', 'patto.dids', 'patto.profilings', 'patto.patti', 'patto.legal_parameters']),
    row('time_to_patto', 3, 'days', false, 'Tempo dalla DID al patto', 'Time from DID to patto',
        'Mediana dei giorni di calendario (Europe/Rome) tra la DID e la prima firma completa del patto, sui patti firmati nel mese.',
        'Median of calendar days (Europe/Rome) between the DID and the patto\'s first complete signature, over the patti signed in the month.',
        ['patto.kpi_time_to_patto', 'patto.patti', 'patto.patto_versions', 'patto.dids']),
    row('patti_by_pathway', 4, 'count', null, 'Patti per percorso GOL', 'Patti by GOL pathway',
        'Patti firmati per la prima volta nel mese, per percorso GOL (1 reinserimento, 2 aggiornamento, 3 riqualificazione, 4 lavoro e inclusione) della versione firmata.',
        'Patti first signed in the month, by the GOL pathway (1 reintegration, 2 upskilling, 3 reskilling, 4 work and inclusion) of the signed version.',
        ['patto.kpi_patti_monthly', 'patto.patti', 'patto.patto_versions']),
    row('appointments_by_channel', 5, 'count', null, 'Appuntamenti per canale', 'Appointments by channel',
        'Appuntamenti con inizio nel mese (qualunque esito), per canale: in presenza, video, telefono.',
        'Appointments starting in the month (any outcome), by channel: in person, video, phone.',
        ['agenda.kpi_appointments_monthly', 'agenda.appointments', 'agenda.slots', 'agenda.service_types']),
    row('no_shows', 6, 'share', false, 'Assenze: inviti e convocazioni', 'No-shows: invitations and convocations',
        'Quota di assenze ingiustificate sugli appuntamenti con presenza registrata (presente, assente, assente giustificato), distinta per appuntamenti da invito, da convocazione e prenotati direttamente.',
        'Share of unjustified absences among appointments with attendance recorded (attended, absent, absent justified), for appointments from an invitation, from a convocation and booked directly.',
        ['agenda.kpi_appointments_monthly', 'agenda.appointments', 'agenda.invitations', 'agenda.convocations']),
    row('vacancies', 7, 'count', null, 'Offerte pubblicate e coperte', 'Vacancies published and filled',
        'Offerte di lavoro pubblicate nel mese dal CPI; coperte: offerte con la prima assunzione registrata nel mese.',
        'Vacancies published in the month by the CPI; filled: vacancies whose first hire was recorded in the month.',
        ['matching.kpi_vacancies_monthly', 'matching.vacancies', 'matching.applications']),
    row('time_to_fill', 8, 'days', false, 'Tempo di copertura', 'Time to fill',
        'Mediana dei giorni tra la pubblicazione dell\'offerta e la prima assunzione, sulle offerte coperte nel mese.',
        'Median of days between a vacancy\'s publication and its first hire, over the vacancies filled in the month.',
        ['matching.kpi_vacancies_monthly', 'matching.vacancies', 'matching.applications']),
    row('conditionality_cases', 9, 'count', null, 'Casi di condizionalità aperti', 'Conditionality cases opened',
        'Casi di condizionalità aperti nel mese, per tipo di inadempimento.',
        'Conditionality cases opened in the month, by breach.',
        ['condizionalita.kpi_cases_monthly', 'condizionalita.cases']),
    row('satisfaction', 10, 'rating', true, 'Soddisfazione', 'Satisfaction',
        'Media delle valutazioni (1-5) date dopo ogni servizio (appuntamento, patto, certificato, offerta chiusa) nel mese.',
        'Mean of the ratings (1-5) given after each service (appointment, patto, certificate, closed vacancy) in the month.',
        ['surveys.daily_aggregates', 'surveys.answers']),
];
