import type { MigrationInterface, QueryRunner } from "typeorm";

/** The person's answer to the "are you coming?" recall sent 48 hours before an appointment. */

export class AppointmentRecall1795434240797 implements MigrationInterface {
    name = 'AppointmentRecall1795434240797'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "agenda"."appointments"
            ADD "recall_answer" character varying(12)
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda"."appointments"
            ADD "recall_answered_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda"."appointments"
            ADD CONSTRAINT "appointments_recall_answer_check" CHECK (
                    "recall_answer" IS NULL
                    OR "recall_answer" IN ('coming', 'not_coming')
                )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "agenda"."appointments" DROP CONSTRAINT "appointments_recall_answer_check"
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda"."appointments" DROP COLUMN "recall_answered_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda"."appointments" DROP COLUMN "recall_answer"
        `);
    }

}
