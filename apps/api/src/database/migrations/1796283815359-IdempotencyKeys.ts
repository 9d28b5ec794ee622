import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Idempotency-Key (ModI conventions of the agency API): one row per caller and key with the request's hash and the
 * first answer. The primary key lets only one of concurrent duplicates run.
 */
export class IdempotencyKeys1796283815359 implements MigrationInterface {
    name = 'IdempotencyKeys1796283815359'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "platform"."idempotency_keys" ("scope" character varying(120) NOT NULL, "key" character varying(200) NOT NULL, "request_hash" character(64) NOT NULL, "status" integer, "body" jsonb, "headers" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "idempotency_keys_done_check" CHECK (("status" IS NULL) = ("completed_at" IS NULL)), CONSTRAINT "idempotency_keys_pkey" PRIMARY KEY ("scope", "key"))`);
        await queryRunner.query(`CREATE INDEX "idempotency_keys_created_idx" ON "platform"."idempotency_keys" ("created_at")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "platform"."idempotency_keys"`);
    }
}
