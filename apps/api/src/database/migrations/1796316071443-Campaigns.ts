import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Outreach campaigns (issue 16): campaigns and their frozen recipients (schema `campaigns`), plus two narrow columns
 * their owners expose through their services: agenda.invitations.opened_at (the first opening of the link, the funnel's
 * "opened link") and notifications.preferences.non_mandatory_opt_out (people campaigns leave out).
 * Invariants: channel, kind, status and variant from their lists; an invitation campaign names its service and days;
 * a window whose end is not before its start and whose hours are not empty; a positive cap; launch fields all or none;
 * a recipient once per campaign, processed on a day or pending.
 */
export class Campaigns1796316071443 implements MigrationInterface {
    name = 'Campaigns1796316071443'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "agenda"."invitations" ADD "opened_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "notifications"."preferences" ADD "non_mandatory_opt_out" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "campaigns"`);
        await queryRunner.query(`CREATE TABLE "campaigns"."campaigns" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "name" character varying(120) NOT NULL, "office_id" uuid NOT NULL, "segment" jsonb NOT NULL, "channel" character varying(5) NOT NULL, "kind" character varying(12) NOT NULL, "service_type" character varying(40), "within_days" smallint, "start_date" date NOT NULL, "end_date" date NOT NULL, "send_from" character varying(5) NOT NULL, "send_until" character varying(5) NOT NULL, "daily_cap" integer NOT NULL, "variants" jsonb NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'draft', "preview_size" integer NOT NULL, "launch_size" integer, "launched_at" TIMESTAMP WITH TIME ZONE, "launched_by" character varying(16), "launched_by_name" character varying(200), "created_by" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "campaigns_channel_check" CHECK ("channel" IN ('email', 'sms', 'io')), CONSTRAINT "campaigns_kind_check" CHECK ("kind" IN ('invitation', 'information')), CONSTRAINT "campaigns_status_check" CHECK ("status" IN ('draft', 'running', 'completed')), CONSTRAINT "campaigns_invitation_check" CHECK (("kind" = 'invitation') = ("service_type" IS NOT NULL AND "within_days" IS NOT NULL)), CONSTRAINT "campaigns_window_check" CHECK ("end_date" >= "start_date" AND "send_until" > "send_from"), CONSTRAINT "campaigns_cap_check" CHECK ("daily_cap" > 0), CONSTRAINT "campaigns_launch_check" CHECK (("status" = 'draft') = ("launched_at" IS NULL) AND ("launched_at" IS NULL) = ("launch_size" IS NULL)), CONSTRAINT "campaigns_pkey" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "campaigns_office_idx" ON "campaigns"."campaigns" ("office_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "campaigns"."recipients" ("campaign_id" uuid NOT NULL, "citizen_id" uuid NOT NULL, "fiscal_code" character varying(16) NOT NULL, "variant" character varying(1) NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'pending', "sent_on" date, "sent_at" TIMESTAMP WITH TIME ZONE, "invitation_id" uuid, CONSTRAINT "recipients_variant_check" CHECK ("variant" IN ('A', 'B')), CONSTRAINT "recipients_status_check" CHECK ("status" IN ('pending', 'sent', 'unreachable')), CONSTRAINT "recipients_processed_check" CHECK (("status" = 'pending') = ("sent_on" IS NULL) AND ("sent_on" IS NULL) = ("sent_at" IS NULL)), CONSTRAINT "recipients_pkey" PRIMARY KEY ("campaign_id", "citizen_id"))`);
        await queryRunner.query(`CREATE INDEX "recipients_campaign_day_idx" ON "campaigns"."recipients" ("campaign_id", "sent_on") `);
        await queryRunner.query(`ALTER TABLE "campaigns"."recipients" ADD CONSTRAINT "recipients_campaign_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"."campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "campaigns"."recipients" DROP CONSTRAINT "recipients_campaign_fk"`);
        await queryRunner.query(`DROP TABLE "campaigns"."recipients"`);
        await queryRunner.query(`DROP TABLE "campaigns"."campaigns"`);
        await queryRunner.query(`DROP SCHEMA "campaigns"`);
        await queryRunner.query(`ALTER TABLE "notifications"."preferences" DROP COLUMN "non_mandatory_opt_out"`);
        await queryRunner.query(`ALTER TABLE "agenda"."invitations" DROP COLUMN "opened_at"`);
    }
}
