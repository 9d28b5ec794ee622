import type { MigrationInterface, QueryRunner } from "typeorm";

/** Interview slots of recruiting days: one person per slot, one slot per person at a time (partial unique index). */

export class RecruitingDaySlots1795445948398 implements MigrationInterface {
    name = 'RecruitingDaySlots1795445948398'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "matching"."recruiting_day_slots" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "recruiting_day_id" uuid NOT NULL,
                "vacancy_id" uuid NOT NULL,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "citizen_id" uuid,
                "booked_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "recruiting_day_slots_vacancy_time_key" UNIQUE ("recruiting_day_id", "vacancy_id", "starts_at"),
                CONSTRAINT "PK_bd5e8d6b597f5262f332cd13443" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "recruiting_day_slots_person_time_key" ON "matching"."recruiting_day_slots" ("recruiting_day_id", "citizen_id", "starts_at")
            WHERE "citizen_id" IS NOT NULL
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "matching"."recruiting_day_slots_person_time_key"
        `);
        await queryRunner.query(`
            DROP TABLE "matching"."recruiting_day_slots"
        `);
    }

}
