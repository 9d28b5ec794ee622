import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Portability (issue 15, third part): exports of a person's dossier (progress, then the signed bundle until it
 * expires) and dossiers imported from other regions with their sections and files. Invariants: status and locale from
 * their lists, progress within its total, a bundle exactly when ready; one import per (issuer, export); imported
 * history is read-only (no update, no delete).
 */
export class Portability1796315974127 implements MigrationInterface {
    name = 'Portability1796315974127'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "portability"`);
        await queryRunner.query(`CREATE TABLE "portability"."exports" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "citizen_id" uuid NOT NULL, "fiscal_code" character varying(16) NOT NULL, "locale" character varying(2) NOT NULL, "status" character varying(10) NOT NULL, "steps_done" integer NOT NULL DEFAULT '0', "steps_total" integer NOT NULL, "current_step" character varying(40), "error_code" character varying(60), "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ready_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, "bundle" bytea, "bundle_sha256" character(64), "bundle_size" integer, "origin" jsonb NOT NULL, CONSTRAINT "exports_status_check" CHECK ("status" IN ('queued', 'running', 'ready', 'failed', 'expired')), CONSTRAINT "exports_locale_check" CHECK ("locale" IN ('it', 'en')), CONSTRAINT "exports_steps_check" CHECK ("steps_done" >= 0 AND "steps_done" <= "steps_total"), CONSTRAINT "exports_bundle_check" CHECK (("bundle" IS NOT NULL) = ("status" = 'ready')), CONSTRAINT "exports_pkey" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "exports_citizen_idx" ON "portability"."exports" ("citizen_id", "requested_at") `);
        await queryRunner.query(`CREATE INDEX "exports_expiry_idx" ON "portability"."exports" ("expires_at") `);
        await queryRunner.query(`CREATE TABLE "portability"."imported_dossiers" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "fiscal_code" character varying(16) NOT NULL, "holder_name" character varying(200) NOT NULL, "issuer_id" character varying(300) NOT NULL, "issuer_name" character varying(200) NOT NULL, "export_id" uuid NOT NULL, "exported_at" TIMESTAMP WITH TIME ZONE NOT NULL, "header" jsonb NOT NULL, "manifest" jsonb NOT NULL, "signature" text NOT NULL, "bundle_sha256" character(64) NOT NULL, "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "imported_by" character varying(16) NOT NULL, "imported_by_office_id" uuid, CONSTRAINT "imported_dossiers_pkey" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "imported_dossiers_export_key" ON "portability"."imported_dossiers" ("issuer_id", "export_id") `);
        await queryRunner.query(`CREATE INDEX "imported_dossiers_fiscal_code_idx" ON "portability"."imported_dossiers" ("fiscal_code", "imported_at") `);
        await queryRunner.query(`CREATE INDEX "imported_dossiers_office_idx" ON "portability"."imported_dossiers" ("imported_by_office_id", "imported_at") `);
        await queryRunner.query(`CREATE TABLE "portability"."imported_sections" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "dossier_id" uuid NOT NULL, "key" character varying(40) NOT NULL, "data" jsonb, CONSTRAINT "imported_sections_pkey" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "imported_sections_key" ON "portability"."imported_sections" ("dossier_id", "key") `);
        await queryRunner.query(`CREATE TABLE "portability"."imported_files" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "dossier_id" uuid NOT NULL, "path" character varying(300) NOT NULL, "file_name" character varying(255) NOT NULL, "mime_type" character varying(100) NOT NULL, "section" character varying(40) NOT NULL, "sha256" character(64) NOT NULL, "size_bytes" integer NOT NULL, "bytes" bytea NOT NULL, CONSTRAINT "imported_files_pkey" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "imported_files_path_key" ON "portability"."imported_files" ("dossier_id", "path") `);
        await queryRunner.query(`ALTER TABLE "portability"."imported_sections" ADD CONSTRAINT "imported_sections_dossier_fk" FOREIGN KEY ("dossier_id") REFERENCES "portability"."imported_dossiers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "portability"."imported_files" ADD CONSTRAINT "imported_files_dossier_fk" FOREIGN KEY ("dossier_id") REFERENCES "portability"."imported_dossiers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`
            CREATE FUNCTION "portability"."read_only"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'imported dossiers are read-only history (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
            END $$
        `);
        for (const t of ['imported_dossiers', 'imported_sections', 'imported_files'])
            await queryRunner.query(`CREATE TRIGGER "${t}_read_only" BEFORE UPDATE OR DELETE ON "portability"."${t}" FOR EACH ROW EXECUTE FUNCTION "portability"."read_only"()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const t of ['imported_files', 'imported_sections', 'imported_dossiers'])
            await queryRunner.query(`DROP TRIGGER "${t}_read_only" ON "portability"."${t}"`);
        await queryRunner.query(`DROP FUNCTION "portability"."read_only"()`);
        await queryRunner.query(`ALTER TABLE "portability"."imported_files" DROP CONSTRAINT "imported_files_dossier_fk"`);
        await queryRunner.query(`ALTER TABLE "portability"."imported_sections" DROP CONSTRAINT "imported_sections_dossier_fk"`);
        await queryRunner.query(`DROP TABLE "portability"."imported_files"`);
        await queryRunner.query(`DROP TABLE "portability"."imported_sections"`);
        await queryRunner.query(`DROP TABLE "portability"."imported_dossiers"`);
        await queryRunner.query(`DROP TABLE "portability"."exports"`);
        await queryRunner.query(`DROP SCHEMA "portability"`);
    }
}
