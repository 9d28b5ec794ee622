import type { MigrationInterface, QueryRunner } from "typeorm";

/** Notifications: messages (the outbox of every channel), preferences, the development mailbox. */

export class Notifications1795419456223 implements MigrationInterface {
    name = 'Notifications1795419456223'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "notifications"`);
        await queryRunner.query(`
            CREATE TABLE "notifications"."dev_mailbox" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "to_address" character varying(300) NOT NULL,
                "subject" character varying(300) NOT NULL,
                "text" text NOT NULL,
                "message_id" character varying(300),
                "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_20c1474670441bbc0659092401f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "notifications"."messages" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "dedupe_key" character varying(200) NOT NULL,
                "recipient_fiscal_code" character(16) NOT NULL,
                "channel" character varying(10) NOT NULL,
                "address" character varying(200) NOT NULL,
                "template" character varying(60) NOT NULL,
                "locale" character varying(5) NOT NULL,
                "subject" character varying(300) NOT NULL,
                "body" text NOT NULL,
                "status" character varying(10) NOT NULL DEFAULT 'pending',
                "attempts" integer NOT NULL DEFAULT '0',
                "last_error" character varying(500),
                "provider_message_id" character varying(200),
                "not_before" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "sent_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "UQ_9e07c2866e9ed6d1086882bf664" UNIQUE ("dedupe_key"),
                CONSTRAINT "messages_status_check" CHECK (
                    "status" IN ('pending', 'sent', 'failed', 'skipped')
                ),
                CONSTRAINT "messages_channel_check" CHECK ("channel" IN ('email', 'sms', 'io')),
                CONSTRAINT "PK_18325f38ae6de43878487eff986" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_5e67d0814bfa7226f432bf8900" ON "notifications"."messages" ("recipient_fiscal_code")
        `);
        await queryRunner.query(`
            CREATE INDEX "messages_pending_idx" ON "notifications"."messages" ("not_before")
            WHERE "status" = 'pending'
        `);
        await queryRunner.query(`
            CREATE TABLE "notifications"."preferences" (
                "fiscal_code" character(16) NOT NULL,
                "channels" text array NOT NULL,
                "locale" character varying(5) NOT NULL DEFAULT 'it',
                "quiet_start" TIME,
                "quiet_end" TIME,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_d4b22f6a3e83630b1f809f392c2" PRIMARY KEY ("fiscal_code")
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "notifications"."preferences"
        `);
        await queryRunner.query(`
            DROP INDEX "notifications"."messages_pending_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "notifications"."IDX_5e67d0814bfa7226f432bf8900"
        `);
        await queryRunner.query(`
            DROP TABLE "notifications"."messages"
        `);
        await queryRunner.query(`
            DROP TABLE "notifications"."dev_mailbox"
        `);
        await queryRunner.query(`DROP SCHEMA "notifications"`);
    }

}
