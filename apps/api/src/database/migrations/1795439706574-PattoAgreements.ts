import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Patto module (DID, channel, profiling, patto versions and signatures, plan, e-coach alerts) and dossier module
 * (documents, blobs, secure messages). Invariants: one active DID and one active patto per person (partial unique
 * indexes); a version that left the draft state cannot change; signatures are append-only and must sign the
 * version's own hash while it is open. Seeds the legal parameters, the profiling model and the pathway templates.
 */

export class PattoAgreements1795439706574 implements MigrationInterface {
    name = 'PattoAgreements1795439706574'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "patto"`);
        await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "dossier"`);
        await queryRunner.query(`
            CREATE TABLE "dossier"."blobs" (
                "key" character varying(200) NOT NULL,
                "content" bytea NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_c4f1b1851cdf6d548a0ee9ac723" PRIMARY KEY ("key")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "dossier"."documents" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "citizen_id" uuid NOT NULL,
                "type" character varying(20) NOT NULL,
                "file_name" character varying(200) NOT NULL,
                "mime_type" character varying(40) NOT NULL,
                "size_bytes" integer NOT NULL,
                "sha256" character(64) NOT NULL,
                "storage_key" character varying(200) NOT NULL,
                "uploaded_by_role" character varying(10) NOT NULL,
                "uploaded_by_fiscal_code" character(16) NOT NULL,
                "uploaded_by_name" character varying(200) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "documents_size_check" CHECK (
                    "size_bytes" > 0
                    AND "size_bytes" <= 5242880
                ),
                CONSTRAINT "documents_mime_check" CHECK (
                    "mime_type" IN ('application/pdf', 'image/jpeg', 'image/png')
                ),
                CONSTRAINT "PK_ac51aa5181ee2036f5ca482857c" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "documents_citizen_idx" ON "dossier"."documents" ("citizen_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "dossier"."messages" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "citizen_id" uuid NOT NULL,
                "sender_role" character varying(10) NOT NULL,
                "sender_fiscal_code" character(16) NOT NULL,
                "sender_name" character varying(200) NOT NULL,
                "body" text NOT NULL,
                "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "read_at" TIMESTAMP WITH TIME ZONE,
                "read_by" character(16),
                CONSTRAINT "dossier_messages_sender_check" CHECK ("sender_role" IN ('citizen', 'operator')),
                CONSTRAINT "PK_18325f38ae6de43878487eff986" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "dossier_messages_citizen_idx" ON "dossier"."messages" ("citizen_id", "sent_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "patto"."channel_profiles" (
                "citizen_id" uuid NOT NULL,
                "fiscal_code" character(16) NOT NULL,
                "model_version" character varying(20),
                "answers" jsonb,
                "score" integer,
                "advised_channel" character varying(10),
                "assessed_at" TIMESTAMP WITH TIME ZONE,
                "chosen_channel" character varying(10),
                "chosen_at" TIMESTAMP WITH TIME ZONE,
                "needs_help" boolean NOT NULL DEFAULT false,
                "language_needs" character varying(200),
                "accessibility_needs" character varying(300),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "channel_profiles_chosen_check" CHECK (
                    "chosen_channel" IN ('digital', 'blended', 'in_person')
                ),
                CONSTRAINT "channel_profiles_advised_check" CHECK (
                    "advised_channel" IN ('digital', 'blended', 'in_person')
                ),
                CONSTRAINT "PK_894845be9ef4ba91fbb7a27287a" PRIMARY KEY ("citizen_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "patto"."coach_alerts" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "citizen_id" uuid NOT NULL,
                "kind" character varying(20) NOT NULL,
                "raised_on" date NOT NULL,
                "detail" character varying(300),
                "nudged_at" TIMESTAMP WITH TIME ZONE,
                "resolved_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "coach_alerts_kind_check" CHECK ("kind" IN ('inactive', 'missed_action')),
                CONSTRAINT "PK_6f65b4e5eabefae83d3741c39be" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "coach_alerts_one_open" ON "patto"."coach_alerts" ("citizen_id", "kind")
            WHERE "resolved_at" IS NULL
        `);
        await queryRunner.query(`
            CREATE TABLE "patto"."dids" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "citizen_id" uuid NOT NULL,
                "fiscal_code" character(16) NOT NULL,
                "office_id" uuid,
                "status" character varying(10) NOT NULL DEFAULT 'active',
                "filed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "revoke_reason" character varying(300),
                "work_condition" character varying(20) NOT NULL,
                "last_job_end_date" date,
                "notice_end_date" date,
                "low_income_kind" character varying(20),
                "expected_annual_income" numeric(12, 2),
                "benefit" character varying(10) NOT NULL,
                "citizenship" character(2) NOT NULL,
                "sap" jsonb NOT NULL,
                "contact_deadline" date NOT NULL,
                "contact_days" integer NOT NULL,
                CONSTRAINT "dids_benefit_check" CHECK (
                    "benefit" IN ('none', 'naspi', 'dis_coll', 'adi', 'sfl')
                ),
                CONSTRAINT "dids_work_condition_check" CHECK (
                    "work_condition" IN ('no_job', 'notice_period', 'low_income_work')
                ),
                CONSTRAINT "dids_revoked_check" CHECK (
                    ("status" = 'revoked') = ("revoked_at" IS NOT NULL)
                ),
                CONSTRAINT "dids_status_check" CHECK ("status" IN ('active', 'revoked')),
                CONSTRAINT "PK_c1c702cc02c5a54657fbfc0317a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_b93921600adc3af82d23dd4204" ON "patto"."dids" ("citizen_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "dids_one_active_per_person" ON "patto"."dids" ("citizen_id")
            WHERE "status" = 'active'
        `);
        await queryRunner.query(`
            CREATE TABLE "patto"."legal_parameters" (
                "key" character varying(60) NOT NULL,
                "valid_from" date NOT NULL,
                "value" numeric(14, 4) NOT NULL,
                "unit" character varying(20) NOT NULL,
                "source" text NOT NULL,
                "verified" boolean NOT NULL,
                "note" text,
                CONSTRAINT "PK_247d6c67a60d291abcf9b25b559" PRIMARY KEY ("key", "valid_from")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "patto"."signatures" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "version_id" uuid NOT NULL,
                "party" character varying(10) NOT NULL,
                "signer_fiscal_code" character(16) NOT NULL,
                "signer_name" character varying(200) NOT NULL,
                "method" character varying(20) NOT NULL,
                "document_sha256" character(64) NOT NULL,
                "session_id" character varying(100),
                "spid_level" integer,
                "otp_channel" character varying(10),
                "otp_verified_at" TIMESTAMP WITH TIME ZONE,
                "ip" character varying(64),
                "user_agent" character varying(400),
                "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "scan_document_id" uuid,
                CONSTRAINT "signatures_version_party_key" UNIQUE ("version_id", "party"),
                CONSTRAINT "signatures_otp_evidence_check" CHECK (
                    "method" <> 'otp_remote'
                    OR (
                        "otp_verified_at" IS NOT NULL
                        AND "spid_level" >= 2
                        AND "session_id" IS NOT NULL
                    )
                ),
                CONSTRAINT "signatures_method_check" CHECK (
                    "method" IN ('otp_remote', 'session', 'in_person_scan')
                ),
                CONSTRAINT "signatures_party_check" CHECK ("party" IN ('citizen', 'operator', 'agency')),
                CONSTRAINT "PK_f56eb3cd344ce7f9ae28ce814eb" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "patto"."templates" (
                "pathway" integer NOT NULL,
                "content" jsonb NOT NULL,
                CONSTRAINT "PK_6bb30f183d336a02c559d02a3b6" PRIMARY KEY ("pathway")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "patto"."patto_versions" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "patto_id" uuid NOT NULL,
                "version" integer NOT NULL,
                "status" character varying(10) NOT NULL DEFAULT 'draft',
                "content" jsonb NOT NULL,
                "summary" text NOT NULL,
                "full_text" text NOT NULL,
                "sha256" character(64),
                "required_parties" text array NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "created_by" character(16) NOT NULL,
                "proposed_at" TIMESTAMP WITH TIME ZONE,
                "signed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "patto_versions_patto_version_key" UNIQUE ("patto_id", "version"),
                CONSTRAINT "patto_versions_hash_check" CHECK (
                    "status" = 'draft'
                    OR "sha256" IS NOT NULL
                ),
                CONSTRAINT "patto_versions_status_check" CHECK (
                    "status" IN (
                        'draft',
                        'proposed',
                        'signed',
                        'amended',
                        'closed'
                    )
                ),
                CONSTRAINT "PK_c20840aa21433bd61dbf8941573" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "patto"."patti" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "citizen_id" uuid NOT NULL,
                "citizen_fiscal_code" character(16) NOT NULL,
                "office_id" uuid NOT NULL,
                "agency_id" uuid,
                "responsible_staff_id" uuid NOT NULL,
                "status" character varying(10) NOT NULL DEFAULT 'draft',
                "current_version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "closed_at" TIMESTAMP WITH TIME ZONE,
                "close_reason" character varying(300),
                CONSTRAINT "patti_status_check" CHECK (
                    "status" IN (
                        'draft',
                        'proposed',
                        'signed',
                        'amended',
                        'closed'
                    )
                ),
                CONSTRAINT "PK_2f816bedd93544d3dd0d061b42b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_206345916588d13375916138ab" ON "patto"."patti" ("office_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_50c688d59d36d329ea3a635747" ON "patto"."patti" ("agency_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "patti_one_active_per_person" ON "patto"."patti" ("citizen_id")
            WHERE "status" <> 'closed'
        `);
        await queryRunner.query(`
            CREATE TABLE "patto"."plan_items" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "citizen_id" uuid NOT NULL,
                "patto_id" uuid,
                "patto_version" integer,
                "source" character varying(10) NOT NULL,
                "kind" character varying(30) NOT NULL,
                "title" character varying(200) NOT NULL,
                "employer" character varying(200),
                "provider" character varying(10),
                "due_date" date,
                "activity_date" date,
                "status" character varying(10) NOT NULL DEFAULT 'todo',
                "status_at" TIMESTAMP WITH TIME ZONE,
                "notes" text,
                "proof_document_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "plan_items_dates_check" CHECK (
                    (
                        "source" = 'patto'
                        AND "due_date" IS NOT NULL
                    )
                    OR (
                        "source" = 'own'
                        AND "activity_date" IS NOT NULL
                    )
                ),
                CONSTRAINT "plan_items_status_check" CHECK ("status" IN ('todo', 'done', 'not_done')),
                CONSTRAINT "plan_items_source_check" CHECK ("source" IN ('patto', 'own')),
                CONSTRAINT "PK_7095e15f5d5d331a9f170564d5b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "plan_items_citizen_idx" ON "patto"."plan_items" ("citizen_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "patto"."profiling_models" (
                "version" character varying(30) NOT NULL,
                "intercept" numeric(8, 4) NOT NULL,
                "coefficients" jsonb NOT NULL,
                "cutoffs" jsonb NOT NULL,
                "note" text NOT NULL,
                "active" boolean NOT NULL DEFAULT false,
                "published_on" date NOT NULL,
                CONSTRAINT "PK_f7feb2c192116fe94dedab8b4d3" PRIMARY KEY ("version")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "patto"."profilings" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "citizen_id" uuid NOT NULL,
                "did_id" uuid NOT NULL,
                "model_version" character varying(30) NOT NULL,
                "disadvantage_index" numeric(5, 4) NOT NULL,
                "factors" jsonb NOT NULL,
                "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "computed_by" character(16) NOT NULL,
                "suggested_pathway" integer NOT NULL,
                "skills_gap" character varying(10),
                "needs_social_support" boolean,
                "notes" text,
                "chosen_pathway" integer,
                "override_reason" character varying(500),
                "assessed_by" character varying(200),
                "assessed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "profilings_override_reason_check" CHECK (
                    "chosen_pathway" IS NULL
                    OR "chosen_pathway" = "suggested_pathway"
                    OR "override_reason" IS NOT NULL
                ),
                CONSTRAINT "profilings_pathway_check" CHECK (
                    "suggested_pathway" BETWEEN 1 AND 4
                    AND (
                        "chosen_pathway" IS NULL
                        OR "chosen_pathway" BETWEEN 1 AND 4
                    )
                ),
                CONSTRAINT "profilings_index_check" CHECK (
                    "disadvantage_index" >= 0
                    AND "disadvantage_index" <= 1
                ),
                CONSTRAINT "PK_64c7166626cda8f69fd061b76e0" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_59cc0a1f8904450a4f28ef041b" ON "patto"."profilings" ("citizen_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "patto"."signature_challenges" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "version_id" uuid NOT NULL,
                "fiscal_code" character(16) NOT NULL,
                "session_id" character varying(100) NOT NULL,
                "channel" character varying(10) NOT NULL,
                "sent_to" character varying(200) NOT NULL,
                "code_hash" character(64) NOT NULL,
                "document_sha256" character(64) NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "attempts" integer NOT NULL DEFAULT '0',
                "verified_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5ac00847dcee740a35ab2efbfca" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_a298f1420555a4e3318db519af" ON "patto"."signature_challenges" ("version_id")
        `);
        // ---- invariants the entities cannot express ----
        await queryRunner.query(`
            CREATE FUNCTION "patto"."guard_version"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    IF OLD.status <> 'draft' THEN
                        RAISE EXCEPTION 'patto version % (%) is not a draft: delete refused', OLD.version, OLD.status USING ERRCODE = 'insufficient_privilege';
                    END IF;
                    RETURN OLD;
                END IF;
                IF OLD.status <> 'draft' AND (NEW.content IS DISTINCT FROM OLD.content OR NEW.summary IS DISTINCT FROM OLD.summary
                    OR NEW.full_text IS DISTINCT FROM OLD.full_text OR NEW.sha256 IS DISTINCT FROM OLD.sha256
                    OR NEW.required_parties IS DISTINCT FROM OLD.required_parties OR NEW.version IS DISTINCT FROM OLD.version
                    OR NEW.patto_id IS DISTINCT FROM OLD.patto_id OR NEW.proposed_at IS DISTINCT FROM OLD.proposed_at) THEN
                    RAISE EXCEPTION 'patto version % is % and immutable', OLD.version, OLD.status USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF OLD.status = 'proposed' AND NEW.status NOT IN ('proposed', 'signed', 'closed') THEN
                    RAISE EXCEPTION 'a proposed patto version cannot go back to %', NEW.status USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF OLD.status IN ('signed', 'amended', 'closed') AND (NEW.signed_at IS DISTINCT FROM OLD.signed_at
                    OR NEW.status NOT IN ('signed', 'amended', 'closed') OR (OLD.status <> 'signed' AND NEW.status <> OLD.status)) THEN
                    RAISE EXCEPTION 'patto version % is %: only signed -> amended/closed is allowed', OLD.version, OLD.status USING ERRCODE = 'insufficient_privilege';
                END IF;
                RETURN NEW;
            END $$
        `);
        await queryRunner.query(`CREATE TRIGGER "patto_versions_guard" BEFORE UPDATE OR DELETE ON "patto"."patto_versions" FOR EACH ROW EXECUTE FUNCTION "patto"."guard_version"()`);
        await queryRunner.query(`
            CREATE FUNCTION "patto"."check_signature"() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE v record;
            BEGIN
                SELECT status, sha256, required_parties INTO v FROM "patto"."patto_versions" WHERE id = NEW.version_id;
                IF v IS NULL OR v.status <> 'proposed' THEN
                    RAISE EXCEPTION 'patto version is not open for signature' USING ERRCODE = 'check_violation';
                END IF;
                IF v.sha256 IS DISTINCT FROM NEW.document_sha256 THEN
                    RAISE EXCEPTION 'signed hash % is not the version hash', NEW.document_sha256 USING ERRCODE = 'check_violation';
                END IF;
                IF NOT (NEW.party = ANY (v.required_parties)) THEN
                    RAISE EXCEPTION 'party % does not sign this version', NEW.party USING ERRCODE = 'check_violation';
                END IF;
                RETURN NEW;
            END $$
        `);
        await queryRunner.query(`CREATE TRIGGER "signatures_check" BEFORE INSERT ON "patto"."signatures" FOR EACH ROW EXECUTE FUNCTION "patto"."check_signature"()`);
        await queryRunner.query(`CREATE TRIGGER "signatures_no_update_delete" BEFORE UPDATE OR DELETE ON "patto"."signatures" FOR EACH ROW EXECUTE FUNCTION "audit"."refuse_proof_change"()`);

        // ---- data: legal parameters (versioned by valid_from), the profiling model, the pathway templates ----
        await queryRunner.query(`
            INSERT INTO "patto"."legal_parameters" ("key", "valid_from", "value", "unit", "source", "verified", "note") VALUES
                ('did_contact_days', '2015-09-24', 30, 'days', 'D.Lgs. 150/2015 art. 20 c.1 (https://ilpatronato.it/patronato-inpas/?p=29498)', true, 'After the DID the person contacts the CPI within 30 days.'),
                ('did_contact_days_benefit', '2015-09-24', 15, 'days', 'D.Lgs. 150/2015 art. 21 c.2 (https://www.gazzettaufficiale.it/atto/serie_generale/caricaArticolo?art.codiceRedazionale=15G00162&art.idArticolo=21)', true, 'NASpI/DIS-COLL recipients contact the CPI within 15 days of the benefit application; counted here from the DID.'),
                ('low_income_employee_eur', '2019-01-01', 8174, 'EUR/year', 'ANPAL circolare 1/2019 (https://www.agenzialavoro.emr.it/piacenza/servizi/per-le-persone/iscriviti-al-centro-per-limpiego)', true, 'Employees/para-employees below this annual income keep the unemployment status.'),
                ('low_income_self_employed_eur', '2019-01-01', 5500, 'EUR/year', 'ANPAL circolare 1/2019 (same source)', true, 'Self-employed below this annual income keep the unemployment status.'),
                ('ecoach_inactivity_days', '2026-01-01', 14, 'days', 'OpenCPI setting (not a legal rule)', true, 'E-coach: days without any logged activity before an alert; a regional choice.')
        `);
        await queryRunner.query(
            `INSERT INTO "patto"."profiling_models" ("version", "intercept", "coefficients", "cutoffs", "note", "active", "published_on") VALUES ($1, $2, $3::jsonb, $4::jsonb, $5, true, '2026-11-23')`,
            ['illustrativo-2026.1', -1.0, JSON.stringify({"age_under_25": 0.3, "age_50_plus": 0.8, "female": 0.2, "non_eu_citizen": 0.4, "eqf_up_to_2": 0.7, "eqf_6_plus": -0.6, "unemployed_6_12_months": 0.5, "unemployed_over_12_months": 1.0, "benefit_recipient": 0.2, "no_work_experience": 0.5, "no_driving_licence": 0.3}), JSON.stringify({ high: 0.6 }), "Modello illustrativo OpenCPI, non quello ANPAL: i fattori sono quelli del D.Lgs. 150/2015 art. 19 (genere, età, cittadinanza, istruzione, durata della disoccupazione), i coefficienti NON sono pubblicati nelle nostre fonti e vanno sostituiti con quelli ufficiali (nuova riga di questa tabella)."],
        );
        await queryRunner.query(`
            INSERT INTO "patto"."templates" ("pathway", "content") VALUES
                (1, '{"jobSearchActs": "Inviare almeno 4 candidature al mese a offerte coerenti con il proprio profilo e partecipare ai colloqui proposti dal Centro per l''Impiego.", "contactFrequencyDays": 30, "proofOfSearch": "Registrare ogni candidatura nel piano personale, allegando quando possibile la ricevuta o l''e-mail inviata.", "availability": {"workshops": true, "training": false, "congruousOffers": true}, "actions": [{"type": "job_search_workshop", "title": "Laboratorio sul curriculum e sul colloquio di lavoro", "provider": "cpi", "dueInDays": 21}, {"type": "job_application", "title": "Quattro candidature a offerte coerenti", "provider": "cpi", "dueInDays": 30}]}'::jsonb),
                (2, '{"jobSearchActs": "Frequentare il percorso di aggiornamento concordato e inviare almeno 3 candidature al mese.", "contactFrequencyDays": 30, "proofOfSearch": "Registrare nel piano le candidature e le presenze al corso, allegando l''attestato di frequenza.", "availability": {"workshops": true, "training": true, "congruousOffers": true}, "actions": [{"type": "orientation", "title": "Colloquio di orientamento specialistico", "provider": "cpi", "dueInDays": 14}, {"type": "training", "title": "Corso breve di aggiornamento delle competenze", "provider": "cpi", "dueInDays": 60}]}'::jsonb),
                (3, '{"jobSearchActs": "Frequentare il percorso di riqualificazione concordato e partecipare agli incontri di orientamento.", "contactFrequencyDays": 30, "proofOfSearch": "Registrare nel piano le presenze al corso e gli esiti, allegando gli attestati.", "availability": {"workshops": true, "training": true, "congruousOffers": true}, "actions": [{"type": "orientation", "title": "Bilancio delle competenze", "provider": "cpi", "dueInDays": 21}, {"type": "training", "title": "Percorso di riqualificazione professionale", "provider": "cpi", "dueInDays": 120}]}'::jsonb),
                (4, '{"jobSearchActs": "Partecipare agli incontri concordati con il Centro per l''Impiego e con i servizi sociali o sanitari.", "contactFrequencyDays": 21, "proofOfSearch": "Le presenze agli incontri sono registrate dagli operatori; la persona registra nel piano le proprie attività.", "availability": {"workshops": true, "training": true, "congruousOffers": true}, "actions": [{"type": "orientation", "title": "Incontro con l''équipe multidisciplinare (CPI e servizi sociali)", "provider": "cpi", "dueInDays": 30}]}'::jsonb)
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "signatures_no_update_delete" ON "patto"."signatures"`);
        await queryRunner.query(`DROP TRIGGER "signatures_check" ON "patto"."signatures"`);
        await queryRunner.query(`DROP TRIGGER "patto_versions_guard" ON "patto"."patto_versions"`);
        await queryRunner.query(`DROP FUNCTION "patto"."check_signature"()`);
        await queryRunner.query(`DROP FUNCTION "patto"."guard_version"()`);
        await queryRunner.query(`
            DROP INDEX "patto"."IDX_a298f1420555a4e3318db519af"
        `);
        await queryRunner.query(`
            DROP TABLE "patto"."signature_challenges"
        `);
        await queryRunner.query(`
            DROP INDEX "patto"."IDX_59cc0a1f8904450a4f28ef041b"
        `);
        await queryRunner.query(`
            DROP TABLE "patto"."profilings"
        `);
        await queryRunner.query(`
            DROP TABLE "patto"."profiling_models"
        `);
        await queryRunner.query(`
            DROP INDEX "patto"."plan_items_citizen_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "patto"."plan_items"
        `);
        await queryRunner.query(`
            DROP INDEX "patto"."patti_one_active_per_person"
        `);
        await queryRunner.query(`
            DROP INDEX "patto"."IDX_50c688d59d36d329ea3a635747"
        `);
        await queryRunner.query(`
            DROP INDEX "patto"."IDX_206345916588d13375916138ab"
        `);
        await queryRunner.query(`
            DROP TABLE "patto"."patti"
        `);
        await queryRunner.query(`
            DROP TABLE "patto"."patto_versions"
        `);
        await queryRunner.query(`
            DROP TABLE "patto"."templates"
        `);
        await queryRunner.query(`
            DROP TABLE "patto"."signatures"
        `);
        await queryRunner.query(`
            DROP TABLE "patto"."legal_parameters"
        `);
        await queryRunner.query(`
            DROP INDEX "patto"."dids_one_active_per_person"
        `);
        await queryRunner.query(`
            DROP INDEX "patto"."IDX_b93921600adc3af82d23dd4204"
        `);
        await queryRunner.query(`
            DROP TABLE "patto"."dids"
        `);
        await queryRunner.query(`
            DROP INDEX "patto"."coach_alerts_one_open"
        `);
        await queryRunner.query(`
            DROP TABLE "patto"."coach_alerts"
        `);
        await queryRunner.query(`
            DROP TABLE "patto"."channel_profiles"
        `);
        await queryRunner.query(`
            DROP INDEX "dossier"."dossier_messages_citizen_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "dossier"."messages"
        `);
        await queryRunner.query(`
            DROP INDEX "dossier"."documents_citizen_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "dossier"."documents"
        `);
        await queryRunner.query(`
            DROP TABLE "dossier"."blobs"
        `);
        await queryRunner.query(`DROP SCHEMA "dossier"`);
        await queryRunner.query(`DROP SCHEMA "patto"`);
    }
}
