import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Invitations ↔ convocations (escalation), and the append-only log of delivery attempts. Proof kept by the
 * database: attempts are never updated or deleted, and a convocation's text, hash, time and place never change.
 */

export class AgendaInvitations1795432819997 implements MigrationInterface {
    name = 'AgendaInvitations1795432819997'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "notifications"."delivery_attempts" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "message_id" uuid NOT NULL,
                "attempt" integer NOT NULL,
                "channel" character varying(10) NOT NULL,
                "started_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "finished_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "outcome" character varying(10) NOT NULL,
                "provider_message_id" character varying(200),
                "error" character varying(500),
                CONSTRAINT "delivery_attempts_outcome_check" CHECK ("outcome" IN ('sent', 'failed')),
                CONSTRAINT "PK_41eba4eb5401d72860f7cd9a7ac" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_344e109af1af4c258b5e0d45fc" ON "notifications"."delivery_attempts" ("message_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda"."convocations"
            ADD "invitation_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda"."invitations"
            ADD "convocation_id" uuid
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_f7a0d8eddf2e6a2d642f87a946" ON "agenda"."convocations" ("office_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_4b16c91dd2c9771d9a787b969c" ON "agenda"."invitations" ("office_id")
        `);
        await queryRunner.query(`
            CREATE FUNCTION "audit"."refuse_proof_change"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '%.% keeps proof: % refused', TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
            END $$
        `);
        await queryRunner.query(`CREATE TRIGGER "delivery_attempts_no_update_delete" BEFORE UPDATE OR DELETE ON "notifications"."delivery_attempts" FOR EACH ROW EXECUTE FUNCTION "audit"."refuse_proof_change"()`);
        await queryRunner.query(`
            CREATE TRIGGER "convocations_proof_immutable" BEFORE UPDATE ON "agenda"."convocations" FOR EACH ROW
            WHEN (OLD.rendered_text IS DISTINCT FROM NEW.rendered_text OR OLD.text_sha256 IS DISTINCT FROM NEW.text_sha256
               OR OLD.starts_at IS DISTINCT FROM NEW.starts_at OR OLD.place IS DISTINCT FROM NEW.place
               OR OLD.legal_basis IS DISTINCT FROM NEW.legal_basis OR OLD.citizen_fiscal_code IS DISTINCT FROM NEW.citizen_fiscal_code)
            EXECUTE FUNCTION "audit"."refuse_proof_change"()
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "convocations_proof_immutable" ON "agenda"."convocations"`);
        await queryRunner.query(`DROP TRIGGER "delivery_attempts_no_update_delete" ON "notifications"."delivery_attempts"`);
        await queryRunner.query(`DROP FUNCTION "audit"."refuse_proof_change"()`);
        await queryRunner.query(`
            DROP INDEX "agenda"."IDX_4b16c91dd2c9771d9a787b969c"
        `);
        await queryRunner.query(`
            DROP INDEX "agenda"."IDX_f7a0d8eddf2e6a2d642f87a946"
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda"."invitations" DROP COLUMN "convocation_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda"."convocations" DROP COLUMN "invitation_id"
        `);
        await queryRunner.query(`
            DROP INDEX "notifications"."IDX_344e109af1af4c258b5e0d45fc"
        `);
        await queryRunner.query(`
            DROP TABLE "notifications"."delivery_attempts"
        `);
    }

}
