import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The notification outbox gets a relay: `queued_at` says when the dispatcher handed a message to the queue.
 * Messages written before this migration already have their sending jobs, so they count as queued.
 */

export class NotificationDispatch1795449356185 implements MigrationInterface {
    name = 'NotificationDispatch1795449356185'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "notifications"."messages"
            ADD "queued_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`UPDATE "notifications"."messages" SET "queued_at" = "created_at"`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "notifications"."messages" DROP COLUMN "queued_at"
        `);
    }

}
