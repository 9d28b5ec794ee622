import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One event outbox for the platform (`events.outbox`), replacing the write-only `agenda.outbox_events` and
 * `matching.outbox_events`: their rows are carried over in their original order (agenda events by their
 * creation time, then matching events by theirs, merged by time), as version 1 of their types; and
 * `events.deliveries`, one row per event and consumer, which the relay works through.
 */
export class EventOutbox1796210000000 implements MigrationInterface {
  name = 'EventOutbox1796210000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA IF NOT EXISTS "events"`);
    await q.query(`
      CREATE TABLE "events"."outbox" (
        "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "type" character varying(80) NOT NULL,
        "version" smallint NOT NULL,
        "aggregate_type" character varying(40) NOT NULL,
        "aggregate_id" character varying(80) NOT NULL,
        "payload" jsonb NOT NULL,
        "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_events_outbox" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "IDX_e2c144bd33e28f23ca6a6ec050" ON "events"."outbox" ("type")`);
    await q.query(`CREATE INDEX "outbox_aggregate_idx" ON "events"."outbox" ("aggregate_type", "aggregate_id", "id")`);
    await q.query(`
      INSERT INTO "events"."outbox" (type, version, aggregate_type, aggregate_id, payload, occurred_at)
      SELECT type, 1, aggregate_type, aggregate_id, payload, at FROM (
        SELECT topic AS type, CASE WHEN topic LIKE 'convocation.%' THEN 'convocation' ELSE 'appointment' END AS aggregate_type,
               aggregate_id::text AS aggregate_id, payload, created_at AS at, 0 AS src, id::text AS k
          FROM "agenda"."outbox_events"
        UNION ALL
        SELECT type, 'application', aggregate_id::text, payload, occurred_at, 1, id::text FROM "matching"."outbox_events"
      ) old ORDER BY at, src, k`);
    await q.query(`
      CREATE TABLE "events"."deliveries" (
        "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "consumer" character varying(80) NOT NULL,
        "event_id" bigint NOT NULL,
        "aggregate_type" character varying(40) NOT NULL,
        "aggregate_id" character varying(80) NOT NULL,
        "status" character varying(12) NOT NULL DEFAULT 'pending',
        "attempts" integer NOT NULL DEFAULT '0',
        "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "first_failed_at" TIMESTAMP WITH TIME ZONE,
        "last_attempt_at" TIMESTAMP WITH TIME ZONE,
        "last_error" text,
        "processed_at" TIMESTAMP WITH TIME ZONE,
        "dead_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "deliveries_consumer_event_key" UNIQUE ("consumer", "event_id"),
        CONSTRAINT "deliveries_status_check" CHECK ("status" IN ('pending', 'done', 'dead')),
        CONSTRAINT "PK_events_deliveries" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "deliveries_due_idx" ON "events"."deliveries" ("next_attempt_at") WHERE "status" = 'pending'`);
    await q.query(`CREATE INDEX "deliveries_aggregate_idx" ON "events"."deliveries" ("consumer", "aggregate_type", "aggregate_id", "event_id") WHERE "status" <> 'done'`);
    await q.query(`CREATE INDEX "deliveries_dead_idx" ON "events"."deliveries" ("dead_at") WHERE "status" = 'dead'`);
    // carried-over events predate every consumer: they get no deliveries (consumers react to what happens from now on)
    await q.query(`DROP TABLE "agenda"."outbox_events"`);
    await q.query(`DROP TABLE "matching"."outbox_events"`);
  }

  public async down(): Promise<void> {
    throw new Error('EventOutbox1796210000000 is not reversible: restore from a backup');
  }
}
