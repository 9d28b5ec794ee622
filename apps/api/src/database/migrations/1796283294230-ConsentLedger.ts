import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Consent ledger (issue 14): a person grants an accredited agency access to named parts of their dossier, for a
 * purpose and a period, and can revoke it. Invariants: a non-empty period (CHECK); no two unrevoked grants of the same
 * person, agency, part and purpose overlap (EXCLUDE USING gist); a trigger refuses deletes and every change except
 * setting `revoked_at` once (a revoked grant stays revoked).
 */
export class ConsentLedger1796283294230 implements MigrationInterface {
    name = 'ConsentLedger1796283294230'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "consent"`);
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS "btree_gist"`);
        await queryRunner.query(`CREATE TABLE "consent"."grants" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "citizen_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "part" character varying(20) NOT NULL, "purpose" character varying(20) NOT NULL, "purpose_text" character varying(500), "valid_from" TIMESTAMP WITH TIME ZONE NOT NULL, "valid_until" TIMESTAMP WITH TIME ZONE NOT NULL, "source" character varying(10) NOT NULL, "patto_id" uuid, "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "grants_period_check" CHECK ("valid_until" > "valid_from"), CONSTRAINT "grants_part_check" CHECK ("part" IN ('registry', 'did', 'profile', 'patto', 'plan', 'appointments', 'documents')), CONSTRAINT "grants_purpose_check" CHECK ("purpose" IN ('job_placement', 'gol_pathway', 'guidance', 'training', 'other')), CONSTRAINT "grants_source_check" CHECK ("source" IN ('citizen', 'patto')), CONSTRAINT "grants_no_overlap" EXCLUDE USING gist ("citizen_id" WITH =, "agency_id" WITH =, "part" WITH =, "purpose" WITH =, tstzrange("valid_from", "valid_until") WITH &&) WHERE ("revoked_at" IS NULL), CONSTRAINT "PK_a25f5f89eff8b3277f7969b7094" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "grants_citizen_idx" ON "consent"."grants" ("citizen_id", "granted_at") `);
        await queryRunner.query(`CREATE INDEX "grants_agency_part_idx" ON "consent"."grants" ("agency_id", "part") `);
        await queryRunner.query(`
            CREATE FUNCTION "consent"."guard_grant"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    RAISE EXCEPTION 'consent grant %: delete refused (revoke it)', OLD.id USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF OLD.revoked_at IS NOT NULL THEN
                    RAISE EXCEPTION 'consent grant % is revoked and stays so', OLD.id USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF (NEW.id, NEW.citizen_id, NEW.agency_id, NEW.part, NEW.purpose, NEW.purpose_text, NEW.valid_from, NEW.valid_until, NEW.source, NEW.patto_id, NEW.granted_at)
                   IS DISTINCT FROM (OLD.id, OLD.citizen_id, OLD.agency_id, OLD.part, OLD.purpose, OLD.purpose_text, OLD.valid_from, OLD.valid_until, OLD.source, OLD.patto_id, OLD.granted_at) THEN
                    RAISE EXCEPTION 'consent grant %: only revocation may change it', OLD.id USING ERRCODE = 'insufficient_privilege';
                END IF;
                RETURN NEW;
            END $$
        `);
        await queryRunner.query(`CREATE TRIGGER "grants_guard" BEFORE UPDATE OR DELETE ON "consent"."grants" FOR EACH ROW EXECUTE FUNCTION "consent"."guard_grant"()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "grants_guard" ON "consent"."grants"`);
        await queryRunner.query(`DROP FUNCTION "consent"."guard_grant"()`);
        await queryRunner.query(`DROP INDEX "consent"."grants_agency_part_idx"`);
        await queryRunner.query(`DROP INDEX "consent"."grants_citizen_idx"`);
        await queryRunner.query(`DROP TABLE "consent"."grants"`);
        await queryRunner.query(`DROP SCHEMA "consent"`);
    }
}
