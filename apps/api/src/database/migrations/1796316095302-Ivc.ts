import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * IVC (issue 15, validation and certification of competences, D.Lgs. 13/2013): the regional repertoire as data
 * (qualifications, competences), appointed assessors, cases with their evidence, judgements and outputs.
 * Invariants: the state from its list; a guide from `identification` on, an assessor from `validation` on; the guiding
 * operator is never the assessor nor the one recording the exam (CHECK); one unfinished case per person and
 * qualification (partial unique index); an output never changes but for attaching its badge once, and is never deleted.
 */
export class Ivc1796316095302 implements MigrationInterface {
    name = 'Ivc1796316095302'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "ivc"`);
        await queryRunner.query(`CREATE TABLE "ivc"."assessors" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "fiscal_code" character varying(16) NOT NULL, "given_name" character varying(100) NOT NULL, "family_name" character varying(100) NOT NULL, "region_id" uuid NOT NULL, "appointed_by" character varying(16) NOT NULL, "appointed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "assessors_revocation_check" CHECK ("revoked_at" IS NULL OR "revoked_at" >= "appointed_at"), CONSTRAINT "assessors_pkey" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "assessors_fiscal_code_key" ON "ivc"."assessors" ("fiscal_code") `);
        await queryRunner.query(`CREATE TABLE "ivc"."qualifications" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "region" character(2) NOT NULL, "code" character varying(40) NOT NULL, "title" character varying(300) NOT NULL, "eqf_level" smallint NOT NULL, "ada_refs" text array NOT NULL DEFAULT '{}', "source" character varying(300) NOT NULL, "sample" boolean NOT NULL DEFAULT false, "verified" boolean NOT NULL DEFAULT false, "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "qualifications_region_check" CHECK ("region" ~ '^[0-9]{2}$'), CONSTRAINT "qualifications_eqf_check" CHECK ("eqf_level" BETWEEN 1 AND 8), CONSTRAINT "qualifications_pkey" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "qualifications_region_code_key" ON "ivc"."qualifications" ("region", "code") `);
        await queryRunner.query(`CREATE TABLE "ivc"."cases" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "citizen_id" uuid NOT NULL, "fiscal_code" character varying(16) NOT NULL, "office_id" uuid NOT NULL, "region_id" uuid, "qualification_id" uuid NOT NULL, "state" character varying(24) NOT NULL, "request_note" character varying(1000), "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "guide_staff_id" uuid, "guide_fiscal_code" character varying(16), "guide_name" character varying(200), "taken_at" TIMESTAMP WITH TIME ZONE, "identification_summary" text, "identified_at" TIMESTAMP WITH TIME ZONE, "assessor_id" uuid, "assessor_fiscal_code" character varying(16), "assessor_name" character varying(200), "validation_closed_at" TIMESTAMP WITH TIME ZONE, "exam_outcome" character varying(6), "exam_date" date, "commission_ref" character varying(100), "exam_notes" character varying(2000), "exam_recorded_by" character varying(16), "exam_recorded_by_name" character varying(200), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "cases_exam_outcome_check" CHECK ("exam_outcome" IS NULL OR "exam_outcome" IN ('passed', 'failed')), CONSTRAINT "cases_examiner_not_guide_check" CHECK ("exam_recorded_by" IS NULL OR "exam_recorded_by" <> "guide_fiscal_code"), CONSTRAINT "cases_exam_check" CHECK (("state" IN ('certified', 'not_certified')) = ("exam_recorded_by" IS NOT NULL)), CONSTRAINT "cases_assessor_not_guide_check" CHECK ("assessor_fiscal_code" IS NULL OR "assessor_fiscal_code" <> "guide_fiscal_code"), CONSTRAINT "cases_assessor_check" CHECK (("state" IN ('requested', 'identification', 'awaiting_validation')) = ("assessor_fiscal_code" IS NULL)), CONSTRAINT "cases_guide_check" CHECK (("state" = 'requested') = ("guide_fiscal_code" IS NULL) AND ("guide_fiscal_code" IS NULL) = ("region_id" IS NULL)), CONSTRAINT "cases_state_check" CHECK ("state" IN ('requested', 'identification', 'awaiting_validation', 'validation', 'validated', 'not_validated', 'certified', 'not_certified')), CONSTRAINT "cases_pkey" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "cases_region_idx" ON "ivc"."cases" ("region_id", "state") `);
        await queryRunner.query(`CREATE INDEX "cases_office_idx" ON "ivc"."cases" ("office_id", "state") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "cases_open_key" ON "ivc"."cases" ("citizen_id", "qualification_id") WHERE "state" IN ('requested', 'identification', 'awaiting_validation', 'validation')`);
        await queryRunner.query(`CREATE TABLE "ivc"."competences" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "qualification_id" uuid NOT NULL, "code" character varying(40) NOT NULL, "title" character varying(300) NOT NULL, "description" text NOT NULL DEFAULT '', "ada_ref" character varying(60), "esco_skill_uris" text array NOT NULL DEFAULT '{}', "position" smallint NOT NULL DEFAULT '0', CONSTRAINT "competences_pkey" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "competences_qualification_code_key" ON "ivc"."competences" ("qualification_id", "code") `);
        await queryRunner.query(`CREATE TABLE "ivc"."evidence" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "case_id" uuid NOT NULL, "kind" character varying(10) NOT NULL, "experience" jsonb, "document_id" uuid, "label" character varying(400) NOT NULL, "text" text, "competence_ids" uuid array NOT NULL DEFAULT '{}', "added_by_staff_id" uuid NOT NULL, "added_by_name" character varying(200) NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "evidence_note_check" CHECK ("kind" <> 'note' OR "text" IS NOT NULL), CONSTRAINT "evidence_experience_check" CHECK (("experience" IS NOT NULL) = ("kind" = 'experience')), CONSTRAINT "evidence_document_check" CHECK (("document_id" IS NOT NULL) = ("kind" = 'document')), CONSTRAINT "evidence_kind_check" CHECK ("kind" IN ('experience', 'document', 'note')), CONSTRAINT "evidence_pkey" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "evidence_case_idx" ON "ivc"."evidence" ("case_id", "added_at") `);
        await queryRunner.query(`CREATE TABLE "ivc"."judgements" ("case_id" uuid NOT NULL, "competence_id" uuid NOT NULL, "outcome" character varying(14) NOT NULL, "notes" character varying(2000) NOT NULL, "judged_by" character varying(16) NOT NULL, "judged_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "judgements_outcome_check" CHECK ("outcome" IN ('validated', 'not_validated')), CONSTRAINT "judgements_pkey" PRIMARY KEY ("case_id", "competence_id"))`);
        await queryRunner.query(`CREATE TABLE "ivc"."outputs" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "case_id" uuid NOT NULL, "kind" character varying(12) NOT NULL, "snapshot" jsonb NOT NULL, "sha256" character(64) NOT NULL, "pdf" bytea NOT NULL, "credential_id" uuid, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "outputs_kind_check" CHECK ("kind" IN ('transparency', 'validation', 'certificate')), CONSTRAINT "outputs_pkey" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "outputs_sha256_key" ON "ivc"."outputs" ("sha256") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "outputs_case_kind_key" ON "ivc"."outputs" ("case_id", "kind") `);
        await queryRunner.query(`ALTER TABLE "ivc"."cases" ADD CONSTRAINT "cases_qualification_fk" FOREIGN KEY ("qualification_id") REFERENCES "ivc"."qualifications"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "ivc"."cases" ADD CONSTRAINT "cases_assessor_fk" FOREIGN KEY ("assessor_id") REFERENCES "ivc"."assessors"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "ivc"."competences" ADD CONSTRAINT "competences_qualification_fk" FOREIGN KEY ("qualification_id") REFERENCES "ivc"."qualifications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "ivc"."evidence" ADD CONSTRAINT "evidence_case_fk" FOREIGN KEY ("case_id") REFERENCES "ivc"."cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "ivc"."judgements" ADD CONSTRAINT "judgements_case_fk" FOREIGN KEY ("case_id") REFERENCES "ivc"."cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "ivc"."judgements" ADD CONSTRAINT "judgements_competence_fk" FOREIGN KEY ("competence_id") REFERENCES "ivc"."competences"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "ivc"."outputs" ADD CONSTRAINT "outputs_case_fk" FOREIGN KEY ("case_id") REFERENCES "ivc"."cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`
            CREATE FUNCTION "ivc"."guard_output"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    RAISE EXCEPTION 'ivc output %: delete refused', OLD.id USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF (NEW.id, NEW.case_id, NEW.kind, NEW.snapshot, NEW.sha256, NEW.pdf, NEW.issued_at) IS DISTINCT FROM (OLD.id, OLD.case_id, OLD.kind, OLD.snapshot, OLD.sha256, OLD.pdf, OLD.issued_at)
                   OR (OLD.credential_id IS NOT NULL AND NEW.credential_id IS DISTINCT FROM OLD.credential_id) THEN
                    RAISE EXCEPTION 'ivc output %: only its badge may be attached, once', OLD.id USING ERRCODE = 'insufficient_privilege';
                END IF;
                RETURN NEW;
            END $$
        `);
        await queryRunner.query(`CREATE TRIGGER "outputs_guard" BEFORE UPDATE OR DELETE ON "ivc"."outputs" FOR EACH ROW EXECUTE FUNCTION "ivc"."guard_output"()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP SCHEMA "ivc" CASCADE`);
    }
}
