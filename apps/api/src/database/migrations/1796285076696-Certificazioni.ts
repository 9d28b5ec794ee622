import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Certificazioni (issue 15, first part): sealed self-service certificates and their public verifications.
 * Invariants: unique verification code and PDF hash; kind-specific columns by CHECK; revocation all-or-none; a
 * certificate changes only by being revoked, once, and is never deleted; verifications are append-only.
 */
export class Certificazioni1796285076696 implements MigrationInterface {
    name = 'Certificazioni1796285076696'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "certificazioni"`);
        await queryRunner.query(`CREATE TABLE "certificazioni"."certificates" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "citizen_id" uuid NOT NULL, "fiscal_code" character varying(16) NOT NULL, "office_id" uuid, "kind" character varying(24) NOT NULL, "locale" character varying(2) NOT NULL, "at_date" date, "patto_id" uuid, "code" character(16) NOT NULL, "snapshot" jsonb NOT NULL, "sha256" character(64) NOT NULL, "pdf" bytea NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "issued_via" character varying(10) NOT NULL, "issued_by" character varying(16) NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by" character varying(16), "revoke_reason" character varying(500), CONSTRAINT "certificates_kind_check" CHECK ("kind" IN ('status_attestation', 'status_history', 'sap_extract', 'patto_copy')), CONSTRAINT "certificates_locale_check" CHECK ("locale" IN ('it', 'en')), CONSTRAINT "certificates_issued_via_check" CHECK ("issued_via" IN ('citizen', 'operator')), CONSTRAINT "certificates_code_check" CHECK ("code" ~ '^[A-Z2-7]{16}$'), CONSTRAINT "certificates_at_date_check" CHECK (("at_date" IS NOT NULL) = ("kind" = 'status_attestation')), CONSTRAINT "certificates_patto_check" CHECK (("patto_id" IS NOT NULL) = ("kind" = 'patto_copy')), CONSTRAINT "certificates_revocation_check" CHECK (("revoked_at" IS NULL) = ("revoked_by" IS NULL) AND ("revoked_at" IS NULL) = ("revoke_reason" IS NULL)), CONSTRAINT "certificates_pkey" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "certificates_code_key" ON "certificazioni"."certificates" ("code") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "certificates_sha256_key" ON "certificazioni"."certificates" ("sha256") `);
        await queryRunner.query(`CREATE INDEX "certificates_citizen_idx" ON "certificazioni"."certificates" ("citizen_id", "issued_at") `);
        await queryRunner.query(`CREATE TABLE "certificazioni"."verifications" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "certificate_id" uuid, "method" character varying(4) NOT NULL, "outcome" character varying(10) NOT NULL, "verifier_hash" character(64) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "verifications_method_check" CHECK ("method" IN ('code', 'file')), CONSTRAINT "verifications_outcome_check" CHECK ("outcome" IN ('authentic', 'revoked', 'not_found')), CONSTRAINT "verifications_certificate_check" CHECK (("certificate_id" IS NULL) = ("outcome" = 'not_found')), CONSTRAINT "verifications_pkey" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "verifications_certificate_idx" ON "certificazioni"."verifications" ("certificate_id", "at") `);
        await queryRunner.query(`ALTER TABLE "certificazioni"."verifications" ADD CONSTRAINT "verifications_certificate_fk" FOREIGN KEY ("certificate_id") REFERENCES "certificazioni"."certificates"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`
            CREATE FUNCTION "certificazioni"."guard_certificate"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    RAISE EXCEPTION 'certificate %: delete refused (revoke it)', OLD.id USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF OLD.revoked_at IS NOT NULL THEN
                    RAISE EXCEPTION 'certificate % is revoked and stays so', OLD.id USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF (NEW.id, NEW.citizen_id, NEW.fiscal_code, NEW.office_id, NEW.kind, NEW.locale, NEW.at_date, NEW.patto_id, NEW.code, NEW.snapshot, NEW.sha256, NEW.pdf, NEW.issued_at, NEW.issued_via, NEW.issued_by)
                   IS DISTINCT FROM (OLD.id, OLD.citizen_id, OLD.fiscal_code, OLD.office_id, OLD.kind, OLD.locale, OLD.at_date, OLD.patto_id, OLD.code, OLD.snapshot, OLD.sha256, OLD.pdf, OLD.issued_at, OLD.issued_via, OLD.issued_by) THEN
                    RAISE EXCEPTION 'certificate %: only revocation may change it', OLD.id USING ERRCODE = 'insufficient_privilege';
                END IF;
                RETURN NEW;
            END $$
        `);
        await queryRunner.query(`CREATE TRIGGER "certificates_guard" BEFORE UPDATE OR DELETE ON "certificazioni"."certificates" FOR EACH ROW EXECUTE FUNCTION "certificazioni"."guard_certificate"()`);
        await queryRunner.query(`
            CREATE FUNCTION "certificazioni"."append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'certificate verifications are append-only' USING ERRCODE = 'insufficient_privilege';
            END $$
        `);
        await queryRunner.query(`CREATE TRIGGER "verifications_append_only" BEFORE UPDATE OR DELETE ON "certificazioni"."verifications" FOR EACH ROW EXECUTE FUNCTION "certificazioni"."append_only"()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "verifications_append_only" ON "certificazioni"."verifications"`);
        await queryRunner.query(`DROP FUNCTION "certificazioni"."append_only"()`);
        await queryRunner.query(`DROP TRIGGER "certificates_guard" ON "certificazioni"."certificates"`);
        await queryRunner.query(`DROP FUNCTION "certificazioni"."guard_certificate"()`);
        await queryRunner.query(`ALTER TABLE "certificazioni"."verifications" DROP CONSTRAINT "verifications_certificate_fk"`);
        await queryRunner.query(`DROP TABLE "certificazioni"."verifications"`);
        await queryRunner.query(`DROP TABLE "certificazioni"."certificates"`);
        await queryRunner.query(`DROP SCHEMA "certificazioni"`);
    }
}
