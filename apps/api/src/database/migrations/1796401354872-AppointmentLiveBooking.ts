import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One live booking of a service per person, as a database invariant. `live` is a stored fact, not a function of
 * now(): it is true while the appointment is booked and its time has not ended; a trigger clears it when the status
 * leaves 'booked' (attendance recorded, cancelled, moved), and the agenda's sweep job clears it once the end has
 * passed (a past appointment stays 'booked' until its attendance is recorded, and must not block a new booking).
 * `service_type_id` is copied from the slot by the same trigger, so that the partial unique index can name it.
 */
export class AppointmentLiveBooking1796401354872 implements MigrationInterface {
  name = 'AppointmentLiveBooking1796401354872';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "agenda"."appointments" ADD "service_type_id" uuid`);
    await q.query(`ALTER TABLE "agenda"."appointments" ADD "live" boolean NOT NULL DEFAULT true`);
    await q.query(`UPDATE "agenda"."appointments" a SET "service_type_id" = s."service_type_id" FROM "agenda"."slots" s WHERE s."id" = a."slot_id"`);
    await q.query(`ALTER TABLE "agenda"."appointments" ALTER COLUMN "service_type_id" SET NOT NULL`);
    await q.query(
      `ALTER TABLE "agenda"."appointments" ADD CONSTRAINT "FK_appointments_service_type" FOREIGN KEY ("service_type_id") REFERENCES "agenda"."service_types"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // the past and the finished are not live; of the duplicates already there, the earliest stays live
    await q.query(
      `UPDATE "agenda"."appointments" a SET "live" = false FROM "agenda"."slots" s WHERE s."id" = a."slot_id" AND (a."status" <> 'booked' OR s."ends_at" <= now())`,
    );
    await q.query(
      `UPDATE "agenda"."appointments" a SET "live" = false
         FROM (SELECT a2."id", row_number() OVER (PARTITION BY a2."citizen_id", a2."service_type_id" ORDER BY s2."starts_at", a2."id") AS n
                 FROM "agenda"."appointments" a2 JOIN "agenda"."slots" s2 ON s2."id" = a2."slot_id" WHERE a2."live") d
        WHERE d."id" = a."id" AND d.n > 1`,
    );
    await q.query(`ALTER TABLE "agenda"."appointments" ADD CONSTRAINT "appointments_live_check" CHECK (NOT "live" OR "status" = 'booked')`);
    await q.query(
      `CREATE UNIQUE INDEX "appointments_one_live_per_person_service" ON "agenda"."appointments" ("citizen_id", "service_type_id") WHERE "live"`,
    );
    await q.query(`
      CREATE FUNCTION "agenda"."appointments_live_keep"() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE ends timestamptz;
      BEGIN
        IF TG_OP = 'INSERT' OR NEW."slot_id" IS DISTINCT FROM OLD."slot_id" OR NEW."service_type_id" IS NULL THEN
          SELECT s."service_type_id", s."ends_at" INTO NEW."service_type_id", ends FROM "agenda"."slots" s WHERE s."id" = NEW."slot_id";
          -- an appointment written for a time already over (records kept after the fact) is not live
          IF ends <= now() THEN
            NEW."live" := false;
          END IF;
        END IF;
        IF NEW."status" <> 'booked' THEN
          NEW."live" := false;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER "appointments_live_keep" BEFORE INSERT OR UPDATE ON "agenda"."appointments" FOR EACH ROW EXECUTE FUNCTION "agenda"."appointments_live_keep"()`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "appointments_live_keep" ON "agenda"."appointments"`);
    await q.query(`DROP FUNCTION "agenda"."appointments_live_keep"()`);
    await q.query(`DROP INDEX "agenda"."appointments_one_live_per_person_service"`);
    await q.query(`ALTER TABLE "agenda"."appointments" DROP CONSTRAINT "appointments_live_check"`);
    await q.query(`ALTER TABLE "agenda"."appointments" DROP CONSTRAINT "FK_appointments_service_type"`);
    await q.query(`ALTER TABLE "agenda"."appointments" DROP COLUMN "live"`);
    await q.query(`ALTER TABLE "agenda"."appointments" DROP COLUMN "service_type_id"`);
  }
}
