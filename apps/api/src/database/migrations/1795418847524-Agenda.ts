import type { MigrationInterface, QueryRunner } from "typeorm";

/** Agenda: service types, availability, slots (no overlap per operator, never over capacity), appointments, invitations, convocations, outbox. */

export class Agenda1795418847524 implements MigrationInterface {
    name = 'Agenda1795418847524'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "agenda"`);
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS "btree_gist"`);
        await queryRunner.query(`
            CREATE TABLE "agenda"."service_types" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "code" character varying(40) NOT NULL,
                "name_it" character varying(120) NOT NULL,
                "name_en" character varying(120) NOT NULL,
                "duration_minutes" smallint NOT NULL,
                "channels" text array NOT NULL,
                "capacity" smallint NOT NULL DEFAULT '1',
                "buffer_before_minutes" smallint NOT NULL DEFAULT '0',
                "buffer_after_minutes" smallint NOT NULL DEFAULT '0',
                "min_notice_minutes" integer NOT NULL DEFAULT '120',
                "horizon_days" smallint NOT NULL DEFAULT '60',
                "cancel_cutoff_hours" smallint NOT NULL DEFAULT '24',
                "active" boolean NOT NULL DEFAULT true,
                CONSTRAINT "UQ_46911ede58bb042f55a83c9349d" UNIQUE ("code"),
                CONSTRAINT "service_types_duration_check" CHECK (
                    "duration_minutes" BETWEEN 5 AND 480
                ),
                CONSTRAINT "service_types_capacity_check" CHECK ("capacity" >= 1),
                CONSTRAINT "PK_1dc93417a097cdee3491f39d7cc" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "agenda"."slots" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "office_id" uuid NOT NULL,
                "operator_id" uuid NOT NULL,
                "service_type_id" uuid NOT NULL,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "channels" text array NOT NULL,
                "capacity" smallint NOT NULL,
                "booked" smallint NOT NULL DEFAULT '0',
                "rule_id" uuid,
                CONSTRAINT "slots_range_check" CHECK ("ends_at" > "starts_at"),
                CONSTRAINT "slots_booked_check" CHECK (
                    "booked" >= 0
                    AND "booked" <= "capacity"
                ),
                CONSTRAINT "PK_8b553bb1941663b63fd38405e42" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "slots_office_start_idx" ON "agenda"."slots" ("office_id", "starts_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "agenda"."appointments" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "slot_id" uuid NOT NULL,
                "citizen_id" uuid NOT NULL,
                "citizen_fiscal_code" character(16) NOT NULL,
                "channel" character varying(10) NOT NULL,
                "status" character varying(20) NOT NULL DEFAULT 'booked',
                "source" character varying(20) NOT NULL,
                "cancel_reason" character varying(300),
                "booked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "cancelled_at" TIMESTAMP WITH TIME ZONE,
                "attendance_recorded_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "appointments_channel_check" CHECK ("channel" IN ('in_person', 'video', 'phone')),
                CONSTRAINT "appointments_status_check" CHECK (
                    "status" IN (
                        'booked',
                        'cancelled',
                        'attended',
                        'absent',
                        'absent_justified',
                        'late_cancelled'
                    )
                ),
                CONSTRAINT "PK_4a437a9a27e948726b8bb3e36ad" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_b1ccdd43ac8ccbb787c68a64a1" ON "agenda"."appointments" ("slot_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_94f85e608cb9840b4fbff6736b" ON "agenda"."appointments" ("citizen_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "appointments_one_live_per_slot_person" ON "agenda"."appointments" ("slot_id", "citizen_id")
            WHERE "status" = 'booked'
        `);
        await queryRunner.query(`
            CREATE TABLE "agenda"."availability_exceptions" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "office_id" uuid NOT NULL,
                "operator_id" uuid,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "reason" character varying(200) NOT NULL,
                "created_by" character(16) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "availability_exceptions_range_check" CHECK ("ends_at" > "starts_at"),
                CONSTRAINT "PK_f5a89a7a6221bc93b517a13351f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_6f86fb231fee7138b1ad570d3f" ON "agenda"."availability_exceptions" ("office_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "agenda"."availability_rules" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "office_id" uuid NOT NULL,
                "operator_id" uuid NOT NULL,
                "service_type_id" uuid NOT NULL,
                "weekday" smallint NOT NULL,
                "start_time" TIME NOT NULL,
                "end_time" TIME NOT NULL,
                "valid_from" date NOT NULL,
                "valid_to" date,
                "channels" text array NOT NULL,
                "created_by" character(16) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "availability_rules_dates_check" CHECK (
                    "valid_to" IS NULL
                    OR "valid_to" >= "valid_from"
                ),
                CONSTRAINT "availability_rules_times_check" CHECK ("end_time" > "start_time"),
                CONSTRAINT "availability_rules_weekday_check" CHECK (
                    "weekday" BETWEEN 1 AND 7
                ),
                CONSTRAINT "PK_37dd3738c54ba3243cca374c2a1" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_8c5989566d9a24276939ce2f03" ON "agenda"."availability_rules" ("office_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_c21f794104d2046c609c0fe5ae" ON "agenda"."availability_rules" ("operator_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "agenda"."convocations" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "citizen_id" uuid NOT NULL,
                "citizen_fiscal_code" character(16) NOT NULL,
                "office_id" uuid NOT NULL,
                "appointment_id" uuid NOT NULL,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "channel" character varying(10) NOT NULL,
                "place" character varying(300) NOT NULL,
                "legal_basis" character varying(300) NOT NULL,
                "rendered_text" text NOT NULL,
                "text_sha256" character(64) NOT NULL,
                "acknowledged_at" TIMESTAMP WITH TIME ZONE,
                "created_by" character(16) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_fd3163df7babcc5fd8cf16b9ab9" UNIQUE ("appointment_id"),
                CONSTRAINT "convocations_channel_check" CHECK ("channel" IN ('in_person', 'video', 'phone')),
                CONSTRAINT "PK_db8a9dc9c0a8f667a01073f5b75" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_c21dd291dd459e990cdd5a1512" ON "agenda"."convocations" ("citizen_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "agenda"."invitations" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "citizen_id" uuid NOT NULL,
                "citizen_fiscal_code" character(16) NOT NULL,
                "office_id" uuid NOT NULL,
                "service_type_id" uuid NOT NULL,
                "token_hash" character(64) NOT NULL,
                "status" character varying(20) NOT NULL DEFAULT 'sent',
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "reminder_sent_at" TIMESTAMP WITH TIME ZONE,
                "appointment_id" uuid,
                "created_by" character(16) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_872ac94a64b3d44fc4b554780cd" UNIQUE ("token_hash"),
                CONSTRAINT "invitations_status_check" CHECK (
                    "status" IN (
                        'sent',
                        'booked',
                        'expired',
                        'escalated',
                        'cancelled'
                    )
                ),
                CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_ce592ef3dcf9864a1aad7cfeba" ON "agenda"."invitations" ("citizen_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "agenda"."office_calendars" (
                "office_id" uuid NOT NULL,
                "patron_month_day" character(5),
                "patron_name" character varying(100),
                CONSTRAINT "office_calendars_patron_day_check" CHECK (
                    "patron_month_day" ~ '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'
                ),
                CONSTRAINT "PK_a90f5e7e6fb978ca36fc734d5fe" PRIMARY KEY ("office_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "agenda"."outbox_events" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "topic" character varying(80) NOT NULL,
                "aggregate_id" uuid NOT NULL,
                "payload" jsonb NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "published_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_6689a16c00d09b8089f6237f1d2" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "outbox_events_unpublished_idx" ON "agenda"."outbox_events" ("created_at")
            WHERE "published_at" IS NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda"."slots"
            ADD CONSTRAINT "FK_80834ee3f56c7ffcd6be31dfe81" FOREIGN KEY ("service_type_id") REFERENCES "agenda"."service_types"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda"."appointments"
            ADD CONSTRAINT "FK_b1ccdd43ac8ccbb787c68a64a13" FOREIGN KEY ("slot_id") REFERENCES "agenda"."slots"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda"."availability_rules"
            ADD CONSTRAINT "FK_360b3b59a7db9fc2f2c079dea0a" FOREIGN KEY ("service_type_id") REFERENCES "agenda"."service_types"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        // No double booking of an operator: two slots of one operator never overlap in time.
        await queryRunner.query(`
            ALTER TABLE "agenda"."slots" ADD CONSTRAINT "slots_operator_no_overlap"
            EXCLUDE USING gist ("operator_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&)
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "agenda"."slots" DROP CONSTRAINT "slots_operator_no_overlap"`);
        await queryRunner.query(`
            ALTER TABLE "agenda"."availability_rules" DROP CONSTRAINT "FK_360b3b59a7db9fc2f2c079dea0a"
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda"."appointments" DROP CONSTRAINT "FK_b1ccdd43ac8ccbb787c68a64a13"
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda"."slots" DROP CONSTRAINT "FK_80834ee3f56c7ffcd6be31dfe81"
        `);
        await queryRunner.query(`
            DROP INDEX "agenda"."outbox_events_unpublished_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "agenda"."outbox_events"
        `);
        await queryRunner.query(`
            DROP TABLE "agenda"."office_calendars"
        `);
        await queryRunner.query(`
            DROP INDEX "agenda"."IDX_ce592ef3dcf9864a1aad7cfeba"
        `);
        await queryRunner.query(`
            DROP TABLE "agenda"."invitations"
        `);
        await queryRunner.query(`
            DROP INDEX "agenda"."IDX_c21dd291dd459e990cdd5a1512"
        `);
        await queryRunner.query(`
            DROP TABLE "agenda"."convocations"
        `);
        await queryRunner.query(`
            DROP INDEX "agenda"."IDX_c21f794104d2046c609c0fe5ae"
        `);
        await queryRunner.query(`
            DROP INDEX "agenda"."IDX_8c5989566d9a24276939ce2f03"
        `);
        await queryRunner.query(`
            DROP TABLE "agenda"."availability_rules"
        `);
        await queryRunner.query(`
            DROP INDEX "agenda"."IDX_6f86fb231fee7138b1ad570d3f"
        `);
        await queryRunner.query(`
            DROP TABLE "agenda"."availability_exceptions"
        `);
        await queryRunner.query(`
            DROP INDEX "agenda"."appointments_one_live_per_slot_person"
        `);
        await queryRunner.query(`
            DROP INDEX "agenda"."IDX_94f85e608cb9840b4fbff6736b"
        `);
        await queryRunner.query(`
            DROP INDEX "agenda"."IDX_b1ccdd43ac8ccbb787c68a64a1"
        `);
        await queryRunner.query(`
            DROP TABLE "agenda"."appointments"
        `);
        await queryRunner.query(`
            DROP INDEX "agenda"."slots_office_start_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "agenda"."slots"
        `);
        await queryRunner.query(`
            DROP TABLE "agenda"."service_types"
        `);
        await queryRunner.query(`DROP SCHEMA "agenda"`);
    }

}
