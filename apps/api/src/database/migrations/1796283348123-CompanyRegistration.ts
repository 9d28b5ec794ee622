import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Companies (issue 14): a company is declared by its legal representative (`pending`), then approved or rejected (with a
 * reason) by an operator of the CPI of its main site. Its sites (position 0 = the main site) and, per member, whether they
 * administer it. Companies that already exist (seed data) are approved and their referents administer them.
 */
export class CompanyRegistration1796283348123 implements MigrationInterface {
    name = 'CompanyRegistration1796283348123'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "registry"."companies" ADD "fiscal_code" character varying(16), ADD "status" character varying(10) NOT NULL DEFAULT 'pending', ADD "declared_by" character(16), ADD "reviewed_at" TIMESTAMP WITH TIME ZONE, ADD "reviewed_by" uuid, ADD "rejection_reason" character varying(1000)`);
        await queryRunner.query(`UPDATE "registry"."companies" SET "status" = 'approved', "reviewed_at" = "created_at"`);
        await queryRunner.query(`ALTER TABLE "registry"."companies" ADD CONSTRAINT "companies_status_check" CHECK ("status" IN ('pending', 'approved', 'rejected'))`);
        await queryRunner.query(`ALTER TABLE "registry"."companies" ADD CONSTRAINT "companies_review_check" CHECK (("status" <> 'pending' OR "reviewed_at" IS NULL) AND ("status" = 'rejected') = ("rejection_reason" IS NOT NULL))`);
        await queryRunner.query(`CREATE INDEX "companies_status_idx" ON "registry"."companies" ("status", "comune_istat")`);
        await queryRunner.query(`ALTER TABLE "registry"."company_users" ADD "admin" boolean NOT NULL DEFAULT false, ADD "invited_by" character(16), ADD "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
        await queryRunner.query(`UPDATE "registry"."company_users" SET "admin" = true`);
        await queryRunner.query(`CREATE TABLE "registry"."company_sites" ("company_id" uuid NOT NULL, "position" smallint NOT NULL, "comune_istat" character(6) NOT NULL, "address" character varying(200) NOT NULL, CONSTRAINT "company_sites_position_check" CHECK ("position" >= 0), CONSTRAINT "PK_company_sites" PRIMARY KEY ("company_id", "position"))`);
        await queryRunner.query(`ALTER TABLE "registry"."company_sites" ADD CONSTRAINT "FK_11e8e1d827161f4cb3b571c6dff" FOREIGN KEY ("company_id") REFERENCES "registry"."companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`INSERT INTO "registry"."company_sites" ("company_id", "position", "comune_istat", "address") SELECT "id", 0, "comune_istat", 'Sede principale' FROM "registry"."companies"`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "registry"."company_sites"`);
        await queryRunner.query(`ALTER TABLE "registry"."company_users" DROP COLUMN "added_at", DROP COLUMN "invited_by", DROP COLUMN "admin"`);
        await queryRunner.query(`DROP INDEX "registry"."companies_status_idx"`);
        await queryRunner.query(`ALTER TABLE "registry"."companies" DROP CONSTRAINT "companies_review_check", DROP CONSTRAINT "companies_status_check"`);
        await queryRunner.query(`ALTER TABLE "registry"."companies" DROP COLUMN "rejection_reason", DROP COLUMN "reviewed_by", DROP COLUMN "reviewed_at", DROP COLUMN "declared_by", DROP COLUMN "status", DROP COLUMN "fiscal_code"`);
    }
}
