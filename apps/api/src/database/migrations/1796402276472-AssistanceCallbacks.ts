import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Assistance (issue 17, "a help page that lets a person ask to be called back"): callback requests (schema
 * `assistance`). Invariants: one open request per person; window and status from their lists; handled fields set
 * exactly when the request is no longer open.
 */
export class AssistanceCallbacks1796402276472 implements MigrationInterface {
    name = 'AssistanceCallbacks1796402276472'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "assistance"`);
        await queryRunner.query(`CREATE TABLE "assistance"."callback_requests" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "citizen_id" uuid NOT NULL, "fiscal_code" character varying(16) NOT NULL, "office_id" uuid, "phone" character varying(20) NOT NULL, "time_window" character varying(10) NOT NULL, "topic" character varying(500), "status" character varying(10) NOT NULL DEFAULT 'open', "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "handled_at" TIMESTAMP WITH TIME ZONE, "handled_by" character varying(16), CONSTRAINT "callback_requests_window_check" CHECK ("time_window" IN ('morning', 'afternoon', 'any')), CONSTRAINT "callback_requests_status_check" CHECK ("status" IN ('open', 'done', 'no_answer')), CONSTRAINT "callback_requests_handled_check" CHECK (("status" = 'open') = ("handled_at" IS NULL) AND ("handled_at" IS NULL) = ("handled_by" IS NULL)), CONSTRAINT "callback_requests_pkey" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "callback_requests_open_key" ON "assistance"."callback_requests" ("citizen_id") WHERE "status" = 'open'`);
        await queryRunner.query(`CREATE INDEX "callback_requests_office_idx" ON "assistance"."callback_requests" ("office_id", "status", "requested_at") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "assistance"."callback_requests"`);
        await queryRunner.query(`DROP SCHEMA "assistance"`);
    }
}
