import type { MigrationInterface, QueryRunner } from "typeorm";

/** Registry, identity (SAML requests, sessions) and the append-only audit log. */

export class Foundation1795416930971 implements MigrationInterface {
    name = 'Foundation1795416930971'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "registry"`);
        await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "identity"`);
        await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "audit"`);
        await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "platform"`);
        // Rate-limit counters are disposable: UNLOGGED skips the WAL.
        await queryRunner.query(`
            CREATE UNLOGGED TABLE "platform"."rate_limit_counters" (
                "key" character varying(120) NOT NULL,
                "window_start" TIMESTAMP WITH TIME ZONE NOT NULL,
                "hits" integer NOT NULL,
                CONSTRAINT "PK_fff95af8f500fb050737753e12e" PRIMARY KEY ("key", "window_start")
            )
        `);
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS "uuid-ossp"`);
        await queryRunner.query(`
            CREATE TABLE "audit"."audit_events" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "actor_fiscal_code" character(16) NOT NULL,
                "actor_name" character varying(200),
                "actor_role" character varying(20) NOT NULL,
                "actor_office_id" uuid,
                "action" character varying(80) NOT NULL,
                "resource_type" character varying(60) NOT NULL,
                "resource_id" character varying(80),
                "subject_fiscal_code" character(16),
                "outcome" character varying(10) NOT NULL,
                "ip" character varying(64),
                "user_agent" character varying(400),
                "correlation_id" character varying(64),
                "details" jsonb NOT NULL DEFAULT '{}'::jsonb,
                CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_e4ec1e5d9c7c04d2299bdf1897" ON "audit"."audit_events" ("actor_fiscal_code")
        `);
        await queryRunner.query(`
            CREATE INDEX "audit_events_subject_idx" ON "audit"."audit_events" ("subject_fiscal_code", "occurred_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "identity"."authn_requests" (
                "id" character varying(80) NOT NULL,
                "kind" character varying(10) NOT NULL,
                "idp_entity_id" character varying(1024) NOT NULL,
                "requested_level" smallint NOT NULL,
                "app" character varying(20) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "consumed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "authn_requests_level_check" CHECK (
                    "requested_level" BETWEEN 1 AND 3
                ),
                CONSTRAINT "PK_63da32458cd282b90c9af1336a2" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_7b243cf4a03d3a6823d2873374" ON "identity"."authn_requests" ("expires_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "identity"."sessions" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "token_hash" character(64) NOT NULL,
                "fiscal_code" character(16) NOT NULL,
                "given_name" character varying(100) NOT NULL,
                "family_name" character varying(100) NOT NULL,
                "roles" text array NOT NULL,
                "spid_level" smallint NOT NULL,
                "kind" character varying(10) NOT NULL,
                "app" character varying(20) NOT NULL,
                "idp_entity_id" character varying(1024) NOT NULL,
                "name_id" character varying(512),
                "session_index" character varying(512),
                "csrf_token" character(64) NOT NULL,
                "ip" character varying(64),
                "user_agent" character varying(400),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "absolute_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ended_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "UQ_abaa9e068cdd390bc5210f79884" UNIQUE ("token_hash"),
                CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_b290ee2cc5415afef49e491582" ON "identity"."sessions" ("fiscal_code")
        `);
        await queryRunner.query(`
            CREATE TABLE "registry"."regions" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "istat_code" character(2) NOT NULL,
                "name" character varying(100) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_0bd6c7f6e551fea7695cea1fbb8" UNIQUE ("istat_code"),
                CONSTRAINT "PK_4fcd12ed6a046276e2deb08801c" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "registry"."agencies" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "name" character varying(200) NOT NULL,
                "vat_number" character(11) NOT NULL,
                "accreditation_code" character varying(40) NOT NULL,
                "region_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_4d4037e28fb4824fc565ea660c1" UNIQUE ("vat_number"),
                CONSTRAINT "PK_8ab1f1f53f56c8255b0d7e68b28" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_002d081cf44049e84b997bedea" ON "registry"."agencies" ("region_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "registry"."agency_staff" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "agency_id" uuid NOT NULL,
                "fiscal_code" character(16) NOT NULL,
                "given_name" character varying(100) NOT NULL,
                "family_name" character varying(100) NOT NULL,
                "email" character varying(200),
                CONSTRAINT "agency_staff_agency_fiscal_code_key" UNIQUE ("agency_id", "fiscal_code"),
                CONSTRAINT "PK_7c74260fac5b4f6366ce4290e83" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_f42fa629eab0991679ece1eef3" ON "registry"."agency_staff" ("fiscal_code")
        `);
        await queryRunner.query(`
            CREATE TABLE "registry"."offices" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "region_id" uuid NOT NULL,
                "code" character varying(20) NOT NULL,
                "name" character varying(150) NOT NULL,
                "address" character varying(200) NOT NULL,
                "comune_istat" character(6) NOT NULL,
                "comune_name" character varying(100) NOT NULL,
                "province" character(2) NOT NULL,
                "latitude" numeric(9, 6) NOT NULL,
                "longitude" numeric(9, 6) NOT NULL,
                "opening_hours" character varying(300) NOT NULL,
                "channels" text array NOT NULL,
                "email" character varying(200),
                "phone" character varying(30),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_dd20ab195a9ecf474704c369295" UNIQUE ("code"),
                CONSTRAINT "PK_1ea41502c6dddcec44ad9fcbbb3" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_5ad42588c0b91edf822a44f75b" ON "registry"."offices" ("region_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "registry"."citizens" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "fiscal_code" character(16) NOT NULL,
                "given_name" character varying(100) NOT NULL,
                "family_name" character varying(100) NOT NULL,
                "birth_date" date,
                "gender" character(1),
                "birth_place_code" character varying(4),
                "email" character varying(200),
                "mobile_phone" character varying(20),
                "domicile_comune_istat" character(6),
                "office_id" uuid,
                "last_login_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_4e3201bc06b87aab88a82bed5a2" UNIQUE ("fiscal_code"),
                CONSTRAINT "citizens_fiscal_code_format_check" CHECK (
                    "fiscal_code" ~ '^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$'
                ),
                CONSTRAINT "citizens_gender_check" CHECK ("gender" IN ('M', 'F')),
                CONSTRAINT "PK_125518d98ee3b4cf52b8ab14a43" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_d92119c9173777e1a819096e32" ON "registry"."citizens" ("office_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "registry"."companies" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "name" character varying(200) NOT NULL,
                "vat_number" character(11) NOT NULL,
                "ateco_code" character varying(10) NOT NULL,
                "comune_istat" character(6) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_b731ac64484456478d736ab100e" UNIQUE ("vat_number"),
                CONSTRAINT "PK_d4bc3e82a314fa9e29f652c2c22" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "registry"."company_users" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "company_id" uuid NOT NULL,
                "fiscal_code" character(16) NOT NULL,
                "given_name" character varying(100) NOT NULL,
                "family_name" character varying(100) NOT NULL,
                CONSTRAINT "company_users_company_fiscal_code_key" UNIQUE ("company_id", "fiscal_code"),
                CONSTRAINT "PK_fcd31773e604355d8a473de888c" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_2640acfb49029874d4ca5efef6" ON "registry"."company_users" ("fiscal_code")
        `);
        await queryRunner.query(`
            CREATE TABLE "registry"."office_comuni" (
                "comune_istat" character(6) NOT NULL,
                "comune_name" character varying(100) NOT NULL,
                "office_id" uuid NOT NULL,
                CONSTRAINT "PK_db195b1f80d87830654123548e2" PRIMARY KEY ("comune_istat")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_988e4fac1d3fefa2894f365b37" ON "registry"."office_comuni" ("office_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "registry"."staff" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "fiscal_code" character(16) NOT NULL,
                "given_name" character varying(100) NOT NULL,
                "family_name" character varying(100) NOT NULL,
                "email" character varying(200),
                "role" character varying(20) NOT NULL,
                "region_id" uuid NOT NULL,
                "active" boolean NOT NULL DEFAULT true,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_0fd4ae39840fa5815c73bb71110" UNIQUE ("fiscal_code"),
                CONSTRAINT "staff_role_check" CHECK (
                    "role" IN ('operator', 'cpi_manager', 'region_admin')
                ),
                CONSTRAINT "PK_e4ee98bb552756c180aec1e854a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_0fec4b0e86239b925c99630ee0" ON "registry"."staff" ("region_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "registry"."staff_offices" (
                "staff_id" uuid NOT NULL,
                "office_id" uuid NOT NULL,
                CONSTRAINT "PK_c876f8924c11520c4441510fb38" PRIMARY KEY ("staff_id", "office_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_15a59fc31e2caaccff4a8cade6" ON "registry"."staff_offices" ("office_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "registry"."agencies"
            ADD CONSTRAINT "FK_002d081cf44049e84b997bedea0" FOREIGN KEY ("region_id") REFERENCES "registry"."regions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "registry"."agency_staff"
            ADD CONSTRAINT "FK_18cbf7c1c65ff1075561b41ea56" FOREIGN KEY ("agency_id") REFERENCES "registry"."agencies"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "registry"."offices"
            ADD CONSTRAINT "FK_5ad42588c0b91edf822a44f75bb" FOREIGN KEY ("region_id") REFERENCES "registry"."regions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "registry"."citizens"
            ADD CONSTRAINT "FK_d92119c9173777e1a819096e322" FOREIGN KEY ("office_id") REFERENCES "registry"."offices"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "registry"."company_users"
            ADD CONSTRAINT "FK_0a12e8588834314e38e43d6f5a7" FOREIGN KEY ("company_id") REFERENCES "registry"."companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "registry"."office_comuni"
            ADD CONSTRAINT "FK_988e4fac1d3fefa2894f365b370" FOREIGN KEY ("office_id") REFERENCES "registry"."offices"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "registry"."staff"
            ADD CONSTRAINT "FK_0fec4b0e86239b925c99630ee02" FOREIGN KEY ("region_id") REFERENCES "registry"."regions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "registry"."staff_offices"
            ADD CONSTRAINT "FK_e1d28c438029f79c01a24a3b578" FOREIGN KEY ("staff_id") REFERENCES "registry"."staff"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "registry"."staff_offices"
            ADD CONSTRAINT "FK_15a59fc31e2caaccff4a8cade63" FOREIGN KEY ("office_id") REFERENCES "registry"."offices"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        // Prefix search by surname (operators' citizen search).
        await queryRunner.query(`CREATE INDEX "citizens_family_name_lower_idx" ON "registry"."citizens" (lower("family_name") text_pattern_ops)`);
        // The audit log is append-only: refuse UPDATE, DELETE and TRUNCATE whoever asks.
        await queryRunner.query(`
            CREATE FUNCTION "audit"."refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit.audit_events is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
            END $$
        `);
        await queryRunner.query(`CREATE TRIGGER "audit_events_no_update_delete" BEFORE UPDATE OR DELETE ON "audit"."audit_events" FOR EACH ROW EXECUTE FUNCTION "audit"."refuse_change"()`);
        await queryRunner.query(`CREATE TRIGGER "audit_events_no_truncate" BEFORE TRUNCATE ON "audit"."audit_events" FOR EACH STATEMENT EXECUTE FUNCTION "audit"."refuse_change"()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "audit_events_no_truncate" ON "audit"."audit_events"`);
        await queryRunner.query(`DROP TRIGGER "audit_events_no_update_delete" ON "audit"."audit_events"`);
        await queryRunner.query(`DROP FUNCTION "audit"."refuse_change"()`);
        await queryRunner.query(`DROP INDEX "registry"."citizens_family_name_lower_idx"`);
        await queryRunner.query(`
            ALTER TABLE "registry"."staff_offices" DROP CONSTRAINT "FK_15a59fc31e2caaccff4a8cade63"
        `);
        await queryRunner.query(`
            ALTER TABLE "registry"."staff_offices" DROP CONSTRAINT "FK_e1d28c438029f79c01a24a3b578"
        `);
        await queryRunner.query(`
            ALTER TABLE "registry"."staff" DROP CONSTRAINT "FK_0fec4b0e86239b925c99630ee02"
        `);
        await queryRunner.query(`
            ALTER TABLE "registry"."office_comuni" DROP CONSTRAINT "FK_988e4fac1d3fefa2894f365b370"
        `);
        await queryRunner.query(`
            ALTER TABLE "registry"."company_users" DROP CONSTRAINT "FK_0a12e8588834314e38e43d6f5a7"
        `);
        await queryRunner.query(`
            ALTER TABLE "registry"."citizens" DROP CONSTRAINT "FK_d92119c9173777e1a819096e322"
        `);
        await queryRunner.query(`
            ALTER TABLE "registry"."offices" DROP CONSTRAINT "FK_5ad42588c0b91edf822a44f75bb"
        `);
        await queryRunner.query(`
            ALTER TABLE "registry"."agency_staff" DROP CONSTRAINT "FK_18cbf7c1c65ff1075561b41ea56"
        `);
        await queryRunner.query(`
            ALTER TABLE "registry"."agencies" DROP CONSTRAINT "FK_002d081cf44049e84b997bedea0"
        `);
        await queryRunner.query(`
            DROP INDEX "registry"."IDX_15a59fc31e2caaccff4a8cade6"
        `);
        await queryRunner.query(`
            DROP TABLE "registry"."staff_offices"
        `);
        await queryRunner.query(`
            DROP INDEX "registry"."IDX_0fec4b0e86239b925c99630ee0"
        `);
        await queryRunner.query(`
            DROP TABLE "registry"."staff"
        `);
        await queryRunner.query(`
            DROP INDEX "registry"."IDX_988e4fac1d3fefa2894f365b37"
        `);
        await queryRunner.query(`
            DROP TABLE "registry"."office_comuni"
        `);
        await queryRunner.query(`
            DROP INDEX "registry"."IDX_2640acfb49029874d4ca5efef6"
        `);
        await queryRunner.query(`
            DROP TABLE "registry"."company_users"
        `);
        await queryRunner.query(`
            DROP TABLE "registry"."companies"
        `);
        await queryRunner.query(`
            DROP INDEX "registry"."IDX_d92119c9173777e1a819096e32"
        `);
        await queryRunner.query(`
            DROP TABLE "registry"."citizens"
        `);
        await queryRunner.query(`
            DROP INDEX "registry"."IDX_5ad42588c0b91edf822a44f75b"
        `);
        await queryRunner.query(`
            DROP TABLE "registry"."offices"
        `);
        await queryRunner.query(`
            DROP INDEX "registry"."IDX_f42fa629eab0991679ece1eef3"
        `);
        await queryRunner.query(`
            DROP TABLE "registry"."agency_staff"
        `);
        await queryRunner.query(`
            DROP INDEX "registry"."IDX_002d081cf44049e84b997bedea"
        `);
        await queryRunner.query(`
            DROP TABLE "registry"."agencies"
        `);
        await queryRunner.query(`
            DROP TABLE "registry"."regions"
        `);
        await queryRunner.query(`
            DROP INDEX "identity"."IDX_b290ee2cc5415afef49e491582"
        `);
        await queryRunner.query(`
            DROP TABLE "identity"."sessions"
        `);
        await queryRunner.query(`
            DROP INDEX "identity"."IDX_7b243cf4a03d3a6823d2873374"
        `);
        await queryRunner.query(`
            DROP TABLE "identity"."authn_requests"
        `);
        await queryRunner.query(`
            DROP INDEX "audit"."audit_events_subject_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "audit"."IDX_e4ec1e5d9c7c04d2299bdf1897"
        `);
        await queryRunner.query(`
            DROP TABLE "audit"."audit_events"
        `);
        await queryRunner.query(`DROP TABLE "platform"."rate_limit_counters"`);
        await queryRunner.query(`DROP SCHEMA "platform"`);
        await queryRunner.query(`DROP SCHEMA "audit"`);
        await queryRunner.query(`DROP SCHEMA "identity"`);
        await queryRunner.query(`DROP SCHEMA "registry"`);
    }

}
