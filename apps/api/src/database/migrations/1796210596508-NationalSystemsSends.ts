import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The national systems' send queue: one row per measure communicated to INPS/SIISL (national-systems module). */
export class NationalSystemsSends1796210596508 implements MigrationInterface {
  name = 'NationalSystemsSends1796210596508';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA IF NOT EXISTS "national_systems"`);
    await q.query(`CREATE TABLE "national_systems"."sends" ("measure_id" uuid NOT NULL, "idempotency_key" character varying(120) NOT NULL, "event_id" bigint NOT NULL, "benefit" character varying(10) NOT NULL, "state" character varying(8) NOT NULL DEFAULT 'waiting', "attempts" integer NOT NULL DEFAULT '0', "first_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" character varying(80), "receipt_id" character varying(120), "receipt_duplicate" boolean, "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "sends_state_check" CHECK ("state" IN ('waiting', 'sent', 'failed')), CONSTRAINT "PK_d2a257e8efdf6edf3779f5fcd82" PRIMARY KEY ("measure_id"))`);
    await q.query(`CREATE UNIQUE INDEX "sends_idempotency_key_uq" ON "national_systems"."sends" ("idempotency_key")`);
    await q.query(`CREATE INDEX "sends_state_idx" ON "national_systems"."sends" ("state", "first_attempt_at")`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "national_systems"."sends_state_idx"`);
    await q.query(`DROP INDEX "national_systems"."sends_idempotency_key_uq"`);
    await q.query(`DROP TABLE "national_systems"."sends"`);
    await q.query(`DROP SCHEMA IF EXISTS "national_systems"`);
  }
}
