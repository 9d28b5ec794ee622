import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Condizionalità (issue 13): the proof of each convocation (issued: channel, date, legal basis, text hash; acknowledged:
 * when, from where), kept by the `condizionalita.convocation-evidence` consumer. One row per convocation; either half
 * may arrive first. A trigger refuses deletes and any change to a half once recorded (a half may only be filled in).
 */
export class ConvocationEvidence1796214819196 implements MigrationInterface {
    name = 'ConvocationEvidence1796214819196'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "condizionalita"."convocation_evidence" ("convocation_id" uuid NOT NULL, "citizen_fiscal_code" character(16) NOT NULL, "appointment_id" uuid, "office_id" uuid, "starts_at" TIMESTAMP WITH TIME ZONE, "channel" character varying(20), "legal_basis" character varying(300), "text_sha256" character(64), "issued_by" character varying(16), "issued_at" TIMESTAMP WITH TIME ZONE, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "ack_ip" character varying(64), "ack_user_agent" character varying(500), CONSTRAINT "convocation_evidence_issue_check" CHECK (("issued_at" IS NULL) = ("appointment_id" IS NULL)), CONSTRAINT "PK_e19bd2190b878defeac683ef95d" PRIMARY KEY ("convocation_id"))`);
        await queryRunner.query(`CREATE INDEX "convocation_evidence_appointment_idx" ON "condizionalita"."convocation_evidence" ("appointment_id")`);
        await queryRunner.query(`
            CREATE FUNCTION "condizionalita"."guard_convocation_evidence"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    RAISE EXCEPTION 'convocation evidence %: delete refused', OLD.convocation_id USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF NEW.convocation_id IS DISTINCT FROM OLD.convocation_id OR NEW.citizen_fiscal_code IS DISTINCT FROM OLD.citizen_fiscal_code
                   OR (OLD.issued_at IS NOT NULL AND (NEW.appointment_id, NEW.office_id, NEW.starts_at, NEW.channel, NEW.legal_basis, NEW.text_sha256, NEW.issued_by, NEW.issued_at)
                       IS DISTINCT FROM (OLD.appointment_id, OLD.office_id, OLD.starts_at, OLD.channel, OLD.legal_basis, OLD.text_sha256, OLD.issued_by, OLD.issued_at))
                   OR (OLD.acknowledged_at IS NOT NULL AND (NEW.acknowledged_at, NEW.ack_ip, NEW.ack_user_agent)
                       IS DISTINCT FROM (OLD.acknowledged_at, OLD.ack_ip, OLD.ack_user_agent)) THEN
                    RAISE EXCEPTION 'convocation evidence % keeps proof: a recorded fact cannot change', OLD.convocation_id USING ERRCODE = 'insufficient_privilege';
                END IF;
                RETURN NEW;
            END $$
        `);
        await queryRunner.query(`CREATE TRIGGER "convocation_evidence_guard" BEFORE UPDATE OR DELETE ON "condizionalita"."convocation_evidence" FOR EACH ROW EXECUTE FUNCTION "condizionalita"."guard_convocation_evidence"()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "convocation_evidence_guard" ON "condizionalita"."convocation_evidence"`);
        await queryRunner.query(`DROP FUNCTION "condizionalita"."guard_convocation_evidence"()`);
        await queryRunner.query(`DROP INDEX "condizionalita"."convocation_evidence_appointment_idx"`);
        await queryRunner.query(`DROP TABLE "condizionalita"."convocation_evidence"`);
    }
}
