import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Contact requests (issue 14): an approved company asks an anonymous candidate of its search to get in touch about a
 * vacancy, through the CPI (awaiting_cpi until an operator forwards it) or straight to the person (pending), who
 * accepts or declines. One request per vacancy and person.
 */
export class ContactRequests1796283701574 implements MigrationInterface {
    name = 'ContactRequests1796283701574'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "matching"."contact_requests" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "vacancy_id" uuid NOT NULL, "citizen_id" uuid NOT NULL, "company_id" uuid NOT NULL, "office_id" uuid, "channel" character varying(6) NOT NULL, "status" character varying(12) NOT NULL, "message" character varying(1000), "requested_by" character(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "forwarded_at" TIMESTAMP WITH TIME ZONE, "forwarded_by" character(16), "answered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "contact_requests_vacancy_citizen_key" UNIQUE ("vacancy_id", "citizen_id"), CONSTRAINT "contact_requests_flow_check" CHECK (("status" = 'awaiting_cpi') <= ("channel" = 'cpi') AND ("status" IN ('accepted', 'declined')) = ("answered_at" IS NOT NULL)), CONSTRAINT "contact_requests_status_check" CHECK ("status" IN ('awaiting_cpi', 'pending', 'accepted', 'declined')), CONSTRAINT "contact_requests_channel_check" CHECK ("channel" IN ('cpi', 'direct')), CONSTRAINT "PK_contact_requests" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_92aef5cc4a65120affe79677d5" ON "matching"."contact_requests" ("vacancy_id")`);
        await queryRunner.query(`CREATE INDEX "IDX_7f0c6d9708a8fb7d1e27971ef8" ON "matching"."contact_requests" ("company_id")`);
        await queryRunner.query(`CREATE INDEX "contact_requests_citizen_idx" ON "matching"."contact_requests" ("citizen_id", "status")`);
        await queryRunner.query(`ALTER TABLE "matching"."contact_requests" ADD CONSTRAINT "FK_92aef5cc4a65120affe79677d57" FOREIGN KEY ("vacancy_id") REFERENCES "matching"."vacancies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "matching"."contact_requests"`);
    }
}
