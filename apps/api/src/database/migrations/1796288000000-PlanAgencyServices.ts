import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 14: services delivered by an agency join the person's plan (source `agency`, once per service). */
export class PlanAgencyServices1796288000000 implements MigrationInterface {
  name = 'PlanAgencyServices1796288000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "patto"."plan_items" ADD "external_ref" character varying(80)`);
    await queryRunner.query(`ALTER TABLE "patto"."plan_items" ADD "agency_name" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "patto"."plan_items" DROP CONSTRAINT "plan_items_source_check"`);
    await queryRunner.query(`ALTER TABLE "patto"."plan_items" ADD CONSTRAINT "plan_items_source_check" CHECK ("source" IN ('patto', 'own', 'agency'))`);
    await queryRunner.query(`ALTER TABLE "patto"."plan_items" DROP CONSTRAINT "plan_items_dates_check"`);
    await queryRunner.query(
      `ALTER TABLE "patto"."plan_items" ADD CONSTRAINT "plan_items_dates_check" CHECK (("source" = 'patto' AND "due_date" IS NOT NULL) OR ("source" IN ('own', 'agency') AND "activity_date" IS NOT NULL))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "plan_items_external_ref_key" ON "patto"."plan_items" ("external_ref") WHERE "external_ref" IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "patto"."plan_items_external_ref_key"`);
    await queryRunner.query(`DELETE FROM "patto"."plan_items" WHERE "source" = 'agency'`);
    await queryRunner.query(`ALTER TABLE "patto"."plan_items" DROP CONSTRAINT "plan_items_dates_check"`);
    await queryRunner.query(
      `ALTER TABLE "patto"."plan_items" ADD CONSTRAINT "plan_items_dates_check" CHECK (("source" = 'patto' AND "due_date" IS NOT NULL) OR ("source" = 'own' AND "activity_date" IS NOT NULL))`,
    );
    await queryRunner.query(`ALTER TABLE "patto"."plan_items" DROP CONSTRAINT "plan_items_source_check"`);
    await queryRunner.query(`ALTER TABLE "patto"."plan_items" ADD CONSTRAINT "plan_items_source_check" CHECK ("source" IN ('patto', 'own'))`);
    await queryRunner.query(`ALTER TABLE "patto"."plan_items" DROP COLUMN "agency_name"`);
    await queryRunner.query(`ALTER TABLE "patto"."plan_items" DROP COLUMN "external_ref"`);
  }
}
