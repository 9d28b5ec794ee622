import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Surveys (issue 16, satisfaction): versioned question sets (it + en, seeded here), one invitation per delivered
 * service (unique service kind × reference; the link's token only as its SHA-256), at most one answer per invitation
 * (its primary key), and the daily aggregates the results and the KPI dashboards read (kept in the answer's
 * transaction). A rating is 1–5; a withdrawn comment is erased.
 */
export class Surveys1796315934973 implements MigrationInterface {
    name = 'Surveys1796315934973'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "surveys"`);
        await queryRunner.query(`CREATE TABLE "surveys"."question_sets" ("service_kind" character varying(16) NOT NULL, "version" integer NOT NULL, "valid_from" date NOT NULL, "questions" jsonb NOT NULL, CONSTRAINT "question_sets_service_kind_check" CHECK ("service_kind" IN ('appointment', 'patto', 'certificate', 'vacancy')), CONSTRAINT "question_sets_pkey" PRIMARY KEY ("service_kind", "version"))`);
        await queryRunner.query(`CREATE TABLE "surveys"."invitations" ("id" uuid NOT NULL, "service_kind" character varying(16) NOT NULL, "service_ref" character varying(80) NOT NULL, "citizen_id" uuid NOT NULL, "fiscal_code" character varying(16) NOT NULL, "office_id" uuid NOT NULL, "channel" character varying(12) NOT NULL, "service_name_it" character varying(200) NOT NULL, "service_name_en" character varying(200) NOT NULL, "service_date" date NOT NULL, "question_set_version" integer NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "invitations_service_kind_check" CHECK ("service_kind" IN ('appointment', 'patto', 'certificate', 'vacancy')), CONSTRAINT "invitations_channel_check" CHECK ("channel" IN ('in_person', 'phone', 'video', 'online', 'unspecified')), CONSTRAINT "invitations_pkey" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "invitations_service_key" ON "surveys"."invitations" ("service_kind", "service_ref") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "invitations_token_hash_key" ON "surveys"."invitations" ("token_hash") `);
        await queryRunner.query(`CREATE INDEX "invitations_citizen_idx" ON "surveys"."invitations" ("citizen_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "surveys"."answers" ("invitation_id" uuid NOT NULL, "rating" smallint NOT NULL, "answers" jsonb NOT NULL, "comment" character varying(1000), "comment_withdrawn_at" TIMESTAMP WITH TIME ZONE, "answered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "answered_on" date NOT NULL, CONSTRAINT "answers_rating_check" CHECK ("rating" BETWEEN 1 AND 5), CONSTRAINT "answers_withdrawn_check" CHECK ("comment_withdrawn_at" IS NULL OR "comment" IS NULL), CONSTRAINT "answers_pkey" PRIMARY KEY ("invitation_id"))`);
        await queryRunner.query(`CREATE INDEX "answers_answered_on_idx" ON "surveys"."answers" ("answered_on") `);
        await queryRunner.query(`ALTER TABLE "surveys"."answers" ADD CONSTRAINT "answers_invitation_fk" FOREIGN KEY ("invitation_id") REFERENCES "surveys"."invitations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`CREATE TABLE "surveys"."daily_aggregates" ("day" date NOT NULL, "office_id" uuid NOT NULL, "service_kind" character varying(16) NOT NULL, "channel" character varying(12) NOT NULL, "answers" integer NOT NULL DEFAULT '0', "rating_sum" integer NOT NULL DEFAULT '0', "r1" integer NOT NULL DEFAULT '0', "r2" integer NOT NULL DEFAULT '0', "r3" integer NOT NULL DEFAULT '0', "r4" integer NOT NULL DEFAULT '0', "r5" integer NOT NULL DEFAULT '0', CONSTRAINT "daily_aggregates_pkey" PRIMARY KEY ("day", "office_id", "service_kind", "channel"))`);
        const q = (code: string, it: string, en: string) => ({ code, it, en });
        const sets: [string, ReturnType<typeof q>[]][] = [
            ['appointment', [
                q('clarity', 'Le informazioni ricevute sono state chiare?', 'Was the information you received clear?'),
                q('listening', "L'operatore ha ascoltato le tue esigenze?", 'Did the operator listen to your needs?'),
                q('punctuality', "L'appuntamento è iniziato puntuale?", 'Did the appointment start on time?'),
            ]],
            ['patto', [
                q('clarity', 'Il patto di servizio è scritto in modo comprensibile?', 'Is the service agreement written in a way you understand?'),
                q('fit', 'Le attività del patto rispondono alla tua situazione?', 'Do the activities of the agreement fit your situation?'),
            ]],
            ['certificate', [
                q('ease', 'È stato facile ottenere il certificato?', 'Was it easy to get the certificate?'),
                q('speed', 'Il certificato è arrivato in tempi adeguati?', 'Did you get the certificate in good time?'),
            ]],
            ['vacancy', [
                q('candidates', 'I candidati proposti erano adatti alla posizione?', 'Were the proposed candidates suitable for the position?'),
                q('support', "Il supporto del Centro per l'Impiego è stato utile?", 'Was the support of the employment centre useful?'),
            ]],
        ];
        for (const [kind, questions] of sets)
            await queryRunner.query(`INSERT INTO "surveys"."question_sets" ("service_kind", "version", "valid_from", "questions") VALUES ($1, 1, '2026-01-01', $2)`, [kind, JSON.stringify(questions)]);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "surveys"."daily_aggregates"`);
        await queryRunner.query(`ALTER TABLE "surveys"."answers" DROP CONSTRAINT "answers_invitation_fk"`);
        await queryRunner.query(`DROP TABLE "surveys"."answers"`);
        await queryRunner.query(`DROP TABLE "surveys"."invitations"`);
        await queryRunner.query(`DROP TABLE "surveys"."question_sets"`);
        await queryRunner.query(`DROP SCHEMA "surveys"`);
    }
}
