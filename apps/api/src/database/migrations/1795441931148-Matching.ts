import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Matching module: ESCO taxonomy, comuni centroids, profiles, vacancies, applications, courses, offer refusals with
 * congruity, recruiting days, outbox. Extensions: pg_trgm (autocomplete), intarray (GIN on skill arrays), cube +
 * earthdistance (km between centroids). Indexes the engine's hot queries use (see modules/matching/engine/sql).
 * Seeds the data-driven rules: discriminatory-ad patterns and congruous-offer parameters, with sources.
 */

export class Matching1795441931148 implements MigrationInterface {
    name = 'Matching1795441931148'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "matching"`);
        for (const ext of ['pg_trgm', 'intarray', 'cube', 'earthdistance']) await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS ${ext}`);
        await queryRunner.query(`
            CREATE TABLE "matching"."applications" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "vacancy_id" uuid NOT NULL,
                "citizen_id" uuid NOT NULL,
                "status" character varying(12) NOT NULL,
                "score" numeric(5, 1),
                "consent" character varying(10) NOT NULL DEFAULT 'none',
                "consent_at" TIMESTAMP WITH TIME ZONE,
                "shared_at" TIMESTAMP WITH TIME ZONE,
                "outcome" character varying(14),
                "outcome_at" TIMESTAMP WITH TIME ZONE,
                "interview_appointment_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "applications_vacancy_citizen_key" UNIQUE ("vacancy_id", "citizen_id"),
                CONSTRAINT "applications_outcome_check" CHECK (
                    "outcome" IS NULL
                    OR "outcome" IN (
                        'interview',
                        'hired',
                        'not_selected',
                        'offer_refused'
                    )
                ),
                CONSTRAINT "applications_consent_check" CHECK (
                    "consent" IN ('none', 'pending', 'granted', 'refused')
                ),
                CONSTRAINT "applications_status_check" CHECK (
                    "status" IN (
                        'applied',
                        'proposed',
                        'shortlisted',
                        'withdrawn'
                    )
                ),
                CONSTRAINT "PK_938c0a27255637bde919591888f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_98eda645f55272b67d408cc5c9" ON "matching"."applications" ("vacancy_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_d96b4020e5321e51e7701f4b6c" ON "matching"."applications" ("citizen_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "matching"."comuni" (
                "istat" character(6) NOT NULL,
                "name" character varying(120) NOT NULL,
                "province" character(2) NOT NULL,
                "lat" double precision NOT NULL,
                "lon" double precision NOT NULL,
                CONSTRAINT "PK_c5ecf44dffabcf6a17ed9626026" PRIMARY KEY ("istat")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_ccc8f2c92f1c601f62269a8b54" ON "matching"."comuni" ("name")
        `);
        await queryRunner.query(`
            CREATE TABLE "matching"."courses" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "provider" character varying(200) NOT NULL,
                "title" character varying(200) NOT NULL,
                "skill_ids" integer array NOT NULL,
                "eqf" smallint,
                "hours" smallint NOT NULL,
                "mode" character varying(10) NOT NULL,
                "comune_istat" character(6),
                "start_date" date NOT NULL,
                "end_date" date NOT NULL,
                "seats" smallint NOT NULL,
                "free" boolean NOT NULL,
                "gol_eligible" boolean NOT NULL,
                "active" boolean NOT NULL DEFAULT true,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "courses_dates_check" CHECK ("end_date" >= "start_date"),
                CONSTRAINT "courses_mode_check" CHECK ("mode" IN ('in_person', 'online', 'blended')),
                CONSTRAINT "PK_3f70a487cc718ad8eda4e6d58c9" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "matching"."outbox_events" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "type" character varying(60) NOT NULL,
                "aggregate_id" uuid NOT NULL,
                "payload" jsonb NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "published_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_6689a16c00d09b8089f6237f1d2" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_0b7668aa1aed034a544a7ad043" ON "matching"."outbox_events" ("type")
        `);
        await queryRunner.query(`
            CREATE TABLE "matching"."occupation_skills" (
                "occupation_id" integer NOT NULL,
                "skill_id" integer NOT NULL,
                "relation" character varying(10) NOT NULL,
                CONSTRAINT "occupation_skills_relation_check" CHECK ("relation" IN ('essential', 'optional')),
                CONSTRAINT "PK_dad0c8f293e47fe9e685e3a2e3d" PRIMARY KEY ("occupation_id", "skill_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_757c01cdea1480322bd8d7c83f" ON "matching"."occupation_skills" ("skill_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "matching"."occupations" (
                "id" SERIAL NOT NULL,
                "esco_uri" character varying(200) NOT NULL,
                "isco_code" character varying(4) NOT NULL,
                "label" character varying(300) NOT NULL,
                "alt_labels" text NOT NULL DEFAULT '',
                "description" text,
                "source" character varying(20) NOT NULL,
                CONSTRAINT "UQ_a1e03804786375575d85e18ef7f" UNIQUE ("esco_uri"),
                CONSTRAINT "PK_0bf09083dd897df1e8ebb96b5c1" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_13a5d5039c55e58f04a383087f" ON "matching"."occupations" ("isco_code")
        `);
        await queryRunner.query(`
            CREATE TABLE "matching"."offer_refusals" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "application_id" uuid NOT NULL,
                "citizen_id" uuid NOT NULL,
                "vacancy_id" uuid NOT NULL,
                "rules_version" character varying(20) NOT NULL,
                "benefit_recipient" boolean NOT NULL,
                "congruous" boolean NOT NULL,
                "justified" boolean NOT NULL,
                "justification" character varying(500),
                "checks" jsonb NOT NULL,
                "event_published" boolean NOT NULL,
                "recorded_by" character(16) NOT NULL,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_367deb5053318d7bc589142a213" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_07b97f0db3f732b5bbaeb7ae04" ON "matching"."offer_refusals" ("application_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_0285db7e4600c45f7b24df2450" ON "matching"."offer_refusals" ("citizen_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "matching"."profiles" (
                "citizen_id" uuid NOT NULL,
                "visibility" character varying(20) NOT NULL DEFAULT 'cpi_agencies',
                "comune_istat" character(6),
                "location" point,
                "max_km" smallint NOT NULL DEFAULT '30',
                "max_minutes" smallint,
                "own_vehicle" boolean NOT NULL DEFAULT false,
                "hours" character varying(5) NOT NULL DEFAULT 'any',
                "shifts" boolean NOT NULL DEFAULT true,
                "contract_types" text array NOT NULL DEFAULT '{}',
                "target_occupation_ids" integer array NOT NULL DEFAULT '{}',
                "occupation_ids" integer array NOT NULL DEFAULT '{}',
                "isco_groups" integer array NOT NULL DEFAULT '{}',
                "skill_ids" integer array NOT NULL DEFAULT '{}',
                "eqf" smallint NOT NULL DEFAULT '0',
                "languages" jsonb NOT NULL DEFAULT '[]',
                "licences" text array NOT NULL DEFAULT '{}',
                "experiences" jsonb NOT NULL DEFAULT '[]',
                "education" jsonb NOT NULL DEFAULT '[]',
                "available" boolean NOT NULL DEFAULT true,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "profiles_hours_check" CHECK ("hours" IN ('full', 'part', 'any')),
                CONSTRAINT "profiles_max_km_check" CHECK (
                    "max_km" BETWEEN 1 AND 150
                ),
                CONSTRAINT "profiles_visibility_check" CHECK (
                    "visibility" IN (
                        'nobody',
                        'cpi_agencies',
                        'employers_anonymous',
                        'employers_named'
                    )
                ),
                CONSTRAINT "PK_3a2a9d5a812c2bfa676ef1644f0" PRIMARY KEY ("citizen_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "matching"."recruiting_days" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "office_id" uuid NOT NULL,
                "title" character varying(200) NOT NULL,
                "day" date NOT NULL,
                "mode" character varying(10) NOT NULL,
                "place" character varying(300) NOT NULL,
                "vacancy_ids" uuid array NOT NULL DEFAULT '{}',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "recruiting_days_mode_check" CHECK ("mode" IN ('in_person', 'virtual')),
                CONSTRAINT "PK_06f8bfbdef099d665e47a8776ec" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "matching"."recruiting_day_signups" (
                "recruiting_day_id" uuid NOT NULL,
                "citizen_id" uuid NOT NULL,
                "vacancy_ids" uuid array NOT NULL DEFAULT '{}',
                "signed_up_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_92f33e63403078fbafde492aeb6" PRIMARY KEY ("recruiting_day_id", "citizen_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "matching"."rules" (
                "kind" character varying(20) NOT NULL,
                "code" character varying(60) NOT NULL,
                "version" character varying(20) NOT NULL,
                "value" jsonb NOT NULL,
                "reason" text NOT NULL,
                "source" text NOT NULL,
                "verified" boolean NOT NULL,
                CONSTRAINT "PK_e4df6382f607f536b34e3d992ac" PRIMARY KEY ("kind", "code", "version")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "matching"."saved_vacancies" (
                "citizen_id" uuid NOT NULL,
                "vacancy_id" uuid NOT NULL,
                "saved_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_cd6acad37a45ac14b35c6794840" PRIMARY KEY ("citizen_id", "vacancy_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "matching"."skills" (
                "id" SERIAL NOT NULL,
                "esco_uri" character varying(200) NOT NULL,
                "label" character varying(300) NOT NULL,
                "alt_labels" text NOT NULL DEFAULT '',
                "skill_type" character varying(40),
                "reuse_level" character varying(40),
                "source" character varying(20) NOT NULL,
                CONSTRAINT "UQ_57d174d3fa019142f25f8247fea" UNIQUE ("esco_uri"),
                CONSTRAINT "PK_0d3212120f4ecedf90864d7e298" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "matching"."vacancies" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "company_id" uuid,
                "office_id" uuid,
                "created_by" character(16) NOT NULL,
                "title" character varying(200) NOT NULL,
                "occupation_id" integer NOT NULL,
                "isco_group" integer NOT NULL,
                "description" text NOT NULL,
                "required_skill_ids" integer array NOT NULL DEFAULT '{}',
                "required_weights" integer array NOT NULL DEFAULT '{}',
                "optional_skill_ids" integer array NOT NULL DEFAULT '{}',
                "min_eqf" smallint NOT NULL DEFAULT '0',
                "languages" jsonb NOT NULL DEFAULT '[]',
                "licences" text array NOT NULL DEFAULT '{}',
                "comune_istat" character(6) NOT NULL,
                "location" point NOT NULL,
                "contract_type" character varying(20) NOT NULL,
                "hours" character varying(5) NOT NULL,
                "pay_min" numeric(9, 2),
                "pay_max" numeric(9, 2),
                "duration_months" smallint,
                "start_date" date,
                "positions" smallint NOT NULL DEFAULT '1',
                "expires_on" date NOT NULL,
                "status" character varying(10) NOT NULL DEFAULT 'draft',
                "moderation" character varying(10) NOT NULL DEFAULT 'pending',
                "moderation_note" character varying(300),
                "flags" jsonb NOT NULL DEFAULT '[]',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "published_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "vacancies_weights_check" CHECK (
                    cardinality("required_skill_ids") = cardinality("required_weights")
                ),
                CONSTRAINT "vacancies_pay_check" CHECK (
                    "pay_min" IS NULL
                    OR "pay_max" IS NULL
                    OR "pay_min" <= "pay_max"
                ),
                CONSTRAINT "vacancies_moderation_check" CHECK (
                    "moderation" IN ('pending', 'approved', 'rejected')
                ),
                CONSTRAINT "vacancies_status_check" CHECK ("status" IN ('draft', 'published', 'closed')),
                CONSTRAINT "PK_3b45154a366568190cc15be2906" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_053198d00d977357314f47d1cf" ON "matching"."vacancies" ("company_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_9a03c66794e7316e4f8bf31304" ON "matching"."vacancies" ("office_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "vacancies_status_idx" ON "matching"."vacancies" ("status", "expires_on")
        `);
        // ---- indexes the engine's hot queries use (engine/sql/*.sql) ----
        await queryRunner.query(`CREATE INDEX "occupations_label_trgm_idx" ON "matching"."occupations" USING gin (lower("label") gin_trgm_ops)`);
        await queryRunner.query(`CREATE INDEX "skills_label_trgm_idx" ON "matching"."skills" USING gin (lower("label") gin_trgm_ops)`);
        await queryRunner.query(`CREATE INDEX "profiles_skill_ids_gin" ON "matching"."profiles" USING gin ("skill_ids" gin__int_ops) WHERE "available" AND "visibility" <> 'nobody'`);
        await queryRunner.query(`CREATE INDEX "profiles_location_gist" ON "matching"."profiles" USING gist ("location") WHERE "available" AND "visibility" <> 'nobody'`);
        await queryRunner.query(`CREATE INDEX "vacancies_location_gist" ON "matching"."vacancies" USING gist ("location") WHERE "status" = 'published'`);
        await queryRunner.query(`CREATE INDEX "vacancies_required_gin" ON "matching"."vacancies" USING gin (("required_skill_ids" || "optional_skill_ids") gin__int_ops) WHERE "status" = 'published'`);
        await queryRunner.query(`CREATE INDEX "courses_skill_ids_gin" ON "matching"."courses" USING gin ("skill_ids" gin__int_ops)`);

        // ---- data-driven rules with their sources ----
        const rules: [string, string, string, object, string, string, boolean][] = [["ad_flag", "age_limit", "2026.1", {"pattern": "(et[aà][[:space:]]+(massima|minima|compresa|non superiore)|max(\\.|imo)?[[:space:]]*[0-9]{2}[[:space:]]*anni|tra[[:space:]]+(i[[:space:]]+)?[0-9]{2}[[:space:]]+e[[:space:]]+(i[[:space:]]+)?[0-9]{2}[[:space:]]+anni|\\munder[[:space:]]*[0-9]{2}|\\mover[[:space:]]*[0-9]{2}|non[[:space:]]+oltre[[:space:]]+(i[[:space:]]+)?[0-9]{2}[[:space:]]+anni|\\mgiovan[ei]\\M)", "fields": ["title", "description"]}, "Limite o preferenza di età: l'età non può essere un requisito, salvo che sia essenziale e determinante per l'attività.", "D.Lgs. 216/2003 (parità di trattamento per età, disabilità, religione, convinzioni, orientamento sessuale) e D.Lgs. 276/2003 art. 10", true], ["ad_flag", "gender", "2026.1", {"pattern": "((solo|esclusivamente)[[:space:]]+(uomini|donne|maschi|femmine)|\\mragazz[ae]\\M|sesso[[:space:]]+(maschile|femminile)|\\mcandidat[ae][[:space:]]+(donne|uomini))", "fields": ["title", "description"]}, "Requisito di sesso: l'annuncio deve rivolgersi a persone dell'uno o dell'altro sesso.", "D.Lgs. 198/2006 art. 27 (Codice delle pari opportunità: accesso al lavoro, anche a mezzo stampa o pubblicità; c.5 \"dell'uno o dell'altro sesso\")", true], ["ad_flag", "appearance", "2026.1", {"pattern": "(bella[[:space:]]+presenza|presenza[[:space:]]+gradevole|bell['’]aspetto|foto[[:space:]]+(a[[:space:]]+)?figura[[:space:]]+intera)", "fields": ["title", "description"]}, "Requisito di aspetto fisico: ammesso solo se essenziale e determinante per l'attività (es. moda, spettacolo).", "D.Lgs. 276/2003 art. 10 (divieto di indagini e trattamenti discriminatori nella selezione; https://www.brocardi.it/notizie-giuridiche/annunci-lavoro-vietato-inserire-limiti-genere-sessuale-invece/3356.html)", true], ["ad_flag", "nationality", "2026.1", {"pattern": "((solo|esclusivamente)[[:space:]]+(italiani|cittadini[[:space:]]+italiani)|nazionalit[aà][[:space:]]+italiana|cittadinanza[[:space:]]+italiana|madrelingua[[:space:]]+italian[oa])", "fields": ["title", "description"]}, "Requisito di nazionalità o origine: chiedere il livello di lingua necessario invece della madrelingua; la cittadinanza è un requisito lecito solo dove la legge la richiede.", "D.Lgs. 215/2003 (parità di trattamento per razza e origine etnica) e D.Lgs. 276/2003 art. 10", true], ["ad_flag", "family_status", "2026.1", {"pattern": "(\\mnubile\\M|\\mcelibe\\M|senza[[:space:]]+figli|non[[:space:]]+sposat|stato[[:space:]]+civile|gravidanza|\\mincinta\\M)", "fields": ["title", "description"]}, "Riferimento allo stato matrimoniale, di famiglia o di gravidanza: vietato.", "D.Lgs. 198/2006 art. 27 (Codice delle pari opportunità: accesso al lavoro, anche a mezzo stampa o pubblicità; c.5 \"dell'uno o dell'altro sesso\") c.2 lett. a", true], ["congruity", "duration_bands", "dm-2018", {"shortMonths": 6, "mediumMonths": 12}, "Fasce di durata della disoccupazione dalla DID: 0–6, oltre 6–12, oltre 12 mesi.", "DM 10/04/2018 (http://www.studiocelauro.it/definizione-offerta-di-lavoro-congrua/)", true], ["congruity", "distance_long", "dm-2018", {"maxKm": 80, "maxMinutes": 100}, "Oltre 12 mesi di disoccupazione: entro 80 km dal domicilio o circa 100 minuti con i mezzi pubblici.", "DM 10/04/2018 (https://ntpluslavoro.ilsole24ore.com/art/AEHZ4kMF)", true], ["congruity", "distance_short", "dm-2018", {"maxKm": 50, "maxMinutes": 80}, "Fino a 12 mesi di disoccupazione: entro 50 km o 80 minuti.", "domain.md §2: valori NON verificati nelle fonti", false], ["congruity", "pay_over_benefit", "dm-2018", {"factor": 1.2}, "Per chi riceve una prestazione: retribuzione almeno il 20% sopra l'ultima mensilità della prestazione (netto contributi).", "DM 10/04/2018 (https://ilpatronato.it/patronato-inpas/?p=29640; https://forme.online/2018/07/19/anpal-in-g-u-il-decreto-che-definisce-i-parametri-dellofferta-di-lavoro-congrua)", true], ["congruity", "coherence", "dm-2018", {"shortScope": "target_or_isco_group", "mediumScope": "isco_group", "longScope": "isco_submajor"}, "Coerenza con le attività del patto: fino a 6 mesi le stesse aree concordate; 6–12 mesi stesso SEP; oltre 12 mesi stesso SEP, altri processi. OpenCPI approssima i SEP con i gruppi ISCO-08 (3 e 2 cifre): approssimazione da verificare.", "DM 10/04/2018 (https://ntpluslavoro.ilsole24ore.com/art/AEHZ4kMF); mappatura SEP→ISCO NON verificata", false], ["congruity", "contract", "dm-2018", {"minFixedTermMonths": 3}, "Contratto a tempo indeterminato, o determinato di almeno 3 mesi.", "DM 10/04/2018 (https://leggioggi.it/?p=20967)", true]];
        for (const r of rules) {
            await queryRunner.query(`INSERT INTO "matching"."rules" ("kind", "code", "version", "value", "reason", "source", "verified") VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7)`, [r[0], r[1], r[2], JSON.stringify(r[3]), r[4], r[5], r[6]]);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const i of ['occupations_label_trgm_idx', 'skills_label_trgm_idx', 'profiles_skill_ids_gin', 'profiles_location_gist', 'vacancies_location_gist', 'vacancies_required_gin', 'courses_skill_ids_gin']) {
            await queryRunner.query(`DROP INDEX "matching"."${i}"`);
        }
        await queryRunner.query(`
            DROP INDEX "matching"."vacancies_status_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "matching"."IDX_9a03c66794e7316e4f8bf31304"
        `);
        await queryRunner.query(`
            DROP INDEX "matching"."IDX_053198d00d977357314f47d1cf"
        `);
        await queryRunner.query(`
            DROP TABLE "matching"."vacancies"
        `);
        await queryRunner.query(`
            DROP TABLE "matching"."skills"
        `);
        await queryRunner.query(`
            DROP TABLE "matching"."saved_vacancies"
        `);
        await queryRunner.query(`
            DROP TABLE "matching"."rules"
        `);
        await queryRunner.query(`
            DROP TABLE "matching"."recruiting_day_signups"
        `);
        await queryRunner.query(`
            DROP TABLE "matching"."recruiting_days"
        `);
        await queryRunner.query(`
            DROP TABLE "matching"."profiles"
        `);
        await queryRunner.query(`
            DROP INDEX "matching"."IDX_0285db7e4600c45f7b24df2450"
        `);
        await queryRunner.query(`
            DROP INDEX "matching"."IDX_07b97f0db3f732b5bbaeb7ae04"
        `);
        await queryRunner.query(`
            DROP TABLE "matching"."offer_refusals"
        `);
        await queryRunner.query(`
            DROP INDEX "matching"."IDX_13a5d5039c55e58f04a383087f"
        `);
        await queryRunner.query(`
            DROP TABLE "matching"."occupations"
        `);
        await queryRunner.query(`
            DROP INDEX "matching"."IDX_757c01cdea1480322bd8d7c83f"
        `);
        await queryRunner.query(`
            DROP TABLE "matching"."occupation_skills"
        `);
        await queryRunner.query(`
            DROP INDEX "matching"."IDX_0b7668aa1aed034a544a7ad043"
        `);
        await queryRunner.query(`
            DROP TABLE "matching"."outbox_events"
        `);
        await queryRunner.query(`
            DROP TABLE "matching"."courses"
        `);
        await queryRunner.query(`
            DROP INDEX "matching"."IDX_ccc8f2c92f1c601f62269a8b54"
        `);
        await queryRunner.query(`
            DROP TABLE "matching"."comuni"
        `);
        await queryRunner.query(`
            DROP INDEX "matching"."IDX_d96b4020e5321e51e7701f4b6c"
        `);
        await queryRunner.query(`
            DROP INDEX "matching"."IDX_98eda645f55272b67d408cc5c9"
        `);
        await queryRunner.query(`
            DROP TABLE "matching"."applications"
        `);
        await queryRunner.query(`DROP SCHEMA "matching"`);
    }
}
