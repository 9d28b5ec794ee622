import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Companies (issue 14): the dossier's secure messages get a second kind of thread, a company's with its CPI's company
 * desk. A message belongs to exactly one person or one company; `company` is a new sender role, only in a company's thread.
 */
export class CompanyMessages1796284838288 implements MigrationInterface {
    name = 'CompanyMessages1796284838288'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "dossier"."messages" ALTER COLUMN "citizen_id" DROP NOT NULL, ADD "company_id" uuid`);
        await queryRunner.query(`ALTER TABLE "dossier"."messages" DROP CONSTRAINT "dossier_messages_sender_check"`);
        await queryRunner.query(`ALTER TABLE "dossier"."messages" ADD CONSTRAINT "dossier_messages_sender_check" CHECK ("sender_role" IN ('citizen', 'operator', 'company'))`);
        await queryRunner.query(`ALTER TABLE "dossier"."messages" ADD CONSTRAINT "dossier_messages_owner_check" CHECK (num_nonnulls("citizen_id", "company_id") = 1 AND ("sender_role" = 'citizen') <= ("citizen_id" IS NOT NULL) AND ("sender_role" = 'company') <= ("company_id" IS NOT NULL))`);
        await queryRunner.query(`CREATE INDEX "dossier_messages_company_idx" ON "dossier"."messages" ("company_id", "sent_at")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DELETE FROM "dossier"."messages" WHERE "company_id" IS NOT NULL`);
        await queryRunner.query(`DROP INDEX "dossier"."dossier_messages_company_idx"`);
        await queryRunner.query(`ALTER TABLE "dossier"."messages" DROP CONSTRAINT "dossier_messages_owner_check", DROP CONSTRAINT "dossier_messages_sender_check"`);
        await queryRunner.query(`ALTER TABLE "dossier"."messages" ADD CONSTRAINT "dossier_messages_sender_check" CHECK ("sender_role" IN ('citizen', 'operator'))`);
        await queryRunner.query(`ALTER TABLE "dossier"."messages" DROP COLUMN "company_id", ALTER COLUMN "citizen_id" SET NOT NULL`);
    }
}
