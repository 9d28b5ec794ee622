import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13 producers in patto: a due date for signature on each patto (set at each proposal from the dated legal
 * parameter `patto_signature_days`) and once-only markers for `patto.signature-overdue` and `plan.action-missed`.
 * Existing rows: a patto waiting for signatures gets its due date from its proposal; what is already overdue when this
 * runs is marked as reported (only items that become overdue from now on are published).
 */
export class PattoOverdueEvents1796210664425 implements MigrationInterface {
  name = 'PattoOverdueEvents1796210664425';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "patto"."patti" ADD "signature_due_date" date`);
    await queryRunner.query(`ALTER TABLE "patto"."patti" ADD "signature_overdue_published_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "patto"."plan_items" ADD "missed_published_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`
            CREATE INDEX "patti_signature_overdue_pending_idx" ON "patto"."patti" ("signature_due_date")
            WHERE "signature_overdue_published_at" IS NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "plan_items_missed_pending_idx" ON "patto"."plan_items" ("due_date")
            WHERE "missed_published_at" IS NULL
        `);
    await queryRunner.query(`
            INSERT INTO "patto"."legal_parameters" ("key", "valid_from", "value", "unit", "source", "verified", "note") VALUES
                ('patto_signature_days', '2015-09-24', 15, 'days', 'OpenCPI setting: D.Lgs. 150/2015 art. 20 sets no term between the proposal of the patto and its signature', false,
                 'Days the parties have to sign a proposed patto version; past them patto.signature-overdue is published (issue 13). A regional choice until a source fixes it.')
        `);
    await queryRunner.query(`
            UPDATE "patto"."patti" p SET "signature_due_date" = (v."proposed_at" AT TIME ZONE 'Europe/Rome')::date + 15
              FROM "patto"."patto_versions" v WHERE v."patto_id" = p."id" AND v."status" = 'proposed'
        `);
    await queryRunner.query(`UPDATE "patto"."patti" SET "signature_overdue_published_at" = now() WHERE "signature_due_date" < (now() AT TIME ZONE 'Europe/Rome')::date`);
    await queryRunner.query(`UPDATE "patto"."plan_items" SET "missed_published_at" = now() WHERE "source" = 'patto' AND "status" <> 'done' AND "due_date" < (now() AT TIME ZONE 'Europe/Rome')::date`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "patto"."legal_parameters" WHERE "key" = 'patto_signature_days'`);
    await queryRunner.query(`DROP INDEX "patto"."plan_items_missed_pending_idx"`);
    await queryRunner.query(`DROP INDEX "patto"."patti_signature_overdue_pending_idx"`);
    await queryRunner.query(`ALTER TABLE "patto"."plan_items" DROP COLUMN "missed_published_at"`);
    await queryRunner.query(`ALTER TABLE "patto"."patti" DROP COLUMN "signature_overdue_published_at"`);
    await queryRunner.query(`ALTER TABLE "patto"."patti" DROP COLUMN "signature_due_date"`);
  }
}
